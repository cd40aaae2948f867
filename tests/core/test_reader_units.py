"""Unit tests of the small, security-relevant helpers of the package reader."""

from __future__ import annotations

import json

import pytest

from biblio_desktop.errors import PackageError
from biblio_desktop.packages.manifest import (
    MAX_DEPTH,
    check_json_depth,
    load_json_bounded,
    version_key,
)
from biblio_desktop.packages.names import check_member_name, collision_key, content_relpath

GOOD_NAMES = [
    "course.json",
    "signature.json",
    "lessons/en/welcome.md",
    "lessons/lv/tour.slides.md",
    "quizzes/en/basics.json",
    "media/img/partners.svg",
    "media/video/intro.en.vtt",
    "media/a_b-c.d.png",
    "media/_underscore",
    "media/" + "a" * 200,
]

BAD_NAMES = [
    ("", "empty name"),
    ("/etc/passwd", "absolute"),
    ("/lessons/en/a.md", "absolute"),
    ("../evil.txt", "'..'"),
    ("lessons/../../evil", "'..'"),
    ("lessons/./a.md", "'.'"),
    ("lessons//a.md", "empty"),
    ("lessons/en/", "empty"),
    ("lessons\\en\\a.md", "backslash"),
    ("..\\evil", "backslash"),
    ("C:/x", "drive letter"),
    ("c:x", "drive letter"),
    ("C:", "drive letter"),
    ("lessons/a\x00b", "control"),
    ("lessons/a\nb", "control"),
    ("lessons/a\x7fb", "use only"),
    ("lessons/a b.md", "use only"),
    ("lessons/café.md", "use only"),
    ("lessons/cafe\u0301.md", "use only"),
    ("lessons/a:b.md", "use only"),
    ("lessons/a*b.md", "use only"),
    ("lessons/.hidden", "use only"),
    ("lessons/-dash", "use only"),
    ("lessons/\u2024\u2024/x", "use only"),  # one-dot leaders look like '..'
    ("evil.txt", "Unexpected"),
    ("Lessons/en/a.md", "Unexpected"),
    ("scripts/run.sh", "Unexpected"),
    ("course.json/x", "Unexpected"),
    ("media/" + "a" * 240, "too long"),
]


@pytest.mark.parametrize("name", GOOD_NAMES)
def test_check_member_name_accepts(name: str) -> None:
    assert check_member_name(name) == name


@pytest.mark.parametrize(("name", "word"), BAD_NAMES)
def test_check_member_name_refuses(name: str, word: str) -> None:
    with pytest.raises(PackageError) as caught:
        check_member_name(name)
    message = str(caught.value)
    assert word.lower() in message.lower(), message
    assert "\n" not in message and "\x00" not in message


def test_check_member_name_shortens_long_names_in_messages() -> None:
    with pytest.raises(PackageError) as caught:
        check_member_name("scripts/" + "x" * 500)
    assert len(str(caught.value)) < 200


def test_trailing_dot_is_refused() -> None:
    with pytest.raises(PackageError):
        check_member_name("lessons/en/welcome.md.")


@pytest.mark.parametrize("name", ["lessons/en/con.md", "media/NUL", "media/aux.png",
                                  "media/com1.txt", "lessons/LPT9.md"])
def test_windows_device_names_are_refused(name: str) -> None:
    with pytest.raises(PackageError):
        check_member_name(name)


def test_collision_key_folds_case_and_normalisation() -> None:
    assert collision_key("Lessons/EN/A.md") == collision_key("lessons/en/a.md")
    assert collision_key("caf\u00e9") == collision_key("cafe\u0301")
    assert collision_key("STRASSE") == collision_key("straße")
    assert collision_key("a.md") != collision_key("b.md")


@pytest.mark.parametrize(("base", "link", "expected"), [
    ("lessons/en/welcome.md", "../../media/img/p.svg", "media/img/p.svg"),
    ("lessons/en/welcome.md", "tour.md", "lessons/en/tour.md"),
    ("lessons/en/welcome.md", "./tour.md", "lessons/en/tour.md"),
    ("lessons/en/welcome.md", "sub/../tour.md", "lessons/en/tour.md"),
    ("lessons/en/welcome.md", "../lv/welcome.md", "lessons/lv/welcome.md"),
    ("lessons/en/welcome.md", "a//b.png", "lessons/en/a/b.png"),
    ("lessons/en/welcome.md", "../../../etc/passwd", None),
    ("lessons/en/welcome.md", "../../../../../../etc/passwd", None),
    ("lessons/en/welcome.md", "../..", None),
    ("lessons/en/welcome.md", "/etc/passwd", None),
    ("lessons/en/welcome.md", "//server/share/x", None),
    ("lessons/en/welcome.md", "..\\..\\secret", None),
    ("lessons/en/welcome.md", "C:/Windows/win.ini", None),
    ("lessons/en/welcome.md", "c:secret", None),
    ("lessons/en/welcome.md", "file:///etc/passwd", None),
    ("lessons/en/welcome.md", "http://example.org/x.png", None),
    ("lessons/en/welcome.md", "javascript:alert(1)", None),
    ("lessons/en/welcome.md", "", None),
    ("welcome.md", "..", None),
    ("welcome.md", "x.png", "x.png"),
])
def test_content_relpath(base: str, link: str, expected: str | None) -> None:
    assert content_relpath(base, link) == expected


