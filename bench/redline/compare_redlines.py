#!/usr/bin/env python3
"""PyPI redlines on the pair of generate.py: its time and what its output shows of the amendments.

Times `Redlines(old, new).output_markdown` in this process (the comparison is made by the
constructor, the Markdown by the property), median of RUNS, then reads the last result against
amendments.json: the <ins>/<del> spans of its Markdown and the characters they mark, its opcodes
(equal, insert, delete, replace: a word diff of the whole text, no article, no move), what became of
the moved article, of each figure changed and each reworded sentence, and how many of its changes
are only renumbering (headings and cross-references) or typography (quotes, reflowed lines).
Needs redlines importable (bench/redline.sh installs it in a venv). Standard library otherwise.
Usage: python3 bench/redline/compare_redlines.py DIR [RUNS]   (DIR holds old.md, new.md, amendments.json)
"""
import importlib.metadata
import json
import pathlib
import re
import statistics
import sys
import time

from redlines import Redlines
from redlines.processor import concatenate_paragraphs_and_add_chr_182, tokenize_text

INS = "<span style='color:green;font-weight:700;'>"
DEL = "<span style='color:red;font-weight:700;text-decoration:line-through;'>"


def tokens(text):
    """The tokens redlines' default processor compares (paragraph marks '¶ ' included)."""
    return tokenize_text(concatenate_paragraphs_and_add_chr_182(text))


def marked(opcodes, side):
    """Token indexes of one side (0: old, 1: new) inside a change."""
    out = set()
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "replace" or (tag == "delete" and side == 0) or (tag == "insert" and side == 1):
            out.update(range(i1, i2) if side == 0 else range(j1, j2))
    return out


def change_at(opcodes, index, side):
    """The opcode whose range on that side holds the token index."""
    for op in opcodes:
        lo, hi = (op[1], op[2]) if side == 0 else (op[3], op[4])
        if op[0] != "equal" and lo <= index < hi:
            return op
    return None


def find_sentence(toks, sentence):
    """Token indexes of sentence in toks, paragraph marks and line breaks ignored; None if absent."""
    words = [t.strip() for t in tokenize_text(sentence)]
    flat = [(i, t.strip()) for i, t in enumerate(toks) if t.strip() != "¶"]
    stripped = [t for _, t in flat]
    n = len(words)
    for start in range(len(stripped) - n + 1):
        if stripped[start:start + n] == words:
            return [flat[start + k][0] for k in range(n)]
    return None


def figure_tokens(sentence, figure, indexes):
    """The token indexes of figure inside a sentence found at indexes."""
    offset = sentence.index(figure)
    pos, out = 0, []
    for k, tok in enumerate(tokenize_text(sentence)):
        if pos < offset + len(figure) and pos + len(tok.rstrip()) > offset:
            out.append(indexes[k])
        pos += len(tok)
    return out


def text_of(toks, lo, hi):
    return "".join(toks[lo:hi])


def kind_of_change(op, old_toks, new_toks):
    """'reflow', 'quotes', 'numbers' or 'substance', for one non-equal opcode."""
    before, after = text_of(old_toks, op[1], op[2]), text_of(new_toks, op[3], op[4])
    squeeze = lambda s: re.sub(r"[\s¶]+", "", s)
    if squeeze(before) == squeeze(after):
        return "reflow"
    straight = lambda s: squeeze(s).translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))
    if straight(before) == straight(after):
        return "quotes"
    numbers = re.compile(r"^[\s¶]*[0-9][0-9.,\s¶]*$")
    if numbers.match(before) and numbers.match(after):
        return "numbers"
    return "substance"


def article_range(toks, number, title):
    """Token range [start, end) of the article `## number. title` up to the next `##` heading."""
    stripped = [t.strip() for t in toks]
    head = ["##", f"{number}."] + title.split()
    for i in range(len(stripped)):
        if stripped[i:i + len(head)] == head:
            end = next((j for j in range(i + 1, len(stripped)) if stripped[j] == "##"), len(stripped))
            return i, end
    raise SystemExit(f"compare_redlines.py: article {number}. {title} not found")


