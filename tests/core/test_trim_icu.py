"""scripts/trim_icu.py: the ICU data trimming build step.

Unit tests cover the ELF / data-package parsing that decides whether a library is safe to
trim (anything unexpected must be refused). The integration test trims a copy of the
venv's PySide6 libicudata and runs Qt in a subprocess with the trimmed file loaded, to
prove collation, casing and text layout still work for the UI languages.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("trim_icu", ROOT / "scripts" / "trim_icu.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["trim_icu"] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


trim_icu = _load_script()
TrimError = trim_icu.TrimError


def _qt_lib_dir() -> Path | None:
    """The venv's PySide6 Qt libraries (only as files: the core run blocks importing Qt)."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except ImportError:  # BIBLIO_BLOCK_QT=1
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    lib = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "lib"
    return lib if any(lib.glob("libicudata.so.*")) else None


QT_LIB = _qt_lib_dir()
HAVE_BINUTILS = bool(shutil.which("as") and shutil.which("ld"))
HAVE_ICUPKG = bool(shutil.which("icupkg") or shutil.which("icupkg", path="/usr/sbin"))
needs_binutils = pytest.mark.skipif(not HAVE_BINUTILS, reason="as/ld missing (binutils)")
needs_pyside_icu = pytest.mark.skipif(QT_LIB is None, reason="PySide6 with bundled ICU missing")


