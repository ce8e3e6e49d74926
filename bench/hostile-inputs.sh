#!/usr/bin/env bash
# Time and peak memory of folio on each hostile input of issue 19 (README « Hostile input »): every one
# is refused, with exit 1, the file and the limit named. Prints one line per input.
#   bench/hostile-inputs.sh [FOLIO_BINARY]     (default: .build/release/folio)
set -euo pipefail
cd "$(dirname "$0")/.."
folio="$(realpath "${1:-.build/release/folio}")"
root="$PWD"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

python3 - "$root" <<'PY'
import sys, struct, shutil
root = sys.argv[1]
lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
for level in range(1, 9):
    lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level-1}"] * 10) + "]")
open("yaml-alias-bomb.yaml", "w").write("\n".join(lines + ["b:", "  ? *a8", "  : 1"]) + "\n")
open("xml-entity-bomb.xml", "w").write('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "' + f"&lol{i-1 if i > 1 else ''};" * 10 + '">' for i in range(1, 10))
    + ']>\n<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&lol9;</Invoice>\n')
open("deep-array.json", "w").write("[" * 100_000 + "]" * 100_000)
open("deep-elements.xml", "w").write("<a>" * 100_000 + "</a>" * 100_000)
open("order-100000-lines.yaml", "w").write("kind: invoice\n" + "".join(f"# line {i}\n" for i in range(100_000)))
open("string-50MB.yaml", "w").write('kind: "' + "x" * (50 * 1024 * 1024) + '"\n')
import os
os.makedirs("huge-logo", exist_ok=True)
profile = open(f"{root}/examples/company/profile.yaml").read()
open("huge-logo/profile.yaml", "w").write(profile)
header = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">II", 100_000, 100_000) + bytes([8, 6, 0, 0, 0]) + b"\0\0\0\0"
open("huge-logo/logo.png", "wb").write(header)
os.makedirs("self-including/templates/invoice/2026-01-01", exist_ok=True)
open("self-including/profile.yaml", "w").write(profile.replace("logo: logo.png\n", "") + "\ntemplates: templates\n")
open("self-including/templates/invoice/2026-01-01/fr.folio", "w").write("Facture\n\n{{> invoice}}\n")
PY
python3 - <<'PY'
import random
words = "le client la société paiement livraison délai jours montant euros contrat garantie".split()
for name, seed in (("terms-a.txt", 2), ("terms-b.txt", 3)):
    random.seed(seed)
    open(name, "w").write("Conditions\n\n" + " ".join(random.choice(words) for _ in range(120_000)) + "\n")
articles = [f"## Article {i}\n" + " ".join(random.choice(words) for _ in range(30)) + "\n" for i in range(1, 2_001)]
open("terms-2000-articles.md", "w").write("# CGV\n\n" + "\n".join(articles))
random.shuffle(articles)
open("terms-2000-shuffled.md", "w").write("# CGV\n\n" + "\n".join(articles))
# The most terms Folio compares: 1,000 articles, every one reworded and moved.
articles = [f"## Article {i}\n" + " ".join(random.choice(words) for _ in range(30)) + "\n" for i in range(1, 1_001)]
open("terms-1000-articles.md", "w").write("# CGV\n\n" + "\n".join(articles))
random.shuffle(articles)
open("terms-1000-shuffled.md", "w").write("# CGV\n\n" + "\n".join(a.replace("client", "acheteur", 1) for a in articles))
PY
order="$root/examples/orders/01-domestic-several-rates.yaml"

measure() {
    local name="$1"; shift
    local status=0
    /usr/bin/time -f "%e %M" -o time.txt "$folio" "$@" > /dev/null 2> error.txt || status=$?
    read -r seconds kilobytes < <(tail -1 time.txt)
    printf "%-40s exit %d  %6.2f s  %6d MB peak  %s\n" "$name" "$status" "$seconds" $((kilobytes / 1024)) \
        "$(grep -o 'limit [a-z]*\.[a-zA-Z]*\|document type\|includes another template' error.txt | head -1)"
}

echo "folio: $folio"
measure "YAML alias bomb" totals yaml-alias-bomb.yaml
measure "XML entity bomb" read xml-entity-bomb.xml
measure "JSON array 100,000 deep" totals deep-array.json
measure "XML 100,000 deep" read deep-elements.xml
measure "order of 100,000 lines" totals order-100000-lines.yaml
measure "a 50 MB string" totals string-50MB.yaml
measure "PNG 100,000 x 100,000" totals "$order" --company huge-logo/profile.yaml
measure "template including itself" invoice "$order" --company self-including/profile.yaml --draft --output self.pdf
measure "terms: one 1 MB paragraph" terms diff --files terms-a.txt terms-b.txt --format json --output diff.json
measure "terms: 2,000 articles" terms diff --files terms-2000-articles.md terms-2000-shuffled.md --format json --output diff.json
measure "terms: 1,000 articles, the most compared" terms diff --files terms-1000-articles.md terms-1000-shuffled.md --format json --output diff.json
measure "(a real order, for scale)" totals "$order"
