#!/usr/bin/env python3
"""Trim the ICU data library (libicudata.so.NN) that PySide6 ships inside a bundle.

Usage:
  scripts/trim_icu.py BUNDLE_DIR [--keep-locales en,lv,it,bg,el] [--dry-run]

Why: libicudata is the largest file of the compressed bundle (~30 MiB, ~7 MiB xz), yet
Qt only reaches a sliver of it. libQt6Core imports exactly these ICU entry points:
ucol_* (QCollator), u_strToUpper/u_strToLower (QLocale::toUpper/toLower), ucnv_*
(QStringConverter for non-built-in codecs) and ucal_* (QTimeZone display names). So we keep
what collation, casing and ICU's locale fallback need for the UI languages, and drop the
rest: break-iterator data, transliteration, time zones, number spell-out, display-name
tables (currencies, languages, regions, units), other locales and legacy codepages.

Time-zone names: Qt 6.11 formats QLocale::LongFormat date-times with the zone's long name
("tttt"), which comes from ICU. Without zone data Qt falls back to the IANA ID
("... 12:30:00 Europe/Riga" instead of "... Austrumeiropas vasaras laiks").
--keep-zone-names keeps the zone names of the kept locales (about 0.45 MiB raw).

How: the blob behind the `icudtNN_dat` symbol is an ICU common data package ("CmnD").
We read it from the ELF file, list its table of contents, remove items with `icupkg -r`
(which also checks that no kept item depends on a removed one), then assemble a new
shared library exporting the same symbol with the same SONAME (binutils `as` + `ld`).
Anything unexpected (other ELF layout, wrong data name/version, missing tools) stops the
build with an error rather than shipping a broken ICU.

Debian packages: icu-devtools (icupkg), binutils (as, ld).
"""

from __future__ import annotations

import argparse
import lzma
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

DEFAULT_LOCALES = ("en", "lv", "it", "bg", "el")
SYMBOL_RE = re.compile(r"icudt(\d+)_dat")
LOCALE_RE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*")
# Locale items in the data may have empty subtags (coll/de__PHONEBOOK.res, coll/es_.res).
ITEM_LOCALE_RE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]*)*")

# Whole trees Qt never reaches (see the module docstring for what Qt imports).
REMOVED_TREES = {
    "brkitr": "break iteration (Qt segments text itself; Qt6Core imports no ubrk_*)",
    "translit": "transliteration (not used by Qt)",
    "zone": "time-zone display names",
    "rbnf": "number spell-out rules (not used by Qt)",
    "curr": "currency display names (Qt has its own CLDR tables)",
    "lang": "language display names (Qt has its own CLDR tables)",
    "region": "region display names (Qt has its own CLDR tables)",
    "unit": "unit display names (not used by Qt)",
}
# Top-level data items that no Qt-reachable ICU call needs.
REMOVED_TOP = {
    "zoneinfo64.res": "time-zone rules",
    "timezoneTypes.res": "time-zone rules",
    "metaZones.res": "time-zone rules",
    "windowsZones.res": "Windows time-zone ID mapping (not used by Qt on Linux)",
    "langInfo.res": "locale matcher data (LocaleMatcher, not used by Qt)",
    "plurals.res": "formatting data (not used by Qt)",
    "pluralRanges.res": "formatting data (not used by Qt)",
    "dayPeriods.res": "formatting data (not used by Qt)",
    "genderList.res": "formatting data (not used by Qt)",
    "grammaticalFeatures.res": "formatting data (not used by Qt)",
    "units.res": "formatting data (not used by Qt)",
    "currencyNumericCodes.res": "formatting data (not used by Qt)",
    "unames.icu": "character names (u_charName, not used by Qt)",
    "confusables.cfu": "spoof checker (not used by Qt)",
}
# Top-level data items kept: resource fallback and locale-ID handling (likelySubtags,
# supplementalData, keyTypeData are read by ucol_open), converter alias table, version,
# digits for localized GMT offsets (numberingSystems), small character-property data and
# all normalisation data.
KEPT_TOP = {
    "res_index.res", "pool.res", "root.res", "likelySubtags.res", "supplementalData.res",
    "keyTypeData.res", "metadata.res", "icuver.res", "icustd.res", "cnvalias.icu",
    "uemoji.icu", "ulayout.icu", "numberingSystems.res",
}  # fmt: skip
# Kept with --keep-zone-names: what ICU's TimeZoneNames reads (besides zone/<locale>.res).
ZONE_RULES = {"zoneinfo64.res", "timezoneTypes.res", "metaZones.res"}
REMOVED_SUFFIXES = {
    ".cnv": "legacy codepage table (UTF-*, Latin-1, ASCII stay: they are algorithmic)",
    ".spp": "StringPrep profile (Qt has its own IDNA)",
    ".dict": "break-iterator dictionary",
}


