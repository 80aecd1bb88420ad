"""Where the RDF lives: rdflib's in-memory store or Oxigraph, chosen by name.

rdflib is the API either way; Oxigraph (through oxrdflib) holds large graphs in
a fraction of the memory and time.
"""

from __future__ import annotations

from rdflib import Dataset

from kg.errors import KgError

#: store name → rdflib store plugin name
STORES = {"memory": "default", "oxigraph": "Oxigraph"}


def new_dataset(store: str = "memory") -> Dataset:
    """Return an empty dataset whose default graph is the union of its named graphs."""
    if store not in STORES:
        raise KgError(f"unknown store {store!r}: choose one of {', '.join(STORES)}")
    return Dataset(store=STORES[store], default_union=True)
