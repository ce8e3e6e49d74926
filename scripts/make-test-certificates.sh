#!/usr/bin/env bash
# Makes a throwaway certificate authority and two certificates signed by it, for the demo and the
# tests of signed documents: the seller's (who signs quotes and invoices) and a client's (who signs
# a quote to accept it). Generated at run time, never committed: keys are secrets, even test ones.
#
#   scripts/make-test-certificates.sh out/signing
#
# writes ca.pem, seller.pem, seller.key, client.pem, client.key (RSA 2048, PEM, keys unencrypted),
# valid from 2025-01-01 to 2035-12-31 so that documents dated in the past can be signed, and
# expired.pem, expired.key: the seller's name on a certificate valid only in 2020 (for the tests).
# `openssl ca` is used because `openssl req -x509` (OpenSSL 3.0) cannot date a certificate back.
set -euo pipefail
out="${1:?usage: make-test-certificates.sh FOLDER}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
touch "$work/index.txt"
echo 1000 > "$work/serial"
cat > "$work/ca.cnf" <<CONF
[ ca ]
default_ca = folio_test
[ folio_test ]
database = $work/index.txt
serial = $work/serial
new_certs_dir = $work
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = none
[ anything ]
commonName = supplied
organizationName = optional
countryName = optional
[ authority ]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ signer ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
CONF
quiet() { "$@" > "$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }; }
from=20250101000000Z
until=20351231235959Z
quiet openssl genrsa -out "$work/ca.key" 2048
quiet openssl req -new -key "$work/ca.key" -subj "/C=FR/O=Folio Test Authority/CN=Folio Test CA" -out "$work/ca.csr"
quiet openssl ca -batch -config "$work/ca.cnf" -selfsign -keyfile "$work/ca.key" -in "$work/ca.csr" -extensions authority \
    -startdate "$from" -enddate "$until" -notext -out "$out/ca.pem"
for who in seller client expired; do
    start="$from"; end="$until"
    case "$who" in
        seller) subject="/C=FR/O=Atelier Numérique SAS/CN=Claire Martin" ;;
        client) subject="/C=FR/O=Librairie du Marais SARL/CN=Jeanne Dupont" ;;
        expired) subject="/C=FR/O=Atelier Numérique SAS/CN=Claire Martin"; start=20200101000000Z; end=20201231235959Z ;;
    esac
    quiet openssl genrsa -out "$out/$who.key" 2048
    quiet openssl req -new -utf8 -key "$out/$who.key" -subj "$subject" -out "$work/$who.csr"
    quiet openssl ca -batch -utf8 -config "$work/ca.cnf" -cert "$out/ca.pem" -keyfile "$work/ca.key" -in "$work/$who.csr" \
        -extensions signer -startdate "$start" -enddate "$end" -notext -out "$out/$who.pem"
done
chmod 600 "$out"/*.key
echo "Wrote $out/ca.pem, seller.pem, seller.key, client.pem, client.key (test certificates, valid 2025-01-01 to 2035-12-31), expired.pem, expired.key (2020)"
