#!/usr/bin/env python3
"""The test oracles for e-invoices: independent, official checkers that Folio's tests call.

    check-einvoice.py en16931 [--json] [--timings] FILE...
        Runs the official EN 16931 validation (CEN/TC 434 XSLT, run by Saxon from PyPI `saxonche`)
        on CII (root rsm:CrossIndustryInvoice) and UBL 2.1 (root Invoice or CreditNote) files.
        Each XSLT is compiled once per run, whatever the number of files. Every
        svrl:failed-assert and svrl:successful-report of the SVRL result is a problem.

    check-einvoice.py xrechnung [--json] [--timings] FILE...
        The German CIUS: the EN 16931 validation above, then KoSIT's XRechnung Schematron
        (../shared/xrechnung or $FOLIO_XRECHNUNG, cii/ and ubl/ with ../common.sch), compiled to
        XSLT 2 by this script (see compile_schematron) and run by the same Saxon. Problems of both
        are reported per file.

    check-einvoice.py facturx [--json] [--timings] [--expect-xml PDF=XML]... PDF...
        Checks Factur-X PDFs with the PyPI `factur-x` package: the embedded factur-x.xml is extracted,
        must be of the EN 16931 profile and valid against the package's XSD of that profile; it must
        be byte-equal to the XML given by --expect-xml PDF=XML, else to a sibling NAME.xml when there
        is one. The PDF's XMP must declare PDF/A-3 and the Factur-X extension (INVOICE, factur-x.xml,
        1.0, the conformance level the package writes for the XML's profile); the catalog's /AF must
        list factur-x.xml with AFRelationship /Alternative and MIME type text/xml. This is not a
        PDF/A validation (fonts, colours, OutputIntent are not checked).

Output: one line per problem, `FILE: FLAG ID at LOCATION: TEXT` (LOCATION without the SVRL's
namespace predicates), then `checked N documents: F fatal, W warnings`. `--json` prints one JSON
object instead (full SVRL locations, per-document details and timings). `--timings` prints the
XSLT compilation and validation times on stderr. Exit status: 1 when any problem is fatal, 0
otherwise, 2 when the check itself cannot run (missing package or XSLT, bad arguments).

The XSLTs are found in ../shared/en16931 beside the repository, or in $FOLIO_EN16931
(EN16931-CII-validation.xslt and ubl/EN16931-UBL-validation.xslt). Install the packages with
scripts/setup.sh --test-oracles.
"""
import argparse, io, json, os, pathlib, re, sys, time
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
SVRL = "{http://purl.oclc.org/dsdl/svrl}"
ROOTS = {
    "{urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100}CrossIndustryInvoice": "CII",
    "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice": "UBL",
    "{urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}CreditNote": "UBL",
}
STYLESHEETS = {"CII": "EN16931-CII-validation.xslt", "UBL": "ubl/EN16931-UBL-validation.xslt"}
FX_NAMESPACE = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"
PDFAID_NAMESPACE = "http://www.aiim.org/pdfa/ns/id/"
FACTURX_FILENAME = "factur-x.xml"


def fail_to_run(message):
    print(f"check-einvoice: {message}", file=sys.stderr)
    sys.exit(2)


def problem(flag, identifier, location, text, kind="check"):
    return {"flag": flag, "id": identifier, "location": location, "text": " ".join(text.split()), "kind": kind}


def document(path, kind):
    return {"file": path, "kind": kind, "problems": []}


# EN 16931 business rules

def en16931_folder():
    folder = os.environ.get("FOLIO_EN16931")
    return pathlib.Path(folder) if folder else ROOT.parent / "shared" / "en16931"


def syntax_of(path):
    """CII or UBL from the root element; None when it is neither; raises when not well-formed."""
    for _, element in ET.iterparse(path, events=("start",)):
        return ROOTS.get(element.tag)
    return None


