"""The namespaces of the data model as plain strings (kg.vocab makes rdflib terms of them).

Writing graphs as text (kg.rdf, kg.serialize) needs only these, so a rebuild
does not import rdflib.
"""

from __future__ import annotations

SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
KGR = "https://w3id.org/newskg/id/"
KG = "https://w3id.org/newskg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"

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

#: the project's prefixes → namespaces
PREFIXES: dict[str, str] = {"kg": KG, "kgr": KGR, "schema": SCHEMA, "org": ORG, "prov": PROV}
