"""Reading input files: every format, and every kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import NoInputError
from kg.htmltext import parse_page
from kg.readers import MAX_BYTES, discover, file_ids, read_file

PAGE = """<!doctype html><html><head>
<title>Minister meets envoy | Daily Wire</title>
<meta property="og:title" content="Commerce minister meets Kazakh envoy">
<meta property="article:published_time" content="2025-03-18T09:00:00+05:00">
<meta property="og:site_name" content="Daily Wire">
<script>var tracking = "Prime Minister meets Chinese envoy";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="cookie-banner">We use cookies. Accept all?</div>
<article><h1>Commerce minister meets Kazakh envoy</h1>
<p>ISLAMABAD, March 18 (APP): The Ambassador of Kazakhstan called on the minister.</p>
<p>Pakistan's exports to Kazakhstan include rice.</p>
</article>
<aside class="related"><h3>Related news</h3><p>PM meets Chinese envoy</p></aside>
<footer>© 2025 Daily Wire. All rights reserved.</footer>
</body></html>"""


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_text_file_is_one_article(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "COLOMBO, 2024-08-22 — Sri Lanka exports tea.")
    docs, problems = read_file(path, "a")
    assert problems == []
    assert [(d.id, d.fmt) for d in docs] == [("a", "text")]
    assert "Sri Lanka exports tea" in docs[0].text


def test_markdown_loses_its_markup(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "# Title\n\n**Pakistan** exports [rice](http://x) to China.")
    docs, _ = read_file(path, "a")
    assert "Pakistan exports rice to China." in docs[0].text
    assert "#" not in docs[0].text and "http" not in docs[0].text


def test_html_keeps_the_story_only(tmp_path: Path) -> None:
    docs, problems = read_file(write(tmp_path, "p.html", PAGE), "p")
    assert problems == []
    doc = docs[0]
    assert doc.title == "Commerce minister meets Kazakh envoy"
    assert doc.date == "2025-03-18T09:00:00+05:00"
    assert doc.outlet == "Daily Wire"
    assert "Pakistan's exports to Kazakhstan include rice." in doc.text
    for boilerplate in (
        "cookies",
        "Home",
        "Related",
        "Chinese envoy",
        "rights reserved",
        "tracking",
    ):
        assert boilerplate not in doc.text


def test_malformed_html_still_yields_text(tmp_path: Path) -> None:
    page = "<html><body><nav>Menu<div class=x><article><p>Pakistan exports rice to China.<p>More"
    docs, _ = read_file(write(tmp_path, "m.htm", page), "m")
    assert "Pakistan exports rice to China." in docs[0].text


def test_jsonl_reads_each_line_and_reports_bad_ones(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": "one",
                "title": "T",
                "date": "2025-01-02",
                "url": "http://x/1",
                "text": "Pakistan exports rice.",
            }
        ),
        "{not json",
        json.dumps({"id": "two", "text": ""}),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "No id here."}),
        json.dumps({"id": "one", "text": "Duplicate id."}),
    ]
    docs, problems = read_file(write(tmp_path, "feed.jsonl", "\n".join(lines)), "feed")
    assert [d.id for d in docs] == ["one", "feed-5"]
    assert docs[0].date == "2025-01-02" and docs[0].url == "http://x/1"
    reasons = [str(p) for p in problems]
    assert any("feed.jsonl:2" in r and "invalid JSON" in r for r in reasons)
    assert any("feed.jsonl:3" in r and "empty" in r for r in reasons)
    assert any("feed.jsonl:4" in r and "text" in r for r in reasons)
    assert any("feed.jsonl:6" in r and "duplicate" in r for r in reasons)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", "", "empty file"),
        ("blank.txt", "  \n\n ", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("nobody.html", "<html><head><title>x</title></head></html>", "without article text"),
        ("picture.png", b"\x89PNG", "unsupported file type"),
    ],
)
def test_bad_input_is_reported_not_raised(tmp_path: Path, name: str, data, reason: str) -> None:
    docs, problems = read_file(write(tmp_path, name, data), "x")
    assert docs == []
    assert len(problems) == 1 and reason in problems[0].reason
    assert name in str(problems[0])


def test_invalid_utf8_is_read_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.txt", "Pakistan exports caf\xe9 to Belarus.".encode("latin-1"))
    docs, problems = read_file(path, "latin")
    assert "\ufffd" in docs[0].text
    assert problems[0].severity == "warning" and "UTF-8" in problems[0].reason


def test_huge_file_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    docs, problems = read_file(path, "huge")
    assert docs == [] and "too large" in problems[0].reason


def test_discover_walks_folders_and_skips_hidden(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "x")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.html", "x")
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / ".hidden", "c.txt", "x")
    write(tmp_path, "notes.pdf", "x")
    found = discover([tmp_path])
    assert [p.name for p in found] == ["b.txt", "a.html"]


def test_discover_names_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(NoInputError, match="nope"):
        discover([tmp_path / "nope"])
    with pytest.raises(NoInputError, match="no articles"):
        discover([tmp_path])


def test_file_ids_are_unique(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    paths = [tmp_path / "x" / "a.txt", tmp_path / "y" / "a.txt", tmp_path / "b.txt"]
    ids = [i for _, i in file_ids(paths)]
    assert len(set(ids)) == 3 and ids[2] == "b"


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="published_at" content="2025-02-13 07:45:00">',
        '<meta property="article:published" content="2025-02-13">',
    ],
)
def test_html_date_from_any_publication_meta(head: str) -> None:
    page = parse_page(f"<html><head>{head}</head><body><p>{'Story. ' * 20}</p></body></html>")
    assert page.date is not None and page.date.startswith("2025-02-13")


def test_html_date_from_a_date_element() -> None:
    html = (
        '<html><body><div class="published">Published at : February 13, 2025</div>'
        f"<div id='content'><p>{'Story text. ' * 20}</p></div></body></html>"
    )
    assert parse_page(html).date == "Published at : February 13, 2025"


def test_html_date_labelled_in_a_byline() -> None:
    html = (
        '<html><body><h1>Talks</h1><div class="info"><span>By LI Xiaoyu | China Daily | '
        "Updated: 2025-06-17 07:12</span></div>"
        f"<div id='Content'><p>{'Story text. ' * 20}</p></div></body></html>"
    )
    assert parse_page(html).date == "2025-06-17 07:12"


def test_html_line_breaks_part_paragraphs() -> None:
    page = parse_page(
        '<html><body><article><p>Trade reached CAD 1 billion in 2023.<br><br>"Ghana could '
        'supply more," he said.<br>Later, the minister left.</p></article></body></html>'
    )
    assert page.text.split("\n\n") == [
        "Trade reached CAD 1 billion in 2023.",
        '"Ghana could supply more," he said.',
        "Later, the minister left.",
    ]