def main():
    if len(sys.argv) not in (2, 3):
        raise SystemExit("usage: python3 bench/redline/compare_redlines.py DIR [RUNS]")
    folder = pathlib.Path(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) == 3 else 5
    old = (folder / "old.md").read_text(encoding="utf-8")
    new = (folder / "new.md").read_text(encoding="utf-8")
    truth = json.loads((folder / "amendments.json").read_text(encoding="utf-8"))

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = Redlines(old, new)
        markdown = result.output_markdown
        times.append((time.perf_counter() - start) * 1000)
    version = importlib.metadata.version("redlines")
    print(f"redlines {version}: Redlines(old, new).output_markdown  median {statistics.median(times):.1f} ms"
          f" of {runs} (min {min(times):.1f}, max {max(times):.1f}), {len(markdown):,} characters of Markdown")

    # What its Markdown marks.
    ins = re.findall(re.escape(INS) + r"(.*?)</span>", markdown, re.S)
    dels = re.findall(re.escape(DEL) + r"(.*?)</span>", markdown, re.S)
    ins_chars, del_chars = sum(len(s) for s in ins), sum(len(s) for s in dels)
    print(f"  spans: {len(ins)} insertions ({ins_chars:,} characters), {len(dels)} deletions ({del_chars:,} characters);"
          f" {ins_chars + del_chars:,} characters marked, against {len(old):,} old and {len(new):,} new")

    opcodes = result.opcodes
    tags = sorted({op[0] for op in opcodes})
    changes = [op for op in opcodes if op[0] != "equal"]
    counts = {tag: sum(op[0] == tag for op in changes) for tag in ("insert", "delete", "replace")}
    print(f"  changes: {len(changes)} ({counts['replace']} replace, {counts['insert']} insert, {counts['delete']} delete);"
          f" opcodes used: {', '.join(tags)}: a word diff of the whole text, no notion of articles or moves")

    old_toks, new_toks = tokens(old), tokens(new)
    kinds = {}
    for op in changes:
        kinds.setdefault(kind_of_change(op, old_toks, new_toks), []).append(op)
    size = lambda ops: sum(len(text_of(old_toks, o[1], o[2])) + len(text_of(new_toks, o[3], o[4])) for o in ops)
    print("  of these changes: " + "; ".join(
        f"{len(kinds.get(k, []))} {label} ({size(kinds.get(k, [])):,} characters)" for k, label in (
            ("numbers", "only numbers (renumbered headings and cross-references)"),
            ("quotes", "only quotes"), ("reflow", "only line breaks (reflowed paragraphs)"),
            ("substance", "with words changed"))))
    print(f"  ground truth: {truth['summary']['renumbered']} articles renumbered, {len(truth['references'])} cross-references"
          f" renumbered, {len(truth['noise']['curlyQuotes'])} clauses with retyped quotes, {len(truth['noise']['reflowed'])} paragraphs reflowed")

    # The moved article: deleted at its old place and inserted again at the new one?
    old_marked, new_marked = marked(opcodes, 0), marked(opcodes, 1)
    for move in truth["moved"]:
        lo, hi = article_range(old_toks, move["old"], move["title"])
        nlo, nhi = article_range(new_toks, move["new"], move["title"])
        share_old = sum(len(old_toks[i]) for i in range(lo, hi) if i in old_marked) / len(text_of(old_toks, lo, hi))
        share_new = sum(len(new_toks[i]) for i in range(nlo, nhi) if i in new_marked) / len(text_of(new_toks, nlo, nhi))
        print(f"  moved article {move['old']} -> {move['new']} ({move['title']}): {share_old:.0%} of its old text marked deleted,"
              f" {share_new:.0%} of its new text marked inserted; nothing links the two")
    for split in truth["split"]:
        second = split["into"][1]
        lo, hi = article_range(new_toks, second["new"], second["title"])
        head = all(i in new_marked for i in range(lo, lo + 3))
        print(f"  split article {split['old']} -> {' + '.join(p['new'] for p in split['into'])}:"
              f" the heading `## {second['new']}. {second['title']}` {'marked inserted' if head else 'not marked'},"
              f" nothing says where its clauses came from")
    for merge in truth["merged"]:
        gone = merge["old"][1], merge["titles"][1]
        lo, hi = article_range(old_toks, *gone)
        head = all(i in old_marked for i in range(lo, lo + 3))
        print(f"  merged articles {' + '.join(merge['old'])} -> {merge['new']}:"
              f" the heading `## {gone[0]}. {gone[1]}` {'marked deleted' if head else 'not marked'},"
              f" nothing says where its clauses went")

    # Each figure changed: struck and replaced in one small change (what a reader sees), or only as
    # part of larger deletions and insertions, or not marked at all.
    print("  figures changed (ground truth) and how redlines shows them:")
    visible = 0
    for fig in truth["figures"]:
        where_old, where_new = find_sentence(old_toks, fig["oldSentence"]), find_sentence(new_toks, fig["newSentence"])
        label = f"    {fig['kind']:8} {fig['old']} -> {fig['new']} ({fig['oldClause']} -> {fig['newClause']}):"
        if where_old is None or where_new is None:
            print(label, "sentence not found")
            continue
        old_figure = figure_tokens(fig["oldSentence"], fig["old"], where_old)
        new_figure = figure_tokens(fig["newSentence"], fig["new"], where_new)
        old_op = change_at(opcodes, next((i for i in old_figure if i in old_marked), old_figure[0]), 0)
        new_op = change_at(opcodes, next((j for j in new_figure if j in new_marked), new_figure[0]), 1)
        if old_op is None or new_op is None:
            print(label, "not marked")
        elif old_op == new_op and len(text_of(old_toks, old_op[1], old_op[2]) + text_of(new_toks, old_op[3], old_op[4])) <= 200:
            visible += 1
            print(label, f"visible: struck and replaced in a change of "
                  f"{len(text_of(old_toks, old_op[1], old_op[2]) + text_of(new_toks, old_op[3], old_op[4]))} characters")
        else:
            print(label, f"not visible as a change: the old figure inside {len(text_of(old_toks, old_op[1], old_op[2])):,}"
                  f" characters deleted, the new one inside {len(text_of(new_toks, new_op[3], new_op[4])):,} characters"
                  f" inserted {'there' if old_op == new_op else 'elsewhere'}")
    print(f"  figures visible: {visible} of {len(truth['figures'])}; none is reported as a figure"
          f" (redlines has no notion of amounts, durations, rates or dates)")

    # Reworded sentences: marked at all?
    shown = 0
    for item in truth["reworded"]:
        where_old, where_new = find_sentence(old_toks, item["old"]), find_sentence(new_toks, item["new"])
        if where_old and where_new and (any(i in old_marked for i in where_old) or any(j in new_marked for j in where_new)):
            shown += 1
    print(f"  reworded sentences marked: {shown} of {len(truth['reworded'])}")


if __name__ == "__main__":
    main()
