"""Which word classes a pattern cannot match without."""

from __future__ import annotations

import pytest
from conftest import CORPUS

from kg.extract.prefilter import Substrings, WordClasses, required_classes


@pytest.mark.parametrize(
    ("template", "required"),
    [
        (
            "{EXP} (?:<adj> )*<export_noun> (?:to|with) {IMP} <list_verb> {LIST}",
            {"export_noun", "list_verb"},
        ),
        ("{EXP} (?:<adv> )?(?:<export_verb>) {LIST}", {"export_verb"}),
        ("(?:<share>) of {IMP} {LIST}", {"share"}),
        ("<a>|<b>", set()),  # either will do: neither is required
        ("(?:<a>|<b>) x <c>", {"c"}),
        ("<a>? <b>* <c>{0,2} (?=<d>) <e>", {"e"}),
        (r"\<x> [<y>] (?P<name><z>)", {"z"}),
        ("(<a>", set()),  # unbalanced: nothing is skipped
    ],
)
def test_required_classes(template: str, required: set[str]) -> None:
    assert required_classes(template) == required


def test_a_sentence_holds_a_class_word_even_inside_a_longer_word() -> None:
    classes = WordClasses({"export_noun": ["exports", "export items"], "share": ["bulk"]})
    seen: dict[str, bool] = {}
    assert classes.holds("its export  items include rice", frozenset({"export_noun"}), seen)
    assert not classes.holds("trade grew", frozenset({"export_noun"}), {})
    assert classes.holds("the reexports rose", frozenset({"export_noun"}), {})
    assert not classes.holds("exports rose", frozenset({"export_noun", "share"}), {})


def test_substrings_finds_every_string_held_overlapping_ones_included() -> None:
    labels = {"export": {1}, "exports": {2}, "ports": {3}, " to": {4}, "⟦": {5}, "x": {6}}
    scan = Substrings(labels)
    for text in ["its exports to ⟦c0⟧", "export", "reports", "imports", "", "to x"]:
        assert scan.held(text) == {n for s, ls in labels.items() if s in text for n in ls}
    assert Substrings({}).held("anything") == set()


def test_no_pattern_match_in_the_corpus_is_skipped(lexicon) -> None:
    """Wherever a shipped pattern matches a dev sentence, the sentence holds its classes."""
    from kg.article import article_reader_for
    from kg.extract import extractor_for
    from kg.extract.trade import _code
    from kg.readers import discover, file_ids, read_file

    reader, extractor = article_reader_for(lexicon), extractor_for(lexicon)
    trade = extractor.trade
    checked = 0
    for path, doc_id in file_ids(discover([CORPUS / "dev"])):
        for raw in read_file(path, doc_id)[0]:
            doc = extractor.reader.read(reader.read(raw))
            for i, current in enumerate(doc.sentences):
                named = [g for g in current.places if g.kind in ("country", "demonym")]
                named += trade._country_references(current, doc.sentences[:i], doc, named)
                coded, _, _ = _code(current.sentence.text, current.sentence.start, named)
                low = current.sentence.text.lower()
                for pattern in trade.patterns:
                    if pattern.regex.search(coded):
                        checked += 1
                        assert trade.classes.holds(low, pattern.required, {}), (
                            pattern.name,
                            current.sentence.text,
                        )
    assert checked > 100
