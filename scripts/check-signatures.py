#!/usr/bin/env python3
"""Validates the signatures of PDF files with pyHanko, for Folio's tests.

Usage: scripts/check-signatures.py [--trust CA.pem]... FILE...

For each signature of each file it prints one line, `FILE: FIELD: SUMMARY coverage=C modification=M
docmdp=P`, where SUMMARY is pyHanko's (`INTACT:TRUSTED,UNTOUCHED`, `INTACT:UNTRUSTED,...`), C says
how much of the file the signature covers (ENTIRE_FILE, ENTIRE_REVISION), M what the later updates
do (NONE, LTA_UPDATES, FORM_FILLING, ANNOTATIONS, OTHER) and P a certification signature's DocMDP
permission (NO_CHANGES, FILL_FORMS, ANNOTATE) or `none`; `FILE: no signature` for a file without
one. It exits 1 when a signature is not intact, not cryptographically valid, or changed by later
updates beyond what its DocMDP permission (or, for approval signatures, pyHanko's default policy)
allows, or — with --trust — not trusted; 0 otherwise. Revocation is not checked and nothing is
fetched from the network.
"""

import logging
import sys

from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext


def name(value):
    """An enumeration's member name, or `none`."""
    return value.name if value is not None else "none"


def check(path, context, trusted_required):
    """(lines, ok) for one file."""
    lines, ok = [], True
    with open(path, "rb") as file:
        reader = PdfFileReader(file)
        signatures = reader.embedded_signatures
        if not signatures:
            return ["%s: no signature" % path], True
        for signature in signatures:
            status = validate_pdf_signature(signature, context)
            lines.append("%s: %s: %s coverage=%s modification=%s docmdp=%s" % (
                path, signature.field_name, status.summary(), name(status.coverage),
                name(status.modification_level), name(signature.docmdp_level)))
            if not (status.intact and status.valid and status.docmdp_ok) or (trusted_required and not status.trusted):
                ok = False
    return lines, ok


def main(arguments):
    roots, paths = [], []
    while arguments:
        argument = arguments.pop(0)
        if argument == "--trust" and arguments:
            roots.append(load_cert_from_pemder(arguments.pop(0)))
        else:
            paths.append(argument)
    if not paths:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    # pyHanko logs a traceback for each certificate it cannot trust; the summary line says it.
    logging.disable(logging.CRITICAL)
    context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
    failed = False
    for path in paths:
        try:
            lines, ok = check(path, context, bool(roots))
        except Exception as error:  # pyHanko refuses a damaged file with its own exceptions
            lines, ok = ["%s: cannot be validated: %s" % (path, error)], False
        print("\n".join(lines))
        failed = failed or not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
