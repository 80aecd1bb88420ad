"""Trade flows: which country exports what to whom, as stated in the text.

Country names and adjectives in a sentence are replaced by slots (⟦C0⟧, ⟦C1⟧ ...),
then the patterns of kg/data/trade.json are matched over the result. Only trade
stated as happening counts: a match whose clause holds a hedge ('can', 'keen',
'potential', 'plans') is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from kg.errors import LexiconError
from kg.extract.document import AnalyzedArticle, AnalyzedSentence, Person
from kg.extract.prefilter import Substrings, WordClasses, required_classes
from kg.extract.tabletrade import Context, Header, TableReader
from kg.gazetteer import Gazetteer, GeoMention
from kg.lexicon import Lexicon
from kg.literals import Alternatives, required_literals
from kg.model import Evidence, TradeFlow
from kg.tables import cells_of
from kg.text import Caseless, alternation, trie_alternation

_SLOT = r"⟦C(\d+)⟧"
_SLOT_AT = re.compile(_SLOT)
#: countries told in a row: 'China', 'the UAE and Oman', 'Italy, Spain and Germany'
_SLOTS_TOLD = r"(?:the\s+)?⟦C\d+⟧(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?⟦C\d+⟧)*"
#: where one item of a list comes from, with more items after it: 'cloves from Zanzibar
#: and Pemba, sesame seeds'
_ITEM_ORIGIN = re.compile(
    r"\s+from\s+(?-i:[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,3})(?=,\s)"
)
#: an item with its value: 'pharmaceuticals, JD48 million', 'shea butter, US$9.5 million'
_AMOUNT_ITEM = (
    r"[^;:⟦⟧,]{1,60}(?:,|\s[–—-])\s*(?:US\$|[A-Z]{1,3}\s?\$?|\$|€|£|Rs\.?\s?)?\d[\d.,]*"
    r"(?:\s*(?:million|billion|mn|bn|m)\b)?"
)
#: ': pharmaceuticals, JD48 million; fresh vegetables, JD41 million; and plastics, JD15
#: million', ': ferroalloys – $48.1 million; wheat – $22.7 million': items and values parted
#: by semicolons, read as a list of items
_AMOUNT_LIST = re.compile(rf":\s*(?:{_AMOUNT_ITEM}\s*;\s*)+(?:and\s+)?{_AMOUNT_ITEM}")
#: the dash between an item and its value: 'wheat – $22.7 million'
_VALUE_DASH = re.compile(r"\s[–—-]\s*(?=(?:US\$|[A-Z]{1,3}\s?\$?|\$|€|£|Rs\.?\s?)?\d)")
#: 'his country's exports': the country of the person the pronoun stands for
_HIS_COUNTRY = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+country\b")
_CLAUSE_START = (
    r"(?:^|(?<=⟧)|(?<=[,:;]\s)|(?<=\bthat\s)|(?<=\bwhile\s)|(?<=\bwhereas\s)|(?<=\band\s)"
    r"|(?<=\bthough\s)|(?<=\balthough\s)|(?<=\bbut\s)|(?<=\bsaid\s)|(?<=\bsays\s)"
    r"|(?<=\bshow\s)|(?<=\bshows\s)|(?<=\bshowed\s)|(?<=\bindicate\s)|(?<=\bindicated\s)"
    r"|(?<=\b[12]\d{3}\s))"  # 'in January–September 2025 domestic exports to Iceland'
)
_AUXILIARIES = {
    "has",
    "have",
    "had",
    "is",
    "was",
    "been",
    "are",
    "were",
    "also",
    "mainly",
    "currently",
    "already",
    "regularly",
    "continues",
    "continued",
    "to",
    "the",
}
#: the other side, addressed by the one quoted: '... we import cotton from you'
_YOU = re.compile(r"\b(?:from|to)\s+(you)\b")
#: an interview's answer: its speaker's name or initials, then a colon ('TQH: Our ...')
_ANSWER = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|[A-Z]{2,4}):\s")
_ACRONYM_PAREN = re.compile(r"\s*\([A-Z][A-Z&-]{1,7}\)")
_APPOSITIVE = re.compile(r"\s*(?:a|an)\s", re.IGNORECASE)
_FOLLOWED_BY = re.compile(r",?\s+followed\s+by\s+", re.IGNORECASE)
# the rest of a list told after a clause: ', besides copper ores and grapes', ', with coal
# and rubber tyres making up most of the rest', ', with bed linen and terry towels the
# leading lines', ', with the remainder made up of beef offal and barley'
_WITH_REST = re.compile(
    r",\s+with\s+(?:(?P<rest>[^;⟦(]+?)\s+(?:making\s+up|accounting\s+for|representing|forming"
    r"|taking|close\s+behind|next|the\s+(?:leading|main|other|next|remaining|rest|bulk)\b)"
    r"|the\s+(?:remainder|rest|balance)\s+(?:(?:being\s+)?made\s+up\s+of|consisting\s+of"
    r"|comprising|being|coming\s+from)\s+(?P<remainder>[^;⟦]+))"
    r"|,\s+(?:besides|as\s+well\s+as|along\s+with|in\s+addition\s+to)\s+(?P<besides>[^;⟦]+)",
    re.IGNORECASE,
)
# a list going on after its country: ', along with canned sardines'
_MORE = re.compile(
    r",?\s+(?:along with|as well as|together with|in addition to|followed by|besides)\s+",
    re.IGNORECASE,
)
# a row of a table in prose: ' and methanol, 38,000 tonnes', ' gems – US$ 6.5 million'
_ROW = re.compile(
    r"\s*(?:and\s+)?([A-Za-z][\w ,'-]{0,60}?)\s*(?:,|–|—|-|:)?\s*"
    r"(?:about |around |nearly |some |over |almost |approximately )?(?:US\$|\$|€|£)?\s*\d"
)
# an amount in brackets after an item: '($96 million)', '(JD6.8 million)', '(US$ million)'
#: a list item with at most its value: 'cocoa beans (€612 million)', 'wheat – $64.2 million;'
_BARE_ITEM = re.compile(
    r"(?P<item>[^\d:;()–—⟦,.$€£]{2,60}?)\s*(?:\([^()]*\)|(?:[–—:]|\s-)\s*[^;]*?)?\s*[;.,]?"
)
#: a partner's list item after its name: ' – US$ 98.4 million (powdered milk, malt, rice)',
#: ': copper and fishmeal'
_PARTNER_REST = re.compile(
    r"\s*[–—:-]\s*(?:[^()]*?\s)?\(([^()]+)\)\s*[.;]?\s*|\s*:\s*([^\d()]+?)\s*[.;]?\s*"
)
#: the buyers told after a list with no destination: ', with Italy and Germany as its main
#: buyers'
_WITH_BUYERS = re.compile(
    rf",\s+with\s+({_SLOTS_TOLD})\s+"
    r"(?:as|being)\s+(?:its|their|the)\s+(?:(?:main|largest|biggest|top|leading|principal|key)\s+)?"
    r"(?:buyers|markets|importers|destinations|customers)\b",
    re.IGNORECASE,
)
#: a match ending on its partner: '... from Romania', '... to India'
_PARTNER_AT_END = re.compile(
    r"\b(from|to)\s+(?:the\s+)?⟦C\d+⟧(?:['’]s)?(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?⟦C\d+⟧)*\s*$",
    re.IGNORECASE,
)
#: more goods with another partner after it: ', and medicines and cars from Germany', ', its
#: main customer, and fertilisers to neighbouring Mali'
_AND_ANOTHER = re.compile(
    r"(?:,\s+(?:its|their|the)\s+[^,;⟦]{1,40})?,?\s+and\s+(?P<list>[a-z][^;⟦,]{1,80}?)\s+"
    r"(?:(?:mainly|mostly|largely|chiefly|primarily)\s+)?(?P<prep>from|to)\s+"
    r"(?:neighbouring\s+|neighboring\s+|the\s+)?(?P<slots>⟦C\d+⟧(?:\s+and\s+(?:the\s+)?⟦C\d+⟧)*)"
    # the clause ends there: not ', and talks to Egypt continue'
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|last|this|during|since|at|on|each|every|annually)\b)",
    re.IGNORECASE,
)
#: the other suppliers after an aside: '..., with the rest supplied mainly by A and B'
_REST_SUPPLIED = re.compile(
    r"[^;⟦]{0,120}?,\s+with\s+the\s+(?:rest|remainder|balance)\s+(?:being\s+)?(?:supplied|"
    r"coming|imported|sourced|shipped|provided)\s+(?:(?:mainly|mostly|largely|chiefly)\s+)?"
    rf"(?:by|from)\s+({_SLOTS_TOLD})",
    re.IGNORECASE,
)
#: an aside between a list and its continuation: ', accounting for 27% of shipments to
#: Poland, followed by ...', ', most of it shipped from the Port of Sur, followed by ...'
_ASIDE_BEFORE_MORE = re.compile(
    r"^(?:,\s+[^,;⟦]{1,80}?)?(?:⟦C\d+⟧[^,;⟦]{0,30})?(?=,\s+(?:followed\s+by|along\s+with|as\s+well"
    r"\s+as|together\s+with)\s)",
    re.IGNORECASE,
)
_AMOUNT_PAREN = re.compile(
    r"\s*\((?=[^()]*(?:\d|\$|€|£|\bmillion\b|\bbillion\b|\btonnes\b|\btons\b))[^()]*\)"
)
_LEADING_AMOUNT = re.compile(
    r"^\s*(?:about |around |nearly |over |some |almost )?(?:US)?[$€£]?\s?\d[\d.,]*\s*"
    r"(?:bn|billion|mn|m|million|percent|per cent|%)?(?![\w])"
)
#: a time after a pattern, before the list goes on: ' last year, followed by rice'
_LEADING_TIME = re.compile(
    r"^\s+(?:(?:last|this|the previous|the past) (?:year|month|quarter|season)|in (?:19|20)\d\d)"
)
#: a part of a buying country before it: 'to the southern regions of Tanzania'
_PART_OF = (
    r"(?:(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north-eastern|north-western"
    r"|south-eastern|south-western|border|coastal)\s+)?(?:regions?|parts?|provinces?|areas?)"
    r"\s+of\s+(?:the\s+)?)?"
)
#: a value before a list, no part of it: 'exported $137 million worth of tomato paste'
_VALUE_OF = (
    r"(?:(?:about|around|nearly|over|some|almost|more\s+than)\s+)?(?:us\$|\$|€|£)?\s?\d[\d.,]*\s*"
    r"(?:bn|billion|mn|m|million|thousand)?(?:\s+[a-z.]+){0,2}?\s+worth\s+of\s+"
)
_EDGE_SLOT = re.compile(r"⟦[Cc]\d+⟧(?:['’]s|['’])?")
_EDGE_SLOT_END = re.compile(r"⟦[Cc]\d+⟧(?:['’]s|['’])?[\s,.]*$")
# the word classes a sentence must hold one word of for the main gate to pass it
_CLASS = re.compile(r"<(\w+_verb|sold_in)>")
_COMMON = {"from", "with", "that", "the", "and", "for", "into", "this", "their", "which"}
_CLASSED = re.compile(
    r"<(?:export_noun|import_noun|export_verb|import_verb|supply_verb|buyer_noun)>"
)
_CLAUSE = re.compile(r";|,\s+(?:while|whereas|but|and|although|though|which|who)\s|\.\s")


@dataclass(frozen=True)
class _Pattern:
    name: str
    regex: re.Pattern[str] | Caseless
    #: word classes the pattern cannot match without (see kg.extract.prefilter)
    required: frozenset[str] = frozenset()
    #: every match holds a country slot: a sentence without one is not searched
    slotted: bool = False
    #: of a Caseless pattern: the indices of the literal groups it needs (its `literals`)
    literals: frozenset[int] = frozenset()
    #: the side the sentence leaves unsaid ('The main items exported to Japan were ...'):
    #: "exporter" or "importer", taken from the country the passage is about
    implicit: str | None = None
    #: the required classes that have words to look for (the others cannot be told)
    needs: frozenset[str] = frozenset()
    #: the side countries named after the list as rivals take ('the second-largest
    #: buyer of Kenyan avocados after the Netherlands'): "importer", "exporter" or None
    rivals: str | None = None
    #: the list ends before the pattern's end ('Cocoa beans came next, going largely to the
    #: Netherlands, followed by cashew nuts'): what follows is not more of it
    closed: bool = False


class TradeExtractor:
    """Extract trade flows with the patterns of one lexicon."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        data = lexicon["trade.json"]
        self.gazetteer = gazetteer
        self.tables = TableReader(data.get("table_columns", {}), gazetteer)
        # 'Main suppliers:' over a list of partners: they sell, the article's country buys
        self.supplier_words = _any_word(data.get("supplier_words", []))
        #: a general noun ('the citrus') → the products it stands for ("*": any)
        self.general_products: dict[str, str | set[str]] = {
            noun.lower(): members if members == "*" else {m.lower() for m in members}
            for noun, members in data.get("general_products", {}).items()
        }
        # Caseless patterns: written in lower case, their matches hold lower-cased text
        nominals = sorted(data["words"].get("country_nominal", []), key=len, reverse=True)
        self.nominal: Caseless | None = None
        if nominals:
            forms = "|".join(re.escape(n.lower()) for n in nominals)
            # as subject ('the Kingdom imports', "the Sultanate's exports") or after a word
            # that takes a place ('from', 'to', 'reaches'): nominal_before and nominal_after
            self.nominal = Caseless(rf"\b(?:{forms})(?:['’]s)?\b")
        # 'sells the country fuel': a country between 'the' and a general noun, not 'the fuel'
        nouns = "|".join(re.escape(n.lower().removeprefix("the ")) for n in nominals)
        self.nominal_noun = rf"(?!(?:{nouns})\s)" if nouns else ""
        #: what makes a general product a reference back when it ends it: 'the fuel'
        self.referring = re.compile(
            rf"\b(?:the|this|these|that)\s+{self.nominal_noun}(?:[\w-]+\s+)?$", re.IGNORECASE
        )
        #: nouns of 'the Asian giant', 'its southern neighbour': a country named before
        partner_nouns = f"(?:{alternation(w.lower() for w in data['partner_nouns'])})"
        # 'the Gulf state's', 'the Eastern European country': the country of that region
        self.regional_nominal = Caseless(
            rf"\bthe\s+((?:[\w-]+\s+){{1,2}}?){partner_nouns}(?:['’]s)?\b"
        )
        # what makes 'the Kingdom' a side of trade: a word before it, or a verb after it
        self.nominal_before = re.compile(rf"\b(?:{alternation(data['nominal_before'])})\s+$")
        verbs_after = alternation(data["nominal_after"])
        self.nominal_after = re.compile(
            rf"(?:\s*,\s*[a-z ]{{1,20}},)?\s+(?:[a-z]+\s+)?(?:{verbs_after})\b"
        )
        # a city or province that trades as its state: 'shipped to Karachi', 'Sialkot ships'
        self.city_before = re.compile(rf"\b(?:{'|'.join(data['city_before'])})\s+$", re.I)
        self.city_after = re.compile(rf"\s+(?:{'|'.join(data['city_after'])})", re.I)
        finite = sorted(
            {
                v
                for name in ("export_verb", "import_verb", "supply_verb")
                for v in data["words"].get(name, [])
                if " " not in v and v.endswith(("s", "ed", "ld", "ght", "nt"))
            },
            key=len,
            reverse=True,
        )  # 'imports', 'bought', 'sold', 'sent': a verb with a subject
        verbs = "|".join(re.escape(v.lower()) for v in finite) or "(?!)"
        adverbs = r"(?:(?:also|mainly|mostly|largely|in\s+turn|currently)\s+)?"
        # ', while it imports', 'and it buys': the subject of the sentence's first clause
        # or 'and that the Asian country also sells': the country of that region
        self.subject_pronoun = Caseless(
            rf"(?:^|,\s*(?:while|whereas|and|but)\s+|;\s*(?:and\s+)?|\band\s+)(?:that\s+)?"
            rf"(it|the\s+(?:[\w-]+\s+){{1,2}}?{partner_nouns})\s+"
            rf"(?={adverbs}(?:{verbs})\b|(?:is|was|remains|has\s+been)\s+(?:also\s+)?"
            r"(?:a|an|the|one|among)\b)",  # 'and it is also a major market for'
        )
        gerunds = sorted(
            {
                v
                for name in ("export_verb", "import_verb", "supply_verb")
                for v in data["words"].get(name, [])
                if " " not in v and v.endswith("ing")
            },
            key=len,
            reverse=True,
        )  # 'while importing machinery from'
        verbs_or_gerunds = "|".join(re.escape(v.lower()) for v in [*finite, *gerunds]) or "(?!)"
        # 'and also imports timber from', 'while importing machinery from': the same
        # subject, not written again
        self.elided = Caseless(
            rf"(?:,\s*|\s)(?:and|but|while|whereas)\s+{adverbs}(?=(?:{verbs_or_gerunds})\b)",
        )
        # 'from its southern neighbour', 'to the North African country': the other country
        self.partner = Caseless(
            r"\b(?:from|to)\s+((?:its|their|the)\s+(?:[\w-]+\s+){0,2}?"
            rf"{partner_nouns}|it(?=\s*[,.;]|\s+(?:and|but|while|in|at|for|since|last|this)\b))\b",
        )  # 'buys textile machinery and dyes from it'

        self.pronoun = Caseless(
            r"\b(?:its|their)\s+(?=(?:[\w-]+\s+){0,2}(?:exports?|imports?|export\s+items|"
            r"shipments|purchases|supplies)\b)",
        )
        # '"we import apples from Serbia," the minister said': the speaker's country
        self.first_person = Caseless(
            r"\b(we|our)\s+(?=(?:[\w-]+\s+){0,2}(?:exports?|imports?|shipments|purchases"
            rf"|supplies|goes|go|reach|reaches|{verbs})\b)"
            # 'India buys the bulk of our pigeon peas'
            rf"|\b(?:{verbs})\s+(?:(?:the\s+bulk|most|much|all|some)\s+of\s+)?(our)\b"
            # 'while Germany supplies us with machinery'
            rf"|\b(?:{verbs})\s+(us)\b",
        )
        #: a verb of being just before 'the country's': 'X remained the country's top supplier'
        being = alternation(data["words"]["be"])
        self.complement = re.compile(rf"\b(?:{being})\s+$", re.IGNORECASE)
        #: a verb of goods arriving just before 'the country': 'roses also enter the country'
        self.enters = re.compile(rf"\b(?:{alternation(data['entry_verbs'])})\s+$", re.IGNORECASE)
        # 'Lagos traders imported', 'sold in Lagos markets', 'sold to buyers in Kumasi'
        self.traders_after = re.compile(rf"\s+(?:{alternation(data['trader_nouns'])})\b")
        buyers = alternation([*data["trader_nouns"], *data["customer_nouns"]])
        self.buyers_in = re.compile(rf"\bto\s+((?:{buyers})\s+in\s+)$")
        # the attribution after a quote: '," she said', '," the minister added'
        quote_verbs = alternation(data["quote_verbs"])
        self.said = re.compile(rf"[\"”],?\s+(?=(?:[\w.-]+\s+){{0,7}}(?:{quote_verbs}))")
        # ', making it the largest', ', accounting for 40 percent': a participle clause ends
        # a list; ', mining equipment', ', clothing and footwear' are items of it
        clause = alternation(w.lower() for w in data["clause_participles"])
        used = alternation(w.lower() for w in data["use_participles"])
        processed = alternation(w.lower() for w in data["processed_adjectives"])
        self.participle = re.compile(
            rf",\s+(?:(?:{clause})\b"
            r"|[a-z]+ing\s+(?:the|a|an|it|its|their|this|that|these|those|them|for|to|up|over|about"
            r"|around|nearly|almost|more|some|with|in|on|at|by|from|into|us\$|\$|\d)(?![a-z])"
            r"|[a-z]{3,}ing\s*$"  # ', stressing ' before a country: 'stressing the Kingdom's ...'
            r"|[a-z]+ed\s+(?:under|by|in|at|through|via|during|since|last|this|from|for)\b)"
            # 'the coking coal burnt in Korean blast furnaces', 'the tea drunk in Pakistan'
            rf"|\s+(?:{used})\s+(?:in|by|on|at|across)\b"
            # 'crude oil transported by tanker trucks', 'tractors made by MTZ'
            rf"|\s+(?!(?:{processed})\b)[a-z]{{3,}}ed\s+by\b"
            r"|\s+made\s+by\b"
            # 'electricity routed over Indian lines': no comma before a participle with a route
            rf"|\s+(?!(?:{processed})\b)[a-z]+ed\s+"
            r"(?:over|through|via|across|by\s+(?:road|rail|sea|air|pipeline))\b"
        )
        #: more items told by their amount: ', with smaller volumes of', 'a growing volume of'
        self.volume_of = re.compile(
            r"(,\s+(?:along\s+with\s+|with\s+|as\s+well\s+as\s+|plus\s+)?|^)(?:an?\s+)?"
            rf"(?:{alternation(data['volume_adjectives'])})\s+"
            rf"(?:{alternation(data['volume_nouns'])})\s+of\s+",
            re.IGNORECASE,
        )
        # what opens an item and is no part of it: 'the', 'some of', 'the bulk of'
        self.lead = re.compile(
            r"^(?:the|a|an|some|various|other|its|their|mainly|mostly|primarily|chiefly|"
            r"largely|also|including|include|such as|like|of|items like|products like|"
            r"almost all of|all of|most of|much of|part of|some of|more than|less than|about|"
            r"around|nearly|over|up to|some|almost|"
            # 'the bulk of the coking coal', 'a quarter of its refined fuel'
            rf"(?:{alternation(data['portion_nouns'])})\s+of|"
            r"approximately|roughly|over|and|or|"
            # '..., made up largely of copper wire': the cue that opens a list, not the item
            r"(?:made\s+up|consisting|consisted|comprised|composed)(?:\s+[a-z]+ly)?\s+of"
            r"|comprising|led\s+by)\s+",
            re.IGNORECASE,
        )
        # a quantity before an item: '12,000 tonnes of', '500 bales of', '$2 million worth of'
        self.quantity = re.compile(
            r"^(?:US)?\$?[\d.,]+\s*(?:(?:million|billion|thousand|mln|bn|m)\s+)?"
            rf"(?:(?:metric\s+)?(?:{alternation(data['units'])}|[a-z]+-hours?|worth)\s+"
            r"(?:\([^()]*\)\s+)?)?(?:of\s+)?",
            re.IGNORECASE,
        )
        words: dict[str, list[str]] = data["words"]
        # the literal groups of the Caseless patterns, shared: each is looked for once
        groups: dict[Alternatives, int] = {}
        self.classes = WordClasses(words)
        self.patterns: list[_Pattern] = []
        for p in data["patterns"]:
            regex = _compile(p["regex"], words)
            literals = (
                frozenset(groups.setdefault(g, len(groups)) for g in regex.literals)
                if isinstance(regex, Caseless)
                else frozenset()
            )
            required = required_classes(p["regex"])
            needs = frozenset(required & self.classes.words.keys())
            slotted = _needs_slot(regex.pattern)
            implicit, rivals = p.get("implicit"), p.get("rivals")
            self.patterns.append(
                _Pattern(
                    p["name"],
                    regex,
                    required,
                    slotted,
                    literals,
                    implicit,
                    needs,
                    rivals,
                    bool(p.get("closed")),
                )
            )
        #: (sentence without a slot, direction stated before) → the patterns worth trying
        self.tried = {
            (unslotted, directed): [
                p
                for p in self.patterns
                # 'both' needs a direction: stated before, or in the sentence's own slots
                if not (unslotted and p.slotted)
                and (directed or not unslotted or p.implicit != "both")
            ]
            for unslotted in (False, True)
            for directed in (False, True)
        }
        # the word classes some pattern needs: only their words are looked for
        self.needed = self.classes.scan_of(c for p in self.patterns for c in p.needs)
        # string → the groups holding it: one scan tells which groups a sentence holds
        holders: dict[str, set[int]] = {}
        for group, index in groups.items():
            for string in group:
                holders.setdefault(string, set()).add(index)
        self.literal_groups = Substrings(holders)
        # a direction of trade stated without products, for the sentence after it
        self.directions = [_compile(d, words) for d in data.get("directions", [])]
        # a place joined to a participle: 'Mombasa-shipped tea', 'Penang-based firms'
        joined = rf"-(?:{alternation(data.get('origin_participles', []))})\b"
        self.origin_gate = re.compile(joined)  # cheap, looked for first
        self.origin = (
            re.compile(rf"\b([A-Z][\w'’]+(?: [A-Z][\w'’]+)?){joined}")
            if data.get("origin_participles")
            else None
        )
        # countries a list's lead is told against: 'buyer of X after the Netherlands'
        self.rivals = re.compile(
            # after an aside: 'taking 40 per cent of the bullion, followed by the UAE'
            # or one naming a country's: 'which accounted for 71 percent of the Kingdom's ...'
            rf"(?:(?:[^;⟦]|{_SLOT}(?:['’]s)?(?=\s+[a-z])){{0,100}}?,)?\s*,?\s*"
            # 'making it the third-largest buyer after China and France'
            rf"(?:making\s+it\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{alternation(words['buyer_noun'])})\s+)?"
            rf"(?:{alternation(data['rival_words'])})\s+"
            # each with its share: 'followed by Belgium (12 percent) and Indonesia (6 percent)'
            rf"(?:the\s+)?(?P<rivals>{_SLOT}(?:\s*\([^()]{{1,24}}\))?"
            rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{_SLOT}(?:\s*\([^()]{{1,24}}\))?)*)"
        )
        # the first of the stops in a list cuts it: one search finds the leftmost
        self.stops = re.compile(
            "|".join(re.escape(stop) for stop in data["list_stop"]) if data["list_stop"] else "(?!)"
        )
        self.drop = [
            (
                word.lower() if word.isascii() else None,
                re.compile(rf",?\s*\b{re.escape(word)}(?=\W|$)", re.IGNORECASE),
            )
            for word in sorted(data["list_drop_words"], key=len, reverse=True)
        ]
        named = sorted(data.get("named_products", []), key=len, reverse=True)
        self.named_products = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, named)) + r")\b", re.IGNORECASE)
            if named
            else None
        )
        self.hedges = _any_word(data["hedges"])
        self.counted_hedges = {w.lower() for w in data.get("counted_hedges", [])}
        # '... processors were keen to' just before the verb: only wished for
        # or before its verb in the clause the list is: 'the government aimed to increase'
        hedges = alternation(data["hedges"])
        self.hedged_to = re.compile(
            rf"\b(?:{hedges})\s+to\s*$|^[^,]*\b(?:{hedges})\s+to\s+[a-z]+\s*$", re.IGNORECASE
        )
        self.modals = _any_word(data.get("modal_hedges", []))
        self.reject_first = {w.lower() for w in data["product_reject_first_words"]}
        reject_words = {w.lower() for w in data["product_reject_words"]}
        # ' million ' as a word, '%' and '$' anywhere
        self.reject_signs = reject_words & {"%", "$"}
        self.reject_words = re.compile(
            "|".join(re.escape(f" {w} ") for w in sorted(reject_words)) or "(?!)"
        )
        self.max_words = data["product_max_words"]
        # 'coffee also', 'palm oil alone': an adverb after the last item is not part of it
        adverbs_after = sorted(
            (w for w in words.get("adv", []) if " " not in w), key=len, reverse=True
        )
        self.trailing = re.compile(
            rf"\s+(?:{'|'.join(map(re.escape, adverbs_after)) or '(?!)'})$", re.IGNORECASE
        )
        self.keep = {k.lower() for k in data["keep_together"]}
        self.not_products = {w.lower() for w in data.get("not_products", [])}
        #: nouns of those who trade, never a product's head ('pharmaceutical companies')
        self.trader_heads = {w.lower() for w in data.get("trader_heads", [])}
        self.product_adjectives = {w.lower() for w in data.get("product_adjectives", [])}
        vocabulary = {
            word
            for name in (
                "export_noun",
                "import_noun",
                "export_verb",
                "import_verb",
                "supply_verb",
                "buyer_noun",
            )
            for phrase in words.get(name, [])
            for word in phrase.lower().split()
        } - _AUXILIARIES
        # a sentence without any of these words states no trade: skip the patterns
        self.gate = re.compile(
            r"\b(?:"
            + trie_alternation(
                {w.lower() for w in vocabulary}
                | {"importer", "importers", "exporter", "exporters", "buyer", "buyers"}
                | {"source", "sources", "supplier", "suppliers"}
            )
            + r")\b",
        )  # searched in lower-cased text, several times faster than IGNORECASE
        # a pattern with no word of those classes ('{IMP} meets its {LIST} needs from
        # {EXP}', a user's own): the strings it cannot match without open the gate too
        self.gate_strings = sorted(
            {
                literal.lower()
                for p, pattern in zip(data["patterns"], self.patterns, strict=True)
                if not _CLASSED.search(p["regex"])
                for literal in _telling_group(pattern.regex)
                or [w for c in _CLASS.findall(p["regex"]) for w in words.get(c, [])]
                or [""]  # nothing to tell by: the pattern opens the gate
            }
        )
        # one search for any of them ('' among them: the gate is always open)
        self.gate_more = re.compile(trie_alternation(self.gate_strings))

    def extract(self, doc: AnalyzedArticle) -> Iterator[TradeFlow]:
        """Yield the trade flows the article states."""
        found: dict[tuple[str, str | None, str], TradeFlow] = {}
        direction: tuple[str, str] | None = None
        listing: tuple[str, str] | None = None  # the direction a colon gave the items below
        told: list[TradeFlow] = []  # the flows of the sentence before
        table: tuple[Header, Context] | None = None  # the header of the table being read
        # what the sentences above a list of partners told, and whether they supply
        partners: tuple[Context, bool] | None = None
        joined = False  # the list item before ended with a comma or semicolon
        for index, current in enumerate(doc.sentences):
            cells = cells_of(current.sentence.text)
            if cells is not None:  # a table's row: its header, or a flow under one
                header = self.tables.header(cells)
                if header is not None:
                    table = (header, _context(listing, direction, told, found, doc))
                    continue
                if table is not None:
                    rows = self.tables.flows(table[0], cells, table[1], self._cell_product)
                    _keep(found, rows, current)
                    continue
                if listing is not None:  # 'The main products were the following:', then
                    product = self._cell_product(cells[0])  # 'Fertilizers | 612'
                    _keep(found, [(*listing, product)] if product else [], current)
                    continue
            else:
                table = None
            row = self._partner_row(current, doc)
            if row is not None:  # '- Brazil – US$ 98.4 million (powdered milk, malt, rice)'
                if partners is None:
                    intro = doc.sentences[index - 1].sentence.text if index else ""
                    partners = (
                        _context(listing, direction, told, found, doc),
                        self.supplier_words.search(intro) is not None,
                    )
                _keep(found, self._row_flows(row, *partners, listing, doc), current)
                continue
            partners = None
            items = self._bare_items(current, doc) if listing else []
            if items and listing is not None:  # "Ghana's main exports to the Netherlands were:",
                _keep(found, [(*listing, p) for p in items], current)  # then '- cocoa beans'
                mark = current.sentence.text.rstrip()[-1:]
                if mark == "." and joined:  # '- clothing,' ... '- confectionery.': the last
                    listing = None
                joined = mark in ",;"
                continue
            joined = False
            flows, direction = self._sentence(current, doc.sentences[:index], doc, direction)
            told = flows
            listing = (
                direction
                if not flows and direction and current.sentence.text.rstrip().endswith(":")
                else None
            )
            for flow in flows:
                flow = self._told_again(flow, found)
                if flow is not None:
                    found.setdefault((flow.exporter, flow.importer, flow.product.lower()), flow)
        for (exporter, importer, product), flow in found.items():
            if not any(
                e == exporter and i == importer and p.endswith(f" {product}") for e, i, p in found
            ):  # 'raw cane sugar ... Sugar alone accounted for 58%': the sugar told before
                yield flow

    def _partner_row(
        self, current: AnalyzedSentence, doc: AnalyzedArticle
    ) -> tuple[str, list[str]] | None:
        """Return the country and products of a list item that opens with a partner: 'Brazil
        – US$ 98.4 million (powdered milk, malt, rice)', 'Chile: copper and fishmeal'."""
        sentence = current.sentence
        first = current.places[0] if current.places else None
        if first is None or first.kind != "country" or not first.country:
            return None
        lead = len(sentence.text) - len(sentence.text.lstrip())
        if first.char_start != sentence.start + lead or not _alone(current, doc):
            return None
        m = _PARTNER_REST.fullmatch(sentence.text, first.char_end - sentence.start)
        if m is None:
            return None
        products = self._products(_sentence_case_off((m.group(1) or m.group(2)).strip()))
        return (first.country, products) if products else None

    def _row_flows(
        self,
        row: tuple[str, list[str]],
        context: Context,
        supplying: bool,
        listing: tuple[str, str] | None,
        doc: AnalyzedArticle,
    ) -> list[tuple[str, str | None, str]]:
        """Return the flows of a partner's list item: the goods the article's seller sells
        it ('Main destinations'), or that it sells the buyer ('Main suppliers:')."""
        partner, products = row
        home = doc.article.home_country
        if supplying:
            buyer = (listing[1] if listing else None) or home or context.importer
            exporter, importer = partner, buyer
        else:
            seller = (listing[0] if listing else None) or home or context.exporter
            exporter, importer = seller, partner
        if exporter is None or exporter == importer:
            return []
        return [(exporter, importer, product) for product in products]

    def _cell_product(self, cell: str) -> str | None:
        """Return the product a table's cell names ('Kava (yaqona)' → 'kava'), or None."""
        item = self._clean_item(_sentence_case_off(cell))
        return item if item and self._acceptable(item) else None

    def _bare_items(self, current: AnalyzedSentence, doc: AnalyzedArticle) -> list[str]:
        """Return the products of a list item standing as a paragraph of its own, with at
        most a value after it ('cocoa beans (€612 million)', 'wheat – $64.2 million;');
        none for any other sentence, or an item naming a place."""
        sentence = current.sentence
        if not _alone(current, doc):
            return []
        m = _BARE_ITEM.fullmatch(sentence.text.strip())
        if m is None or len(m.group("item").split()) > self.max_words:
            return []
        lead = len(sentence.text) - len(sentence.text.lstrip())
        item_end = sentence.start + lead + m.end("item")
        if any(g.char_start < item_end for g in current.places):
            return []  # an item naming a place; not '(18.1 percent of shipments to Romania)'
        return self._products(_sentence_case_off(m.group("item")))  # '- Kava – $21.7 million'

    def _told_again(
        self, flow: TradeFlow, found: dict[tuple[str, str | None, str], TradeFlow]
    ) -> TradeFlow | None:
        """Return a flow whose product is a general noun after 'the' ('ship the citrus to
        Mombasa') with the latest product of that exporter it covers, or None if there is
        none; any other flow as it is."""
        covered = self.general_products.get(flow.product.lower())
        if covered is None:
            return flow
        sentence = flow.evidence.sentence
        named = list(re.finditer(rf"\b{re.escape(flow.product)}\b", sentence, re.IGNORECASE))
        if not named or any(self.referring.search(sentence, 0, m.start()) is None for m in named):
            return flow  # named as such ('exports fuel to Tonga, the bulk of the fuel ...')
        told = next(
            (
                f
                for (e, _, p), f in reversed(found.items())
                if e == flow.exporter
                and p not in self.general_products
                and (covered == "*" or p in covered)
            ),
            None,
        )
        if told is None:
            return None
        if flow.importer is None and told.evidence.start == flow.evidence.start:
            # 'the largest buyer of Chile's cherries, absorbing 90 percent of the country's
            # exports of the fruit': the buyer the sentence named for them
            return replace(flow, product=told.product, importer=told.importer)
        return replace(flow, product=told.product)

    def _sentence(
        self,
        current: AnalyzedSentence,
        earlier: Sequence[AnalyzedSentence],
        doc: AnalyzedArticle,
        before: tuple[str, str] | None,
    ) -> tuple[list[TradeFlow], tuple[str, str] | None]:
        """Return a sentence's flows and the direction of trade it states, if any.

        `before` is the direction the sentence before stated ("Türkiye's exports to Kenya
        reached $281 million"): a list with no country of its own ('Iron and steel products
        topped the list') is traded that way.
        """
        text = current.sentence.text
        low = text.lower()
        if not self.gate.search(low) and not self.gate_more.search(low):
            return [], None
        countries = [
            g
            for g in current.places
            if g.kind in ("country", "demonym")
            # "Zanzibar's cloves", "Sindh's seafood": a province or city trades as its state
            or (
                g.kind in ("province", "city")
                and bool(g.country)
                and (
                    text.startswith(("'s", "’s"), g.char_end - current.sentence.start)
                    # 'shipped to Karachi', 'sold in stores in Tokyo': the city's state buys them
                    or self.city_before.search(text, 0, g.char_start - current.sentence.start)
                    is not None
                    # 'Sialkot already ships footballs to': the city's state sells them
                    or self.city_after.match(text, g.char_end - current.sentence.start) is not None
                )
            )
        ]
        if self.named_products is not None:  # 'Ceylon tea': a product, not Sri Lanka
            named = [(m.start(), m.end()) for m in self.named_products.finditer(text)]
            countries = [
                g
                for g in countries
                if not any(a <= g.char_start - current.sentence.start < b for a, b in named)
            ]
        countries = [g for g in countries if not _names_goods(text, g, current, countries, doc)]
        countries += self._country_references(current, earlier, doc, countries)
        coded, slots, ends = _code(current.sentence.text, current.sentence.start, countries)
        coded = _AMOUNT_LIST.sub(lambda m: _VALUE_DASH.sub(",", m.group()).replace(";", ","), coded)
        unslotted = "⟦" not in coded
        lowered = coded.lower()
        offsets_kept = len(lowered) == len(coded)  # else Caseless falls back to IGNORECASE
        classes: set[str] | None = None  # the word classes `low` holds, once needed
        held: set[int] | None = None  # the literal groups `lowered` holds, once needed
        covered: list[tuple[int, int]] = []
        out: list[TradeFlow] = []
        # without a slot, a pattern needing one cannot match; 'both' needs a direction before
        for pattern in self.tried[unslotted, before is not None]:
            if pattern.needs:
                if classes is None:
                    classes = self.needed.held(low)
                if not pattern.needs <= classes:
                    continue  # a word the pattern needs is missing: it cannot match
            regex = pattern.regex
            if offsets_kept and isinstance(regex, Caseless):
                if pattern.literals:
                    if held is None:
                        held = self.literal_groups.held(lowered)
                    if not pattern.literals <= held:
                        continue  # a string the pattern needs is missing
                matches = _overlapping(regex.search_lowered, lowered)
            else:
                matches = _overlapping(regex.search, coded)
            for m in matches:
                start, end = _core(coded, _opened_at(m, coded), self._used_end(m, coded))
                if any(s < end and start < e for s, e in covered):
                    continue
                flows = list(
                    self._flows(m, pattern, slots, ends, coded, current, earlier, doc, before)
                )
                if flows:
                    covered.append((start, end))
                    out += flows
        if out:
            return out, (out[0].exporter, out[0].importer) if out[0].importer else None
        if unslotted:  # 'Three products accounted for two thirds of that amount:' and a list
            return out, before if text.rstrip().endswith(":") else None
        return out, self._direction(coded, slots, doc.article.home_country)

    def _direction(self, coded: str, slots: list[str], home: str | None) -> tuple[str, str] | None:
        """Return the first direction of trade a coded sentence states without products:
        'Nepal shipped goods worth Rs 4.6 billion to Bangladesh'; 'Domestic exports to New
        Zealand reached ...' (a direction with no exporter slot) is the outlet's country's, and
        so are 'Imports from Türkiye came to ...' (no importer slot)."""
        first: tuple[int, str, str] | None = None
        for regex in self.directions:
            m = regex.search(coded)
            if m is None or (first is not None and m.start() >= first[0]):
                continue
            groups = m.groupdict()  # a user's direction may name neither side
            exporter = _slot(groups.get("exp"), slots) if "exp" in groups else home
            importer = _slot(groups.get("imps"), slots) if "imps" in groups else home
            if exporter and importer and exporter != importer:
                first = (m.start(), exporter, importer)
        return (first[1], first[2]) if first else None

    def _used_end(self, m: re.Match[str], coded: str) -> int:
        """Return where a match's text is used up: a list that ends a pattern runs to the
        sentence's end, but its items stop where the list is cut ('..., while ...')."""
        if m.groupdict().get("list") is None or m.end("list") != m.end():
            return m.end()
        return m.start("list") + len(self._cut(coded[m.start("list") : m.end()]))

    def _flows(
        self,
        m: re.Match[str],
        pattern: _Pattern,
        slots: list[str],
        ends: Sequence[int],
        coded: str,
        current: AnalyzedSentence,
        earlier: Sequence[AnalyzedSentence],
        doc: AnalyzedArticle,
        before: tuple[str, str] | None = None,
    ) -> Iterator[TradeFlow]:
        # the pattern may have run on lower-cased text: take the words from `coded` itself
        groups = {
            name: coded[m.start(name) : m.end(name)] if value is not None else None
            for name, value in m.groupdict().items()
        }
        list_start = (
            m.start("list")
            if groups.get("list")
            else m.start("product")
            if groups.get("product")
            else m.end()
        )
        if self._hedged(coded, m.start(), list_start):
            return
        if groups.get("list") and self.hedged_to.search(groups["list"]):
            return  # 'Latvian dairy processors were keen to enter the Georgian market'
        if pattern.implicit:
            # 'Avocado exports to China could begin within months': its verb follows it;
            # not 'sells oil to buyers in Japan and hopes to enter Brazil', a second verb's
            after = _CLAUSE.search(coded, m.end())
            stop = after.start() if after else len(coded)
            second = _SECOND_VERB.search(coded, m.end(), stop)
            if any(
                self._hedge(coded, h)
                for h in self.hedges.finditer(coded, m.end(), second.start() if second else stop)
            ):
                return
        if groups.get("list") and m.end("list") < m.end():
            # a verb after the list: '..., which export medicines, could find a market in'
            cut = m.start("list") + len(self._cut(coded[m.start("list") : m.end("list")]))
            if self.modals.search(coded, cut, m.end()):
                return
        verb = coded[m.start() : list_start].split()
        if verb and verb[-1][:1].isupper() and m.start() < list_start - len(verb[-1]) - 1:
            return  # 'the Kenya Export Promotion Agency': a name, not a verb
        exporters = [slots[int(i)] for i in re.findall(_SLOT, groups.get("exps") or "")] or [
            _slot(groups.get("exp"), slots)
        ]
        exporter = exporters[0]
        importers = [slots[int(i)] for i in re.findall(_SLOT, groups.get("imps") or "")] or [
            _slot(groups.get("imp"), slots)
        ]
        at = current.sentence.start + _text_at(coded, m.start(), ends)
        if pattern.implicit == "exporter" and exporter is None:
            exporter = _topic(
                current, earlier, at, {i for i in importers if i}, doc, before, seller=True
            )
        elif pattern.implicit == "both":
            # 'Peruvian shipments to Korea totaled $2.4 billion, and copper accounted for
            # half of that amount': the direction stated before it, in the sentence or before
            told = self._direction(coded[: m.start()], slots, doc.article.home_country) or before
            if told is None:
                return
            exporter, importers = told[0], [told[1]]
        elif pattern.implicit == "importer" and importers == [None]:
            importers = [_topic(current, earlier, at, {e for e in exporters if e}, doc, before)]
            if importers == [None]:
                return
        if groups.get("product"):
            products = self._products(groups["product"])[:1]
            if exporter is None:
                buyers = {i for i in importers if i}
                # the seller the sentence before told of, else the country named last
                told = before[0] if before is not None and before[0] not in buyers else None
                exporter = told or _maker(current, earlier, buyers, at)
        else:
            listed = groups.get("list") or ""
            if m.start("list") == m.start():
                listed = _LIST_OPENER.sub("", listed)
            if not coded[: m.start("list")].strip():
                listed = _sentence_case_off(listed)  # 'Steel bars topped the list'
            products = self._products(listed)
            if products and not pattern.closed:
                products += [p for p in self._continued(coded[m.end() :]) if p not in products]
        if exporter is None or not products:
            return
        if exporters == [None]:
            exporters = [exporter]  # 'these tractors': the maker named before
        if pattern.rivals and groups.get("list"):
            rival = self.rivals.match(coded, self._used_end(m, coded))
            named = re.findall(_SLOT, rival.group("rivals")) if rival else []
            if pattern.rivals == "importer":
                importers += [slots[int(i)] for i in named]
            else:
                exporters += [slots[int(i)] for i in named]
        if importers == [None] and groups.get("list"):
            # '... leading exporters of hazelnuts, with Italy and Germany as its main buyers'
            buyers = _WITH_BUYERS.match(coded, self._used_end(m, coded))
            if buyers is not None:
                importers = [slots[int(i)] for i in re.findall(_SLOT, buyers.group(1))]
        if groups.get("list"):  # '..., with the rest supplied mainly by Ukraine and Bulgaria'
            rest = _REST_SUPPLIED.match(coded, m.end())
            exporters += [slots[int(i)] for i in re.findall(_SLOT, rest.group(1))] if rest else []
        sentence = current.sentence
        evidence = Evidence(sentence.text, sentence.start, sentence.end, 0.85)
        trades = [(exporters, importers, products)]
        ending = _PARTNER_AT_END.search(coded, m.start(), m.end())
        more = _AND_ANOTHER.match(coded, m.end()) if ending else None
        if more is not None and more.group("prep").lower() == ending.group(1).lower():
            # 'buys oil mainly from Romania, and medicines and cars from Germany', 'ships
            # phosphoric acid to India, its main customer, and fertilisers to Mali'
            other = [slots[int(i)] for i in re.findall(_SLOT, more.group("slots"))]
            goods = self._products(more.group("list"))
            if ending.group(1).lower() == "from":
                trades.append((other, importers, goods))
            else:
                trades.append((exporters, other, goods))
        for sellers, buyers, goods in trades:
            for exporter in sellers:
                for importer in buyers:
                    if exporter is None or importer == exporter:
                        continue
                    for product in goods:
                        yield TradeFlow(exporter, importer, product, evidence)

    def _country_references(
        self,
        current: AnalyzedSentence,
        earlier: Sequence[AnalyzedSentence],
        doc: AnalyzedArticle,
        named: list[GeoMention],
    ) -> list[GeoMention]:
        """Resolve 'the Kingdom', 'the Sultanate's' and 'its exports' to countries."""
        text, offset = current.sentence.text, current.sentence.start
        found: list[GeoMention] = []
        low = text.lower()
        if self.nominal is not None:
            for m in self.nominal.finditer(text):
                if not self._takes_side(m, low):
                    continue
                word = m.group().lower().replace("’", "'").removesuffix("'s").split()[-1]
                if any(
                    g.char_start - offset < m.end() and m.start() < g.char_end - offset
                    for g in named
                ):
                    continue  # 'the Sultanate of Oman': named, not a reference
                iso3 = None
                if not m.group().endswith(("'s", "’s")) and self.nominal_before.search(
                    low, max(0, m.start() - 10), m.start()
                ):  # "Pakistan's exports to the republic": another republic, if any
                    told = {g.country for g in named if g.char_end - offset <= m.start()}
                    others = [c for c in doc.home_first if c not in told]
                    iso3 = self.gazetteer.nominal_country(word, others)
                iso3 = iso3 or self.gazetteer.nominal_country(word, doc.home_first)
                if iso3 is None and word == "country":  # 'while the country's shipments'
                    before = sorted(
                        (g for g in named if g.char_end - offset <= m.start()),
                        key=lambda g: g.char_start,
                    )
                    # a country in the possessive first ("China buys Pakistan's sesame, and
                    # the country's other exports"), else the first, else the outlet's
                    owners = [
                        g for g in before if text.startswith(("'s", "’s"), g.char_end - offset)
                    ]
                    # '... ships butter and beef to the country': the one named last
                    toward = text[max(0, m.start() - 6) : m.start()].endswith(("to ", "into "))
                    iso3 = (
                        owners[-1].country
                        if owners
                        else before[-1 if toward else 0].country
                        if before
                        else doc.article.home_country
                    )
                    listed = {g.country for g in before}
                    if (
                        not owners
                        and not toward
                        and len(before) > 1
                        and all(_listed(current, g) for g in before)
                    ):
                        # 'Germany, Saudi Arabia and Japan were the top destinations of the
                        # country's coffee': a list of buyers; the country is another one
                        iso3 = next((c for c in doc.home_first if c not in listed), iso3)
                    verb = self.complement.search(text, 0, m.start()) if before else None
                    subject_gap = (
                        text[before[-1].char_end - offset : verb.start()].split() if verb else []
                    )
                    if verb is not None and set(subject_gap) <= {"also", "still", "again"}:
                        # 'Russia remained the country's largest wheat supplier': a
                        # country is not its own supplier; the one the article is about
                        subject = before[-1].country
                        iso3 = next((c for c in doc.home_first if c != subject), None)
                    elif before and self.enters.search(text, 0, m.start()):
                        # 'Ecuadorian roses also enter the country': not the goods' own
                        goods = before[-1].country
                        iso3 = next(
                            (g.country for g in reversed(before) if g.country != goods),
                            next((c for c in doc.home_first if c != goods), None),
                        )
                if iso3:
                    found.append(_pseudo(iso3, offset + m.start(), offset + m.end()))
        found += self._regional_nominals(text, offset, low, named, doc.home_first)
        for m in self.pronoun.finditer(text):
            before = [g for g in named if g.char_end - offset <= m.start()]
            if before:
                iso3 = before[0].country
            else:
                previous = next(
                    (
                        s
                        for s in reversed(earlier)
                        if any(g.kind in ("country", "demonym") for g in s.places)
                    ),
                    None,
                )
                if previous is None:
                    continue
                iso3 = next(g.country for g in previous.places if g.kind in ("country", "demonym"))
            found.append(
                _pseudo(iso3, offset + m.start(), offset + m.start() + len(m.group().rstrip()))
            )
        found += _his_country(current, named)
        found += self._clause_subjects(text, offset, named, doc.home_first)
        found += self._city_traders(current, text, offset)
        found += self._hyphened_origins(text, offset, doc.home_first)
        quoted = list(self.first_person.finditer(text))
        speaker = self._speaker_country(current, doc) if quoted else None
        if speaker is not None:
            for m in quoted:
                group = next(g for g in (1, 2, 3) if m[g])
                found.append(_pseudo(speaker, offset + m.start(group), offset + m.end(group)))
            home = doc.article.home_country
            if home and home != speaker:  # '... we import cotton from you': the outlet's side
                for m in _YOU.finditer(text):
                    found.append(_pseudo(home, offset + m.start(1), offset + m.end(1)))
        return found

    def _city_traders(self, current: AnalyzedSentence, text: str, offset: int) -> list[GeoMention]:
        """Stand a city's country for its traders: 'Lagos traders imported', 'sold to buyers
        in Kumasi', 'sold in Lagos markets'."""
        found: list[GeoMention] = []
        for city in current.places:
            if city.kind != "city" or not city.country:
                continue
            start, end = city.char_start - offset, city.char_end - offset
            if self.traders_after.match(text, end):
                found.append(_pseudo(city.country, city.char_start, city.char_end))
                continue
            before = self.buyers_in.search(text, 0, start)
            if before is not None:
                found.append(_pseudo(city.country, offset + before.start(1), city.char_end))
        return found

    def _speaker_country(self, current: AnalyzedSentence, doc: AnalyzedArticle) -> str | None:
        """Return the country of the person quoted in a sentence ('..., she said'), or of the
        one answering in an interview ('TQH: Our main exports to Pakistan are ...'), if known."""
        said = self.said.search(current.sentence.text)
        if said is None:
            person = _answering(current, doc)
        else:
            at = current.sentence.start + said.start()
            speakers = sorted(
                (r for r in current.refs if current.tokens[r.start].start >= at),
                key=lambda r: current.tokens[r.start].start,
            )
            person = speakers[0].person if speakers else None
        if person is None or not person.titles:
            return None
        return next((t.country for t in person.titles if t.country), doc.article.home_country)

    def _hyphened_origins(self, text: str, offset: int, ranked: Sequence[str]) -> list[GeoMention]:
        """Resolve a place joined to a participle to its state: 'Mombasa-shipped tea',
        'Penang-based firms', 'Sialkot-made footballs'."""
        found: list[GeoMention] = []
        if self.origin is None or "-" not in text or not self.origin_gate.search(text):
            return found
        for m in self.origin.finditer(text):
            iso3 = self.gazetteer.state_of(m.group(1), ranked)
            if iso3:
                found.append(_pseudo(iso3, offset + m.start(), offset + m.end()))
        return found

    def _regional_nominals(
        self, text: str, offset: int, low: str, named: list[GeoMention], ranked: Sequence[str]
    ) -> list[GeoMention]:
        """Resolve 'the Gulf state's' and 'the Eastern European country' to the country of
        that region named before in the sentence, else the first the article (`ranked`) names."""
        found: list[GeoMention] = []
        for m in self.regional_nominal.finditer(text):
            if not self._takes_side(m, low) or self.gazetteer.region_named(m.group(1)) is None:
                continue  # 'the same country's': no region, so no telling which
            if any(
                g.char_start - offset < m.end() and m.start() < g.char_end - offset for g in named
            ):
                continue
            before = sorted(
                (g for g in named if g.char_end - offset <= m.start()), key=lambda g: g.char_start
            )
            iso3 = self._regional(m.group(1), before, prefer_last=True) or next(
                (c for c in ranked if self.gazetteer.in_region(c, m.group(1))), None
            )
            if iso3 is not None:
                found.append(_pseudo(iso3, offset + m.start(), offset + m.end()))
        return found

    def _takes_side(self, m: re.Match[str], low: str) -> bool:
        """Tell whether 'the Kingdom' found at `m` is a side of trade.

        It is when possessive ("the Sultanate's exports"), followed by a trade verb ('the
        Kingdom imports') or after a word that takes a place ('from', 'to', 'reaches').
        """
        return (
            m.group().endswith(("'s", "’s"))
            or self.nominal_after.match(low, m.end()) is not None
            or self.nominal_before.search(low, max(0, m.start() - 10), m.start()) is not None
        )

    def _clause_subjects(
        self, text: str, offset: int, named: list[GeoMention], ranked: Sequence[str]
    ) -> list[GeoMention]:
        """Resolve 'while it imports', 'and also imports' and 'from its neighbour'.

        The subject is the first country the sentence names; the partner is the last
        other country named before the phrase, or for 'the South American country',
        the one of that region the sentence or else the article (`ranked`) names.
        """
        ordered = sorted(named, key=lambda g: g.char_start)
        if not ordered:
            return []
        subject = ordered[0]
        found: list[GeoMention] = []
        for m in self.subject_pronoun.finditer(text):
            if any(
                g.char_start - offset < m.end(1) and m.start(1) < g.char_end - offset
                for g in ordered
            ):
                continue  # 'and the United Kingdom buys': a country named, no reference
            before = [g for g in ordered if g.char_end - offset <= m.start(1)]
            iso3 = self._regional(m.group(1), before, prefer_last=False)
            if before:
                found.append(
                    _pseudo(iso3 or subject.country, offset + m.start(1), offset + m.end(1))
                )
                continue
            named_here = {g.country for g in ordered}
            iso3 = next(  # 'The Central Asian country also ships ... to the UAE': named before
                (
                    c
                    for c in ranked
                    if c not in named_here and self.gazetteer.in_region(c, m.group(1))
                ),
                None,
            )
            if iso3 is not None:
                found.append(_pseudo(iso3, offset + m.start(1), offset + m.end(1)))
        # 'while exports of dates rose': the subject's, or the outlet's when the first
        # country named is an object ('sells oil to buyers in Japan, while exports ...')
        elided = subject.country
        if ranked and _OBJECT_BEFORE.search(text, 0, subject.char_start - offset):
            elided = ranked[0]
        for m in self.elided.finditer(text):
            if subject.char_end - offset <= m.start():
                found.append(_pseudo(elided, offset + m.end(), offset + m.end()))
        for m in self.partner.finditer(text):
            if any(g.char_start - offset < m.end(1) <= g.char_end - offset for g in ordered):
                continue  # 'from the Czech Republic': named, not a reference
            before = [g for g in ordered if g.char_end - offset <= m.start()]
            # the partner of the country the clause is about: the last named or referred to
            # before it ('Portuguese exports to the archipelago', 'while it imports ... from
            # its southern neighbour')
            mentioned = sorted(
                [g for g in [*ordered, *found] if g.char_end - offset <= m.start()],
                key=lambda g: g.char_end,
            )
            this = mentioned[-1].country if mentioned else subject.country
            others = [g for g in before if g.country != this]
            if m.group(1).lower() == "it":  # the subject of the sentence, or the other one
                iso3 = subject.country if subject.country != this else None
                if iso3 is None and others:
                    iso3 = others[-1].country
                if iso3 is not None:
                    found.append(_pseudo(iso3, offset + m.start(1), offset + m.end(1)))
                continue
            iso3 = self._regional(m.group(1), before, prefer_last=True)
            if iso3 is None and self.gazetteer.in_region(subject.country, m.group(1)) is False:
                iso3 = next(  # named earlier in the article
                    (
                        c
                        for c in ranked
                        if c != subject.country and self.gazetteer.in_region(c, m.group(1))
                    ),
                    None,
                )
            if iso3 is None and others:
                iso3 = others[-1].country
            if iso3 is None and self.gazetteer.region_named(m.group(1)) is None:
                # "Kenya's exports to its western neighbour": the article's other country
                iso3 = next((c for c in ranked if c != this), None)
            if iso3 is not None:
                found.append(_pseudo(iso3, offset + m.start(1), offset + m.end(1)))
        return found

    def _regional(self, phrase: str, candidates: list[GeoMention], prefer_last: bool) -> str | None:
        """Return the country 'the Asian giant' means among those named before, if any.

        None when the phrase names no region, or no candidate lies in it.
        """
        fitting = [g.country for g in candidates if self.gazetteer.in_region(g.country, phrase)]
        if not fitting:
            return None
        return fitting[-1] if prefer_last else fitting[0]

    def _hedged(self, coded: str, start: int, list_start: int) -> bool:
        """Tell whether the clause that holds the list says the trade is only wished for.

        The clause runs from the last boundary before the list: 'X wants ..., which
        supplies Y with A' is hedged no more than 'Y, which supplies ...' is.
        """
        clause_start = 0
        for b in _CLAUSE.finditer(coded, 0, list_start):
            clause_start = b.end()
        return any(
            self._hedge(coded, m) for m in self.hedges.finditer(coded, clause_start, list_start)
        )

    def _hedge(self, coded: str, m: re.Match[str]) -> bool:
        """Tell whether a hedge word found hedges: not 'a 31% increase' nor 'the sharpest
        increase', a change counted, not a wish to increase."""
        return not (
            m.group().lower() in self.counted_hedges
            and _COUNTED.search(coded, max(0, m.start() - 20), m.start()) is not None
        )

    def _products(self, text: str) -> list[str]:
        text = self.volume_of.sub(lambda m: ", " if m.group(1) else "", text)
        rest = _WITH_REST.search(text)
        if rest is not None:
            head = self._products(text[: rest.start()])
            return list(dict.fromkeys([*head, *self._products(_rest_of(rest))]))
        followed = _FOLLOWED_BY.search(text)
        if followed is not None:
            head = self._cut(text[: followed.start()])
            if len(head) < followed.start():
                # 'broken rice, which represents 60 percent of the bill, followed by
                # medicines': the list goes on after the clause
                rest = self._products(text[followed.end() :])
                return list(dict.fromkeys([*self._products(head), *rest]))
        low = text.lower() if text.isascii() else None
        for word, drop in self.drop:  # before the cut: 'and, to a lesser extent, medicines'
            if low is not None and word is not None and word not in low:
                continue  # in ASCII text, a word absent from the lower case cannot match
            dropped = drop.sub("", text)
            if dropped != text:
                text = dropped
                low = text.lower() if text.isascii() else None
        text = _AMOUNT_PAREN.sub("", self._cut(_FOLLOWED_BY.sub(", ", text)))
        items: list[str] = []
        parts = re.split(
            r",|;|\b(?:as well as|along with|together with|in addition to|followed by)\b", text
        )
        for index, part in enumerate(parts):
            if index and _APPOSITIVE.match(part):
                continue  # 'urea, a nitrogen fertilizer essential for ...': urea said again
            items.extend(self._split_and(part.strip()))
        products = []
        for item in items:
            item = self.trailing.sub("", self._clean_item(item))
            if item and self._acceptable(item):
                products.append(item)
        return list(dict.fromkeys(products))

    def _continued(self, tail: str) -> list[str]:
        """Return the items a list goes on with after the pattern's end.

        '... to Nigeria, along with canned sardines and electrical wires', '... of
        Kazakhstan's exports to Italy, followed by ferroalloys', and the rows of a table
        written as prose: 'urea, about 210,000 tonnes; methanol, 38,000 tonnes; and ...'.
        """
        # ', most of it shipped from Sur,'; the country a cut list's aside ended on
        tail = _ASIDE_BEFORE_MORE.sub("", tail, count=1)
        # '... for $2.6bn, followed by coal', '... to the Kingdom last year, followed by rice'
        lead = _LEADING_TIME.sub("", _LEADING_AMOUNT.sub("", tail))
        more = _MORE.match(lead)
        if more:
            return self._products(lead[more.end() :])
        rest = _WITH_REST.search(tail, 0, 80)
        if rest is not None and "⟦" not in tail[: rest.start()]:
            return self._products(_rest_of(rest))  # '..., with bed linen the leading lines'
        items: list[str] = []
        while tail.startswith(";"):
            row = tail[1:].split(";", 1)[0]
            cell = _ROW.match(row)
            if cell is None or "⟦" in row:
                break
            items += self._products(cell.group(1))
            tail = tail[1 + len(row) :]
        return items

    def _cut(self, text: str) -> str:
        # 'cloves from Zanzibar and Pemba, sesame seeds': the origin of an item, not a stop
        text = _ITEM_ORIGIN.sub("", text)
        # '($96 million)', '(JD6.8 million)' after an item: an amount, not a stop; nor is
        # an acronym ('liquefied petroleum gas (LPG) and polyethylene')
        blank = _ACRONYM_PAREN.sub(lambda m: " " * len(m.group()), text)
        low = _AMOUNT_PAREN.sub(lambda m: " " * len(m.group()), blank.lower())
        participle = self.participle.search(low)
        end = participle.start() if participle else len(text)
        # the leftmost, as the least `find` of each was; ' could ' also ends the text
        stop = self.stops.search(low + " ")
        if stop is not None and stop.start() < end:
            end = stop.start()
        return text[:end]

    def _clean_item(self, item: str) -> str:
        item = re.sub(r"\s*\([^()]*\)[\s.,;:]*$", "", item)  # 'liquefied petroleum gas (LPG)'
        item = item.strip(" .:;\"'“”‘’()-–—")
        previous = None
        while previous != item:
            previous = item
            item = self.quantity.sub("", self.lead.sub("", item)).strip()
        item = re.sub(r"\s*\([^)]*\)$", "", item)  # 'liquefied natural gas (LNG)'
        item = re.sub(r"\s+[\d.,]+$", "", item)  # 'rice 89.4' in a table
        # "nearly half of Kenya's black tea exports": the product is the tea
        item = re.sub(r"(?<=\w)\s+(?:exports|imports|shipments|consignments|purchases)$", "", item)
        return " ".join(item.split())

    def _split_and(self, part: str) -> list[str]:
        part = re.sub(r"^(?:and|&)\s+", "", part)
        part = re.sub(r"\s+(?:and|&|or)$", "", part)  # 'natural gas and' before a country
        if part.lower() in self.keep:
            return [part]
        for phrase in self.keep:  # 'vehicles and iron and steel': keep 'iron and steel' whole
            at = part.lower().find(phrase)
            if at >= 0:
                joined = part[at : at + len(phrase)]
                part = part[:at] + joined.replace(" and ", "\x00") + part[at + len(phrase) :]
        pieces = [p.replace("\x00", " and ") for p in re.split(r"\s+(?:and|&|or)\s+", part)]
        merged: list[str] = []
        for piece in pieces:
            if merged and self._shares_head(merged[-1], piece):
                merged[-1] = f"{merged[-1]} and {piece}"
            else:
                merged.append(piece)
        return merged

    def _shares_head(self, left: str, right: str) -> bool:
        """Tell whether 'left and right' is one item whose head noun comes last.

        'optical and medical apparatus', 'fresh and dried fruit', 'electrical and
        electronic products', 'iron and steel products'.
        """
        if len(left.split()) != 1 or not right.split():
            return False
        if f"{left} and {right.split()[0]}".lower() in self.keep and len(right.split()) >= 2:
            return True
        return len(right.split()) >= 2 and (
            _adjectival(left) or left.lower() in self.product_adjectives
        )

    def _acceptable(self, item: str) -> bool:
        words = item.split()
        if not words or len(words) > self.max_words:
            return False
        if words[0].lower() in self.reject_first or "⟦" in item or item.endswith(("'s", "’s")):
            return False  # "SA's exports to Germany": an owner, not a product
        if self.hedges.fullmatch(words[0]) and (
            len(words) == 1 or _AFTER_VERB.fullmatch(words[1].lower()) or words[0].lower() == "not"
        ):
            return False  # "its exports and hoped to enter": a verb, not 'triple superphosphate'
        if len(words) == 1 and re.fullmatch(r"[a-z]+ed", item) and not item.endswith("eed"):
            return False  # 'and invited', 'unprocessed': a verb or a bare participle
        if item.lower() in self.not_products or all(w.lower() in self.not_products for w in words):
            return False  # 'total' in "Pakistan's total exports to Egypt"
        if len(words) > 1 and words[-1].lower() in self.trader_heads:
            return False  # 'Latvian pharmaceutical companies account for ...': who trades
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            return False  # 'Promotion Council' of 'the Nigerian Export Promotion Council
        low = f" {item.lower()} "
        if self.reject_words.search(low) or any(sign in low for sign in self.reject_signs):
            return False
        # a number is an amount, not a product; 'K2 tanks' and 'FA-50 aircraft' are models,
        # 'Grade 1 coffee' a grade
        return bool(re.search(r"[A-Za-z]", item)) and not _AMOUNT_IN_ITEM.search(item)


