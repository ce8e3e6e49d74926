#!/usr/bin/env bash
# Installs what Folio needs on a Debian machine, only what is missing:
# the C drawing libraries, zlib, poppler and qpdf (PDF checks), openssl (the signing tests' keys
# and CMS), and the Python test oracles (jsonschema and PyYAML for the schemas, saxonche and
# factur-x for e-invoices, pyHanko and its command line for PDF signatures), and PostgreSQL's server for the
# tests of the PostgreSQL ledger (scripts/test-postgres.sh runs a throwaway cluster of it).
# The pages' screenshots (make demo) and browser tests (make test) need Debian's headless Chromium and its
# driver, Selenium, and axe (the accessibility checker) from PyPI.
set -euo pipefail

packages=(pkg-config libcairo2-dev libharfbuzz-dev libfreetype-dev libsqlite3-dev zlib1g-dev libxml2-dev sqlite3 poppler-utils qpdf openssl time
          chromium chromium-driver)
if [ "${1:-}" = "--test-oracles" ]; then packages+=(postgresql); fi
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Selenium pinned below the newest, whose certifi requirement is newer than some mirrors hold.
python3 -c 'import selenium, axe_selenium_python, axe_core_python' 2>/dev/null \
    || python3 -m pip install -q 'selenium==4.50.0' 'axe-selenium-python==2.1.6' 'axe-core-python==0.1.0'

if [ "${1:-}" = "--test-oracles" ]; then
    python3 -c 'import jsonschema, yaml' 2>/dev/null || python3 -m pip install -q jsonschema pyyaml
    python3 -c 'import saxonche, facturx, pypdf' 2>/dev/null || python3 -m pip install -q saxonche factur-x 'pypdf>=5'
    python3 -m pyhanko --version >/dev/null 2>&1 || python3 -m pip install -q pyhanko pyhanko-certvalidator pyhanko-cli
    # The API's contract checked against the running server (ServeTests), at the version the tests were written with.
    command -v schemathesis >/dev/null 2>&1 || python3 -m pip install -q 'schemathesis==4.32.5'
fi
command -v swift >/dev/null || { echo "Swift 6 is required (https://swift.org/install)" >&2; exit 1; }
