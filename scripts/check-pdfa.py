#!/usr/bin/env python3
"""Checks the PDF/A-3 structure of PDF files, for Folio's tests.

Usage: scripts/check-pdfa.py FILE...

Not a full PDF/A validator (that would be veraPDF): it checks what Folio's finishing step must get
right, reading the objects through `qpdf --json` (qpdf 11 or later). For each file it prints one line
per problem, `FILE: problem`, or `FILE: PDF/A-3 structure ok`; it exits 1 when any file has a
problem, 0 otherwise.

Checked: the binary comment after the header; exactly one XMP packet, on the catalog, not
compressed, parsed as XML; pdfaid:part 3 and conformance B, U or A; /Info and XMP agreeing (Title,
Author, Subject, Keywords, Creator, Producer, dates); every XMP property outside PDF/A's predefined
schemas described by a pdfaExtension schema (namespace, prefix, name, value type, category); an
/OutputIntents entry /S /GTS_PDFA1 whose DestOutputProfile is an ICC stream with /N 3; the catalog's
/AF listing every embedded file specification, each with /AFRelationship, /F, /UF and an embedded
file stream with /Subtype and /Params /ModDate; a trailer /ID; no /Encrypt; no /JavaScript, /JS,
/AA or /Launch; no transparency group; no /LZWDecode; no image with /Interpolate true; every font
embedded (FontFile, FontFile2 or FontFile3), every CIDFontType2 with a /CIDToGIDMap; every
annotation printable, and with a normal appearance (/AP /N, a stream but for buttons) unless it is a
Popup, a Link or of zero area; no /NeedAppearances true; a /Perms holding only /DocMDP and /UR3;
every signature's /ByteRange [0 a b c] leaving out exactly its hexadecimal /Contents and ending at
the end of a revision (%%EOF) — signed PDFs, our incremental updates and later ones, are checked
as they are.
"""

import datetime
import io
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XML = "http://www.w3.org/XML/1998/namespace"
DC = "http://purl.org/dc/elements/1.1/"
XMP = "http://ns.adobe.com/xap/1.0/"
PDF = "http://ns.adobe.com/pdf/1.3/"
PDFAID = "http://www.aiim.org/pdfa/ns/id/"
PDFA_EXTENSION = "http://www.aiim.org/pdfa/ns/extension/"
PDFA_SCHEMA = "http://www.aiim.org/pdfa/ns/schema#"
PDFA_PROPERTY = "http://www.aiim.org/pdfa/ns/property#"

# The schemas PDF/A predefines (ISO 19005-1 §6.7.2 table 1, and the PDF/A schemas themselves): their
# properties need no extension schema.
PREDEFINED_NAMESPACES = {
    DC, XMP, PDF, PDFAID, PDFA_EXTENSION, PDFA_SCHEMA, PDFA_PROPERTY,
    "http://www.aiim.org/pdfa/ns/type#",
    "http://www.aiim.org/pdfa/ns/field#",
    "http://ns.adobe.com/xap/1.0/rights/",
    "http://ns.adobe.com/xap/1.0/mm/",
    "http://ns.adobe.com/xap/1.0/bj/",
    "http://ns.adobe.com/xap/1.0/t/pg/",
    "http://ns.adobe.com/xmp/1.0/DynamicMedia/",
    "http://ns.adobe.com/xmp/Identifier/qual/1.0/",
    "http://ns.adobe.com/photoshop/1.0/",
    "http://ns.adobe.com/camera-raw-settings/1.0/",
    "http://ns.adobe.com/exif/1.0/",
    "http://ns.adobe.com/exif/1.0/aux/",
    "http://ns.adobe.com/tiff/1.0/",
}

# /Info keys and the XMP properties that must say the same (ISO 19005-3 §6.6.2.3.1).
INFO_TO_XMP = [
    ("/Title", (DC, "title"), "dc:title"),
    ("/Author", (DC, "creator"), "dc:creator"),
    ("/Subject", (DC, "description"), "dc:description"),
    ("/Keywords", (PDF, "Keywords"), "pdf:Keywords"),
    ("/Creator", (XMP, "CreatorTool"), "xmp:CreatorTool"),
    ("/Producer", (PDF, "Producer"), "pdf:Producer"),
    ("/CreationDate", (XMP, "CreateDate"), "xmp:CreateDate"),
    ("/ModDate", (XMP, "ModifyDate"), "xmp:ModifyDate"),
]

