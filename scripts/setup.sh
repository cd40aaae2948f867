#!/usr/bin/env bash
# Sets up everything `make run` and `make test` need on a fresh Debian machine:
# Debian packages Qt needs (only those missing; root only when something is missing),
# a virtual environment with the project's Python packages, compiled translations.
# Usage: scripts/setup.sh [--gui-tools] [--media-tools]
#   --gui-tools adds screenshot tools; --media-tools what scripts/make_sample_video.sh and
#   make_sample_webinar.sh need (ffmpeg, espeak-ng, rsvg-convert)
set -euo pipefail
cd "$(dirname "$0")/.."

want=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
      libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
      libegl1 libgl1 libfontconfig1 libdbus-1-3 libpulse0 libasound2 libnss3
      fonts-dejavu-core unzip binutils icu-devtools  # the last two: make dist
      # the keyboard-only learner path read through AT-SPI (tests/ui/test_atspi_*.py):
      # an X server, a D-Bus session with the AT-SPI bus, Debian's AT-SPI client for its
      # own python3 (not on PyPI), and XTest key events
      xvfb xauth dbus at-spi2-core python3 python3-gi gir1.2-atspi-2.0 xdotool)
for option in "$@"; do
  case $option in
    --gui-tools) want+=(x11-apps imagemagick) ;;
    --media-tools) want+=(ffmpeg espeak-ng librsvg2-bin) ;;
    *) echo "usage: scripts/setup.sh [--gui-tools] [--media-tools]" >&2; exit 2 ;;
  esac
done

missing=()
if command -v dpkg >/dev/null 2>&1; then
  for p in "${want[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
fi
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: these Debian packages are missing: ${missing[*]}" >&2
    echo "setup: install them with: sudo apt-get install ${missing[*]}" >&2
  fi
fi

PY=${PYTHON:-python3}
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [[ ! -f "$stamp" ]]; then
  [[ -x .venv/bin/python ]] || "$PY" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[gui,dev]'
  rm -f .venv/.installed-*
  touch "$stamp"
fi
