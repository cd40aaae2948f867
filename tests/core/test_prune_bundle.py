"""scripts/prune_bundle.py: what nothing loads any more is removed, nothing else."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("prune_bundle", ROOT / "scripts" / "prune_bundle.py")
assert spec is not None and spec.loader is not None
prune = importlib.util.module_from_spec(spec)
spec.loader.exec_module(prune)


def _bundle(tmp_path: Path) -> Path:
    internal = tmp_path / "app" / "_internal"
    qt_lib = internal / "PySide6" / "Qt" / "lib"
    plugins = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    for folder in (qt_lib, plugins):
        folder.mkdir(parents=True)
    exe = tmp_path / "app" / "app"
    exe.write_bytes(b"\x7fELF")
    exe.chmod(0o755)
    for name in ("libpython3.11.so.1.0", "_ssl.cpython-311-x86_64-linux-gnu.so", "libssl.so.3",
                 "libcrypto.so.3", "libpng16.so.16", "libgio-2.0.so.0", "libdbus-1.so.3"):
        (internal / name).write_bytes(b"x")
    for name in ("libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Pdf.so.6", "libicuuc.so.73"):
        (qt_lib / name).write_bytes(b"x")
    (plugins / "libqxcb.so").write_bytes(b"x")
    (internal / "QtGui.abi3.so").write_bytes(b"x")
    (internal / "libQt6Gui.so.6").symlink_to("PySide6/Qt/lib/libQt6Gui.so.6")
    (internal / "libQt6Gone.so.6").symlink_to("PySide6/Qt/lib/libQt6Gone.so.6")
    return tmp_path / "app"


NEEDS = {
    "_ssl.cpython-311-x86_64-linux-gnu.so": ["libssl.so.3"],
    "libssl.so.3": ["libcrypto.so.3"],
    "QtGui.abi3.so": ["libQt6Gui.so.6"],
    "libQt6Gui.so.6": ["libQt6Core.so.6", "libc.so.6"],
    "libQt6Core.so.6": ["libicuuc.so.73"],
    "libqxcb.so": ["libQt6Gui.so.6"],
}


def fake_needed(path: Path) -> list[str]:
    return NEEDS.get(path.name, [])


def test_only_unreached_libraries_are_listed(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path)
    internal = bundle / "_internal"
    start = prune.roots(internal, bundle / "app")
    names = sorted(p.name for p in prune.unreached(internal, start, fake_needed))
    # libpng/libgio: needed only by host libraries build.spec dropped; Qt6Pdf: by no one.
    # libdbus-1 stays although nothing links it: Qt loads it by name.
    assert names == ["libQt6Pdf.so.6", "libgio-2.0.so.0", "libpng16.so.16"]


def test_main_removes_them_and_dangling_links(tmp_path: Path, monkeypatch, capsys) -> None:
    bundle = _bundle(tmp_path)
    internal = bundle / "_internal"
    monkeypatch.setattr(prune, "readelf_needed", fake_needed)
    assert prune.main([str(bundle), "--dry-run"]) == 0
    assert (internal / "libpng16.so.16").exists()
    assert prune.main([str(bundle)]) == 0
    assert not (internal / "libpng16.so.16").exists()
    assert not (internal / "libQt6Gone.so.6").is_symlink()
    assert (internal / "libQt6Gui.so.6").is_symlink()  # its target is still there
    assert (internal / "libcrypto.so.3").exists() and (internal / "libdbus-1.so.3").exists()
    assert "3 unused libraries" in capsys.readouterr().out


def test_refuses_a_folder_that_is_not_a_bundle(tmp_path: Path, capsys) -> None:
    assert prune.main([str(tmp_path)]) == 1
    assert "not a one-folder PyInstaller bundle" in capsys.readouterr().err