def svrl_problems(svrl_text):
    """The problems of an SVRL report and how many rules fired (none: the XSLT saw nothing it knows)."""
    problems, fired = [], 0
    for element in ET.fromstring(svrl_text).iter():
        fired += element.tag == SVRL + "fired-rule"
        if element.tag in (SVRL + "failed-assert", SVRL + "successful-report"):
            text = "".join(element.find(SVRL + "text").itertext()) if element.find(SVRL + "text") is not None else ""
            problems.append(problem(element.get("flag", "fatal"), element.get("id", "?"), element.get("location", "?"),
                                    text, element.tag[len(SVRL):]))
    return problems, fired


def check_en16931(paths, timings):
    try:
        from saxonche import PySaxonProcessor
    except ImportError:
        fail_to_run("the PyPI package saxonche is missing (scripts/setup.sh --test-oracles)")
    folder = en16931_folder()
    processor = PySaxonProcessor(license=False)
    compiler = processor.new_xslt30_processor()
    executables = {}
    documents = []
    for path in paths:
        try:
            syntax = syntax_of(path)
        except (OSError, ET.ParseError) as error:
            entry = document(path, "?")
            entry["problems"].append(problem("fatal", "FILE-NOT-XML", "/", f"cannot read the XML: {error}"))
            documents.append(entry)
            continue
        entry = document(path, syntax or "?")
        documents.append(entry)
        if syntax is None:
            entry["problems"].append(problem("fatal", "FILE-NOT-EINVOICE", "/",
                                             "the root is neither rsm:CrossIndustryInvoice nor a UBL 2.1 Invoice or CreditNote"))
            continue
        if syntax not in executables:
            stylesheet = folder / STYLESHEETS[syntax]
            if not stylesheet.is_file():
                fail_to_run(f"no {stylesheet} (set FOLIO_EN16931 to the folder of the EN 16931 validation artefacts)")
            start = time.perf_counter()
            executables[syntax] = compiler.compile_stylesheet(stylesheet_file=str(stylesheet))
            timings["compileSeconds"][syntax] = time.perf_counter() - start
        start = time.perf_counter()
        try:
            svrl = executables[syntax].transform_to_string(source_file=os.path.abspath(path))
            entry["problems"], entry["rulesFired"] = svrl_problems(svrl)
            if entry["rulesFired"] == 0:
                entry["problems"].append(problem("fatal", "XSLT-NO-RULE", "/", "no rule of the XSLT applied to this document"))
        except Exception as error:  # Saxon's PySaxonApiError: a file the XSLT cannot read
            entry["problems"].append(problem("fatal", "XSLT-ERROR", "/", str(error)))
        entry["seconds"] = time.perf_counter() - start
    return documents


# XRechnung (KoSIT Schematron)

SCH = "{http://purl.oclc.org/dsdl/schematron}"
XSL_NAMESPACE = "http://www.w3.org/1999/XSL/Transform"
# The location of a node as the EN 16931 XSLTs give it: names with prefixes and positions.
LOCATION = ("string-join(for $node in ancestor-or-self::* return concat('/', name($node), '[', "
            "count($node/preceding-sibling::*[node-name(.) = node-name($node)]) + 1, ']'), '')")
XRECHNUNG_SCHEMAS = {"CII": "cii/XRechnung-CII-validation.sch", "UBL": "ubl/XRechnung-UBL-validation.sch"}


def xrechnung_folder():
    folder = os.environ.get("FOLIO_XRECHNUNG")
    return pathlib.Path(folder) if folder else ROOT.parent / "shared" / "xrechnung"


