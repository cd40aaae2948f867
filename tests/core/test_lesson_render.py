"""Lesson Markdown is rendered, then sanitised: only package files, known items and web
links survive; nothing can run or load from outside the package."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio_desktop.lessons.render import render_markdown, rewrite_url
from biblio_desktop.packages.frontmatter import split_front_matter

BASE = "lessons/en/lesson.md"
ITEMS = {"m1-welcome", "m2-quiz"}
SAMPLE = Path(__file__).resolve().parents[2] / "course_packages" / "digital-skills-orientation"


def html_of(markdown: str) -> str:
    return render_markdown(markdown, BASE, ITEMS).html


@pytest.mark.parametrize(("source", "forbidden"), [
    ("<script>alert('x')</script>", ["<script", "alert"]),
    ("<style>body { display: none }</style>", ["<style", "display"]),
    ('<p onclick="steal()" onmouseover="x()">hi</p>', ["onclick", "onmouseover", "steal"]),
    ('<img src="../../media/a.png" onerror="boom()">', ["onerror", "boom"]),
    ('<iframe src="https://example.org"></iframe>', ["<iframe", "example.org"]),
    ('<object data="x.swf"></object><embed src="x.swf">', ["<object", "<embed", "swf"]),
    ('<form action="https://e.org"><input name="q"><button>Go</button></form>',
     ["<form", "<input", "<button", "action="]),
    ('<p style="position:fixed;color:red">styled</p>', ["style=", "position"]),
    ('<a href="javascript:alert(1)">x</a>', ["javascript", "href"]),
    ('<a href="java\tscript:alert(1)">x</a>', ["script:", "href"]),
    ('[x](data:text/html;base64,PHNjcmlwdD4=)', ["data:", "href"]),
    ('<img src="file:///etc/hostname">', ["file:", "hostname", "<img"]),
    ("![host](../../../../etc/hostname)", ["etc", "<img"]),
    ("![pw](../../../etc/passwd)", ["passwd", "<img"]),
    ("![remote](http://example.org/x.png)", ["example.org", "<img"]),
    ("![remote](https://127.0.0.1:9/x.png)", ["127.0.0.1", "<img"]),
    ("![inline](data:image/png;base64,iVBORw0KGgo=)", ["data:", "<img"]),
    ("![abs](/etc/hostname)", ["/etc", "<img"]),
    ("![win](C:\\Windows\\win.ini)", ["win.ini", "<img"]),
    ("![unc](//server/share/x.png)", ["server", "<img"]),
    ("[file](file:///etc/passwd)", ["file:", "href"]),
    ("[ftp](ftp://example.org/x)", ["ftp:", "href"]),
    ("[up](../../../outside.md)", ["outside", "href"]),
    ("<svg><script>x()</script><circle/></svg>", ["<svg", "x()"]),
    ("Text\n{: onclick=\"x()\" }\n", ["onclick", "x()"]),
    ('<img src="../../media/a.png" srcset="http://e.org/a.png 2x">', ["srcset", "e.org"]),
    ('<a href="https://e.org" target="_blank" rel="opener">x</a>', ["target", "rel="]),
    ("<!-- secret comment -->", ["secret"]),
])
def test_dangerous_content_is_removed(source: str, forbidden: list[str]) -> None:
    html = html_of(source)
    for text in forbidden:
        assert text not in html, (source, html)


@pytest.mark.parametrize(("link", "image", "expected"), [
    ("../../media/img/en/x.svg", True, "pkg:media/img/en/x.svg"),
    ("./pic.png", True, "pkg:lessons/en/pic.png"),
    ("../../media/a%20b.png", True, "pkg:media/a%20b.png"),
    ("other.md#part", False, "pkg:lessons/en/other.md#part"),
    ("#section", False, "#section"),
    ("#section", True, None),
    ("item:m2-quiz", False, "item:m2-quiz"),
    ("item:m9-missing", False, None),
    ("item:m2-quiz", True, None),
    ("https://example.org/page", False, "https://example.org/page"),
    ("HTTP://example.org/page", False, "HTTP://example.org/page"),
    ("https://example.org/x.png", True, None),
    ("http:relative", False, None),
    ("../../../etc/passwd", False, None),
    ("/etc/passwd", False, None),
    ("file:///etc/passwd", False, None),
    ("mailto:a@b.c", False, None),
    ("pkg:../../etc/passwd", True, None),
    ("", True, None),
])
def test_rewrite_url(link: str, image: bool, expected: str | None) -> None:
    assert rewrite_url(link, BASE, ITEMS, image=image) == expected


def test_package_images_and_item_links_are_kept() -> None:
    lesson = render_markdown(
        "---\ntitle: Front title\n---\n# Heading\n\n![Diagram](../../media/img/en/p.svg)\n\n"
        "[quiz](item:m2-quiz) and [gone](item:nope) and [web](https://example.org)\n",
        BASE, ITEMS)
    assert lesson.title == "Front title"
    assert '<img alt="Diagram" src="pkg:media/img/en/p.svg">' in lesson.html
    assert lesson.images == ("media/img/en/p.svg",)
    assert '<a href="item:m2-quiz">quiz</a>' in lesson.html
    assert "item:nope" not in lesson.html and ">gone</a>" in lesson.html  # text stays
    assert lesson.links == ("item:m2-quiz", "https://example.org")


def test_removed_image_keeps_its_alt_text() -> None:
    html = html_of("See ![a remote chart](http://example.org/c.png) here.")
    assert "a remote chart" in html and "<img" not in html


def test_title_falls_back_to_first_heading() -> None:
    assert render_markdown("Intro\n\n# The *real* title\n", BASE, ITEMS).title == "The real title"
    assert render_markdown("no heading", BASE, ITEMS).title == ""


def test_rich_markdown_renders() -> None:
    html = html_of(
        "## Part one\n\n"
        '!!! warning "Mind the gap"\n    Admonition body.\n\n'
        "| A | B |\n|:--|--:|\n| 1 | 2 |\n\n"
        "Claim[^1].\n\n[^1]: The source.\n\n"
        "```python\nx = 1 < 2\n```\n\n"
        "Term\n:   Definition\n\n"
        "Inline `code` and **bold**.\n")
    assert '<h2 id="part-one">Part one</h2>' in html
    assert '<div class="admonition warning">' in html
    assert '<p class="admonition-title">Mind the gap</p>' in html
    assert '<th align="left">A</th>' in html and '<td align="right">2</td>' in html
    assert 'href="#fn:1"' in html and 'id="fn:1"' in html and 'class="footnote"' in html
    assert "<pre><code>x = 1 &lt; 2" in html
    assert "<dt>Term</dt>" in html and "<dd>Definition</dd>" in html
    assert "<code>code</code>" in html and "<strong>bold</strong>" in html


def test_unknown_classes_are_dropped() -> None:
    html = html_of('<div class="admonition note evil">x</div><span class="x">y</span>')
    assert 'class="admonition note"' in html and "evil" not in html and 'class="x"' not in html


@pytest.mark.parametrize("path", sorted((SAMPLE / "lessons").rglob("*.md")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_sample_lessons_render_with_their_images(path: Path) -> None:
    base = path.relative_to(SAMPLE).as_posix()
    text = path.read_text("utf-8")
    ids = {"m1-welcome", "m1-mooc", "m1-quiz", "m2-two-profiles", "m2-slides", "m2-quiz",
           "m3-video", "m3-community-services", "m3-quiz", "m4-digitisation", "m4-reuse",
           "m4-quiz", "m5-final-quiz"}
    lesson = render_markdown(text, base, ids)
    assert lesson.title == split_front_matter(text)[0]["title"]
    for image in lesson.images:
        assert (SAMPLE / image).is_file(), image
    assert all(link.startswith(("item:", "pkg:", "http", "#")) for link in lesson.links)
    if "item:" in text:
        assert any(link.startswith("item:") for link in lesson.links)


def test_image_alt_text_becomes_an_escaped_caption() -> None:
    lesson = render_markdown(
        "![Map of the <b>partners</b> & sites](../../media/img/en/p.svg)\n\n"
        "![](../../media/img/en/deco.svg)\n\n"
        'Inline <img alt="<script>x()</script>" src="../../media/img/en/q.svg"> image\n',
        BASE, ITEMS)
    assert ('<p class="image"><img alt="Map of the &lt;b&gt;partners&lt;/b&gt; &amp; sites" '
            'src="pkg:media/img/en/p.svg"></p><p class="image-alt">'
            "Map of the &lt;b&gt;partners&lt;/b&gt; &amp; sites</p>") in lesson.html
    assert ('src="pkg:media/img/en/q.svg"><br><span class="image-alt">'
            "&lt;script&gt;x()&lt;/script&gt;</span> image</p>") in lesson.html
    assert '<img alt="" src="pkg:media/img/en/deco.svg"></p>' in lesson.html  # decorative
    assert "<script" not in lesson.html and "<b>" not in lesson.html
    assert lesson.html.count('class="image-alt"') == 2
