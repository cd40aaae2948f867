#!/usr/bin/env bash
# Installs the real test LRS the sync tests start (Learning Locker's xapi-statements,
# pinned in tests/lrs/package-lock.json): Debian nodejs/npm when node is missing (root
# only), then `npm ci` when tests/lrs/node_modules is missing. Without it the LRS tests are
# skipped with a reason; nothing else needs Node.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "setup-lrs: installing Debian packages: nodejs npm"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  else
    echo "setup-lrs: Node.js is missing; the LRS tests will be skipped." >&2
    echo "setup-lrs: install it with: sudo apt-get install nodejs npm" >&2
    exit 0
  fi
fi

if [[ ! -f tests/lrs/node_modules/xapi-statements/dist/index.js ]]; then
  echo "setup-lrs: installing the test LRS (npm ci in tests/lrs)"
  (cd tests/lrs && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error) || {
    echo "setup-lrs: npm ci failed; the LRS tests will be skipped." >&2
    exit 0
  }
fi
