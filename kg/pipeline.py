"""The build: files → articles → facts → entity resolution → RDF dataset.

This is the library API the CLI calls::

    import kg
    dataset = kg.build(["seeds/"])
    for row in dataset.query("SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }"):
        print(row.name)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from kg.article import article_reader_for
from kg.extract import extractor_for
from kg.gazetteer import gazetteer_for
from kg.lexicon import Lexicon, load_lexicon
from kg.model import Article, Facts
from kg.rdf import RdfWriter
from kg.readers import Problem, discover, file_ids, read_file
from kg.resolve import resolve
from kg.store import new_dataset

DEFAULT_INPUT = "seeds"


@dataclass
class BuildResult:
    """What a build made, and what it met on the way."""

    dataset: Dataset
    facts: list[Facts]
    problems: list[Problem] = field(default_factory=list)
    files: int = 0

    @property
    def articles(self) -> int:
        """Return the number of articles read."""
        return len(self.facts)

    def counts(self) -> dict[str, int]:
        """Return the number of facts by family."""
        return {
            "posts": sum(len(f.posts) for f in self.facts),
            "exports": sum(len(f.flows) for f in self.facts),
            "events": sum(len(f.events) for f in self.facts),
        }


def read_articles(
    paths: Sequence[Path], lexicon: Lexicon, problems: list[Problem]
) -> list[Article]:
    """Read every input file into articles, recording problems instead of raising."""
    reader = article_reader_for(lexicon)
    articles: list[Article] = []
    for path, doc_id in file_ids(list(paths)):
        docs, found = read_file(path, doc_id)
        problems.extend(found)
        for doc in docs:
            try:
                article = reader.read(doc)
            except Exception as exc:
                problems.append(Problem(doc.source, f"cannot read article ({exc})"))
                continue
            if not article.text.strip():
                problems.append(Problem(doc.source, "no article text"))
                continue
            articles.append(article)
    return articles


def extract_facts(
    articles: Iterable[Article],
    lexicon: Lexicon,
    problems: list[Problem],
    progress: Callable[[Article], None] | None = None,
) -> list[Facts]:
    """Extract the facts of each article."""
    extractor = extractor_for(lexicon)
    out: list[Facts] = []
    for article in articles:
        try:
            out.append(extractor.extract(article))
        except Exception as exc:
            problems.append(
                Problem(article.source, f"extraction failed ({type(exc).__name__}: {exc})")
            )
            out.append(Facts(article))
        if progress is not None:
            progress(article)
    return out


def to_dataset(all_facts: Sequence[Facts], lexicon: Lexicon, store: str = "memory") -> Dataset:
    """Resolve entities across articles and write everything as RDF."""
    dataset = new_dataset(store)
    writer = RdfWriter(dataset, gazetteer_for(lexicon), resolve(all_facts))
    writer.add_all(all_facts)
    return dataset


def build_corpus(
    inputs: Sequence[str | Path] = (DEFAULT_INPUT,),
    *,
    lexicon_dirs: Sequence[str | Path] = (),
    store: str = "memory",
    progress: Callable[[Article], None] | None = None,
) -> BuildResult:
    """Build the graph of all articles under `inputs`, with a report of problems."""
    lexicon = load_lexicon(lexicon_dirs)
    paths = discover(inputs)
    problems: list[Problem] = []
    articles = read_articles(paths, lexicon, problems)
    facts = extract_facts(articles, lexicon, problems, progress)
    return BuildResult(to_dataset(facts, lexicon, store), facts, problems, len(paths))


def build(
    inputs: Sequence[str | Path] | str | Path = (DEFAULT_INPUT,),
    *,
    lexicon_dirs: Sequence[str | Path] = (),
    store: str = "memory",
) -> Dataset:
    """Build the knowledge graph of the articles under `inputs` and return it."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    return build_corpus(inputs, lexicon_dirs=lexicon_dirs, store=store).dataset