AF_RELATIONSHIPS = {"/Source", "/Data", "/Alternative", "/Supplement", "/EncryptedPayload", "/FormData",
                    "/Schema", "/Unspecified"}
REFERENCE = re.compile(r"^(\d+) (\d+) R$")

# Annotation flags (ISO 32000-1 §12.5.3): PDF/A wants Print set, Invisible, Hidden, ToggleNoView and NoView clear.
PRINT_FLAG = 4
FORBIDDEN_FLAGS = 1 | 2 | 32 | 256


class Document:
    """The objects of one PDF as `qpdf --json` gives them, with references resolved on demand."""

    def __init__(self, path):
        self.path = path
        result = subprocess.run(["qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=none", path],
                                capture_output=True)
        # qpdf exits 3 for warnings (the JSON is still complete), 2 for errors.
        if result.returncode not in (0, 3) or not result.stdout:
            raise ValueError("qpdf cannot read it: " + result.stderr.decode("utf-8", "replace").strip())
        objects = json.loads(result.stdout)["qpdf"][1]
        self.trailer = objects.pop("trailer", {}).get("value", {})
        self.objects = {key[len("obj:"):]: value for key, value in objects.items()}

    def entry(self, value):
        """The object a reference names (its value, or its stream's dictionary), else the value itself."""
        for _ in range(32):
            if not (isinstance(value, str) and REFERENCE.match(value)):
                return value
            entry = self.objects.get(value)
            if entry is None:
                return None
            value = entry["stream"]["dict"] if "stream" in entry else entry.get("value")
        return None

    def is_stream(self, value):
        return isinstance(value, str) and "stream" in self.objects.get(value, {})

    def stream_data(self, reference):
        number = REFERENCE.match(reference).group(1)
        result = subprocess.run(["qpdf", "--show-object=" + number, "--filtered-stream-data", self.path],
                                capture_output=True)
        return result.stdout

    def every_dictionary(self):
        """(reference, dictionary) for every dictionary anywhere in the file, nested ones included, in
        the order of the objects' numbers."""
        def number(reference):
            match = REFERENCE.match(reference)
            return (int(match.group(1)), int(match.group(2))) if match else (0, 0)

        for reference in sorted(self.objects, key=number):
            entry = self.objects[reference]
            pending = [entry["stream"]["dict"] if "stream" in entry else entry.get("value")]
            while pending:
                value = pending.pop()
                if isinstance(value, dict):
                    yield reference, value
                    pending.extend(reversed(list(value.values())))
                elif isinstance(value, list):
                    pending.extend(reversed(value))


def text(value):
    """The text of a string as qpdf's JSON writes it: `u:` text, `b:` hexadecimal bytes."""
    if not isinstance(value, str):
        return None
    if value.startswith("u:"):
        return value[2:]
    if value.startswith("b:"):
        raw = bytes.fromhex(value[2:])
        if raw.startswith(b"\xfe\xff"):
            return raw[2:].decode("utf-16-be", "replace")
        return raw.decode("latin-1")
    return None


def pdf_date(value):
    """A PDF date (D:YYYYMMDDHHmmSS and an offset Z, +HH'mm' or -HH'mm') as a UTC datetime, else None."""
    match = re.fullmatch(r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}?'?)?(?:00'00'?)?", value or "")
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    moment = datetime.datetime(int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0),
                               int(second or 0), tzinfo=datetime.timezone.utc)
    if zone and zone[0] in "+-":
        digits = re.findall(r"\d{2}", zone)
        offset = datetime.timedelta(hours=int(digits[0]), minutes=int(digits[1]) if len(digits) > 1 else 0)
        moment -= offset if zone[0] == "+" else -offset
    return moment


