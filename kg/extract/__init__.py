"""Extractors: from an `Article` to the posts, trade flows and events it states."""

from __future__ import annotations

from functools import lru_cache

from kg.dates import date_reader_for
from kg.extract.document import DocumentReader
from kg.extract.events import EventExtractor
from kg.extract.posts import PostExtractor
from kg.extract.trade import TradeExtractor
from kg.gazetteer import gazetteer_for
from kg.lexicon import Lexicon
from kg.model import Article, Event, Facts, PersonRef


class ArticleExtractor:
    """Run every extractor of one lexicon over an article."""

    def __init__(self, lexicon: Lexicon) -> None:
        gazetteer = gazetteer_for(lexicon)
        self.reader = DocumentReader(lexicon, gazetteer)
        self.posts = PostExtractor(lexicon, gazetteer)
        self.trade = TradeExtractor(lexicon, gazetteer)
        self.events = EventExtractor(lexicon, gazetteer, date_reader_for(lexicon))

    def extract(self, article: Article) -> Facts:
        """Return the facts an article states."""
        doc = self.reader.read(article)
        facts = Facts(article)
        facts.posts = list(self.posts.extract(doc))
        facts.flows = list(self.trade.extract(doc))
        for occ in self.events.extract(doc):
            people = tuple(PersonRef(p.name, tuple(p.surfaces)) for p in occ.people)
            facts.events.append(
                Event(occ.kind, people, occ.location, occ.date, occ.planned, occ.evidence)
            )
        for person in doc.people:
            facts.people[person.name] = PersonRef(person.name, tuple(person.surfaces))
        return facts


@lru_cache(maxsize=4)
def extractor_for(lexicon: Lexicon) -> ArticleExtractor:
    """Return the extractor of a lexicon, built once."""
    return ArticleExtractor(lexicon)