def _compile(template: str, words: dict[str, list[str]]) -> re.Pattern[str] | Caseless:
    def word_class(name: str) -> str:
        if name not in words:
            raise LexiconError(
                f"trade.json: pattern {template!r} uses <{name}>, which is no word class "
                f"(known: {', '.join(sorted(words))})"
            )
        return f"(?:{alternation(words[name])})"

    template = re.sub(
        r"\(\?:<adv> \)\?\(\?:<(\w+_verb)>\)",
        # 'also mainly sells', 'began importing'
        r"(?:(?:has|have|had|is|are|was|were) )?(?:<adv> ){0,2}"
        r"(?:(?:began|begun|started|continued|continues) (?:<adv> )?)?(?:<\1>)",
        template,
    )
    # '<adv>' is a word class; '(?P<list>...)' a group of the pattern's own
    regex = re.sub(r"(?<!\?P)<(\w+)>", lambda m: word_class(m.group(1)), template)
    regex = regex.replace(" ", r"\s+")
    slot = r"⟦C\d+⟧(?:['’]s|['’])?"
    # a country joins a list of importers unless it opens a clause of its own:
    # 'to China, and its exports to ...' lists China alone
    # ... or its traders or a verb follow it: 'to Pakistan, and Pakistani importers bought'
    subject_words = sorted(
        {
            w.lower()
            for name in ("export_verb", "import_verb", "supply_verb", "maker")
            for w in words.get(name, [])
            if " " not in w
        },
        key=len,
        reverse=True,
    )
    clause = (
        r"(?!\s+(?:exports?|imports?|sales|shipments|supplies|is|are|was|were|has|have"
        r"|remains?|remained|becomes?|became|buys|bought|takes|took"
        rf"|also|mainly|in\s+turn{''.join('|' + re.escape(w) for w in subject_words)})\b)"
    )
    slots = rf"{slot}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){slot}{clause})*"
    # 'Kenya, Indonesia(,) and the UAE were': ', and' only after another item; 'Malaysia,
    # and Pakistan buys' names no list
    subject = rf"(?P<imps>{slot}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){slot}(?:\s*,\s*and\s+{slot})?)*)"
    # 'Belarus, in turn, imports', 'Thailand, which supplies Bangladesh with'
    # 'Romania, which covers most of its gas consumption from domestic production, supplies'
    aside = r"(?:\s*,\s*[a-z][a-z ]{1,20},|\s*,\s*which(?:\s[^,;⟦]{1,80},)?)?"
    regex = (
        regex.replace("{EXPS}", rf"(?P<exps>{slots})")
        .replace("{EXP}", f"(?P<exp>{slot})")
        .replace("{START}", _CLAUSE_START)
        .replace("{IMPS}", rf"(?P<imps>{slot}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){slot})+)")
        # a list of importers as a subject: 'Kenya, Indonesia and the UAE were the biggest'
        .replace("{IMP}", subject if regex.startswith(("{IMP}", "{START}{IMP}")) else "{IMP}", 1)
        # 'to the Japanese market', 'to the southern regions of Tanzania'
        .replace("{IMP}", rf"{_PART_OF}(?P<imps>{slots})(?:\s+markets?\b)?")
        .replace("{ORG}", r"(?-i:(?:[A-Z][\w-]*\s+){0,4})")
        .replace("{ASIDE}", aside)
        .replace(
            "{TIME}",
            r"(?:\s+(?:last|this|past|previous)\s+(?:year|month|fiscal\s+year|quarter)"
            r"|\s+in\s+(?:19|20)\d\d|\s+in\s+(?:fiscal\s+(?:year\s+)?|fy\s?)\d\d(?:\d\d)?(?:-\d\d(?:\d\d)?)?"
            r"|\s+during\s+[^,;⟦]{1,40}?"
            r"|\s+in\s+the\s+(?:first|second|third|last|past)\s+(?:half|quarter|\w+\s+months)"
            r"(?:\s+of\s+(?:the\s+year|this\s+year|last\s+year|(?:19|20)\d\d))?)?",
        )
        .replace(
            "{AMOUNT}", r"(?:\s+(?:worth|valued\s+at|amounting\s+to|totall?ing)\s+[^⟦;]{1,60}?)?"
        )
        .replace("{PRODUCT}", r"(?P<product>[A-Za-z][\w-]*(?:\s+[a-z\d][\w-]*){0,4})")
    )
    if regex.startswith("{LIST}"):
        # a list that opens a pattern starts a clause: anchor it, or every position is tried
        regex = _CLAUSE_START + regex
    if regex.endswith("{LIST}"):
        regex = regex.replace("{LIST}", rf"(?:{_VALUE_OF})?(?P<list>[^;⟦⟧]+)")
    else:
        regex = regex.replace("{LIST}", rf"(?:{_VALUE_OF})?(?P<list>[^;⟦⟧]+?)")
    try:
        literal = re.sub(r"\(\?P[<=]|⟦C|\\[A-Za-z]", "", regex)
        if "(?-i:" in regex or re.search(r"[A-Z]", literal):
            # a case-sensitive part ({ORG}) or capitals in a user's pattern: plain IGNORECASE
            return re.compile(regex, re.IGNORECASE)
        return Caseless(regex.replace("⟦C", "⟦c"))
    except re.error as exc:  # a user's pattern
        raise LexiconError(
            f"trade.json: pattern {template!r} is not a valid regex ({exc})"
        ) from exc


