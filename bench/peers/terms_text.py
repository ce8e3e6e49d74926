"""The 30-page terms document of the benchmark: the text of folio-bench's terms specimen.

The articles are read from Folio's own source (Sources/FolioSpecimens/SpecimenText.swift), so
every tool sets exactly the words folio-bench sets, in the same order as TermsSpecimen.swift: a
title, an italic version line, the twelve articles repeated and renumbered (15 rounds for about
30 pages), a numbered list after article 4, an English and a German paragraph after the first
round, a cross-reference and a web link in article 1, and a framed acceptance box at the end.

`document()` gives that text as a list of blocks that each peer lays out, with French spacing
(narrow no-break spaces before ; ! ? and inside « », as Folio's FrenchTypography puts them: the
peers do not do it themselves); `folio_markup()` writes the blocks without it in Folio markup, for
`folio terms show`, which applies it (see run.py). Standard library only.
"""
import os
import re

ROUNDS = 17  # about 30 pages as `folio terms show` sets them; folio-bench 1 35 sets the same 17 rounds
TITLE = "Conditions générales de vente"
VERSION_LINE = ("Version 2.1 — en vigueur à compter du 1er janvier 2026. Les articles qui suivent s'appliquent à "
                "toute commande ; voir en particulier l'article 5 sur les retards de paiement.")
LIST_AFTER_ARTICLE_4 = ["acompte de 30 % à la commande ;", "solde à 30 jours de la date de facture ;",
                        "aucun escompte pour paiement anticipé."]
ACCEPTANCE = ("Bon pour accord",
              "Date, nom et qualité du signataire, signature précédée de la mention « lu et approuvé »")
LINK_SENTENCE = [("text", " Les retards de paiement sont traités à "), ("link", "l'article 5", "#article-5"),
                 ("text", " ; le texte intégral est publié sur "),
                 ("link", "https://www.example.com/cgv", "https://www.example.com/cgv"), ("text", ".")]


NNBSP, NBSP = "\u202f", "\u00a0"
_SPACING = [
    (re.compile(r" +([;!?»])"), NNBSP + r"\1"),             # narrow no-break space before ; ! ? »
    (re.compile(r" +:"), NBSP + ":"),                          # no-break space before :
    (re.compile(r"« +"), "«" + NNBSP),                         # and after «
    (re.compile(r"(\d) +([€%])"), r"\1" + NBSP + r"\2"),      # between an amount and its unit
    (re.compile(r"(?<=\d) (?=\d{3}\b)"), NNBSP),               # thousands: 1 234 567,89
    (re.compile(r"\bn° +"), "n°" + NBSP),                      # n° 80-335
]


def french_spacing(text):
    """French typography as Folio's FrenchTypography and NumberSignSpacing apply it before setting text."""
    for pattern, replacement in _SPACING:
        text = pattern.sub(replacement, text)
    return text


def _swift_source(repository):
    path = os.path.join(repository, "Sources", "FolioSpecimens", "SpecimenText.swift")
    with open(path, encoding="utf-8") as file:
        return file.read()


def _strings(text):
    return [match.replace('\\"', '"') for match in re.findall(r'"((?:[^"\\]|\\.)*)"', text)]


def articles(repository):
    """[(title, [paragraphs])] from SpecimenText.frenchArticles, and the English and German paragraphs."""
    source = _swift_source(repository)
    body = source.split("static let frenchArticles", 1)[1].split("static let englishParagraph", 1)[0]
    result = []
    for block in re.findall(r'\(\s*("(?:[^"\\]|\\.)*")\s*,\s*\[(.*?)\]\s*\)', body, flags=re.S):
        title = _strings(block[0])[0]
        result.append((title, _strings(block[1])))
    english = _strings(source.split("static let englishParagraph", 1)[1].split("\n", 1)[0])[0]
    german = _strings(source.split("static let germanParagraph", 1)[1].split("\n", 1)[0])[0]
    if len(result) != 12:
        raise SystemExit(f"terms_text: expected 12 articles in SpecimenText.swift, found {len(result)}")
    return result, english, german


def document(repository, rounds=ROUNDS, spacing=True):
    """The blocks of the terms: ("h1", text), ("h2", text, anchor), ("p", [inline…], lang), ("i", text),
    ("ol", [items]), ("box", title, small text). An inline is ("text", s) or ("link", s, target)."""
    french, english, german = articles(repository)
    blocks = [("h1", TITLE), ("i", VERSION_LINE)]
    number = 0
    for round_index in range(rounds):
        for title, paragraphs in french:
            number += 1
            blocks.append(("h2", f"Article {number} — {title}", f"article-{number}"))
            for index, text in enumerate(paragraphs):
                inlines = [("text", text)]
                if index == 0 and number == 1:
                    inlines += LINK_SENTENCE
                blocks.append(("p", inlines, "fr"))
            if number == 4:
                blocks.append(("ol", LIST_AFTER_ARTICLE_4))
        if round_index == 0:
            blocks.append(("h2", "Translation (for information)", "english"))
            blocks.append(("p", [("text", english)], "en"))
            blocks.append(("p", [("text", german)], "de"))
    blocks.append(("box",) + ACCEPTANCE)
    if not spacing:
        return blocks
    spaced = []
    for block in blocks:
        if block[0] == "p" and block[2] == "fr":
            spaced.append(("p", [(item[0], french_spacing(item[1])) + tuple(item[2:]) for item in block[1]], "fr"))
        elif block[0] in ("h1", "i", "h2"):
            spaced.append((block[0], french_spacing(block[1])) + tuple(block[2:]))
        elif block[0] == "ol":
            spaced.append(("ol", [french_spacing(item) for item in block[1]]))
        elif block[0] == "box":
            spaced.append(("box", block[1], french_spacing(block[2])))
        else:
            spaced.append(block)
    return spaced


def folio_markup(blocks):
    """The same blocks in Folio markup (templates/README.md), for a terms template."""
    out = ["{{! The terms of folio-bench's specimen, generated by bench/peers/terms_text.py for the peer benchmark. }}\n"]
    for block in blocks:
        kind = block[0]
        if kind == "h1":
            out.append(f"# {block[1]}\n\n")
        elif kind == "h2":
            out.append(f"## {block[1]} {{#{block[2]}}}\n\n")
        elif kind == "i":
            out.append(f"*{block[1]}*\n\n")
        elif kind == "p":
            text = "".join(inline[1] if inline[0] == "text" else f"[{inline[1]}]({inline[2]})" for inline in block[1])
            out.append(text + "\n\n")
        elif kind == "ol":
            out.append("".join(f"{index}. {item}\n" for index, item in enumerate(block[1], 1)) + "\n")
        elif kind == "box":
            out.append(f"::: box width=240 align=right min-height=90\n**{block[1]}**\\n*{block[2]}*\n:::\n")
    return "".join(out)


def words(blocks):
    """Every word of the text, for checking what a PDF holds."""
    text = []
    for block in blocks:
        if block[0] in ("h1", "i"):
            text.append(block[1])
        elif block[0] == "h2":
            text.append(block[1])
        elif block[0] == "p":
            text.extend(inline[1] for inline in block[1])
        elif block[0] == "ol":
            text.extend(block[1])
        elif block[0] == "box":
            text.extend(block[1:])
    return " ".join(text).split()
