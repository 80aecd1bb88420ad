"""The RDF vocabularies of the public data model (see ontology/newskg.ttl)."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from kg import iris

SCHEMA = Namespace(iris.SCHEMA)
ORG = Namespace(iris.ORG)
PROV = Namespace(iris.PROV)
KGR = Namespace(iris.KGR)


class KG(DefinedNamespace):
    """The project's own terms; a typo raises instead of minting a wrong IRI."""

    _fail = True
    _NS = Namespace(iris.KG)

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
ROLES = iris.ROLES

PREFIXES: dict[str, Namespace] = {
    "kg": KG._NS,
    "kgr": KGR,
    "schema": SCHEMA,
    "org": ORG,
    "prov": PROV,
}
