#!/usr/bin/env bash
# Builds the PyInstaller bundle `dist/BIBLIO Desktop/` and its archive
# `dist/BIBLIO-Desktop-<version>-linux-x86_64.tar.xz` (see docs/distribution.md).
# Needs the sample package and the compiled translations: `make dist` builds them first.
# Usage: scripts/build_dist.sh [--no-archive]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
SAMPLE=build/digital-skills-orientation.biblio
STAGE=build/dist-stage
NAME="BIBLIO Desktop"

[[ -f "$SAMPLE" ]] || { echo "error: $SAMPLE is missing; run 'make sample' first." >&2; exit 1; }
ls resources/translations/*.qm >/dev/null 2>&1 \
  || { echo "error: no .qm translations; run 'make translations' first." >&2; exit 1; }

start=$(date +%s)
version=$($PY -c 'import biblio_desktop; print(biblio_desktop.__version__)')
rm -rf "$STAGE" && mkdir -p "$STAGE/sample"
cp "$SAMPLE" "$STAGE/sample/"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
$PY - "$STAGE/build_info.json" "$version" "$commit" <<'PYEOF'
import json, sys
from datetime import UTC, datetime
path, version, commit = sys.argv[1:4]
json.dump({"version": version, "commit": commit,
           "build_date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")},
          open(path, "w"), indent=2)
PYEOF

rm -rf "dist/$NAME"
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
  --workpath build/pyinstaller build.spec
# Qt's ICU data library is 30 MiB, mostly locales, dictionaries and tables Qt never asks
# for: keep collation, casing and zone names for the five UI languages (docs/distribution.md).
$PY scripts/trim_icu.py --keep-zone-names "dist/$NAME"
# Libraries only the dropped plugins and host libraries needed (see build.spec).
$PY scripts/prune_bundle.py "dist/$NAME"
echo "bundle: dist/$NAME ($(du -sh "dist/$NAME" | cut -f1)), built in $(( $(date +%s) - start )) s"

if [[ "${1:-}" != "--no-archive" ]]; then
  archive="dist/BIBLIO-Desktop-${version}-linux-x86_64.tar.xz"
  rm -f "$archive"
  # xz on every core; -6 is the default level (-9 saves ~2 % for twice the time).
  tar -C dist -cf - "$NAME" | xz -T0 -6 > "$archive"
  echo "archive: $archive ($(du -h "$archive" | cut -f1)), total $(( $(date +%s) - start )) s"
fi
