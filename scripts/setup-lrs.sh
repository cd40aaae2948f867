#!/usr/bin/env bash
# Installs the third-party Node tools the tests run, each pinned by its package-lock.json:
# tests/lrs (Learning Locker's xapi-statements LRS and xapi-validation) and tests/verifier
# (Digital Bazaar's jsonld-signatures with the eddsa-jcs-2022 and eddsa-rdfc-2022
# cryptosuites). Debian nodejs/npm when node is missing (root only), then `npm ci` in each
# folder whose packages are missing. Without them those tests are skipped with a reason;
# nothing else needs Node.
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

# folder, then a file whose absence means `npm ci` must run there
tools=(
  "tests/lrs node_modules/xapi-statements/dist/index.js"
  "tests/lrs node_modules/xapi-validation/dist/index.js"
  "tests/verifier node_modules/@digitalbazaar/eddsa-rdfc-2022-cryptosuite/package.json"
)
for entry in "${tools[@]}"; do
  read -r dir marker <<<"$entry"
  if [[ ! -f "$dir/$marker" ]]; then
    echo "setup-lrs: installing the pinned test tools (npm ci in $dir)"
    (cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error) || {
      echo "setup-lrs: npm ci failed in $dir; the tests that need it will be skipped." >&2
    }
  fi
done
