"""Pull the article text and metadata out of a saved news page."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

#: Containers that hold the story itself, most specific first.
_BODY_SELECTORS = (
    "[itemprop=articleBody]",
    "article .story-body",
    "article .article-body",
    "article .entry-content",
    ".story-body",
    ".article-body",
    ".articleBody",
    ".article-content",
    ".entry-content",
    ".post-content",
    ".story-content",
    ".news-content",
    ".content-body",
    ".detail-body",
    "article",
    "main",
    "[role=main]",
    "#content",
    ".content",
)
#: Elements that never hold article text.
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "form",
    "button",
    "select",
    "nav",
    "aside",
    "footer",
    "header",
    "figcaption",
    "input",
    "textarea",
    "object",
    "embed",
)
_BOILERPLATE = re.compile(
    r"cookie|consent|related|sidebar|side-bar|widget|menu|navbar|breadcrumb|share|social|"
    r"comment|advert|\bads?\b|ad-|promo|newsletter|subscribe|most-read|mostread|popular|"
    r"trending|recommend|footer|header|byline|caption|tags|author-bio|paywall|modal|popup",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(r"publish|pubdate|post-date|posted|dateline|\bdate\b|[-_]date\b")
_BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre"
#: a date labelled as the page's own in its text: 'Updated: 2025-06-17 07:12', 'Published: 3
#: March 2025'
_LABELLED_DATE = re.compile(
    r"\b(?:Last\s+updated|Updated|Published|Posted|Publication\s+date)\s*(?::|on)\s*"
    r"([^\n|]{0,20}?\d[^\n|]{4,30})"
)
_DATE_META = (
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[property="og:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
    'meta[name="parsely-pub-date"]',
)


@dataclass(frozen=True)
class Page:
    """What a page holds: body text (paragraphs separated by blank lines) and metadata."""

    text: str
    title: str | None
    date: str | None
    url: str | None
    outlet: str | None


def parse_page(html: str) -> Page:
    """Return the story text and metadata of an HTML page."""
    tree = LexborHTMLParser(html)
    title = _meta(tree, 'meta[property="og:title"]', 'meta[name="twitter:title"]')
    if not title:
        node = tree.css_first("title") or tree.css_first("h1")
        title = _clean(node.text()) if node else None
    date = (
        _meta(tree, *_DATE_META)
        or _time(tree)
        or _json_ld(tree, "datePublished")
        or _publish_meta(tree)
        or _date_element(tree)
        or _labelled_date(tree)
    )
    url = _meta(tree, 'meta[property="og:url"]') or _attr(tree, 'link[rel="canonical"]', "href")
    outlet = _meta(tree, 'meta[property="og:site_name"]', 'meta[name="application-name"]')
    return Page(_body_text(tree), title or None, date, url, outlet)


def _body_text(tree: LexborHTMLParser) -> str:
    for tag in _DROP_TAGS:
        for node in tree.css(tag):
            if not _holds_story(node):
                node.decompose()
    for node in tree.css("[class], [id]"):
        label = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if (
            _BOILERPLATE.search(label)
            and not _holds_story(node)
            and node.tag not in ("body", "html")
        ):
            node.decompose()
    for selector in _BODY_SELECTORS:
        for container in tree.css(selector):
            text = _paragraphs(container)
            if len(text) >= 80:
                return text
    body = tree.body
    return _paragraphs(body) if body is not None else ""


def _holds_story(node: LexborNode) -> bool:
    """Tell whether a node wraps the story, as an unclosed <nav> or <div> can once parsed."""
    if any(node.css_first(sel) is not None for sel in _BODY_SELECTORS[:-4]):
        return True
    return sum(len(p.text()) for p in node.css("p")) > 500


def _paragraphs(container: LexborNode) -> str:
    for node in container.css("br"):  # '...in 2023.<br><br>"Ghana could supply ...'
        node.replace_with(_BREAK)
    blocks = [
        part
        for node in container.css(f"{_BLOCKS}, tr")
        for part in (
            [_row(node)] if node.tag == "tr" else map(_clean, node.text(separator="").split(_BREAK))
        )
    ]
    # nested blocks (a <p> inside an <li>) would repeat text: keep each once, in order
    blocks = [b for b in dict.fromkeys(blocks) if b]
    if not blocks:
        blocks = [_clean(line) for line in container.text(separator="\n").splitlines()]
        blocks = [b for b in blocks if b]
    return "\n\n".join(blocks)


def _row(node: LexborNode) -> str:
    """Return a table row as a Markdown one: '| Tea | Kenya | UAE | 14.2 |' (kg.tables);
    nothing for a row of a page's layout, whose cells hold paragraphs of their own."""
    if node.css_first("p, div, table, ul") is not None:
        return ""
    cells = [_clean(cell.text(separator=" ")) for cell in node.css("th, td")]
    cells = [cell.replace("|", "/") for cell in cells]
    return f"| {' | '.join(cells)} |" if len(cells) >= 2 and any(cells) else ""


#: what a <br> becomes: a break between blocks
_BREAK = "\u2029"


def _clean(text: str) -> str:
    return " ".join(text.replace(_BREAK, " ").split())


def _meta(tree: LexborHTMLParser, *selectors: str) -> str | None:
    for selector in selectors:
        value = _attr(tree, selector, "content")
        if value:
            return value
    return None


def _attr(tree: LexborHTMLParser, selector: str, name: str) -> str | None:
    node = tree.css_first(selector)
    value = node.attributes.get(name) if node is not None else None
    return _clean(value) if value else None


def _time(tree: LexborHTMLParser) -> str | None:
    for node in tree.css("time"):
        value = node.attributes.get("datetime") or node.attributes.get("content")
        if value:
            return value.strip()
    return None


def _publish_meta(tree: LexborHTMLParser) -> str | None:
    """Return the content of any meta tag named for publication ('published_at', ...)."""
    for node in tree.css("meta[content]"):
        label = " ".join(
            node.attributes.get(a) or "" for a in ("name", "property", "itemprop")
        ).lower()
        if "publish" in label or "pubdate" in label:
            return _clean(node.attributes.get("content") or "") or None
    return None


def _date_element(tree: LexborHTMLParser) -> str | None:
    """Return the text of a <time> or of a short element classed as a publication date."""
    for node in tree.css("time, [class], [id], [itemprop]"):
        label = " ".join(node.attributes.get(a) or "" for a in ("class", "id", "itemprop")).lower()
        if node.tag == "time" or _DATE_LABEL.search(label):
            text = _clean(node.text(separator=" "))
            if 6 <= len(text) <= 80 and any(ch.isdigit() for ch in text):
                return text
    return None


def _labelled_date(tree: LexborHTMLParser) -> str | None:
    """Return a date the page labels as its own ('China Daily | Updated: 2025-06-17 07:12')."""
    body = tree.body
    if body is None:
        return None
    m = _LABELLED_DATE.search(body.text(separator="\n"))
    return m.group(1).strip() if m else None


def _json_ld(tree: LexborHTMLParser, key: str) -> str | None:
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text())
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get(key), str):
                return item[key]
    return None
