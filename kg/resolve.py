"""Entity resolution across articles: one IRI per person, place, product.

Within an article the extractors already joined 'Minister Jam Kamal Khan' and
'Khan'. Across articles, a person named by a part of a longer name ('Kamal
Khan' beside 'Jam Kamal Khan') is that person when exactly one longer name fits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kg.model import Facts, Location, Post
from kg.text import fold, slugify


@dataclass
class PersonEntity:
    """A person across the corpus."""

    name: str
    slug: str
    aliases: set[str] = field(default_factory=set)


@dataclass
class Resolution:
    """Canonical people of a corpus, and one role per post."""

    people: dict[str, PersonEntity]  # folded surface name → entity
    roles: dict[tuple[str, str, str | None], str] = field(default_factory=dict)

    def person(self, name: str) -> PersonEntity:
        """Return the entity of a person name as the extractors wrote it."""
        return self.people[fold(name)]

    def role(self, post: Post) -> str:
        """Return the role of a post: the one most articles give that person in that body."""
        key = (self.person(post.person.name).slug, post.organization, post.country)
        return self.roles.get(key, post.role)


def resolve(all_facts: Sequence[Facts]) -> Resolution:
    """Resolve the people of every article into corpus-wide entities."""
    names: dict[str, str] = {}  # folded → name as written (longest spelling wins ties)
    aliases: dict[str, set[str]] = {}
    for facts in all_facts:
        for ref in _people(facts):
            key = fold(ref.name)
            names.setdefault(key, ref.name)
            aliases.setdefault(key, set()).update(ref.aliases)
    # a shorter name that sits inside exactly one longer name is that person
    # every run of two or more words of a name → the names holding it (linear in names)
    holders: dict[tuple[str, ...], set[str]] = {}
    for key in names:
        words = tuple(key.split())
        for size in range(2, len(words)):
            for i in range(len(words) - size + 1):
                holders.setdefault(words[i : i + size], set()).add(key)
    target: dict[str, str] = {}
    for key in sorted(names, key=lambda k: (-len(k.split()), k)):
        words = tuple(key.split())
        longer = holders.get(words, set()) if len(words) >= 2 else set()
        roots = {target.get(o, o) for o in longer}
        target[key] = roots.pop() if len(roots) == 1 else key
    people: dict[str, PersonEntity] = {}
    # one entity per IRI: 'Jelena Marković Ilić' and 'Jelena Markovic-Ilic' are one person
    entities: dict[str, PersonEntity] = {}
    for key in sorted(names):
        root = target[key]
        slug = "person/" + slugify(names[root])
        entity = entities.get(slug)
        if entity is None:
            entity = entities[slug] = PersonEntity(names[root], slug)
        if names[key] != entity.name:
            entity.aliases.add(names[key])
        entity.aliases.update(a for a in aliases[key] if a != entity.name)
        people[key] = entity
    resolution = Resolution(people)
    vote_roles(
        resolution,
        (
            (post.person.name, post.organization, post.country, post.role)
            for facts in all_facts
            for post in facts.posts
        ),
    )
    return resolution


PostRole = tuple[str, str, "str | None", str]  # person name, organization, country, role


def vote_roles(resolution: Resolution, posts: Iterable[PostRole]) -> None:
    """Give each post (person, body, country) the role most articles give it."""
    votes: dict[tuple[str, str, str | None], Counter[str]] = {}
    for (name, organization, country, role), count in Counter(posts).items():
        key = (resolution.person(name).slug, organization, country)
        votes.setdefault(key, Counter())[role] += count
    resolution.roles = {k: min(c, key=lambda r: (-c[r], r)) for k, c in votes.items()}


def _people(facts: Facts) -> Iterable:
    yield from facts.people.values()
    for post in facts.posts:
        yield post.person
    for event in facts.events:
        yield from event.participants


def product_name(surface: str) -> str:
    """Return the canonical name of a product: lower case, single spaces."""
    return " ".join(surface.lower().split())


def place_slug(location: Location) -> str:
    """Return the IRI path of a place: its name, with its city for a venue."""
    if location.kind == "place" and location.within:
        return "place/" + slugify(f"{location.name} {location.within}")
    if location.kind == "place" and location.country:
        return "place/" + slugify(f"{location.name} {location.country}")
    return "place/" + slugify(location.name)