def compile_schematron(path):
    """ISO Schematron (query binding xslt2) as an XSLT 2 stylesheet that writes SVRL.

    Written here because no Schematron implementation with XPath 2 installs from PyPI for this
    Python (pyschematron 1.x needs 3.12; 0.1.0 is empty) and KoSIT ships its rules as .sch only.
    It covers what ISO Schematron says of the constructs KoSIT's files use: includes, ns, global
    and pattern lets (global variables), xsl:function, patterns whose rules are tried in order with
    the first matching one firing for a node (one mode per pattern), rule lets, assert and report
    with name and value-of in their text. All patterns are active (the files' one phase lists them all).
    """
    from lxml import etree

    def expanded(element, base):
        """The schema with every sch:include replaced by the root of the file it names."""
        for include in list(element.iter(SCH + "include")):
            included = etree.parse(str((base / include.get("href")).resolve())).getroot()
            include.getparent().replace(include, expanded(included, (base / include.get("href")).parent))
        return element

    schema = expanded(etree.parse(str(path)).getroot(), path.parent)
    namespaces = {element.get("prefix"): element.get("uri") for element in schema.iter(SCH + "ns")}
    namespaces.update({prefix: uri for prefix, uri in schema.nsmap.items() if prefix and prefix not in namespaces})
    xsl = lambda name: f"{{{XSL_NAMESPACE}}}{name}"
    nsmap = {"xsl": XSL_NAMESPACE, "svrl": SVRL[1:-1], "xs": "http://www.w3.org/2001/XMLSchema", **namespaces}
    sheet = etree.Element(xsl("stylesheet"), nsmap=nsmap, version="2.0")
    for function in schema.findall(xsl("function")):
        sheet.append(function)
    patterns = list(schema.iter(SCH + "pattern"))
    for let in [let for let in schema.findall(SCH + "let")] + [let for pattern in patterns for let in pattern.findall(SCH + "let")]:
        etree.SubElement(sheet, xsl("variable"), name=let.get("name"), select=let.get("value"))
    root = etree.SubElement(sheet, xsl("template"), match="/")
    output = etree.SubElement(root, SVRL + "schematron-output")
    for index, pattern in enumerate(patterns):
        etree.SubElement(output, SVRL + "active-pattern", id=pattern.get("id", f"pattern-{index}"))
        etree.SubElement(output, xsl("apply-templates"), select="/", mode=f"p{index}")

    def message(parent, source):
        text = etree.SubElement(parent, SVRL + "text")
        text.text = source.text
        for child in source:
            if child.tag == SCH + "name":
                etree.SubElement(text, xsl("value-of"), select=child.get("path", "name()"))
            elif child.tag == SCH + "value-of":
                etree.SubElement(text, xsl("value-of"), select=child.get("select"))
            text[-1].tail = child.tail

    for index, pattern in enumerate(patterns):
        rules = pattern.findall(SCH + "rule")
        for order, rule in enumerate(rules):
            # The first rule of a pattern that matches a node fires, the others not: priorities in order.
            template = etree.SubElement(sheet, xsl("template"), match=rule.get("context"), mode=f"p{index}",
                                        priority=str(1000 + len(rules) - order))
            etree.SubElement(template, SVRL + "fired-rule", context=rule.get("context"))
            for child in rule:
                if child.tag == SCH + "let":
                    etree.SubElement(template, xsl("variable"), name=child.get("name"), select=child.get("value"))
                elif child.tag in (SCH + "assert", SCH + "report"):
                    test = child.get("test")
                    branch = etree.SubElement(template, xsl("if"), test=f"not({test})" if child.tag == SCH + "assert" else test)
                    kind = "failed-assert" if child.tag == SCH + "assert" else "successful-report"
                    result = etree.SubElement(branch, SVRL + kind, test=test, id=child.get("id", "?"), flag=child.get("flag", "fatal"))
                    location = etree.SubElement(result, xsl("attribute"), name="location")
                    etree.SubElement(location, xsl("value-of"), select=LOCATION)
                    message(result, child)
            etree.SubElement(template, xsl("apply-templates"), select="@*|*", mode=f"p{index}")
        fallback = etree.SubElement(sheet, xsl("template"), match="@*|node()", mode=f"p{index}", priority="-10")
        etree.SubElement(fallback, xsl("apply-templates"), select="@*|*", mode=f"p{index}")
    return etree.tostring(sheet, encoding="unicode")


