#!/usr/bin/env python3
"""Write the app's icon font: qtawesome's Material Design Icons 6 font cut down to the
glyphs the UI names, into resources/icons/ (font + charmap, loaded by ui/base/icons.py).

Why: the whole font is 1.2 MiB with 7,000 glyphs, and loading it with its charmap costs
about 5 MiB of memory at start; the app draws about 40 of them. Run this after adding an
icon (tests/ui/test_icons.py fails until you do). Needs fontTools (a dev dependency).
Usage: .venv/bin/python scripts/subset_icons.py [--check]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
FONT = "mdi6-subset.ttf"
CHARMAP = "mdi6-subset-charmap.json"
NAME = re.compile(r"[\"']mdi6\.([a-z0-9-]+)[\"']")


def used_names() -> list[str]:
    """Every `mdi6.<name>` string literal in the UI code, sorted."""
    found: set[str] = set()
    for path in sorted((ROOT / "biblio_desktop" / "ui").rglob("*.py")):
        found.update(NAME.findall(path.read_text(encoding="utf-8")))
    return sorted(found)


def qtawesome_mdi6() -> tuple[Path, Path]:
    import qtawesome

    fonts = Path(qtawesome.__file__).parent / "fonts"
    prefix = next(f for f in qtawesome._BUNDLED_FONTS if f[0] == "mdi6")
    return fonts / prefix[1], fonts / prefix[2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only check that the committed subset has every used icon")
    args = parser.parse_args()
    names = used_names()
    if args.check:
        charmap = json.loads((OUT / CHARMAP).read_text(encoding="utf-8"))
        missing = [n for n in names if n not in charmap]
        if missing:
            print(f"error: not in {CHARMAP}: {', '.join(missing)}; run "
                  "scripts/subset_icons.py", file=sys.stderr)
            return 1
        print(f"ok: {len(names)} icons")
        return 0
    from fontTools import subset

    font_path, charmap_path = qtawesome_mdi6()
    full = json.loads(charmap_path.read_text(encoding="utf-8"))
    unknown = [n for n in names if n not in full]
    if unknown:
        print(f"error: not Material Design Icons 6 names: {', '.join(unknown)}",
              file=sys.stderr)
        return 1
    charmap = {n: full[n] for n in names}
    options = subset.Options()
    options.name_IDs = ["*"]  # keep the family name qtawesome looks up
    options.notdef_outline = True
    options.layout_features = []
    font = subset.load_font(str(font_path), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[int(code, 16) for code in charmap.values()])
    subsetter.subset(font)
    OUT.mkdir(parents=True, exist_ok=True)
    font.flavor = None
    subset.save_font(font, str(OUT / FONT), options)
    (OUT / CHARMAP).write_text(json.dumps(charmap, indent=1, sort_keys=True) + "\n",
                               encoding="utf-8")
    size = (OUT / FONT).stat().st_size
    print(f"{len(names)} icons: {OUT / FONT} ({size:,} bytes, was "
          f"{font_path.stat().st_size:,})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