def _rest_of(m: re.Match[str]) -> str:
    """Return the items a `_WITH_REST` match holds, whichever way it told them."""
    return m.group("rest") or m.group("remainder") or m.group("besides")


def _any_word(words: Sequence[str]) -> Caseless:
    """Return a pattern finding any of `words` as a whole word (never, for none)."""
    if not words:
        return Caseless("(?!)")
    return Caseless(r"\b(?:" + "|".join(re.escape(w.lower()) for w in words) + r")\b")


def _needs_slot(regex: str) -> bool:
    """Tell whether every match of a compiled pattern holds a country slot ('⟦')."""
    # '⟦' has no other case: whether the pattern ignores case does not matter
    return any(all("⟦" in s for s in group) for group in required_literals(regex, most=99))


_AMOUNT_IN_ITEM = re.compile(r"(?<![\w-])(?<!grade )(?<!Grade )(?<!class )(?<!Class )\d")
_ITEM = r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}"
#: words after a verb, not inside a product's name: 'and hoped to enter', 'boost the'
_AFTER_VERB = re.compile(
    r"to|the|an?|its|their|his|her|our|this|that|these|those|up|in|on|into|with|for|of|by|at"
    r"|from|more|further"
)
#: an article or a share just before a hedge word makes it a noun: 'a 31% increase'
_COUNTED = re.compile(
    r"(?:\b(?:a|an|the)(?:\s+[a-z]+est)?|%|\bper\s?cent|\bpercent)\s+$", re.IGNORECASE
)
#: a list of goods told before a word: two items, or one after a word that opens a list
_ITEMS_BEFORE = re.compile(
    rf"(?:\b{_ITEM},\s+|\b(?:include|includes|included|including|are|were|comprise|comprises|"
    rf"comprised|such\s+as|like)\s+|:\s+){_ITEM}(?:,|\s+and)\s+$"
)
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}")
#: the rest of an item: lower-case words to the next item or the end
_ITEM_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){1,3}(?:,|\s+and\b|\s+or\b|\.|$)")