def test_content_relpath_never_leaves_the_package() -> None:
    base = "lessons/en/welcome.md"
    for depth in range(8):
        for tail in ("x", "a/../x", "./x"):
            result = content_relpath(base, "../" * depth + tail)
            assert result is None or not result.startswith(("/", "..")), result
            if result is not None:
                assert ".." not in result.split("/")


def test_check_json_depth_limits() -> None:
    check_json_depth("[" * MAX_DEPTH + "]" * MAX_DEPTH)
    check_json_depth('{"a":' * MAX_DEPTH + "1" + "}" * MAX_DEPTH)
    with pytest.raises(PackageError, match="nested deeper"):
        check_json_depth("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))
    with pytest.raises(PackageError, match="nested deeper than 3"):
        check_json_depth('{"a": [{"b": [1]}]}', limit=3)
    check_json_depth('{"a": [{"b": 1}]}', limit=3)


def test_check_json_depth_ignores_brackets_in_strings() -> None:
    check_json_depth(json.dumps({"a": "[" * 500 + "{" * 500}), limit=2)
    check_json_depth(json.dumps({"a": 'quote \\" then [[[[[[' + "[" * 100}), limit=2)
    check_json_depth(json.dumps(["\\", "[" * 100]), limit=2)


def test_check_json_depth_handles_unbalanced_input() -> None:
    check_json_depth("]]]]")  # json.loads refuses it later; the depth check must not crash
    with pytest.raises(PackageError):
        check_json_depth("[" * 1000)


def test_load_json_bounded_accepts_plain_json() -> None:
    assert load_json_bounded(b'{"a": [1, 2.5, "\xc5\xab"]}', "x") == {"a": [1, 2.5, "ū"]}


@pytest.mark.parametrize("raw", [b"NaN", b"[NaN]", b'{"a": Infinity}', b"[-Infinity]"])
def test_load_json_bounded_refuses_nan_and_infinity(raw: bytes) -> None:
    with pytest.raises(PackageError, match="not valid JSON"):
        load_json_bounded(raw, "The thing")


@pytest.mark.parametrize(("raw", "word"), [
    (b"\xff\xfe{}", "not UTF-8"),
    ('{"a": "\u0101"}'.encode("utf-16"), "not UTF-8"),
    (b'{"a": "\xc4"}', "not UTF-8"),
    (b"{", "not valid JSON"),
    (b"", "not valid JSON"),
    (b'{"a": 1} trailing', "not valid JSON"),
    (b"[" * 65 + b"]" * 65, "nested deeper"),
])
def test_load_json_bounded_refuses(raw: bytes, word: str) -> None:
    with pytest.raises(PackageError) as caught:
        load_json_bounded(raw, "The thing")
    assert word in str(caught.value)


def test_load_json_bounded_size_limit() -> None:
    load_json_bounded(b" " * 90 + b"{}", "x", limit=92)
    with pytest.raises(PackageError, match="larger than"):
        load_json_bounded(b" " * 91 + b"{}", "x", limit=92)


def test_load_json_bounded_huge_number_is_an_error_not_a_crash() -> None:
    with pytest.raises(PackageError):
        load_json_bounded(b"1" * 5000, "x")


def test_load_json_bounded_refuses_lone_surrogates() -> None:
    with pytest.raises(PackageError):
        load_json_bounded(b'{"title": "\\ud800"}', "x")


def test_version_key_orders_numerically() -> None:
    versions = ["1.10.0", "1.2.0", "0.9.9", "1.2.10", "1.2.9", "10.0.0", "2.0.0", "0.0.0"]
    assert sorted(versions, key=version_key) == [
        "0.0.0", "0.9.9", "1.2.0", "1.2.9", "1.2.10", "1.10.0", "2.0.0", "10.0.0",
    ]
    assert version_key("1.2.3") == (1, 2, 3)
    assert version_key("1.10.0") > version_key("1.9.99")
    assert version_key("2.0.0") > version_key("1.999999.999999")
