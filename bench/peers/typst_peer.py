#!/usr/bin/env python3
"""Typst (PyPI `typst`, compiled in process): the invoice and the terms of the peer benchmark.

One `typst.Compiler` per template is made once per process, with Folio's fonts only (no system
fonts); each document is compiled with its data in sys.inputs (JSON), so Typst's caches work as
they would in a real batch. Output is PDF/A-3b, as Folio's drafts are. PDF tags (Typst's default since 0.14, for accessibility) are turned
off, as Folio writes none: tagged, the invoice is about 64 KB instead of 35 KB and a few per cent
slower. See peer_common.py for the command line.
"""
import json
import os

import typst

from peer_common import FONTS, HERE, REPOSITORY, invoice_model, main


class TypstPeer:
    def __init__(self):
        fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False, font_paths=[FONTS])
        self.invoice_compiler = typst.Compiler(os.path.join(HERE, "typst", "invoice.typ"), root=REPOSITORY,
                                               font_paths=fonts, ignore_system_fonts=True)
        self.terms_compiler = typst.Compiler(os.path.join(HERE, "typst", "terms.typ"), root=REPOSITORY,
                                             font_paths=fonts, ignore_system_fonts=True)

    def invoice(self, view):
        data = json.dumps(invoice_model.printable(view), ensure_ascii=False)
        return self.invoice_compiler.compile(format="pdf", sys_inputs={"data": data}, pdf_tags=False,
                                             pdf_standards="a-3b")

    def terms(self, blocks):
        return self.terms_compiler.compile(format="pdf", sys_inputs={"data": json.dumps(blocks, ensure_ascii=False)},
                                           pdf_tags=False, pdf_standards="a-3b")


if __name__ == "__main__":
    main(TypstPeer)