def _names_goods(
    text: str,
    geo: GeoMention,
    current: AnalyzedSentence,
    countries: Sequence[GeoMention],
    doc: AnalyzedArticle,
) -> bool:
    """Tell whether a country's name names goods, not who sells them: a brand in capitals
    ('BELARUS tractors'), or a demonym inside a list of goods ('chilled goat meat, mutton,
    French beans and avocados') when its country is named beside it in the sentence, or
    nowhere else in the article."""
    start, end = geo.char_start - current.sentence.start, geo.char_end - current.sentence.start
    told = text[start:end]
    if len(told) > 3 and told.isupper() and _NOUN_AFTER.match(text, end):
        return True
    if geo.kind != "demonym":
        return False
    if not _ITEMS_BEFORE.search(text[max(0, start - 80) : start]) or not _ITEM_AFTER.match(
        text, end
    ):
        return False
    if any(g is not geo and g.country == geo.country for g in countries):
        return True
    return sum(p.country == geo.country for s in doc.sentences for p in s.places) == 1


def _code(
    text: str, offset: int, countries: Sequence[GeoMention]
) -> tuple[str, list[str], list[int]]:
    """Replace country mentions by numbered slots; return the text, slot → ISO3 and
    slot → where its mention ends in `text`."""
    out: list[str] = []
    slots: list[str] = []
    ends: list[int] = []
    pos = 0
    for geo in sorted(countries, key=lambda g: g.char_start):
        start, end = geo.char_start - offset, geo.char_end - offset
        if start < pos:
            continue
        before = text[pos:start]
        before = re.sub(r"\bthe\s+$", "", before, flags=re.IGNORECASE)
        out.append(before)
        out.append(f"⟦C{len(slots)}⟧" if end > start else f"⟦C{len(slots)}⟧ ")  # elided
        slots.append(geo.country)
        ends.append(end)
        pos = end
    out.append(text[pos:])
    return "".join(out), slots, ends


