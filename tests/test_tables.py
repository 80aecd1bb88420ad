"""Table rows in an article's text: Markdown, plain-text columns and HTML tables."""

from __future__ import annotations

from kg.htmltext import parse_page
from kg.tables import cells_of, table_lines


def test_markdown_rows_plain_columns_and_not_prose() -> None:
    lines = [
        "| Rank | Country | Bottles |",
        "|-----:|---------|--------:|",
        "| 1 | Russia | 64.9 |",
        "",
        "Product                  FJ$ million",
        "Bottled mineral water    18.6",
        "Kava (yaqona)            7.2",
        "",
        "He said so.  Then he left.",
        "Item      | Value (million $)",
        "",
        "The minister  met the envoy.",
    ]
    rows = table_lines(lines)
    assert rows[0] == ["Rank", "Country", "Bottles"]
    assert rows[1] == []  # the rule under a Markdown header
    assert rows[5] == ["Bottled mineral water", "18.6"]
    assert 8 not in rows and 11 not in rows  # prose with two spaces
    assert 9 not in rows  # a lone line of columns is no table


def test_html_table_rows_keep_their_cells() -> None:
    page = (
        "<html><body><article><p>Kenya's exports to the UAE rose to KSh 31.4 billion in 2024, "
        "the ministry said on Monday in Nairobi.</p><table><tr><th>Product</th><th>From</th>"
        "<th>To</th></tr><tr><td>Tea</td><td>Kenya</td><td>UAE</td></tr></table>"
        "</article></body></html>"
    )
    text = parse_page(page).text
    assert "| Product | From | To |" in text
    layout = (
        "<html><body><table><tr><td><p>Menu</p></td><td><p>Kenya's exports to the UAE rose to "
        "KSh 31.4 billion in 2024, the ministry said on Monday in Nairobi.</p></td></tr></table>"
        "</body></html>"
    )
    assert "|" not in parse_page(layout).text  # a page laid out in a table is no table
    assert cells_of("Tea | Kenya | UAE") == ["Tea", "Kenya", "UAE"]
    assert cells_of("By X | FBC News") == ["By X", "FBC News"]
    assert cells_of("Rice and tea") is None


def test_items_with_their_figures_make_a_table_but_list_items_do_not() -> None:
    rows = table_lines(["Fertilizers – 612", "Canned sardines — US$ 28.8 million", ""])
    assert rows == {0: ["Fertilizers", "612"], 1: ["Canned sardines", "US$ 28.8 million"]}
    assert table_lines(["- Wine, led by sauvignon blanc – $2.9m", "- Apples – $1.8m"]) == {}
