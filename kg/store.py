"""Where the RDF lives: rdflib's in-memory store or Oxigraph, chosen by name.

rdflib is the API either way; Oxigraph (through oxrdflib) holds large graphs in
a fraction of the memory and time. One difference shows in SPARQL over the
default graph (the union of the article graphs): rdflib's in-memory union holds
a triple once, Oxigraph's once per article graph holding it, so count with
DISTINCT there. `kg query` and `kg serve` answer from a store whose union is
stored once, and give the same answers on both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.errors import KgError

if TYPE_CHECKING:
    from rdflib import Dataset

#: store name → rdflib store plugin name
STORES = {"memory": "default", "oxigraph": "Oxigraph"}


def new_dataset(store: str = "memory") -> Dataset:
    """Return an empty dataset whose default graph is the union of its named graphs."""
    if store not in STORES:
        raise KgError(f"unknown store {store!r}: choose one of {', '.join(STORES)}")
    from rdflib import Dataset  # imported when first needed: a build does without it

    return Dataset(store=STORES[store], default_union=True)