def check_xrechnung(paths, timings):
    from saxonche import PySaxonProcessor
    documents = check_en16931(paths, timings)
    processor = PySaxonProcessor(license=False)
    compiler = processor.new_xslt30_processor()
    executables = {}
    for entry in documents:
        syntax = entry["kind"]
        if syntax not in XRECHNUNG_SCHEMAS:
            continue
        if syntax not in executables:
            schema = xrechnung_folder() / XRECHNUNG_SCHEMAS[syntax]
            if not schema.is_file():
                fail_to_run(f"no {schema} (set FOLIO_XRECHNUNG to the folder of KoSIT's XRechnung Schematron)")
            start = time.perf_counter()
            executables[syntax] = compiler.compile_stylesheet(stylesheet_text=compile_schematron(schema))
            timings["compileSeconds"]["XRechnung " + syntax] = time.perf_counter() - start
        start = time.perf_counter()
        try:
            svrl = executables[syntax].transform_to_string(source_file=os.path.abspath(entry["file"]))
            problems, fired = svrl_problems(svrl)
            entry["problems"] += problems
            entry["xrechnungRulesFired"] = fired
            if fired == 0:
                entry["problems"].append(problem("fatal", "XR-NO-RULE", "/", "no XRechnung rule applied to this document"))
        except Exception as error:
            entry["problems"].append(problem("fatal", "XR-ERROR", "/", str(error)))
        entry["seconds"] += time.perf_counter() - start
    return documents


# Factur-X PDFs

def xmp_values(xmp_bytes):
    """The fx: and pdfaid: properties of an XMP packet, written as elements or as attributes."""
    from lxml import etree
    values = {}
    names = {FX_NAMESPACE: ["DocumentType", "DocumentFileName", "Version", "ConformanceLevel"],
             PDFAID_NAMESPACE: ["part", "conformance"]}
    keys = {"DocumentType": "documentType", "DocumentFileName": "documentFileName", "Version": "version",
            "ConformanceLevel": "conformanceLevel", "part": "pdfaPart", "conformance": "pdfaConformance"}
    root = etree.fromstring(xmp_bytes, etree.XMLParser(recover=True, resolve_entities=False))
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for namespace, locals_ in names.items():
            for local in locals_:
                qualified = f"{{{namespace}}}{local}"
                if element.tag == qualified and element.text:
                    values[keys[local]] = element.text.strip()
                if element.get(qualified):
                    values[keys[local]] = element.get(qualified).strip()
    return values


def embedded_facturx_filespec(reader):
    catalog = reader.trailer["/Root"]
    for item in catalog.get("/AF", None) or []:
        filespec = item.get_object()
        if str(filespec.get("/UF", filespec.get("/F", ""))) == FACTURX_FILENAME:
            return filespec
    return None


def expected_xml_for(pdf, pairs):
    for given, xml in pairs.items():
        if os.path.realpath(given) == os.path.realpath(pdf):
            return xml
    sibling = os.path.splitext(pdf)[0] + ".xml"
    return sibling if os.path.isfile(sibling) else None


def check_facturx_pdf(path, expected, facturx, package):
    from lxml import etree
    from pypdf import PdfReader
    entry = document(path, "Factur-X PDF")
    entry.update({"embeddedFile": None, "flavor": None, "level": None, "xmp": None, "afRelationship": None,
                  "expectedXML": expected, "matchesExpected": None})
    fatal = lambda identifier, location, text: entry["problems"].append(problem("fatal", identifier, location, text))
    try:
        data = pathlib.Path(path).read_bytes()
        reader = PdfReader(io.BytesIO(data))
        filename, xml_bytes = facturx.get_facturx_xml_from_pdf(data, check_xsd=False)
    except Exception as error:
        fatal("FX-PDF", "/", f"cannot read the PDF: {error}")
        return entry
    if not filename:
        fatal("FX-NO-XML", "/EmbeddedFiles", "no Factur-X XML is embedded")
        return entry
    entry["embeddedFile"] = filename
    if filename != FACTURX_FILENAME:
        fatal("FX-FILENAME", "/EmbeddedFiles", f"the XML is embedded as {filename}, not {FACTURX_FILENAME}")
    xml_root = etree.fromstring(xml_bytes)
    try:
        entry["flavor"] = facturx.get_flavor(xml_root)
        entry["level"] = facturx.get_level(xml_root, entry["flavor"])
    except Exception as error:
        fatal("FX-PROFILE", filename, f"the package cannot tell the flavor and profile: {error}")
    if entry["level"] and (entry["flavor"], entry["level"]) != ("factur-x", "en16931"):
        fatal("FX-PROFILE", filename, f"the profile is {entry['flavor']} {entry['level']}, not factur-x en16931")
    if entry["level"]:
        try:
            facturx.xml_check_xsd(xml_root, flavor=entry["flavor"], level=entry["level"])
        except Exception as error:
            fatal("FX-XSD", filename, str(error))
    if expected:
        try:
            entry["matchesExpected"] = pathlib.Path(expected).read_bytes() == xml_bytes
        except OSError as error:
            entry["matchesExpected"] = False
            fatal("FX-EXPECTED-XML", filename, f"cannot read {expected}: {error}")
        else:
            if not entry["matchesExpected"]:
                fatal("FX-EXPECTED-XML", filename, f"the embedded XML differs from {expected}")
    check_xmp(entry, reader, package, fatal)
    check_attachment(entry, reader, fatal)
    return entry


