"""The command line every peer shares (typst_peer.py, weasyprint_peer.py, reportlab_peer.py).

  PEER.py batch JSON_DIR OUT_DIR     every order of JSON_DIR, one process: read, compute, lay out, write
  PEER.py one ORDER.json OUT.pdf     one invoice (run.py times the whole process: the cold case)
  PEER.py terms OUT.pdf [--runs R]   the 30-page terms R times in one process (run.py uses one run per
                                     process: Typst memoizes layout, so a second run of the same text
                                     in the same process costs a tenth of the first)

Each prints one JSON line: the time of its set-up (fonts, templates, compiler), of each document
(median, in milliseconds), and of the loop. A peer is a class with `invoice(view) -> bytes` and
`terms(blocks) -> bytes`; what it loads once for a process goes in its constructor.
"""
import argparse
import json
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.normpath(os.path.join(HERE, "..", ".."))
FONTS = os.path.join(REPOSITORY, "fonts")
sys.path.insert(0, HERE)

import invoice_model  # noqa: E402
import terms_text  # noqa: E402


def render_order(peer, path):
    with open(path, encoding="utf-8") as file:
        order = json.load(file)
    return peer.invoice(invoice_model.view(order))


def main(make_peer):
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    batch = commands.add_parser("batch")
    batch.add_argument("json_dir")
    batch.add_argument("out_dir")
    one = commands.add_parser("one")
    one.add_argument("order")
    one.add_argument("output")
    terms = commands.add_parser("terms")
    terms.add_argument("output")
    terms.add_argument("--runs", type=int, default=1)
    arguments = parser.parse_args()

    start = time.perf_counter()
    peer = make_peer()
    setup_ms = (time.perf_counter() - start) * 1000
    result = {"setup_ms": round(setup_ms, 2)}

    if arguments.command == "batch":
        os.makedirs(arguments.out_dir, exist_ok=True)
        names = sorted(name for name in os.listdir(arguments.json_dir) if name.endswith(".json"))
        times = []
        loop = time.perf_counter()
        for name in names:
            begin = time.perf_counter()
            pdf = render_order(peer, os.path.join(arguments.json_dir, name))
            with open(os.path.join(arguments.out_dir, name[:-5] + ".pdf"), "wb") as file:
                file.write(pdf)
            times.append((time.perf_counter() - begin) * 1000)
        result.update(docs=len(names), loop_s=round(time.perf_counter() - loop, 4),
                      median_ms=round(statistics.median(times), 3) if times else None,
                      first_ms=round(times[0], 3) if times else None)
    elif arguments.command == "one":
        pdf = render_order(peer, arguments.order)
        with open(arguments.output, "wb") as file:
            file.write(pdf)
        result.update(docs=1, bytes=len(pdf))
    else:
        times = []
        for _ in range(arguments.runs):
            begin = time.perf_counter()
            pdf = peer.terms(terms_text.document(REPOSITORY))
            with open(arguments.output, "wb") as file:
                file.write(pdf)
            times.append((time.perf_counter() - begin) * 1000)
        result.update(runs=[round(value, 2) for value in times], median_ms=round(statistics.median(times), 2),
                      bytes=len(pdf))
    print(json.dumps(result))
