"""Hostile Moodle backups: each is refused with a clear message or reported, never a crash,
a hang, a write outside the folder, or a half-written course left behind."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from biblio_desktop.conversion import convert as convert_module
from biblio_desktop.conversion.convert import convert_inputs
from biblio_desktop.conversion.moodle_backup import backup
from biblio_desktop.errors import ConversionError
from biblio_desktop.progress import Cancelled, CancelToken

from .mbz_forge import PNG, MbzForge, truefalse

BOMB = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><x>&b;</x>')
EXTERNAL = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            b"<files>&e;</files>")


def _small() -> MbzForge:
    forge = MbzForge(title="Small")
    section = forge.section("One")
    forge.page(section, "Hello", "<p>Hello</p>")
    return forge


def _with_member(forge: MbzForge, path: Path, info: tarfile.TarInfo,
                 data: bytes | None = None) -> Path:
    """The forged backup plus one crafted tar member."""
    forge.write(path)
    out = path.with_name("crafted-" + path.name)
    with tarfile.open(path) as src, tarfile.open(out, "w:gz") as dst:
        for member in src:
            dst.addfile(member, src.extractfile(member))
        dst.addfile(info, io.BytesIO(data) if data is not None else None)
    return out


def _refused(path: Path, tmp: Path, match: str) -> None:
    out = tmp / "course"
    with pytest.raises(ConversionError, match=match):
        convert_inputs([path], out)
    assert not out.exists()


def test_tar_slip_is_refused(tmp_path: Path) -> None:
    info = tarfile.TarInfo("../../evil.txt")
    info.size = 4
    _refused(_with_member(_small(), tmp_path / "a.mbz", info, b"evil"), tmp_path, "outside")
    assert not (tmp_path.parent / "evil.txt").exists()


@pytest.mark.parametrize("kind", [tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.CHRTYPE,
                                  tarfile.FIFOTYPE])
def test_links_and_devices_are_refused(tmp_path: Path, kind: bytes) -> None:
    info = tarfile.TarInfo("files/aa/" + "a" * 40)
    info.type = kind
    info.linkname = "/etc/passwd"
    _refused(_with_member(_small(), tmp_path / "l.mbz", info), tmp_path, "link or special")


def test_tar_bomb_is_refused(tmp_path: Path) -> None:
    info = tarfile.TarInfo("files/00/" + "0" * 40)
    info.size = 32 * 1024 * 1024
    _refused(_with_member(_small(), tmp_path / "b.mbz", info, bytes(info.size)), tmp_path,
             "bomb")


@pytest.mark.parametrize("member", ["moodle_backup.xml", "questions.xml", "files.xml",
                                    "sections/section_101/section.xml"])
@pytest.mark.parametrize("payload", [BOMB, EXTERNAL])
def test_xml_entities_are_refused_in_every_file(tmp_path: Path, member: str,
                                                payload: bytes) -> None:
    forge = _small()
    members = dict(forge.members())
    assert member in members
    forge.members = lambda: [(n, payload if n == member else d)  # type: ignore[method-assign]
                             for n, d in members.items()]
    _refused(forge.write(tmp_path / "x.mbz"), tmp_path, "entities")


def test_damaged_xml_is_refused(tmp_path: Path) -> None:
    forge = _small()
    members = dict(forge.members())
    forge.members = lambda: [(n, b"<questions><oops>" if n == "questions.xml" else d)  # type: ignore[method-assign]
                             for n, d in members.items()]
    _refused(forge.write(tmp_path / "d.mbz"), tmp_path, "not well-formed")


def test_activity_folder_outside_the_backup_is_refused(tmp_path: Path) -> None:
    forge = _small()
    members = dict(forge.members())
    toc = members["moodle_backup.xml"].replace(b"<directory>activities/page_",
                                               b"<directory>../../etc/page_")
    forge.members = lambda: [(n, toc if n == "moodle_backup.xml" else d)  # type: ignore[method-assign]
                             for n, d in members.items()]
    _refused(forge.write(tmp_path / "e.mbz"), tmp_path, "not an activity or section folder")


def test_oversized_xml_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    forge = _small()
    forge.page(forge.sections[0]["id"], "Long", "<p>" + "x" * 5000 + "</p>")
    monkeypatch.setattr(backup, "MAX_XML", 2000)
    monkeypatch.setattr(backup.read_xml, "__defaults__", (2000,))
    _refused(forge.write(tmp_path / "o.mbz"), tmp_path, "holds more than")


def test_learners_data_in_a_large_activity_file_is_skipped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A backup "with users": quiz.xml is mostly attempts, read streaming and dropped."""
    forge = MbzForge(title="With users")
    section = forge.section("S")
    cat = forge.category()
    qid, _e = forge.question(cat, "truefalse", "TF", "<p>ok?</p>", truefalse(True))
    forge.quiz(section, "Q", [("q", qid, 1.0)])
    attempts = "<attempts>" + "".join(
        f'<attempt id="{n}"><userid>{n}</userid><sumgrades>1</sumgrades>'
        f"<question_usage><step>{'x' * 50}</step></question_usage></attempt>"
        for n in range(2000)) + "</attempts>"
    quiz = forge.activities[-1]
    quiz["inner"] = quiz["inner"].replace("</quiz>", attempts + "</quiz>")
    monkeypatch.setattr(backup, "MAX_XML", 4000)
    monkeypatch.setattr(backup.read_xml, "__defaults__", (4000,))
    result = convert_inputs([forge.write(tmp_path / "u.mbz")], tmp_path / "course")
    (item,) = result.draft.items()
    assert [q["type"] for q in item.quiz["questions"]] == ["true_false"]