def check_xmp(entry, reader, package, fatal):
    metadata = reader.trailer["/Root"].get("/Metadata")
    if metadata is None:
        fatal("FX-XMP", "/Metadata", "the catalog has no XMP metadata")
        return
    try:
        xmp = xmp_values(metadata.get_object().get_data())
    except Exception as error:
        fatal("FX-XMP", "/Metadata", f"the XMP cannot be read: {error}")
        return
    entry["xmp"] = xmp
    # The package's own table of XMP conformance levels (EN 16931 for en16931).
    levels = getattr(package, "FACTURX_LEVEL2xmp", {"en16931": "EN 16931"})
    expected = {"documentType": "INVOICE", "documentFileName": FACTURX_FILENAME, "version": "1.0",
                "conformanceLevel": levels.get(entry["level"] or "en16931", "EN 16931"), "pdfaPart": "3"}
    for key, value in expected.items():
        if xmp.get(key) != value:
            fatal("FX-XMP", "/Metadata", f"XMP {key} is {xmp.get(key)!r}, expected {value!r}")
    if xmp.get("pdfaConformance") not in ("A", "B", "U"):
        fatal("FX-XMP", "/Metadata", f"XMP pdfaid:conformance is {xmp.get('pdfaConformance')!r}, expected A, B or U")


def check_attachment(entry, reader, fatal):
    filespec = embedded_facturx_filespec(reader)
    if filespec is None:
        fatal("FX-AF", "/AF", f"the catalog's /AF does not list {FACTURX_FILENAME}")
        return
    relationship = str(filespec.get("/AFRelationship", "")).lstrip("/")
    entry["afRelationship"] = relationship or None
    if relationship != "Alternative":
        fatal("FX-AF", "/AF", f"AFRelationship is {relationship or 'missing'}, expected Alternative (EN 16931 profile)")
    stream = filespec.get("/EF", {}).get("/F")
    subtype = str(stream.get_object().get("/Subtype", "")) if stream is not None else ""
    if subtype not in ("/text/xml", "/text#2Fxml"):
        fatal("FX-MIME", "/AF", f"the embedded file's MIME type is {subtype or 'missing'}, expected text/xml")


def check_facturx(paths, pairs):
    try:
        import facturx
        from facturx import facturx as package
    except ImportError:
        fail_to_run("the PyPI package factur-x is missing (scripts/setup.sh --test-oracles)")
    documents = []
    for path in paths:
        start = time.perf_counter()
        entry = check_facturx_pdf(path, expected_xml_for(path, pairs), facturx, package)
        entry["seconds"] = time.perf_counter() - start
        documents.append(entry)
    return documents


# Output

def short_location(location):
    return re.sub(r"\[namespace-uri\(\)='[^']*'\]", "", location).replace("/*:", "/")