class TrimError(Exception):
    """The input is not what this tool knows how to trim safely."""


@dataclass(frozen=True)
class ElfSymbol:
    name: str
    value: int
    size: int
    shndx: int


@dataclass(frozen=True)
class ElfInfo:
    machine: int
    soname: str | None
    symbols: list[ElfSymbol]
    sections: list[tuple[int, int, int, int]]  # (type, addr, offset, size)


@dataclass(frozen=True)
class IcuBlob:
    symbol: str  # e.g. icudt73_dat
    package: str  # e.g. icudt73l
    data: bytes
    items: dict[str, int]  # item name without the package prefix -> size in bytes


def _unpack(fmt: str, data: bytes, offset: int) -> tuple[int, ...]:
    if offset < 0 or offset + struct.calcsize(fmt) > len(data):
        raise TrimError("truncated ELF file")
    return struct.unpack_from(fmt, data, offset)


def _cstr(data: bytes, offset: int) -> str:
    end = data.find(b"\0", offset)
    if offset >= len(data) or end < 0:
        raise TrimError("truncated ELF string table")
    return data[offset:end].decode("ascii", "replace")


def parse_elf(data: bytes) -> ElfInfo:
    """Read the dynamic symbols and SONAME of a 64-bit little-endian ELF shared object.

    Only section headers are used: stripped libraries keep .dynsym and .dynamic, which is
    all we need, and anything else (32-bit, big-endian, not a DSO) is refused.
    """
    if data[:4] != b"\x7fELF":
        raise TrimError("not an ELF file")
    if len(data) < 64:
        raise TrimError("truncated ELF file (header)")
    if data[4] != 2 or data[5] != 1:
        raise TrimError("expected a 64-bit little-endian ELF file")
    e_type, machine = _unpack("<HH", data, 16)
    if e_type != 3:
        raise TrimError("not an ELF shared object (e_type != ET_DYN)")
    (shoff,) = _unpack("<Q", data, 0x28)
    shentsize, shnum = _unpack("<HH", data, 0x3A)
    if shnum == 0 or shentsize != 64:
        raise TrimError("ELF file has no usable section headers")
    sections: list[tuple[int, int, int, int, int, int]] = []
    for i in range(shnum):
        _n, sh_type, _f, addr, off, size, link, _i, _a, entsize = _unpack(
            "<IIQQQQIIQQ", data, shoff + i * shentsize
        )
        if sh_type != 8 and off + size > len(data):  # SHT_NOBITS occupies no file space
            raise TrimError(f"truncated ELF file (section {i} ends past end of file)")
        sections.append((sh_type, addr, off, size, link, entsize))
    symbols: list[ElfSymbol] = []
    soname: str | None = None
    for sh_type, _addr, off, size, link, _entsize in sections:
        if sh_type not in (11, 6) or link >= len(sections):  # SHT_DYNSYM, SHT_DYNAMIC
            continue
        str_off, str_size = sections[link][2], sections[link][3]
        strtab = data[str_off : str_off + str_size]
        if sh_type == 11:
            for pos in range(off, off + size - 23, 24):
                st_name, _info, _other, shndx, value, sym_size = _unpack("<IBBHQQ", data, pos)
                symbols.append(ElfSymbol(_cstr(strtab, st_name), value, sym_size, shndx))
        else:
            for pos in range(off, off + size - 15, 16):
                tag, val = _unpack("<qQ", data, pos)
                if tag == 0:
                    break
                if tag == 14:  # DT_SONAME
                    soname = _cstr(strtab, val)
    return ElfInfo(machine, soname, symbols, [s[:4] for s in sections])