def _text_at(coded: str, index: int, ends: Sequence[int]) -> int:
    """Return where a position of a coded sentence is in its text: as far after the end
    of the mention of the slot before it as it is after the slot."""
    last = coded.rfind("⟦C", 0, index)
    slot = _SLOT_AT.match(coded, last) if last >= 0 else None
    return ends[int(slot.group(1))] + index - slot.end() if slot else index


def _telling_group(regex: re.Pattern[str] | Caseless) -> tuple[str, ...]:
    """Return the most selective group of strings every match of a pattern holds, leaving
    out its country slots and words nearly every sentence has; () if there is none."""
    known = regex.literals if isinstance(regex, Caseless) else required_literals(regex.pattern)
    groups = [g for g in known if not any("⟦" in a or "⟧" in a for a in g) and not set(g) & _COMMON]
    if not groups:
        return ()
    return max(groups, key=lambda g: (min(map(len, g)), -len(g)))


def _opened_at(m: re.Match[str], coded: str) -> int:
    """Return where a match's own text starts: a list that opens a pattern starts after
    'whereas', 'said' or a colon ('..., whereas rice and sugar are the main ...')."""
    if m.groupdict().get("list") is None or m.start("list") != m.start():
        return m.start()
    opener = _LIST_OPENER.match(coded[m.start() : m.end("list")])
    return m.start() + opener.end() if opener else m.start()