def make_package(
    package: str, items: dict[str, bytes], big_endian: int = 0, fmt: bytes = b"CmnD"
) -> bytes:
    """A minimal ICU common data package ("CmnD" v1) like the one in libicudata."""
    header = struct.pack("<HBB", 32, 0xDA, 0x27)
    header += struct.pack("<HHBBBB4s4B4B", 20, 0, big_endian, 0, 2, 0, fmt, 1, 0, 0, 0, 0, 0, 0, 0)
    header = header.ljust(32, b"\0")
    names = sorted(items)
    toc_size = 4 + 8 * len(names)
    name_blob = b"".join(f"{package}/{n}".encode() + b"\0" for n in names)
    data_start = (toc_size + len(name_blob) + 15) // 16 * 16
    toc, body, name_off = struct.pack("<I", len(names)), b"", toc_size
    for n in names:
        toc += struct.pack("<II", name_off, data_start + len(body))
        name_off += len(f"{package}/{n}") + 1
        body += items[n].ljust((len(items[n]) + 15) // 16 * 16, b"\0")
    return header + (toc + name_blob).ljust(data_start, b"\0") + body


SAMPLE_ITEMS = {"root.res": b"r" * 40, "coll/root.res": b"c" * 20, "cnvalias.icu": b"a" * 7}


# --- data package parsing ---------------------------------------------------------------


def test_parse_common_data_lists_items_with_sizes() -> None:
    items = trim_icu.parse_common_data(make_package("icudt73l", SAMPLE_ITEMS), "icudt73l")
    assert items == {"cnvalias.icu": 16, "coll/root.res": 32, "root.res": 48}


@pytest.mark.parametrize(
    ("blob", "message"),
    [
        (make_package("icudt72l", SAMPLE_ITEMS), "not in package 'icudt73l'"),
        (make_package("icudt73l", SAMPLE_ITEMS, big_endian=1), "little-endian"),
        (make_package("icudt73l", SAMPLE_ITEMS, fmt=b"ResB"), "not a common data package"),
        (b"\x20\x00\x00\x00" + b"\0" * 60, "no ICU data header"),
        (make_package("icudt73l", SAMPLE_ITEMS)[:60], "truncated"),
    ],
    ids=["other-version", "big-endian", "not-a-package", "no-magic", "truncated"],
)
def test_parse_common_data_refuses_unexpected_packages(blob: bytes, message: str) -> None:
    with pytest.raises(TrimError, match=message):
        trim_icu.parse_common_data(blob, "icudt73l")


# --- ELF extraction ---------------------------------------------------------------------


@needs_binutils
def test_build_library_round_trips(tmp_path: Path) -> None:
    blob = make_package("icudt73l", SAMPLE_ITEMS)
    lib = trim_icu.build_library(blob, "icudt73_dat", "libicudata.so.73", tmp_path)
    extracted = trim_icu.extract_icu_blob(lib)
    assert (extracted.symbol, extracted.package) == ("icudt73_dat", "icudt73l")
    assert extracted.data == blob
    assert trim_icu.parse_elf(lib).soname == "libicudata.so.73"
    value = next(s.value for s in trim_icu.parse_elf(lib).symbols if s.name == "icudt73_dat")
    assert value % 16 == 0


@needs_binutils
def test_wrong_symbol_or_version_is_refused(tmp_path: Path) -> None:
    blob = make_package("icudt73l", SAMPLE_ITEMS)
    other = trim_icu.build_library(blob, "icudata_blob", "libicudata.so.73", tmp_path / "a")
    with pytest.raises(TrimError, match="exactly one defined icudtNN_dat"):
        trim_icu.extract_icu_blob(other)
    newer = trim_icu.build_library(blob, "icudt74_dat", "libicudata.so.74", tmp_path / "b")
    with pytest.raises(TrimError, match="not in package 'icudt74l'"):
        trim_icu.extract_icu_blob(newer)


@pytest.fixture
def built_lib(tmp_path: Path) -> bytes:
    if not HAVE_BINUTILS:
        pytest.skip("as/ld missing (binutils)")
    blob = make_package("icudt73l", {**SAMPLE_ITEMS, "big.res": b"x" * 5000})
    return trim_icu.build_library(blob, "icudt73_dat", "libicudata.so.73", tmp_path)


def test_truncated_library_is_refused(built_lib: bytes) -> None:
    for cut in (len(built_lib) - 100, 3000, 40):
        with pytest.raises(TrimError, match=r"truncated|not an ELF|no usable section"):
            trim_icu.extract_icu_blob(built_lib[:cut])


def test_non_elf_and_other_elf_classes_are_refused() -> None:
    with pytest.raises(TrimError, match="not an ELF file"):
        trim_icu.parse_elf(b"#!/bin/sh\n" + b"\0" * 100)
    elf32 = b"\x7fELF\x01\x01\x01" + b"\0" * 100
    with pytest.raises(TrimError, match="64-bit little-endian"):
        trim_icu.parse_elf(elf32)


@needs_pyside_icu
def test_extracts_the_real_pyside6_icu_data() -> None:
    assert QT_LIB is not None
    lib = next(p for p in QT_LIB.glob("libicudata.so.*") if not p.is_symlink())
    blob = trim_icu.extract_icu_blob(lib.read_bytes())
    assert trim_icu.SYMBOL_RE.fullmatch(blob.symbol)
    assert {"coll/root.res", "coll/ucadata.icu", "cnvalias.icu", "root.res"} <= set(blob.items)
    assert len(blob.items) > 1000


# --- what is kept -----------------------------------------------------------------------


def test_plan_keeps_fallback_collation_and_kept_locales() -> None:
    kept = [
        "root.res", "pool.res", "res_index.res", "lv.res", "lv_LV.res", "en_GB.res",
        "likelySubtags.res", "supplementalData.res", "keyTypeData.res", "cnvalias.icu",
        "nfkc.nrm", "uts46.nrm", "coll/root.res", "coll/ucadata.icu", "coll/res_index.res",
        "coll/lv.res", "coll/el.res", "coll/en_US_POSIX.res", "something_new.icu",
    ]  # fmt: skip
    removed = [
        "de.res", "coll/de.res", "coll/de__PHONEBOOK.res", "coll/es_.res", "brkitr/word.brk",
        "brkitr/thaidict.dict", "zone/lv.res", "curr/lv.res", "lang/pool.res", "unit/root.res",
        "region/lv.res", "rbnf/lv.res", "translit/el.res", "zoneinfo64.res", "metaZones.res",
        "ibm-5348_P100-1997.cnv", "rfc3491.spp", "unames.icu", "confusables.cfu",
    ]  # fmt: skip
    plan = trim_icu.plan_removals(kept + removed, ["en", "lv", "it", "bg", "el"])
    assert sorted(plan) == sorted(removed)


def test_plan_with_zone_names_keeps_only_kept_locales_zones() -> None:
    items = ["zone/root.res", "zone/pool.res", "zone/lv.res", "zone/en_GB.res", "zone/de.res",
             "zone/tzdbNames.res", "zoneinfo64.res", "metaZones.res", "timezoneTypes.res",
             "windowsZones.res", "curr/lv.res"]  # fmt: skip
    plan = trim_icu.plan_removals(items, ["en", "lv"], keep_zone_names=True)
    assert sorted(plan) == ["curr/lv.res", "windowsZones.res", "zone/de.res", "zone/tzdbNames.res"]


def test_cli_rejects_bad_locales_and_missing_bundle(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        trim_icu.main([str(tmp_path), "--keep-locales", "lv;rm -rf"])
    with pytest.raises(SystemExit):
        trim_icu.main([str(tmp_path / "missing")])
    assert trim_icu.main([str(tmp_path)]) == 1  # no libicudata in it


@needs_pyside_icu
def test_bundle_without_libicuuc_is_refused(tmp_path: Path) -> None:
    assert QT_LIB is not None
    shutil.copy2(QT_LIB / "libicudata.so.73", tmp_path / "libicudata.so.73")
    assert trim_icu.main([str(tmp_path), "--dry-run"]) == 1


# --- integration: Qt with the trimmed library ---------------------------------------------

CHILD = r"""
import json, sys
from PySide6.QtCore import QCollator, QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QFont, QGuiApplication, QTextLayout

app = QGuiApplication(sys.argv)
words = ["ča", "cz", "Ģirts", "gz", "b", "a", "β", "α", "б", "а", "è", "e"]
out = {"sort": {}, "upper": {}, "layout": {}}
for loc in ["en", "lv", "lv_LV", "it", "bg", "el", "el_GR", "en_GB", "de"]:
    out["sort"][loc] = sorted(words, key=QCollator(QLocale(loc)).sortKey)
for loc, text in [("lv", "ģērbšanās"), ("el", "άλφα ήταν"), ("bg", "ъгъл"), ("it", "perché")]:
    out["upper"][loc] = [QLocale(loc).toUpper(text), QLocale(loc).toLower(text.upper())]
for text in ["Γειά σου κόσμε, καλημέρα", "Здравей свят, добро утро", "ģērbšanās un ēdiens"]:
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    lengths = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(60)
        lengths.append(line.textLength())
    layout.endLayout()
    out["layout"][text] = [sum(lengths), len(lengths), layout.boundingRect().width() > 0]
moment = QDateTime(QDate(2024, 7, 1), QTime(12, 30))
out["datetime"] = {loc: QLocale(loc).toString(moment, QLocale.FormatType.LongFormat)
                   for loc in ["en", "lv", "it", "bg", "el"]}
out["maps"] = sorted({l.split(None, 5)[5].strip() for l in open("/proc/self/maps")
                      if "libicudata" in l})
print(json.dumps(out))
"""


def _run_qt_child(lib_dir: Path) -> tuple[dict[str, object], str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LD_LIBRARY_PATH": str(lib_dir),
        "TZ": "Europe/Riga",
    }
    preload = str(lib_dir / "libicudata.so.73")
    if not re.search(r"[\s:]", preload):  # ld.so splits LD_PRELOAD on spaces and colons
        env["LD_PRELOAD"] = preload
    proc = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout), proc.stderr


def _trimmed_copy(root: Path, keep_zone_names: bool) -> Path:
    if QT_LIB is None:
        pytest.skip("PySide6 with bundled ICU missing")
    if not HAVE_ICUPKG:
        pytest.skip("icupkg missing: install the Debian package icu-devtools")
    if not HAVE_BINUTILS:
        pytest.skip("as/ld missing: install the Debian package binutils")
    lib_dir = root / "_internal" / "PySide6" / "Qt" / "lib"
    lib_dir.mkdir(parents=True)
    for name in ("libicudata.so.73", "libicuuc.so.73"):
        shutil.copy2(QT_LIB / name, lib_dir / name)
    (root / "_internal" / "libicudata.so.73").symlink_to("PySide6/Qt/lib/libicudata.so.73")
    trim_icu.trim_library(
        lib_dir / "libicudata.so.73",
        trim_icu.DEFAULT_LOCALES,
        report_xz=False,
        keep_zone_names=keep_zone_names,
    )
    return lib_dir


@pytest.fixture(scope="module")
def trimmed_lib_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _trimmed_copy(tmp_path_factory.mktemp("bundle"), keep_zone_names=False)


@pytest.fixture(scope="module")
def original_results() -> dict[str, object]:
    if QT_LIB is None:
        pytest.skip("PySide6 with bundled ICU missing")
    results, _ = _run_qt_child(QT_LIB)
    assert results["maps"] == [str((QT_LIB / "libicudata.so.73").resolve())]
    return results


def test_trimmed_library_is_small_and_keeps_its_interface(trimmed_lib_dir: Path) -> None:
    assert QT_LIB is not None
    lib = trimmed_lib_dir / "libicudata.so.73"
    assert lib.stat().st_size < (QT_LIB / "libicudata.so.73").stat().st_size / 8
    assert (trimmed_lib_dir.parents[2] / "libicudata.so.73").resolve() == lib.resolve()
    assert trim_icu.parse_elf(lib.read_bytes()).soname == "libicudata.so.73"
    items = trim_icu.extract_icu_blob(lib.read_bytes()).items
    assert {"coll/lv.res", "coll/el.res", "coll/bg.res", "coll/ucadata.icu", "lv.res"} <= set(items)
    assert not any(i.startswith(("zone/", "brkitr/")) or i.endswith(".cnv") for i in items)
    # A second run finds nothing left to remove and leaves the file alone.
    before = lib.read_bytes()
    trim_icu.trim_library(lib, trim_icu.DEFAULT_LOCALES, report_xz=False)
    assert lib.read_bytes() == before


def test_qt_collation_casing_and_layout_work_with_trimmed_icu(
    trimmed_lib_dir: Path, original_results: dict[str, object]
) -> None:
    trimmed, stderr = _run_qt_child(trimmed_lib_dir)
    assert trimmed["maps"] == [str((trimmed_lib_dir / "libicudata.so.73").resolve())]
    sort = trimmed["sort"]
    assert isinstance(sort, dict)
    assert sort["lv"].index("cz") < sort["lv"].index("ča")  # Latvian: č is its own letter
    assert sort["lv"].index("gz") < sort["lv"].index("Ģirts")
    assert sort["en"].index("ča") < sort["en"].index("cz")  # root order differs
    assert sort["el"][:2] == ["α", "β"]  # Greek tailoring puts Greek script first
    assert sort["bg"][:2] == ["а", "б"]  # Bulgarian puts Cyrillic first
    assert trimmed["upper"] == {
        "lv": ["ĢĒRBŠANĀS", "ģērbšanās"],
        "el": ["ΑΛΦΑ ΗΤΑΝ", "άλφα ήταν"],  # Greek upper-casing drops the accents
        "bg": ["ЪГЪЛ", "ъгъл"],
        "it": ["PERCHÉ", "perché"],
    }
    for total, lines, has_width in trimmed["layout"].values():  # type: ignore[union-attr]
        assert total > 0 and lines >= 2 and has_width
    assert not re.search(r"(?i)\bicu\b|collator|U_[A-Z_]*(ERROR|WARNING)", stderr), stderr
    # Same answers as the untrimmed library, whatever the locale.
    for key in ("sort", "upper", "layout"):
        assert trimmed[key] == original_results[key]
    # Without zone names, LongFormat date-times fall back to the IANA zone ID.
    if Path("/usr/share/zoneinfo/Europe/Riga").exists():
        for text in trimmed["datetime"].values():  # type: ignore[union-attr]
            assert text.endswith("Europe/Riga"), text


def test_keep_zone_names_keeps_long_format_date_times(
    tmp_path: Path, original_results: dict[str, object]
) -> None:
    lib_dir = _trimmed_copy(tmp_path, keep_zone_names=True)
    items = trim_icu.extract_icu_blob((lib_dir / "libicudata.so.73").read_bytes()).items
    assert {"zone/lv.res", "zone/root.res", "zoneinfo64.res", "metaZones.res"} <= set(items)
    assert "zone/de.res" not in items
    trimmed, stderr = _run_qt_child(lib_dir)
    assert not re.search(r"(?i)\bicu\b|collator|U_[A-Z_]*(ERROR|WARNING)", stderr), stderr
    for key in ("sort", "upper", "layout", "datetime"):
        assert trimmed[key] == original_results[key]
    if Path("/usr/share/zoneinfo/Europe/Riga").exists():
        assert "Austrumeiropas vasaras laiks" in str(trimmed["datetime"])
