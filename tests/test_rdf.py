"""The RDF of the seeds: facts, identities and provenance, as the data model says."""

from __future__ import annotations

import datetime as dt

from rdflib import RDF, XSD, Graph, Literal
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.gazetteer import gazetteer_for
from kg.model import Article, Evidence, Facts, PersonRef, Post, TradeFlow
from kg.rdf import RdfWriter
from kg.resolve import resolve
from kg.store import new_dataset
from kg.vocab import KG, KGR, ORG, PROV, SCHEMA

ARTICLE_1 = KGR["article/000_03bae5bc88fb3912"]
ARTICLE_2 = KGR["article/004_8634a6e48f209475"]


def select(dataset, query: str) -> set[tuple[str, ...]]:
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in dataset.namespaces())
    return {tuple(str(v) for v in row) for row in dataset.query(prefixes + query)}


def test_one_named_graph_per_article(seeds_build) -> None:
    names = {g.identifier for g in seeds_build.dataset.graphs() if len(g)}
    assert {ARTICLE_1, ARTICLE_2} <= names
    for article in (ARTICLE_1, ARTICLE_2):
        graph = seeds_build.dataset.graph(article)
        assert (article, RDF.type, KG.Article) in graph


def test_posts_follow_w3c_org(seeds_build) -> None:
    rows = select(
        seeds_build.dataset,
        """
        SELECT ?name ?label ?role ?org ?iso WHERE {
          ?p org:holds ?post ; schema:name ?name .
          ?post rdfs:label ?label ; org:role ?role ; org:postIn ?o .
          ?o schema:name ?org ; kg:country/kg:iso3 ?iso .
        }""",
    )
    assert (
        "Jam Kamal Khan",
        "Federal Minister for Commerce",
        str(KG.Minister),
        "Ministry of Commerce",
        "PAK",
    ) in rows
    assert (
        "Andrei Metelitsa",
        "Ambassador of Belarus",
        str(KG.Ambassador),
        "Embassy of Belarus",
        "BLR",
    ) in rows
    names = {r[0] for r in rows}
    assert names == {
        "Jam Kamal Khan",
        "Khawaja Muhammad Asif",
        "Andrei Metelitsa",
        "Abdul Aleem Khan",
        "Alexei Lyakhnovich",
    }


def test_post_iri_as_in_the_data_model(seeds_build) -> None:
    post = KGR["post/jam-kamal-khan--pakistan-ministry-of-commerce"]
    assert (KGR["person/jam-kamal-khan"], ORG.holds, post) in seeds_build.dataset
    assert (
        KGR["org/pakistan-ministry-of-commerce"],
        RDF.type,
        SCHEMA.GovernmentOrganization,
    ) in seeds_build.dataset


def test_trade_flows_and_shortcut(seeds_build) -> None:
    ds = seeds_build.dataset
    flow = KGR["flow/pak-blr-rice"]
    assert (flow, RDF.type, KG.TradeFlow) in ds
    assert (flow, KG.exporter, KGR["country/PAK"]) in ds
    assert (flow, KG.importer, KGR["country/BLR"]) in ds
    assert (flow, KG.product, KGR["product/rice"]) in ds
    assert (KGR["country/PAK"], KG.exports, KGR["product/rice"]) in ds
    exporters = select(
        ds,
        """SELECT ?imp WHERE { ?f kg:exporter/kg:iso3 "BLR" ;
        kg:product/schema:name "tractors" ; kg:importer/kg:iso3 ?imp }""",
    )
    assert {r[0] for r in exporters} == {"UKR", "AZE", "HUN", "ROU", "KAZ", "RUS", "LTU", "PAK"}


def test_no_flow_for_potential_trade(seeds_build) -> None:
    products = select(seeds_build.dataset, "SELECT ?n WHERE { ?f kg:product/schema:name ?n }")
    for wished in ("dairy", "harvesters", "electric vehicle"):
        assert not any(wished in p[0] for p in products)


def test_countries_have_codes_and_names(seeds_build) -> None:
    ds = seeds_build.dataset
    blr = KGR["country/BLR"]
    assert (blr, SCHEMA.name, Literal("Belarus")) in ds
    assert (blr, KG.iso2, Literal("BY")) in ds
    assert (blr, KG.iso3, Literal("BLR")) in ds


