"""The RDF vocabularies of the public data model (see ontology/newskg.ttl)."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
KGR = Namespace("https://w3id.org/newskg/id/")


class KG(DefinedNamespace):
    """The project's own terms; a typo raises instead of minting a wrong IRI."""

    _fail = True
    _NS = Namespace("https://w3id.org/newskg/ontology#")

    # classes
    Article: URIRef
    TradeFlow: URIRef
    Meeting: URIRef
    Visit: URIRef
    # trade
    exporter: URIRef
    importer: URIRef
    product: URIRef
    exports: URIRef
    # entities
    iso2: URIRef
    iso3: URIRef
    country: URIRef
    # provenance and article metadata
    evidence: URIRef
    evidenceStart: URIRef
    evidenceEnd: URIRef
    confidence: URIRef
    sourceFile: URIRef
    outlet: URIRef
    # role concepts (instances of org:Role)
    HeadOfState: URIRef
    HeadOfGovernment: URIRef
    DeputyHeadOfGovernment: URIRef
    Minister: URIRef
    MinisterOfState: URIRef
    Ambassador: URIRef
    Diplomat: URIRef
    Governor: URIRef
    ChiefMinister: URIRef
    MilitaryChief: URIRef
    Secretary: URIRef
    ChamberOfficial: URIRef
    Official: URIRef


#: The role concepts (org:Role) a post's org:role can name.
ROLES = (
    "HeadOfState",
    "HeadOfGovernment",
    "DeputyHeadOfGovernment",
    "Minister",
    "MinisterOfState",
    "Ambassador",
    "Diplomat",
    "Governor",
    "ChiefMinister",
    "MilitaryChief",
    "Secretary",
    "ChamberOfficial",
    "Official",
)

PREFIXES: dict[str, Namespace] = {
    "kg": KG._NS,
    "kgr": KGR,
    "schema": SCHEMA,
    "org": ORG,
    "prov": PROV,
}