def test_plugin_file_links_cannot_leave_the_activity(tmp_path: Path) -> None:
    forge = MbzForge(title="Links")
    section = forge.section("S")
    mid = forge.page(section, "Tricky",
                     '<p><img src="@@PLUGINFILE@@/../../x.png" alt="up">'
                     '<img src="@@PLUGINFILE@@/%2e%2e/%2e%2e/etc/passwd" alt="enc">'
                     '<img src="file:///etc/passwd" alt="local">'
                     '<img src="data:image/png;base64,AAAA" alt="inline">'
                     '<img src="@@PLUGINFILE@@/ok.png" alt="ok">'
                     '<a href="/course/view.php?id=2">course</a>'
                     '<a href="http://[::1">broken</a><img src="@@PLUGINFILE@@/y.png"></p>',
                     files={"ok.png": PNG})
    context = next(a["context"] for a in forge.activities if a["id"] == mid)
    # a files.xml entry whose name itself climbs, and one whose hash is not a hash
    forge.add_file(context, "mod_page", "content", 0, "../../x.png", PNG + b"1")
    forge.add_file(context, "mod_page", "content", 0, "y.png", PNG,
                   contenthash="../" * 13 + "e")
    forge.files[-1].data = None  # only named in files.xml
    result = convert_inputs([forge.write(tmp_path / "p.mbz")], tmp_path / "course")
    body = (tmp_path / "course" / "lessons" / "en" / "tricky.md").read_text()
    # ok.png, and the climbing name confined as media/x.png; the rest lose their source
    assert body.count("src=") == 2
    assert sorted(p.name for p in (tmp_path / "course" / "media").iterdir()) == ["ok.png",
                                                                                 "x.png"]
    assert not (tmp_path / "x.png").exists()
    dropped = [x.what for x in result.left_out]
    assert any("passwd" in w for w in dropped) and any("data:" in w for w in dropped)
    assert any("/course/view.php" in w for w in dropped)


def test_missing_file_content_is_reported(tmp_path: Path) -> None:
    forge = MbzForge(title="Missing")
    section = forge.section("S")
    forge.page(section, "Text", "<p>x</p>")
    forge.resource(section, "Gone", "gone.pdf", b"%PDF-1.4")
    forge.files[-1].data = None  # listed in files.xml, not in files/
    result = convert_inputs([forge.write(tmp_path / "m.mbz")], tmp_path / "course")
    assert any(x.what == "file 'gone.pdf'" and "not in the backup" in x.reason
               for x in result.left_out)


def test_scripted_svg_and_deep_html_do_not_get_through(tmp_path: Path) -> None:
    forge = MbzForge(title="Scripts")
    section = forge.section("S")
    forge.resource(section, "Vector", "pic.svg",
                   b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
                   "image/svg+xml")
    forge.page(section, "Deep", "<div>" * 5000 + "deep" + "</div>" * 5000
               + '<p onmouseover="x()">t<iframe src="https://evil"></iframe></p>')
    result = convert_inputs([forge.write(tmp_path / "s.mbz")], tmp_path / "course")
    body = (tmp_path / "course" / "lessons" / "en" / "deep.md").read_text()
    assert "deep" in body and "iframe" not in body and "onmouseover" not in body
    assert any(x.what == "file 'pic.svg'" for x in result.left_out)
    assert not (tmp_path / "course" / "media").exists()


def test_garbage_numbers_and_missing_questions(tmp_path: Path) -> None:
    forge = MbzForge(title="Garbage")
    section = forge.section("S")
    cat = forge.category()
    qid, _e = forge.question(cat, "truefalse", "TF", "<p>ok?</p>", truefalse(True))
    bad, _e = forge.question(cat, "multichoice", "MC", "<p>?</p>",
                             "<answers><answer id='1'><answertext>a</answertext>"
                             "<fraction>NaN</fraction></answer><answer id='2'><answertext>b"
                             "</answertext><fraction>lots</fraction></answer></answers>",
                             mark=float("nan"))
    forge.quiz(section, "Q", [("q", qid, 1.0), ("q", bad, 1.0), ("q", 999999, 1.0)])
    result = convert_inputs([forge.write(tmp_path / "g.mbz")], tmp_path / "course")
    (item,) = result.draft.items()
    assert [q["type"] for q in item.quiz["questions"]] == ["true_false"]
    reasons = {x.what: x.reason for x in result.left_out}
    assert "none of its answers is fully right" in reasons["question 'MC' (multichoice)"]
    assert "not in the backup" in reasons["question in slot 3"]


def test_cancel_mid_conversion_leaves_nothing(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    forge = MbzForge(title="Cancel")
    section = forge.section("S")
    for n in range(20):
        forge.page(section, f"Page {n}", f"<p>{n}</p>", files={f"p{n}.png": PNG + bytes([n])})
    path = forge.write(tmp_path / "c.mbz")
    cancel = CancelToken()
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if total == 20 and done == 5:
            cancel.cancel()

    with pytest.raises(Cancelled):
        convert_inputs([path], tmp_path / "course", cancel=cancel, progress=progress)
    assert not (tmp_path / "course").exists()
    assert (5, 20) in calls
    assert convert_module.converters()  # the registry still works afterwards