def test_meeting_with_place_and_date(seeds_build) -> None:
    rows = select(
        seeds_build.dataset,
        """
        SELECT ?name ?place ?date WHERE {
          ?e a kg:Meeting ; schema:attendee/schema:name ?name ; schema:location/schema:name ?place ;
             schema:startDate ?date }""",
    )
    assert ("Andrei Metelitsa", "Rawalpindi", "2024-06-12") in rows
    assert ("Khawaja Muhammad Asif", "Rawalpindi", "2024-06-12") in rows
    assert any(r[0] == "Abdul Aleem Khan" and r[2] == "2025-04-04" for r in rows)


def test_planned_visit_is_scheduled_and_month_precise(seeds_build) -> None:
    rows = select(
        seeds_build.dataset,
        """
        SELECT ?date WHERE { ?e a kg:Visit ; schema:eventStatus schema:EventScheduled ;
                             schema:startDate ?date }""",
    )
    assert ("2025-04",) in rows
    dates = [o for o in seeds_build.dataset.objects(None, SCHEMA.startDate) if str(o) == "2025-04"]
    assert dates and dates[0].datatype == XSD.gYearMonth


def test_venue_sits_in_its_city_and_country(seeds_build) -> None:
    rows = select(
        seeds_build.dataset,
        """
        SELECT ?venue ?city ?country WHERE { ?e a kg:Visit ; schema:location ?v .
          ?v schema:name ?venue ; schema:containedInPlace ?c . ?c schema:name ?city ;
          schema:containedInPlace/schema:name ?country }""",
    )
    assert ("Tractor Manufacturing Plant", "Minsk", "Belarus") in rows


def test_every_fact_has_provenance(seeds_build) -> None:
    ds = seeds_build.dataset
    for cls in (ORG.Post, KG.TradeFlow, KG.Meeting, KG.Visit):
        for graph in ds.graphs():
            for fact in graph.subjects(RDF.type, cls):
                assert (fact, PROV.wasDerivedFrom, graph.identifier) in graph
                evidence = graph.value(fact, KG.evidence)
                start = graph.value(fact, KG.evidenceStart).toPython()
                end = graph.value(fact, KG.evidenceEnd).toPython()
                assert evidence and end - start == len(str(evidence))
                assert 0 < float(graph.value(fact, KG.confidence)) <= 1


def test_canonical_names_have_no_honorifics(seeds_build) -> None:
    names = {str(o) for o in seeds_build.dataset.objects(None, SCHEMA.name)}
    assert "Alexei Lyakhnovich" in names
    assert not any(n.startswith(("H.E.", "Minister ", "Federal ")) for n in names)
    aliases = {
        str(o)
        for o in seeds_build.dataset.objects(KGR["person/alexei-lyakhnovich"], SCHEMA.alternateName)
    }
    assert "H.E. Alexei Lyakhnovich" in aliases


def test_writer_output_is_exactly_the_expected_graph(lexicon) -> None:
    article = Article("a1", "text", "a1.txt", title="T", date=dt.date(2025, 1, 2))
    evidence = Evidence("Sentence.", 0, 9, 0.9)
    facts = Facts(
        article,
        posts=[
            Post(
                PersonRef("Ivan Petrov", ("Mr Ivan Petrov",)),
                "Ambassador of Belarus",
                "Ambassador",
                "Embassy of Belarus",
                "BLR",
                evidence,
            )
        ],
        flows=[TradeFlow("BLR", None, "Tractors", evidence)],
    )
    dataset = new_dataset()
    RdfWriter(dataset, gazetteer_for(lexicon), resolve([facts])).add(facts)
    expected = Graph().parse(
        format="turtle",
        data="""
        @prefix kg: <https://w3id.org/newskg/ontology#> .
        @prefix schema: <https://schema.org/> .
        @prefix org: <http://www.w3.org/ns/org#> .
        @prefix prov: <http://www.w3.org/ns/prov#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix article: <https://w3id.org/newskg/id/article/> .
        @prefix person: <https://w3id.org/newskg/id/person/> .
        @prefix post: <https://w3id.org/newskg/id/post/> .
        @prefix org_: <https://w3id.org/newskg/id/org/> .
        @prefix country: <https://w3id.org/newskg/id/country/> .
        @prefix product: <https://w3id.org/newskg/id/product/> .
        @prefix flow: <https://w3id.org/newskg/id/flow/> .
        article:a1 a kg:Article ; schema:headline "T" ;
            schema:datePublished "2025-01-02"^^xsd:date ; kg:sourceFile "a1.txt" .
        person:ivan-petrov a schema:Person ; schema:name "Ivan Petrov" ;
            schema:alternateName "Mr Ivan Petrov" ;
            org:holds post:ivan-petrov--embassy-of-belarus .
        post:ivan-petrov--embassy-of-belarus a org:Post ;
            rdfs:label "Ambassador of Belarus" ; org:role kg:Ambassador ;
            org:postIn org_:embassy-of-belarus ;
            prov:wasDerivedFrom article:a1 ; kg:evidence "Sentence." ;
            kg:evidenceStart 0 ; kg:evidenceEnd 9 ; kg:confidence 0.90 .
        org_:embassy-of-belarus a org:Organization, schema:GovernmentOrganization ;
            schema:name "Embassy of Belarus" ; kg:country country:BLR .
        country:BLR a schema:Country ; schema:name "Belarus" ; kg:iso3 "BLR" ; kg:iso2 "BY" .
        product:tractors a schema:Product ; schema:name "tractors" ;
            schema:alternateName "Tractors" .
        flow:blr-any-tractors a kg:TradeFlow ; kg:exporter country:BLR ;
            kg:product product:tractors ;
            prov:wasDerivedFrom article:a1 ; kg:evidence "Sentence." ;
            kg:evidenceStart 0 ; kg:evidenceEnd 9 ; kg:confidence 0.90 .
        country:BLR kg:exports product:tractors .
    """,
    )
    actual = Graph()
    for triple in dataset.graph(KGR["article/a1"]):
        actual.add(triple)
    if not isomorphic(actual, expected):
        _, only_actual, only_expected = graph_diff(to_isomorphic(actual), to_isomorphic(expected))
        raise AssertionError(
            "only in actual:\n"
            + only_actual.serialize(format="nt")
            + "\nonly in expected:\n"
            + only_expected.serialize(format="nt")
        )