def parse_common_data(blob: bytes, expected_package: str) -> dict[str, int]:
    """Return {item name: size} of an ICU common data package, checking its header.

    The package must be little-endian, ASCII, format "CmnD" v1 and every item must live
    under `expected_package/` (e.g. icudt73l/), the name libicuuc looks items up by.
    """
    if len(blob) < 32:
        raise TrimError("ICU data blob is too small")
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27):
        raise TrimError("ICU data blob has no ICU data header (magic 0xda27)")
    big_endian, charset, _uchar, _r, fmt, fmt_version = struct.unpack_from("<BBBB4sB", blob, 8)
    if fmt != b"CmnD" or fmt_version != 1:
        raise TrimError(f"ICU data blob is not a common data package (format {fmt!r})")
    if big_endian or charset:
        raise TrimError("ICU data blob is not little-endian ASCII (expected the 'l' type)")
    if header_size + 4 > len(blob):
        raise TrimError("ICU data blob is truncated (table of contents)")
    (count,) = struct.unpack_from("<I", blob, header_size)
    toc_end = header_size + 4 + 8 * count
    if count == 0 or toc_end > len(blob):
        raise TrimError("ICU data blob is truncated (table of contents)")
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    items: dict[str, int] = {}
    prefix = expected_package + "/"
    for i, (name_off, data_off) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(blob) - header_size
        if not toc_end <= header_size + data_off <= header_size + end <= len(blob):
            raise TrimError("ICU data blob is truncated or its item offsets are corrupt")
        name_end = blob.find(b"\0", header_size + name_off)
        if name_end < 0:
            raise TrimError("ICU data blob is truncated (item names)")
        name = blob[header_size + name_off : name_end].decode("ascii", "replace")
        if not name.startswith(prefix):
            raise TrimError(
                f"ICU data item {name!r} is not in package {expected_package!r}; "
                "the data does not match the version libicuuc expects"
            )
        items[name[len(prefix) :]] = end - data_off
    return items


def extract_icu_blob(data: bytes) -> IcuBlob:
    """Find the single exported icudtNN_dat symbol and return the data package behind it."""
    elf = parse_elf(data)
    found = [s for s in elf.symbols if SYMBOL_RE.fullmatch(s.name) and s.shndx != 0]
    if len(found) != 1:
        names = sorted(s.name for s in elf.symbols if s.name)
        raise TrimError(f"expected exactly one defined icudtNN_dat symbol, found {names}")
    sym = found[0]
    if sym.shndx >= len(elf.sections):
        raise TrimError(f"{sym.name} lives in an unusual section (index {sym.shndx:#x})")
    sh_type, addr, offset, size = elf.sections[sym.shndx]
    start = sym.value - addr + offset
    if sh_type == 8 or sym.value < addr or sym.value + sym.size > addr + size:
        raise TrimError(f"{sym.name} does not lie inside its section's file data")
    if start + sym.size > len(data):
        raise TrimError("truncated ELF file (data symbol ends past end of file)")
    blob = data[start : start + sym.size]
    match = SYMBOL_RE.fullmatch(sym.name)
    assert match is not None
    package = f"icudt{match.group(1)}l"
    return IcuBlob(sym.name, package, blob, parse_common_data(blob, package))


def _locale_kept(stem: str, keep_locales: Sequence[str]) -> bool:
    return stem == "root" or any(stem == k or stem.startswith(k + "_") for k in keep_locales)


