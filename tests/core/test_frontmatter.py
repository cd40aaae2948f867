"""Front matter and slide splitting: the small parsers authors' files go through."""

from __future__ import annotations

import pytest

from biblio_desktop.packages.frontmatter import link_targets, split_front_matter, split_slides


def test_front_matter_basic() -> None:
    meta, body = split_front_matter("---\ntitle: Welcome\nminutes: 5\n---\n# Hi\n")
    assert meta == {"title": "Welcome", "minutes": "5"}
    assert body == "# Hi\n"


def test_front_matter_bom_and_crlf() -> None:
    meta, body = split_front_matter("\ufeff---\r\ntitle: Sveiki\r\n---\r\n# Body\r\n")
    assert meta == {"title": "Sveiki"}
    assert body == "# Body\r\n"


def test_values_are_plain_strings() -> None:
    text = "---\ntitle:  Yes: no  \nminutes: 07\nquoted: \"A: B\"\nodd: \"a\" b \"c\"\n---\n"
    meta, body = split_front_matter(text)
    assert meta == {"title": "Yes: no", "minutes": "07", "quoted": "A: B",
                    "odd": '"a" b "c"'}
    assert body == ""


def test_blank_lines_and_repeated_keys() -> None:
    meta, _ = split_front_matter("---\n\ntitle: One\n\ntitle: Two\n---\nx")
    assert meta == {"title": "Two"}


@pytest.mark.parametrize("text", [
    "# No front matter\n---\nmore\n",
    "",
    "\n---\ntitle: not at the very top\n---\n",
    "---\ntitle: never closed\n",
    "---\n# A slide, not front matter\n---\n# Another\n",
    "----\ntitle: four dashes\n----\n",
])
def test_not_front_matter_returns_text_unchanged(text: str) -> None:
    assert split_front_matter(text) == ({}, text)


def test_bom_removed_without_front_matter() -> None:
    assert split_front_matter("\ufeff# Hello\n") == ({}, "# Hello\n")


def test_empty_front_matter() -> None:
    assert split_front_matter("---\n---\nbody\n") == ({}, "body\n")


def test_closing_rule_with_trailing_spaces() -> None:
    assert split_front_matter("--- \ntitle: T\n---  \r\nbody") == ({"title": "T"}, "body")


def test_slides_basic() -> None:
    assert split_slides("# One\n\n---\n\n# Two\ntext\n") == ["# One", "# Two\ntext"]


def test_slides_drop_empty_and_edge_separators() -> None:
    assert split_slides("---\n\n# One\n---\n---\n   \n---\n# Two\n---\n") == ["# One", "# Two"]
    assert split_slides("") == []
    assert split_slides("---\n---\n") == []


def test_slides_crlf() -> None:
    assert split_slides("# One\r\n---\r\n# Two\r\n") == ["# One", "# Two"]


def test_separator_inside_fenced_code_is_content() -> None:
    body = "# Code\n```markdown\n---\ntitle: x\n---\n```\n---\n# Next\n~~~~\n---\n~~~\n---\n~~~~\n"
    slides = split_slides(body)
    assert slides == ["# Code\n```markdown\n---\ntitle: x\n---\n```",
                      "# Next\n~~~~\n---\n~~~\n---\n~~~~"]


def test_unclosed_fence_keeps_rest_in_one_slide() -> None:
    assert split_slides("# A\n```\n---\n# still code\n") == ["# A\n```\n---\n# still code"]


def test_other_rules_are_not_separators() -> None:
    body = "# A\n***\n- - -\n----\n ---x\n---\n# B"
    assert split_slides(body) == ["# A\n***\n- - -\n----\n ---x", "# B"]


def test_indented_code_inside_slide_is_kept() -> None:
    assert split_slides("\n\n    code line\n---\nx") == ["    code line", "x"]


def test_front_matter_then_slides() -> None:
    meta, body = split_front_matter("---\ntitle: Tour\n---\n# One\n---\n# Two\n")
    assert meta == {"title": "Tour"}
    assert split_slides(body) == ["# One", "# Two"]


def test_link_targets_finds_links_images_references_and_html() -> None:
    body = """\
![Partners](../../media/img/partners.svg "Partners") and [next](item:m2) and
[site](https://example.org) and [spaced](<../../media/a b.png>)
[ref]: ../../media/img/ref.png
[^1]: A footnote, not a link definition.
<img src="../../media/img/raw.png" alt=""> <a href='../en/other.md#part'>x</a>
`[code span](../../media/no1.png)`

```
![fenced](../../media/no2.png)
```
"""
    assert sorted(link_targets(body)) == sorted([
        "../../media/img/partners.svg", "item:m2", "https://example.org",
        "../../media/a b.png", "../../media/img/ref.png", "../../media/img/raw.png",
        "../en/other.md#part",
    ])