def test_people_resolve_across_articles(tmp_path) -> None:
    import kg

    (tmp_path / "a.txt").write_text(
        "ISLAMABAD, Jan 15, 2025 (APP): Federal Minister for Commerce Jam Kamal Khan met the "
        "press.",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "ISLAMABAD, Jan 16, 2025 (APP): Commerce Minister Kamal Khan met Ambassador of Belarus "
        "Andrei Metelitsa.",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        "ISLAMABAD, Jan 17, 2025 (APP): Minister Ali Khan met Minister Imran Khan.",
        encoding="utf-8",
    )
    dataset = kg.build([tmp_path])
    people = {str(o) for o in dataset.objects(None, SCHEMA.name) if str(o).endswith("Khan")}
    assert "Jam Kamal Khan" in people and "Kamal Khan" not in people
    holder = KGR["person/jam-kamal-khan"]
    assert (holder, SCHEMA.alternateName, Literal("Kamal Khan")) in dataset
    # 'Khan' alone stays ambiguous: Ali Khan and Imran Khan remain two people
    assert {"Ali Khan", "Imran Khan"} <= people


def test_spellings_that_share_an_iri_are_one_person(tmp_path) -> None:
    import kg

    (tmp_path / "a.txt").write_text(
        "BELGRADE, Jan 15, 2025 (Tanjug): Minister of Energy Jelena Marković Ilić met the press.",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "BELGRADE, Jan 16, 2025 (Tanjug): Minister of Energy Jelena Markovic-Ilic met the press.",
        encoding="utf-8",
    )
    dataset = kg.build([tmp_path])
    names = set(dataset.objects(KGR["person/jelena-markovic-ilic"], SCHEMA.name))
    assert len(names) == 1
    other = {"Jelena Markovic-Ilic", "Jelena Marković Ilić"} - {str(n) for n in names}
    assert (KGR["person/jelena-markovic-ilic"], SCHEMA.alternateName, Literal(other.pop())) in (
        dataset
    )


def test_a_post_has_one_role_across_articles_in_a_build(tmp_path) -> None:
    """The CLI build gives a post the role most articles give it, as `resolve` does."""
    import kg

    texts = {
        "a.txt": "ISLAMABAD, Jan 15, 2025 (APP): Minister of State for Commerce Ali Pervaiz "
        "Malik met the envoy of Kenya.",
        "b.txt": "ISLAMABAD, Jan 16, 2025 (APP): Minister of State for Commerce Ali Pervaiz "
        "Malik spoke to exporters.",
        "c.txt": "ISLAMABAD, Jan 17, 2025 (APP): Minister for Commerce Ali Pervaiz Malik "
        "opened an expo.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    for cache in (None, tmp_path / "cache"):
        dataset = kg.build_corpus([tmp_path], cache=cache).dataset
        roles = {
            str(o)
            for s, p, o, _ in dataset.quads((None, ORG.role, None, None))
            if "ali-pervaiz-malik" in str(s)
        }
        assert roles == {str(KG.MinisterOfState)}, roles