def _overlapping(
    search: Callable[[str, int], re.Match[str] | None], coded: str
) -> Iterator[re.Match[str]]:
    """Yield a pattern's matches as `finditer` does, but the next may start at the country
    slot that ends the last: the importer of one clause may be the subject of the next
    ('... wheat to ⟦C1⟧, which in turn ships rubber to ⟦C0⟧')."""
    pos = 0
    while pos <= len(coded):
        m = search(coded, pos)
        if m is None:
            return
        yield m
        tail = _EDGE_SLOT_END.search(coded, m.start(), m.end())
        pos = tail.start() if tail is not None and tail.start() > m.start() else m.end()
        pos = max(pos, m.start() + 1)


def _core(coded: str, start: int, end: int) -> tuple[int, int]:
    """Return a match's span without a country slot at either edge: the importer of one
    clause may be the subject of the next ('... to ⟦C1⟧, which also imports ...')."""
    head = _EDGE_SLOT.match(coded, start, end)
    if head is not None:
        start = head.end()
    tail = _EDGE_SLOT_END.search(coded, start, end)
    if tail is not None:
        end = tail.start()
    return start, max(start, end)


def _his_country(current: AnalyzedSentence, named: list[GeoMention]) -> list[GeoMention]:
    """Resolve 'his country' to the state of the one 'his' stands for, else to the country
    named nearest before it ('the Pakistani minister said his country's exports')."""
    found: list[GeoMention] = []
    offset = current.sentence.start
    for m in _HIS_COUNTRY.finditer(current.sentence.text):
        at = offset + m.start()
        iso3 = next(
            (
                t.country
                for r in current.refs
                if r.kind == "pronoun" and current.tokens[r.start].start == at
                for t in r.person.titles
                if t.country
            ),
            None,
        ) or next(
            (g.country for g in sorted(named, key=lambda g: -g.char_start) if g.char_end <= at),
            None,
        )
        if iso3 is not None:
            found.append(_pseudo(iso3, at, offset + m.end()))
    return found