def xmp_date(value):
    """An XMP date (ISO 8601) as a UTC datetime, else None."""
    try:
        moment = datetime.datetime.fromisoformat((value or "").replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return moment.astimezone(datetime.timezone.utc)


def xmp_value(element):
    """A property's value: its text, the x-default (or first) item of an Alt, the items of a Seq or Bag."""
    for container in ("Alt", "Seq", "Bag"):
        found = element.find("{%s}%s" % (RDF, container))
        if found is not None:
            items = found.findall("{%s}li" % RDF)
            if container == "Alt":
                default = [item for item in items if item.get("{%s}lang" % XML) == "x-default"]
                chosen = default or items
                return chosen[0].text if chosen else None
            return [item.text or "" for item in items]
    return element.text


def xmp_properties(root):
    """{(namespace, name): element or attribute text} of every top-level property of the packet."""
    properties = {}
    descriptions = [description for rdf in root.iter("{%s}RDF" % RDF)
                    for description in rdf.findall("{%s}Description" % RDF)]
    for description in descriptions:
        for name, value in description.attrib.items():
            if name.startswith("{") and not name.startswith("{%s}" % RDF):
                namespace, local = name[1:].split("}")
                properties[(namespace, local)] = value
        for child in description:
            if child.tag.startswith("{"):
                namespace, local = child.tag[1:].split("}")
                properties[(namespace, local)] = child
    return properties


def schema_fields(item):
    """The child fields of an rdf:li of parseType Resource (or holding one rdf:Description)."""
    inner = item.find("{%s}Description" % RDF)
    return inner if inner is not None else item


def check_extension_schemas(properties, prefixes, problems):
    described = {}
    container = properties.get((PDFA_EXTENSION, "schemas"))
    if container is not None and not isinstance(container, str):
        for item in container.iter("{%s}li" % RDF):
            fields = schema_fields(item)
            namespace = fields.findtext("{%s}namespaceURI" % PDFA_SCHEMA)
            if namespace is None:
                continue  # a property description, reached through iter()
            prefix = fields.findtext("{%s}prefix" % PDFA_SCHEMA)
            if not fields.findtext("{%s}schema" % PDFA_SCHEMA):
                problems.append("the extension schema %s has no pdfaSchema:schema name" % namespace)
            if not prefix:
                problems.append("the extension schema %s has no pdfaSchema:prefix" % namespace)
            elif prefix not in prefixes.get(namespace, {prefix}):
                problems.append("the extension schema %s declares the prefix %s but the metadata uses %s"
                                % (namespace, prefix, ", ".join(sorted(prefixes[namespace]))))
            names = described.setdefault(namespace, set())
            sequence = fields.find("{%s}property/{%s}Seq" % (PDFA_SCHEMA, RDF))
            for property_item in (sequence.findall("{%s}li" % RDF) if sequence is not None else []):
                property_fields = schema_fields(property_item)
                name = property_fields.findtext("{%s}name" % PDFA_PROPERTY)
                value_type = property_fields.findtext("{%s}valueType" % PDFA_PROPERTY)
                category = property_fields.findtext("{%s}category" % PDFA_PROPERTY)
                if not name or not value_type or category not in ("internal", "external") \
                        or property_fields.find("{%s}description" % PDFA_PROPERTY) is None:
                    problems.append("the extension schema %s describes a property without name, valueType, "
                                    "category (internal or external) or description" % namespace)
                if name:
                    names.add(name)
    for namespace, name in sorted(properties):
        if namespace in PREDEFINED_NAMESPACES:
            continue
        if name not in described.get(namespace, set()):
            prefix = "/".join(sorted(prefixes.get(namespace, {namespace})))
            problems.append("the XMP property %s:%s is not described by a pdfaExtension schema" % (prefix, name))


def check_metadata(document, catalog, problems):
    """The XMP packet and its agreement with /Info; returns nothing, appends problems."""
    reference = catalog.get("/Metadata")
    if reference is None:
        problems.append("the catalog has no /Metadata (no XMP metadata)")
        return
    if not document.is_stream(reference):
        problems.append("the catalog's /Metadata is not a stream")
        return
    dictionary = document.entry(reference)
    if dictionary.get("/Type") != "/Metadata" or dictionary.get("/Subtype") != "/XML":
        problems.append("the XMP stream is not /Type /Metadata /Subtype /XML")
    if "/Filter" in dictionary:
        problems.append("the XMP stream is compressed (/Filter): PDF/A wants it readable as it is")
    data = document.stream_data(reference)
    if data.count(b"<?xpacket begin=") != 1 or data.count(b"<?xpacket end=") != 1:
        problems.append("the XMP stream does not hold exactly one XMP packet")
    prefixes = {}
    try:
        root = ElementTree.fromstring(data)
        for _, (prefix, namespace) in ElementTree.iterparse(io.BytesIO(data), events=["start-ns"]):
            prefixes.setdefault(namespace, set()).add(prefix)
    except ElementTree.ParseError as error:
        problems.append("the XMP packet is not well-formed XML: %s" % error)
        return
    properties = xmp_properties(root)

    def value(key):
        found = properties.get(key)
        return found if isinstance(found, str) or found is None else xmp_value(found)

    part, conformance = value((PDFAID, "part")), value((PDFAID, "conformance"))
    if part != "3":
        problems.append("pdfaid:part is %s, not 3" % (part or "missing"))
    if conformance not in ("B", "U", "A"):
        problems.append("pdfaid:conformance is %s, not B, U or A" % (conformance or "missing"))

    information = document.entry(document.trailer.get("/Info")) or {}
    for key, property_key, property_name in INFO_TO_XMP:
        if key not in information:
            continue
        info_text = text(document.entry(information[key]))
        xmp_text = value(property_key)
        if isinstance(xmp_text, list):
            xmp_text = xmp_text[0] if len(xmp_text) == 1 else None
        if xmp_text is None:
            problems.append("/Info %s has no matching XMP %s" % (key, property_name))
        elif key.endswith("Date"):
            if pdf_date(info_text) is None or pdf_date(info_text) != xmp_date(xmp_text):
                problems.append("/Info %s (%s) differs from XMP %s (%s)" % (key, info_text, property_name, xmp_text))
        elif info_text != xmp_text:
            problems.append("/Info %s « %s » differs from XMP %s « %s »" % (key, info_text, property_name, xmp_text))
    check_extension_schemas(properties, prefixes, problems)


def check_output_intent(document, catalog, problems):
    intents = [document.entry(intent) for intent in (document.entry(catalog.get("/OutputIntents")) or [])]
    pdfa = [intent for intent in intents if isinstance(intent, dict) and intent.get("/S") == "/GTS_PDFA1"]
    if not pdfa:
        problems.append("the catalog has no /OutputIntents entry with /S /GTS_PDFA1")
        return
    profiles = {intent.get("/DestOutputProfile") for intent in pdfa}
    if len(profiles) != 1:
        problems.append("the /GTS_PDFA1 output intents do not share one DestOutputProfile")
    for profile in profiles:
        if not document.is_stream(profile):
            problems.append("the output intent's DestOutputProfile is not an ICC stream")
        elif document.entry(profile).get("/N") != 3:
            problems.append("the output intent's ICC profile does not have /N 3 (RGB)")


def name_tree_leaves(document, node, seen):
    """The (key, value) pairs of a name tree, each node visited once even if the tree loops."""
    if isinstance(node, str):
        if node in seen:
            return []
        seen.add(node)
    node_dictionary = document.entry(node)
    if not isinstance(node_dictionary, dict):
        return []
    names = document.entry(node_dictionary.get("/Names")) or []
    leaves = list(zip(names[0::2], names[1::2]))
    for kid in document.entry(node_dictionary.get("/Kids")) or []:
        leaves += name_tree_leaves(document, kid, seen)
    return leaves


def check_attachments(document, catalog, problems):
    names = document.entry(catalog.get("/Names")) or {}
    leaves = name_tree_leaves(document, names.get("/EmbeddedFiles"), set()) if isinstance(names, dict) else []
    associated = document.entry(catalog.get("/AF")) or []
    every_associated = set(associated)
    for _, dictionary in document.every_dictionary():
        every_associated.update(item for item in (document.entry(dictionary.get("/AF")) or [])
                                if isinstance(item, str))
    specifications = [(text(key), specification) for key, specification in leaves]
    specifications += [(None, reference) for reference, dictionary in document.every_dictionary()
                       if dictionary.get("/Type") == "/Filespec" and "/EF" in dictionary
                       and reference not in [spec for _, spec in specifications]]
    for key, reference in specifications:
        label = key or reference
        specification = document.entry(reference)
        if not isinstance(specification, dict):
            problems.append("the embedded file %s has no file specification dictionary" % label)
            continue
        if key is not None and reference not in associated:
            problems.append("the catalog's /AF does not list the embedded file %s" % label)
        elif key is None and reference not in every_associated:
            problems.append("no /AF lists the file specification %s" % label)
        if specification.get("/AFRelationship") not in AF_RELATIONSHIPS:
            problems.append("the file specification of %s has no valid /AFRelationship" % label)
        for field in ("/F", "/UF"):
            if field not in specification:
                problems.append("the file specification of %s has no %s" % (label, field))
        streams = document.entry(specification.get("/EF")) or {}
        stream = streams.get("/F") or streams.get("/UF")
        if not document.is_stream(stream):
            problems.append("the file specification of %s has no embedded file stream" % label)
            continue
        dictionary = document.entry(stream)
        if "/Subtype" not in dictionary:
            problems.append("the embedded file stream of %s has no /Subtype (MIME type)" % label)
        if "/ModDate" not in (document.entry(dictionary.get("/Params")) or {}):
            problems.append("the embedded file stream of %s has no /Params /ModDate" % label)


def check_objects(document, problems):
    """What no object may hold: actions, scripts, transparency groups, LZW; and what fonts and annotations need."""
    for reference, dictionary in document.every_dictionary():
        where = "object " + reference
        for key in ("/JavaScript", "/JS", "/AA"):
            if key in dictionary:
                problems.append("%s holds %s" % (where, key))
        if dictionary.get("/S") in ("/JavaScript", "/Launch"):
            problems.append("%s is a %s action" % (where, dictionary["/S"]))
        group = document.entry(dictionary.get("/Group"))
        if isinstance(group, dict) and group.get("/S") == "/Transparency":
            problems.append("%s has a transparency group (/Group /S /Transparency)" % where)
        if dictionary.get("/Subtype") == "/Image" and dictionary.get("/Interpolate") is True:
            problems.append("%s: the image asks for interpolation (/Interpolate true)" % where)
        filters = document.entry(dictionary.get("/Filter"))
        if "/LZWDecode" in (filters if isinstance(filters, list) else [filters]):
            problems.append("%s uses /LZWDecode" % where)
        if dictionary.get("/Type") == "/Font" and dictionary.get("/Subtype") not in ("/Type0", "/Type3"):
            descriptor = document.entry(dictionary.get("/FontDescriptor")) or {}
            if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                problems.append("%s: the font %s is not embedded" % (where, dictionary.get("/BaseFont", "")))
            if dictionary.get("/Subtype") == "/CIDFontType2" and "/CIDToGIDMap" not in dictionary:
                problems.append("%s: the font %s has no /CIDToGIDMap" % (where, dictionary.get("/BaseFont", "")))
        if is_annotation(dictionary) and dictionary.get("/Subtype") != "/Popup":
            flags = dictionary.get("/F", 0)
            if not isinstance(flags, int) or not flags & PRINT_FLAG or flags & FORBIDDEN_FLAGS:
                problems.append("%s: the annotation is not printable (flags /F %s)" % (where, flags))
            check_appearance(document, dictionary, where, problems)


def is_annotation(dictionary):
    """An annotation dictionary: /Type /Annot, or a widget (whose /Type is optional) with its /Rect."""
    return dictionary.get("/Type") == "/Annot" or (dictionary.get("/Subtype") == "/Widget" and "/Rect" in dictionary)


def field_type(document, dictionary):
    """A field's (or its widget's) /FT, inherited through /Parent."""
    for _ in range(32):
        if not isinstance(dictionary, dict):
            return None
        if "/FT" in dictionary:
            return dictionary["/FT"]
        dictionary = document.entry(dictionary.get("/Parent"))
    return None


def check_appearance(document, annotation, where, problems):
    """ISO 19005-3 §6.3.3: an annotation other than Popup and Link, of non-zero area, has /AP with /N: a
    stream, or for a button widget a dictionary of appearance states."""
    if annotation.get("/Subtype") in ("/Popup", "/Link"):
        return
    rect = document.entry(annotation.get("/Rect")) or []
    if len(rect) == 4 and all(isinstance(value, (int, float)) for value in rect) \
            and rect[0] == rect[2] and rect[1] == rect[3]:
        return
    appearance = document.entry(annotation.get("/AP"))
    normal = appearance.get("/N") if isinstance(appearance, dict) else None
    if normal is None:
        problems.append("%s: the annotation has no normal appearance (/AP /N)" % where)
    elif field_type(document, annotation) != "/Btn" and not document.is_stream(normal):
        problems.append("%s: the annotation's normal appearance (/AP /N) is not a stream" % where)


def check_forms(document, catalog, problems):
    """The interactive form and permissions PDF/A allows (ISO 19005-3 §6.4.1, §6.4.2)."""
    form = document.entry(catalog.get("/AcroForm"))
    if isinstance(form, dict) and form.get("/NeedAppearances") is True:
        problems.append("the interactive form asks viewers to redraw fields (/NeedAppearances true)")
    permissions = document.entry(catalog.get("/Perms"))
    if isinstance(permissions, dict):
        for key in sorted(set(permissions) - {"/DocMDP", "/UR3"}):
            problems.append("the catalog's /Perms holds %s, not only /DocMDP and /UR3" % key)


def check_signatures(document, raw, problems):
    """Each signature's /ByteRange is [0 a b c], its gap exactly the hexadecimal /Contents string, its end
    the end of a revision (ISO 19005-3 §6.4.3, ISO 32000-1 §12.8.1)."""
    for reference, dictionary in document.every_dictionary():
        if dictionary.get("/Type") not in ("/Sig", "/DocTimeStamp") or "/ByteRange" not in dictionary:
            continue
        ranges = document.entry(dictionary["/ByteRange"])
        well_formed = isinstance(ranges, list) and len(ranges) == 4 \
            and all(isinstance(value, int) and value >= 0 for value in ranges) and ranges[0] == 0
        if well_formed:
            start, end, covered = ranges[1], ranges[2], ranges[2] + ranges[3]
            gap = raw[start:end]
            well_formed = start < end <= covered <= len(raw) and gap[:1] == b"<" and gap[-1:] == b">" \
                and re.fullmatch(rb"[0-9A-Fa-f\s]*", gap[1:-1]) is not None \
                and raw[:covered].rstrip(b"\r\n").endswith(b"%%EOF")
        if not well_formed:
            problems.append("object %s: the signature's /ByteRange %s does not leave out exactly its hexadecimal "
                            "/Contents, or does not end at a revision's %%%%EOF" % (reference, ranges))


def check(path):
    """The problems of one file, as sentences."""
    problems = []
    with open(path, "rb") as file:
        head = file.read(64)
    lines = head.split(b"\n")
    if not head.startswith(b"%PDF-"):
        return ["not a PDF"]
    if len(lines) < 2 or not lines[1].startswith(b"%") or sum(byte > 127 for byte in lines[1][1:5]) < 4:
        problems.append("the header is not followed by a comment of four bytes above 127")
    try:
        document = Document(path)
    except ValueError as error:
        return problems + [str(error)]
    if "/Encrypt" in document.trailer:
        problems.append("the file is encrypted")
    identifier = document.trailer.get("/ID")
    if not isinstance(identifier, list) or len(identifier) != 2:
        problems.append("the trailer has no /ID")
    catalog = document.entry(document.trailer.get("/Root"))
    if not isinstance(catalog, dict):
        return problems + ["the trailer names no catalog"]
    check_metadata(document, catalog, problems)
    check_output_intent(document, catalog, problems)
    check_attachments(document, catalog, problems)
    check_objects(document, problems)
    check_forms(document, catalog, problems)
    with open(path, "rb") as file:
        check_signatures(document, file.read(), problems)
    return problems


def main(paths):
    if not paths:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    failed = False
    for path in paths:
        try:
            problems = check(path)
        except OSError as error:
            problems = ["cannot be read: %s" % error.strerror]
        for problem in problems:
            print("%s: %s" % (path, problem))
        if problems:
            failed = True
        else:
            print("%s: PDF/A-3 structure ok" % path)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