def plan_removals(
    items: Iterable[str], keep_locales: Sequence[str], keep_zone_names: bool = False
) -> dict[str, str]:
    """Map each item to remove to the reason; items not listed are kept.

    Unknown items (e.g. new in a later ICU) are kept: keeping is always safe, removing
    something ICU needs at start-up is not.
    """
    removed: dict[str, str] = {}
    locale_trees = ("", "coll", "zone") if keep_zone_names else ("", "coll")
    for item in items:
        tree, _, leaf = item.rpartition("/")
        suffix = leaf[leaf.rfind(".") :] if "." in leaf else ""
        stem = leaf[: -len(suffix)] if suffix else leaf
        if keep_zone_names and item in ZONE_RULES:
            continue
        if keep_zone_names and item == "zone/tzdbNames.res":
            removed[item] = "time-zone abbreviation parsing data (not used by Qt)"
        elif tree in REMOVED_TREES and tree not in locale_trees:
            removed[item] = REMOVED_TREES[tree]
        elif suffix in REMOVED_SUFFIXES:
            removed[item] = REMOVED_SUFFIXES[suffix]
        elif leaf in ("res_index.res", "pool.res"):
            continue  # per-tree index and shared key pool: every kept tree needs them
        elif not tree and leaf in REMOVED_TOP:
            removed[item] = REMOVED_TOP[leaf]
        elif not tree and (leaf in KEPT_TOP or suffix == ".nrm"):
            continue
        elif (
            tree in locale_trees
            and suffix == ".res"
            and ITEM_LOCALE_RE.fullmatch(stem)
            and not _locale_kept(stem, keep_locales)
        ):
            removed[item] = f"{tree or 'locale'} data for another locale"
    return removed


def xz_size(data: bytes) -> int:
    """Size after `xz -6`, which is how the bundle archive is compressed."""
    return len(lzma.compress(data, format=lzma.FORMAT_XZ, preset=6))


def _tool(name: str) -> str:
    # icupkg lives in /usr/sbin on Debian, which is not on a normal user's PATH.
    path = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin")
    if not path:
        package = "icu-devtools" if name == "icupkg" else "binutils"
        raise TrimError(f"{name} not found; install the Debian package {package}")
    return path


def _run(cmd: list[str], cwd: Path) -> None:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise TrimError(f"{Path(cmd[0]).name} failed ({proc.returncode}): {proc.stderr.strip()}")


def trim_blob(blob: IcuBlob, removals: Iterable[str], workdir: Path) -> bytes:
    """Remove items from the package with icupkg, which refuses broken dependencies."""
    src = workdir / "in" / f"{blob.package}.dat"
    dst = workdir / "out" / f"{blob.package}.dat"
    src.parent.mkdir()
    dst.parent.mkdir()
    src.write_bytes(blob.data)
    remove_list = workdir / "remove.txt"
    remove_list.write_text("".join(f"{name}\n" for name in sorted(removals)), encoding="ascii")
    _run([_tool("icupkg"), "-r", str(remove_list), str(src), str(dst)], workdir)
    return dst.read_bytes()