def _answering(current: AnalyzedSentence, doc: AnalyzedArticle) -> Person | None:
    """Return the person whose answer in an interview a sentence belongs to: its paragraph
    opens with their name or initials ('Tran Quang Hieu: ...', 'TQH: ...')."""
    text = doc.article.text
    cut = text.rfind("\n\n", 0, current.sentence.start)
    label = _ANSWER.match(text, cut + 2 if cut >= 0 else 0)
    if label is None:
        return None
    name = label.group(1)
    for person in doc.people:
        words = person.name.split()
        if name in (person.name, *person.surfaces) or name == "".join(w[0] for w in words):
            return person
    return None


#: a country named as an object, not as the subject: 'to buyers in Japan'
_OBJECT_BEFORE = re.compile(r"\b(?:to|in|into|from|for|at|with|of)\s+(?:the\s+)?$")
#: a second verb of the subject: '... and hopes to', '... and plans to'
_SECOND_VERB = re.compile(r"\s+and\s+(?:also\s+)?[a-z]+s\s+to\b")
#: a country set aside before what the sentence tells: 'Besides Latvia, his winery ships'
_SET_ASIDE = re.compile(
    r"\b(?:[Bb]esides|[Aa]part\s+from|[Aa]side\s+from|[Ii]n\s+addition\s+to|[Oo]ther\s+than)"
    r"\s+(?:the\s+)?$"
)