def facturx_summary(entry):
    if entry["embeddedFile"] is None:
        return None
    xmp = entry["xmp"] or {}
    text = (f"{entry['embeddedFile']} ({entry['flavor']}, {entry['level']}); XMP {xmp.get('documentType')} "
            f"{xmp.get('documentFileName')} {xmp.get('version')} {xmp.get('conformanceLevel')}, "
            f"PDF/A-{xmp.get('pdfaPart')}{xmp.get('pdfaConformance') or ''}; AFRelationship {entry['afRelationship']}")
    if entry["expectedXML"]:
        text += f"; {'equal to' if entry['matchesExpected'] else 'differs from'} {entry['expectedXML']}"
    return text


def report(command, documents, timings, as_json):
    fatal = sum(1 for entry in documents for item in entry["problems"] if item["flag"] == "fatal")
    warnings = sum(1 for entry in documents for item in entry["problems"] if item["flag"] != "fatal")
    for entry in documents:
        entry["fatal"] = sum(1 for item in entry["problems"] if item["flag"] == "fatal")
        entry["warnings"] = len(entry["problems"]) - entry["fatal"]
    if as_json:
        print(json.dumps({"command": command, "checked": len(documents), "fatal": fatal, "warnings": warnings,
                          "documents": documents, "timings": timings}, indent=1, ensure_ascii=False))
    else:
        for entry in documents:
            summary = facturx_summary(entry) if command == "facturx" else None
            if summary:
                print(f"{entry['file']}: {summary}")
            for item in entry["problems"]:
                print(f"{entry['file']}: {item['flag']} {item['id']} at {short_location(item['location'])}: {item['text']}")
        print(f"checked {len(documents)} documents: {fatal} fatal, {warnings} warnings")
    return 1 if fatal else 0


def print_timings(documents, timings):
    for kind, seconds in timings["compileSeconds"].items():
        print(f"timing: {kind} XSLT compiled in {seconds * 1000:.0f} ms", file=sys.stderr)
    kinds = sorted({entry["kind"] for entry in documents if "seconds" in entry})
    for kind in kinds:
        times = [entry["seconds"] for entry in documents if entry["kind"] == kind and "seconds" in entry]
        others = f", mean of the others {sum(times[1:]) / (len(times) - 1) * 1000:.1f} ms" if len(times) > 1 else ""
        print(f"timing: {len(times)} {kind} documents checked in {sum(times) * 1000:.0f} ms "
              f"(first {times[0] * 1000:.1f} ms{others})", file=sys.stderr)
    print(f"timing: whole run {timings['totalSeconds'] * 1000:.0f} ms", file=sys.stderr)


def main():
    start = time.perf_counter()
    parser = argparse.ArgumentParser(description="EN 16931 and Factur-X test oracles (see the module docstring)")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text, files in [("en16931", "EN 16931 business rules on CII and UBL files", "FILE"),
                                   ("xrechnung", "EN 16931 and XRechnung rules on CII and UBL files", "FILE"),
                                   ("facturx", "Factur-X PDFs checked with the factur-x package", "PDF")]:
        command = commands.add_parser(name, help=help_text)
        command.add_argument("--json", action="store_true", help="print one JSON object")
        command.add_argument("--timings", action="store_true", help="print compilation and validation times on stderr")
        if name == "facturx":
            command.add_argument("--expect-xml", action="append", default=[], metavar="PDF=XML",
                                 help="the embedded XML must be byte-equal to XML (default: a sibling NAME.xml)")
        command.add_argument("files", nargs="+", metavar=files)
    arguments = parser.parse_args()
    timings = {"compileSeconds": {}}
    if arguments.command == "en16931":
        documents = check_en16931(arguments.files, timings)
    elif arguments.command == "xrechnung":
        documents = check_xrechnung(arguments.files, timings)
    else:
        pairs = {}
        for pair in arguments.expect_xml:
            pdf, separator, xml = pair.partition("=")
            if not separator or not pdf or not xml:
                parser.error(f"--expect-xml wants PDF=XML, not {pair}")
            pairs[pdf] = xml
        documents = check_facturx(arguments.files, pairs)
    timings["totalSeconds"] = time.perf_counter() - start
    if arguments.timings:
        print_timings(documents, timings)
    sys.exit(report(arguments.command, documents, timings, arguments.json))


if __name__ == "__main__":
    main()