def build_library(dat: bytes, symbol: str, soname: str, workdir: Path) -> bytes:
    """Assemble a shared library that exports `symbol` (16-byte aligned) holding `dat`."""
    workdir.mkdir(parents=True, exist_ok=True)
    dat_path = workdir / "trimmed.dat"
    dat_path.write_bytes(dat)
    asm = workdir / "icudata.s"
    quoted = str(dat_path).replace("\\", "\\\\").replace('"', '\\"')
    asm.write_text(
        '\t.section .rodata,"a",@progbits\n'
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n"
        f'\t.incbin "{quoted}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    obj, lib = workdir / "icudata.o", workdir / "libicudata.so"
    _run([_tool("as"), "-o", str(obj), str(asm)], workdir)
    _run([_tool("ld"), "-shared", "-soname", soname, "--hash-style=gnu", "-z", "noexecstack",
          "-s", "-o", str(lib), str(obj)], workdir)  # fmt: skip
    return lib.read_bytes()


def check_consumer(lib_path: Path, symbol: str) -> None:
    """Refuse unless the sibling libicuuc imports exactly the symbol we are about to rebuild."""
    consumers = sorted(p for p in lib_path.parent.glob("libicuuc.so*") if not p.is_symlink())
    if not consumers:
        raise TrimError(f"no libicuuc.so* next to {lib_path}; unexpected bundle layout")
    for uc in consumers:
        wanted = {s.name for s in parse_elf(uc.read_bytes()).symbols if s.shndx == 0}
        if symbol not in wanted:
            found = sorted(n for n in wanted if SYMBOL_RE.fullmatch(n))
            raise TrimError(f"{uc.name} expects {found}, but {lib_path.name} exports {symbol}")


def trim_library(
    path: Path,
    keep_locales: Sequence[str],
    dry_run: bool = False,
    report_xz: bool = True,
    keep_zone_names: bool = False,
) -> None:
    """Trim one libicudata file in place (atomically), printing sizes before and after.

    report_xz=False skips the ~10 s xz measurement (tests); the build keeps it on.
    """
    original = path.read_bytes()
    elf = parse_elf(original)
    blob = extract_icu_blob(original)
    check_consumer(path, blob.symbol)
    if not elf.soname:
        raise TrimError(f"{path} has no SONAME")
    removals = plan_removals(blob.items, keep_locales, keep_zone_names)
    kept = {k: v for k, v in blob.items.items() if k not in removals}
    print(f"{path}: {blob.symbol} -> {blob.package}, {len(blob.items)} items, SONAME {elf.soname}")
    by_reason: dict[str, tuple[int, int]] = {}
    for name, reason in removals.items():
        count, size = by_reason.get(reason, (0, 0))
        by_reason[reason] = (count + 1, size + blob.items[name])
    for reason, (count, size) in sorted(by_reason.items(), key=lambda r: -r[1][1]):
        print(f"  remove {count:4d} items {size / 1024:8.0f} KiB  {reason}")
    print(f"  keep   {len(kept):4d} items {sum(kept.values()) / 1024:8.0f} KiB")
    if dry_run or not removals:
        print("  dry run: nothing written" if dry_run else "  already trimmed: nothing to do")
        return
    with tempfile.TemporaryDirectory(prefix="trim_icu_") as tmp:
        trimmed = trim_blob(blob, removals, Path(tmp))
        if set(parse_common_data(trimmed, blob.package)) != set(kept):
            raise TrimError("icupkg output does not hold exactly the items we meant to keep")
        new_lib = build_library(trimmed, blob.symbol, elf.soname, Path(tmp))
    check = extract_icu_blob(new_lib)
    new_elf = parse_elf(new_lib)
    if check.data != trimmed or new_elf.soname != elf.soname or new_elf.machine != elf.machine:
        raise TrimError("rebuilt library does not round-trip (symbol, SONAME or machine differ)")
    staging = path.with_name(path.name + ".trim-tmp")
    staging.write_bytes(new_lib)
    shutil.copymode(path, staging)
    os.replace(staging, path)
    mib = 1024 * 1024
    print(f"  on disk: {len(original) / mib:6.2f} MiB -> {len(new_lib) / mib:6.2f} MiB")
    if report_xz:
        before, after = xz_size(original), xz_size(new_lib)
        print(f"  xz -6:   {before / mib:6.2f} MiB -> {after / mib:6.2f} MiB")


def find_libraries(bundle: Path) -> list[Path]:
    """Real libicudata files in the bundle; symlinks to them are left untouched."""
    found = {p.resolve() for p in bundle.rglob("libicudata.so*") if p.is_file()}
    return sorted(p for p in found if bundle.resolve() in p.parents)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Trim the ICU data library in a PySide6 bundle to what Qt needs for the "
        "given UI languages (collation, casing, locale fallback).",
    )
    parser.add_argument("bundle", type=Path, help="bundle directory, e.g. 'dist/BIBLIO Desktop'")
    parser.add_argument(
        "--keep-locales",
        default=",".join(DEFAULT_LOCALES),
        help="comma-separated ICU locales whose data to keep (default: %(default)s)",
    )
    parser.add_argument(
        "--keep-zone-names",
        action="store_true",
        help="keep time-zone names of the kept locales (QLocale LongFormat date-times show "
        "them; without them Qt shows the IANA ID such as Europe/Riga)",
    )
    parser.add_argument("--dry-run", action="store_true", help="only print what would change")
    args = parser.parse_args(argv)
    locales = [loc.strip() for loc in args.keep_locales.split(",") if loc.strip()]
    bad = [loc for loc in locales if not LOCALE_RE.fullmatch(loc)]
    if not locales or bad:
        parser.error(f"--keep-locales needs ICU locale IDs like en,lv (bad: {bad})")
    if not args.bundle.is_dir():
        parser.error(f"{args.bundle} is not a directory")
    libraries = find_libraries(args.bundle)
    if not libraries:
        print(f"error: no libicudata.so* in {args.bundle}", file=sys.stderr)
        return 1
    try:
        for lib in libraries:
            trim_library(lib, locales, args.dry_run, keep_zone_names=args.keep_zone_names)
    except (TrimError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