#: a country after 'to': a buyer, no seller of what a subjectless clause tells
_DESTINATION = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)
#: a country after 'from' or 'by': a seller, no buyer of it
_ORIGIN = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$", re.IGNORECASE)
#: a country buying: no seller of what the sentence tells
_BUYS = re.compile(r"\s+(?:bought|buys|imported|imports|purchased|purchases)\b")


def _topic(
    current: AnalyzedSentence,
    earlier: Sequence[AnalyzedSentence],
    before: int,
    other: set[str],
    doc: AnalyzedArticle,
    direction: tuple[str, str] | None,
    seller: bool = False,
) -> str | None:
    """Return the country a subjectless statement is about (its `seller`, if so told).

    The partner of `other` in the direction of trade the sentence before stated
    ("Kazakhstan's exports to Germany rose ... Imports from Germany, mainly ..."), else
    the latest other country named before it in its sentence ('Mongolia sells ..., while
    the main items imported from ...'), else the seller of that direction, for a seller,
    else the article's home country ('The main items exported to Japan were ...' in
    Dawn), else the latest other country of the three sentences before.
    """
    if direction is not None and other & set(direction):
        partner = next((c for c in direction if c not in other), None)
        if partner is not None:
            return partner
    home = doc.article.home_country
    for sentences in ([current], [*earlier[-3:]] if not home or home in other else []):
        for sentence in reversed(sentences):
            for geo in sorted(sentence.places, key=lambda g: -g.char_start):
                if sentence is current and geo.char_end > before:
                    continue
                start = geo.char_start - sentence.sentence.start
                if _SET_ASIDE.search(sentence.sentence.text, 0, start):
                    continue  # 'Besides Latvia, his winery ships wine to Lithuania'
                if _BUYS.match(sentence.sentence.text, geo.char_end - sentence.sentence.start):
                    continue  # 'Oman bought 71,000 camels, while cattle were shipped to'
                if (_DESTINATION if seller else _ORIGIN).search(sentence.sentence.text, 0, start):
                    continue  # 'Melons shipped to Afghanistan doubled, while Kyrgyzstan
                    # purchased mainly potatoes': a buyer, not the seller; 'Goats arrive from
                    # Djibouti, while lamb is supplied by Australia': a seller, not the buyer
                if sentence is current and _listed(sentence, geo):
                    continue  # 'The largest buyers of sunflower oil were India, Spain and
                    # Italy, while wheat went primarily to Egypt': buyers, not the seller (and
                    # 'from Somalia and Djibouti, while lamb is supplied by': not the buyer)
                if geo.kind in ("country", "demonym") and geo.country not in other:
                    return geo.country
        if seller and direction is not None and direction[0] not in other:
            # 'Germany remained the largest buyer of Ethiopian coffee, followed by ... Belgium.
            # Japan and South Korea were the main markets for Grade 1 coffee': the same seller
            return direction[0]
        if home and home not in other:
            return home
    return None


def _listed(current: AnalyzedSentence, geo: GeoMention) -> bool:
    """Tell whether a country is one of a list of countries ('India, Spain and Italy')."""
    text, offset = current.sentence.text, current.sentence.start
    for other in current.places:
        if other is geo or other.kind != "country":
            continue
        if other.char_start >= geo.char_end:
            gap = text[geo.char_end - offset : other.char_start - offset]
        elif other.char_end <= geo.char_start:
            gap = text[other.char_end - offset : geo.char_start - offset]
        else:
            continue
        if _LIST_GAP.fullmatch(gap):
            return True
    return False


_LIST_GAP = re.compile(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def _pseudo(iso3: str, start: int, end: int) -> GeoMention:
    return GeoMention(-1, -1, "country", iso3, iso3, start, end)


def _slot(value: str | None, slots: list[str]) -> str | None:
    if not value:
        return None
    m = re.search(r"\d+", value)
    return slots[int(m.group())] if m else None


def _maker(
    current: AnalyzedSentence,
    earlier: Sequence[AnalyzedSentence],
    importers: set[str],
    before: int,
) -> str | None:
    """Return the country of the maker of 'these tractors': the latest other country named
    before `before` ('..., while India and Pakistan took the bulk of the pulses' names
    buyers after it)."""
    for sentence in [current, *reversed(earlier[-3:])]:
        for geo in sorted(sentence.places, key=lambda g: -g.char_start):
            if geo.country not in importers and (sentence is not current or geo.char_end <= before):
                return geo.country
    return None


_LIST_OPENER = re.compile(
    r"^.*(?:\b(?:while|whereas|but|though|although|said|says|that|noted|added|stated)\s+"
    r"|:\s+)",
    re.IGNORECASE,
)


def _context(
    listing: tuple[str, str] | None,
    direction: tuple[str, str] | None,
    told: list[TradeFlow],
    found: dict[tuple[str, str | None, str], TradeFlow],
    doc: AnalyzedArticle,
) -> Context:
    """Return the trade the sentences above a table or list told: the way a colon gave
    ('these were Fiji's top five exports to PNG:'), else that of the flows just told, else
    the direction told, else that of the last flow found, else the outlet's country's
    exports."""
    products = tuple(dict.fromkeys(f.product for f in told))
    if listing is not None:
        return Context(listing[0], listing[1], products)
    if told:
        importers = {f.importer for f in told}
        importer = told[0].importer if len(importers) == 1 else None
        return Context(told[0].exporter, importer, products)
    if direction is not None:
        return Context(direction[0], direction[1])
    last = next(reversed(found.values()), None)
    if last is not None:  # 'Vietnam bought cashew nuts from Cambodia. ... followed.'
        return Context(last.exporter, last.importer)
    return Context(doc.article.home_country, None)


def _alone(current: AnalyzedSentence, doc: AnalyzedArticle) -> bool:
    """Tell whether a sentence is a paragraph of its own (a list item, a table's row)."""
    sentence, text = current.sentence, doc.article.text
    end = text.startswith("\n", sentence.end) or sentence.end >= len(text.rstrip())
    return end and (not sentence.start or text[sentence.start - 1] == "\n")


def _keep(
    found: dict[tuple[str, str | None, str], TradeFlow],
    flows: Sequence[tuple[str, str | None, str]],
    current: AnalyzedSentence,
) -> None:
    """Add the flows a list item or a table's row states, its sentence their evidence."""
    sentence = current.sentence
    evidence = Evidence(sentence.text, sentence.start, sentence.end, 0.8)
    for exporter, importer, product in flows:
        flow = TradeFlow(exporter, importer, product, evidence)
        found.setdefault((exporter, importer, product.lower()), flow)


def _sentence_case_off(text: str) -> str:
    """Lower-case a word capitalised only because it opens a sentence or an item
    ('Steel bars' → 'steel bars'); an acronym or a name of capitals stays ('LNG')."""
    if re.match(r"[A-Z][a-z]+\b", text):
        return text[0].lower() + text[1:]
    return text


def _adjectival(word: str) -> bool:
    low = word.lower()
    if re.search(r"(?:ical|ial|ral|nal|ic|ive|ed|ous|ary|ern|made|ful)$", low):
        return True
    # 'Chinese and Japanese cars', not 'cheese and agricultural machinery'
    return word[:1].isupper() and re.search(r"(?:ian|ese|ish)$", low) is not None
