#!/usr/bin/env python3
"""Runs the peer benchmark: Folio against Typst, WeasyPrint and ReportLab, in one run on one machine.

Started by bench/peers.sh (which makes the virtual environment this runs in). Measures:
  batch    B invoices (20 lines, data changing per document) in one process: ms per document, docs/s
  cold     one invoice from process start to PDF, median of R runs
  scaling  1, 10, 100, 1,000 (and 10,000) invoices in one process: wall time and peak memory
  terms    the 30-page justified terms document (folio-bench's specimen text), median of R runs,
           each in a fresh process; and its in-process time
  ledger   Folio issuing B invoices into a fresh ledger: one process, one process with --jobs 2, two processes at once
and writes OUT/results.csv, OUT/chart.png and the table on stdout. Peak memory is /usr/bin/time's
maximum resident set size of the process.
"""
import argparse
import collections
import contextlib
import csv
import datetime
import importlib.metadata
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import gen_data  # noqa: E402
import terms_text  # noqa: E402

PEERS = {"typst": "typst_peer.py", "weasyprint": "weasyprint_peer.py", "reportlab": "reportlab_peer.py"}
TOOLS = ["folio"] + list(PEERS)
COLOURS = {"folio": "#1f4f78", "typst": "#239dad", "weasyprint": "#e07b39", "reportlab": "#7a9a3a"}
PROFILE = os.path.join(REPOSITORY, "examples", "company", "profile.yaml")


FOOTER = re.compile(r"^\s*(Conditions générales de vente|Facture \(brouillon\))?\s*(page \d+ / \d+)?\s*$", re.M)


def pdf_words(path):
    """The words of a PDF, normalised so that only wording counts: line-end hyphens joined, hyphens and
    soft hyphens dropped, every kind of space one, apostrophes straight, running footers left out."""
    text = subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True).stdout
    text = re.sub(r"[-\u2010\u00ad]\n", "", text).replace("\u2019", "'")
    text = FOOTER.sub("", text)
    return [word.replace("-", "").replace("\u2010", "").replace("\u00ad", "")
            for word in re.split(r"[\s\u00a0\u202f\u2009\f]+", text) if word]


def same_words(reference, other):
    """The share of the reference PDF's words that the other PDF has (as a multiset), in percent."""
    expected, found = collections.Counter(pdf_words(reference)), collections.Counter(pdf_words(other))
    total = sum(expected.values())
    return round(100 * sum((expected & found).values()) / total, 2) if total else None


def log(message):
    print(message, file=sys.stderr, flush=True)


class Runner:
    def __init__(self, arguments):
        self.a = arguments
        self.out = os.path.abspath(arguments.out)
        self.work = os.path.join(self.out, "work")
        self.folio = os.path.abspath(arguments.folio)
        self.folio_bench = os.path.abspath(arguments.folio_bench)
        self.rows = []
        self.samples = os.path.join(self.out, "samples")

    # --- running and measuring -------------------------------------------------------------

    def timed(self, command, cwd=None, env=None):
        """Runs command under /usr/bin/time: (wall seconds, peak resident MB, stdout)."""
        with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
            start = time.perf_counter()
            result = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report.name] + command, cwd=cwd, env=env,
                                    capture_output=True, text=True)
            wall = time.perf_counter() - start
            if result.returncode != 0:
                raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-3000:]}")
            rss_kb = int(report.read().strip().splitlines()[-1])
        return wall, rss_kb / 1024, result.stdout

    def started(self, command, cwd=None):
        report = tempfile.NamedTemporaryFile("r", suffix=".time", delete=False)
        process = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", report.name] + command, cwd=cwd,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        return process, report.name

    def peer(self, tool, *arguments):
        return [sys.executable, os.path.join(HERE, PEERS[tool]), *arguments]

    def add(self, task, tool, variant="", docs=1, runs=1, wall=None, ms=None, in_process=None, rss=None,
            pdf_bytes=None, pages=None, reference=False, note="", sample=None):
        self.rows.append(dict(task=task, tool=tool, variant=variant, docs=docs, runs=runs,
                              wall_s=None if wall is None else round(wall, 4), ms_per_doc=None if ms is None else round(ms, 3),
                              in_process_ms=None if in_process is None else round(in_process, 3),
                              docs_per_s=None if not ms else round(1000 / ms, 2),
                              peak_rss_mb=None if rss is None else round(rss, 1), pdf_bytes=pdf_bytes, pages=pages,
                              reference=reference, note=note, sample=sample, same_text=None))

    @staticmethod
    def pages(path):
        result = subprocess.run(["pdfinfo", path], capture_output=True, text=True)
        match = re.search(r"^Pages:\s+(\d+)", result.stdout, re.M)
        return int(match.group(1)) if match else None

    def pdf_stats(self, directory, expected, keep_as=None):
        files = sorted(os.path.join(directory, name) for name in os.listdir(directory) if name.endswith(".pdf"))
        if len(files) != expected:
            raise SystemExit(f"{directory}: {len(files)} PDFs written, {expected} expected")
        sizes = [os.path.getsize(path) for path in files]
        if keep_as:
            shutil.copy(files[0], os.path.join(self.samples, keep_as))
        return round(statistics.mean(sizes)), self.pages(files[0])

    # --- inputs ------------------------------------------------------------------------------

    def prepare(self):
        os.makedirs(self.samples, exist_ok=True)
        shutil.rmtree(self.work, ignore_errors=True)
        os.makedirs(self.work)
        counts = sorted(set(self.a.scaling) | {self.a.batch})
        data = os.path.join(self.out, "data")
        stamp = os.path.join(data, "stamp.json")
        wanted = {"count": max(counts), "seed": self.a.seed, "generator": os.path.getmtime(os.path.join(HERE, "gen_data.py"))}
        if not (os.path.exists(stamp) and json.load(open(stamp)) == wanted):
            log(f"writing {max(counts)} orders (YAML for Folio, JSON for the peers) into {data}")
            shutil.rmtree(data, ignore_errors=True)
            gen_data.write(data, max(counts), self.a.seed)
            json.dump(wanted, open(stamp, "w"))
        with contextlib.redirect_stdout(sys.stderr):
            checked = gen_data.check(data, self.folio, 5)
        if not checked:
            raise SystemExit("the peers' totals differ from folio totals")
        # One folder per batch size, of links to the first N orders: document i is the same in every set.
        self.sets = {}
        for count in counts:
            folder = os.path.join(self.work, "sets", str(count))
            for kind, extension in (("orders", ".yaml"), ("json", ".json")):
                os.makedirs(os.path.join(folder, kind))
                for index in range(count):
                    name = f"inv-{index + 1:05d}{extension}"
                    os.symlink(os.path.join(data, kind, name), os.path.join(folder, kind, name))
            self.sets[count] = folder
        self.data = data
        # Issuing refuses dates going backwards within a series: the ledger's orders share one date.
        ledger_data = os.path.join(self.work, "ledger-data")
        gen_data.write(ledger_data, self.a.batch, self.a.seed, fixed_date="2026-11-20")
        names = sorted(os.listdir(os.path.join(ledger_data, "orders")))
        for half, chosen in (("a", names[: len(names) // 2]), ("b", names[len(names) // 2:])):
            os.makedirs(os.path.join(ledger_data, half))
            for name in chosen:
                os.symlink(os.path.join(ledger_data, "orders", name), os.path.join(ledger_data, half, name))
        self.ledger_data = ledger_data
        # Folio's side of the terms: the same text as a terms template, in a copy of Folio's resources.
        resources = os.path.join(self.work, "resources")
        for name in ("fonts", "hyphenation", "rates", "color", "examples"):
            os.makedirs(resources, exist_ok=True)
            os.symlink(os.path.join(REPOSITORY, name), os.path.join(resources, name))
        templates = os.path.join(resources, "templates")
        os.makedirs(os.path.join(templates, "terms"))
        for name in os.listdir(os.path.join(REPOSITORY, "templates")):
            if name != "terms":
                os.symlink(os.path.join(REPOSITORY, "templates", name), os.path.join(templates, name))
        for name in os.listdir(os.path.join(REPOSITORY, "templates", "terms")):
            os.symlink(os.path.join(REPOSITORY, "templates", "terms", name), os.path.join(templates, "terms", name))
        version = os.path.join(templates, "terms", "bench-specimen", "2026-01-01")
        os.makedirs(version)
        with open(os.path.join(version, "fr.folio"), "w", encoding="utf-8") as file:
            file.write(terms_text.folio_markup(terms_text.document(REPOSITORY, spacing=False)))
        with open(os.path.join(version, "version.yaml"), "w") as file:
            file.write("audience: business\n")
        self.resources = resources

    # --- measurements ---------------------------------------------------------------------------

    def batch(self, tool, count, variant="", keep=False):
        """One process renders `count` invoices; returns (wall, rss, bytes, pages, in-loop median ms)."""
        folder = self.sets[count]
        work = os.path.join(self.work, f"{tool}{variant}-{count}")
        os.makedirs(work)
        median = None
        if tool == "folio":
            jobs = "2" if variant == "-jobs2" else "1"
            inputs = os.path.join(folder, "json" if variant == "-json" else "orders")
            wall, rss, _ = self.timed([self.folio, "invoice", inputs, "--draft", "--jobs", jobs, "--company", PROFILE],
                                      cwd=work)
            written = os.path.join(work, "out")
        else:
            written = os.path.join(work, "pdf")
            wall, rss, stdout = self.timed(self.peer(tool, "batch", os.path.join(folder, "json"), written))
            median = json.loads(stdout.strip().splitlines()[-1])["median_ms"]
        size, pages = self.pdf_stats(written, count, keep_as=f"{tool}{variant}-invoice.pdf" if keep else None)
        shutil.rmtree(work)
        return wall, rss, size, pages, median

    def run_batches(self):
        count = self.a.batch
        for tool in self.a.tools:
            variants = [""] + (["-jobs2", "-json"] if tool == "folio" else [])
            for variant in variants:
                log(f"batch: {tool}{variant}, {count} invoices in one process")
                wall, rss, size, pages, median = self.batch(tool, count, variant, keep=True)
                label = {"": "--jobs 1" if tool == "folio" else "in process", "-jobs2": "--jobs 2 (both cores)",
                         "-json": "--jobs 1, JSON orders"}[variant]
                self.add("batch", tool, label, docs=count, wall=wall, ms=wall * 1000 / count, in_process=median, rss=rss,
                         pdf_bytes=size, pages=pages, reference=(tool == "folio" and not variant),
                         note="wall time of the process / documents",
                         sample=os.path.join(self.samples, f"{tool}{variant}-invoice.pdf"))
                if not variant and count in self.a.scaling:
                    self.add("scaling", tool, "", docs=count, wall=wall, ms=wall * 1000 / count, in_process=median,
                             rss=rss, pdf_bytes=size, pages=pages, reference=tool == "folio")
            if tool == "folio":
                self.folio_bench_pipeline(count)
            for n in sorted(set(self.a.scaling) - {count}):
                log(f"scaling: {tool}, {n} invoices in one process")
                wall, rss, size, pages, median = self.batch(tool, n)
                self.add("scaling", tool, "", docs=n, wall=wall, ms=wall * 1000 / n, in_process=median, rss=rss,
                         pdf_bytes=size, pages=pages, reference=tool == "folio")

    def run_cold(self):
        runs = self.a.cold_runs
        for tool in self.a.tools:
            log(f"cold: {tool}, one invoice per process, {runs} runs (after one warm-up run)")
            walls, rsss = [], []
            for run in range(runs + 1):
                order = f"inv-{run + 1:05d}"
                output = os.path.join(self.work, f"cold-{tool}.pdf")
                if tool == "folio":
                    wall, rss, _ = self.timed([self.folio, "invoice", os.path.join(self.data, "orders", order + ".yaml"),
                                               "--draft", "--company", PROFILE, "--output", output], cwd=self.work)
                else:
                    wall, rss, _ = self.timed(self.peer(tool, "one", os.path.join(self.data, "json", order + ".json"), output))
                if run:
                    walls.append(wall)
                    rsss.append(rss)
            self.add("cold", tool, "process start to PDF", docs=1, runs=runs, wall=statistics.median(walls),
                     ms=statistics.median(walls) * 1000, rss=max(rsss), pdf_bytes=os.path.getsize(output),
                     pages=self.pages(output), reference=tool == "folio", note="median of runs", sample=output)

    def run_terms(self):
        runs = self.a.terms_runs
        for tool in self.a.tools:
            log(f"terms: {tool}, the 30-page terms, {runs} runs each in a fresh process")
            output = os.path.join(self.samples, f"{tool}-terms.pdf")
            walls, inner, rsss = [], [], []
            for _ in range(runs):
                if tool == "folio":
                    env = dict(os.environ, FOLIO_RESOURCES=self.resources)
                    wall, rss, _ = self.timed([self.folio, "terms", "show", "terms/bench-specimen", "--at", "2026-11-22",
                                               "--lang", "fr", "--company", PROFILE, "--output", output],
                                              cwd=self.work, env=env)
                else:
                    wall, rss, stdout = self.timed(self.peer(tool, "terms", output, "--runs", "1"))
                    inner.append(json.loads(stdout.strip().splitlines()[-1])["median_ms"])
                walls.append(wall)
                rsss.append(rss)
            size, pages = os.path.getsize(output), self.pages(output)
            self.add("terms", tool, "process start to PDF", docs=1, runs=runs, wall=statistics.median(walls),
                     ms=statistics.median(walls) * 1000, rss=max(rsss), pdf_bytes=size, pages=pages,
                     reference=tool == "folio", note="median of runs", sample=output)
            if tool == "folio":
                self.folio_bench_terms()
            else:
                self.add("terms-in-process", tool, "render only", docs=1, runs=runs, ms=statistics.median(inner),
                         in_process=statistics.median(inner), pdf_bytes=size, pages=pages,
                         note="median of runs, each the first render of its process")

    def folio_bench_pipeline(self, count):
        """folio-bench pipeline: the same orders, bytes to PDF bytes in process, and the Cairo and zlib floor."""
        if not os.access(self.folio_bench, os.X_OK):
            log(f"no {self.folio_bench}: Folio's in-process pipeline and its floor are left out")
            return
        log(f"batch: folio-bench pipeline, {count} invoices in process, 2 rounds after a warm-up")
        _wall, rss, stdout = self.timed([self.folio_bench, "pipeline", os.path.join(self.sets[count], "orders"), "2"],
                                        cwd=REPOSITORY)
        stages = re.search(r"reading the order ([\d.]+) ms, computing ([\d.]+) ms, filling templates ([\d.]+) ms, "
                           r"typesetting ([\d.]+) ms, drawing ([\d.]+) ms, finishing ([\d.]+) ms", stdout)
        whole = re.search(r"whole pipeline ([\d.]+) ms per document", stdout)
        if not stages or not whole:
            log("folio-bench printed no pipeline line: left out")
            return
        reading, computing, filling, typesetting, drawing, finishing = (float(value) for value in stages.groups())
        self.add("batch", "folio", "in process, order bytes to PDF bytes", docs=count, ms=float(whole.group(1)),
                 in_process=float(whole.group(1)), rss=rss,
                 note=f"folio-bench pipeline: reading {reading}, computing {computing}, filling {filling}, "
                      f"typesetting {typesetting}, drawing {drawing}, finishing {finishing} ms")
        self.add("batch", "folio", "floor: Cairo and zlib drawing alone", docs=count, ms=drawing, in_process=drawing,
                 note="the laid-out pages drawn into PDF bytes (fonts subset, streams compressed)")

    def targets(self):
        """Issue 17's targets for the invoice, from this run's rows."""
        def find(tool, variant):
            return next((r for r in self.rows if r["task"] == "batch" and r["tool"] == tool and r["variant"] == variant), None)
        pipeline = find("folio", "in process, order bytes to PDF bytes")
        floor = find("folio", "floor: Cairo and zlib drawing alone")
        typst = find("typst", "in process")
        lines = []
        if pipeline and floor:
            lines.append(f"Folio in process {pipeline['ms_per_doc']} ms per invoice = "
                         f"{pipeline['ms_per_doc'] / floor['ms_per_doc']:.2f} x the Cairo and zlib floor "
                         f"({floor['ms_per_doc']} ms; target: at most 2 x)")
        if pipeline and typst and typst["in_process_ms"]:
            lines.append(f"Folio in process = {pipeline['ms_per_doc'] / typst['in_process_ms']:.3f} x Typst's in-loop time "
                         f"({typst['in_process_ms']} ms; target: at most 0.1 x)")
        if floor and typst and typst["in_process_ms"]:
            lines.append(f"the floor alone = {floor['ms_per_doc'] / typst['in_process_ms']:.3f} x Typst's in-loop time")
        return lines

    def folio_bench_terms(self):
        """folio-bench's terms specimen: the same 17 rounds of text, typeset and drawn in process."""
        if not os.access(self.folio_bench, os.X_OK):
            log(f"no {self.folio_bench}: the terms in process for Folio are left out "
                "(swift build -c release --product folio-bench)")
            return
        pages_argument = str(round(terms_text.ROUNDS * 2.05))
        wall, rss, stdout = self.timed([self.folio_bench, "1", pages_argument], cwd=REPOSITORY)
        match = re.search(r"Terms: (\d+) pages, median of (\d+) runs ([\d.]+) ms per document.*first run ([\d.]+) ms", stdout)
        if not match:
            log("folio-bench printed no terms line: left out")
            return
        pages, runs, median, _first = int(match.group(1)), int(match.group(2)), float(match.group(3)), float(match.group(4))
        self.add("terms-in-process", "folio", "folio-bench specimen", docs=1, runs=runs, ms=median, in_process=median,
                 pages=pages, reference=True,
                 note="typeset and drawn, same text, the specimen's serif style; no PDF written")

    def run_ledger(self):
        if "folio" not in self.a.tools:
            return
        count = self.a.batch
        for processes, jobs in ((1, 1), (1, 2), (2, 1)):
            log(f"ledger: Folio issuing {count} invoices into a fresh ledger, {processes} process(es), --jobs {jobs}")
            work = os.path.join(self.work, f"ledger-{processes}-{jobs}")
            os.makedirs(work)
            ledger = os.path.join(work, "ledger.sqlite")
            base = [self.folio, "invoice", "--ledger", ledger, "--company", PROFILE, "--jobs", str(jobs)]
            if processes == 1:
                wall, rss, _ = self.timed(base + [os.path.join(self.ledger_data, "orders")], cwd=work)
            else:
                start = time.perf_counter()
                started = [self.started(base + [os.path.join(self.ledger_data, half)], cwd=work) for half in ("a", "b")]
                rss = 0
                for process, report in started:
                    _, error = process.communicate()
                    if process.returncode != 0:
                        raise SystemExit(f"folio invoice (ledger, 2 processes) failed: {error[-2000:]}")
                    rss = max(rss, int(open(report).read().strip().splitlines()[-1]) / 1024)
                    os.unlink(report)
                wall = time.perf_counter() - start
            verify = subprocess.run([self.folio, "ledger", "verify", "--ledger", ledger], capture_output=True, text=True,
                                    cwd=work)
            size, pages = self.pdf_stats(os.path.join(work, "documents"), count,
                                         keep_as="folio-issued-invoice.pdf" if (processes, jobs) == (1, 1) else None)
            self.add("ledger", "folio", f"{processes} process{'es' if processes > 1 else ''}, --jobs {jobs}", docs=count,
                     wall=wall, ms=wall * 1000 / count, rss=rss, pdf_bytes=size, pages=pages,
                     reference=(processes, jobs) == (1, 1),
                     note=("Factur-X PDF/A-3; ledger verify " + ("ok" if verify.returncode == 0 else "FAILED")))
            shutil.rmtree(work)

    # --- results ------------------------------------------------------------------------------------

    def compare_texts(self):
        """How much of Folio's text each tool's PDF holds, document for document (same order, same text)."""
        for row in self.rows:
            reference = next((r for r in self.rows if r["task"] == row["task"] and r["reference"]
                              and r["docs"] == row["docs"] and r["sample"]), None)
            if row["sample"] and reference and os.path.exists(row["sample"]) and os.path.exists(reference["sample"]):
                row["same_text"] = same_words(reference["sample"], row["sample"])

    def ratios(self):
        for row in self.rows:
            reference = next((r for r in self.rows if r["task"] == row["task"] and r["reference"]
                              and r["docs"] == row["docs"]), None)
            row["ratio_to_folio"] = (round(row["ms_per_doc"] / reference["ms_per_doc"], 2)
                                     if reference and row["ms_per_doc"] and reference["ms_per_doc"] else None)

    def write_csv(self, versions):
        path = os.path.join(self.out, "results.csv")
        fields = ["task", "tool", "variant", "docs", "runs", "wall_s", "ms_per_doc", "in_process_ms", "docs_per_s",
                  "peak_rss_mb", "pdf_bytes", "pages", "same_text", "ratio_to_folio", "note"]
        with open(path, "w", newline="") as file:
            file.write(f"# {versions}\n")
            writer = csv.DictWriter(file, fieldnames=fields, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(self.rows)
        return path

    def table(self):
        titles = {
            "batch": f"Invoices in one process ({self.a.batch} documents, 20 lines, data changing per document)",
            "cold": f"One invoice, process start to PDF (median of {self.a.cold_runs} runs, after one warm-up run)",
            "terms": f"Terms, {terms_text.ROUNDS} rounds of the specimen's articles (~30 pages), process start to PDF "
                     f"(median of {self.a.terms_runs} runs)",
            "terms-in-process": "Terms, in process (render only)",
            "scaling": "Scaling: N invoices in one process (Folio --jobs 1)",
            "ledger": f"Folio issuing {self.a.batch} invoices into a fresh ledger",
        }
        lines = []
        header = (f"{'tool':<11} {'variant':<24} {'docs':>6} {'ms/doc':>9} {'docs/s':>8} {'in-loop ms':>10} "
                  f"{'peak MB':>8} {'PDF KB':>7} {'pages':>5} {'text %':>6} {'x Folio':>8}")
        for task in ("batch", "cold", "terms", "terms-in-process", "scaling", "ledger"):
            rows = [row for row in self.rows if row["task"] == task]
            if not rows:
                continue
            lines += ["", titles[task], header, "-" * len(header)]
            if task == "scaling":
                rows.sort(key=lambda row: (TOOLS.index(row["tool"]), row["docs"]))
            for row in rows:
                def cell(value, width, pattern="{:.1f}"):
                    return f"{'—' if value is None else pattern.format(value):>{width}}"
                lines.append(f"{row['tool']:<11} {row['variant'][:24]:<24} {row['docs']:>6} {cell(row['ms_per_doc'], 9, '{:.2f}')} "
                             f"{cell(row['docs_per_s'], 8)} {cell(row['in_process_ms'], 10, '{:.2f}')} "
                             f"{cell(row['peak_rss_mb'], 8)} "
                             f"{cell(None if row['pdf_bytes'] is None else row['pdf_bytes'] / 1024, 7)} "
                             f"{cell(row['pages'], 5, '{}')} {cell(row['same_text'], 6)} "
                             f"{cell(row['ratio_to_folio'], 8, '{:.2f}')}")
        return "\n".join(lines)

    def chart(self, subtitle):
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib.ticker import FuncFormatter

        plain = FuncFormatter(lambda value, _: f"{value:,.0f}" if value >= 1 else f"{value:g}")
        # On log axes, the 2s and 5s of each decade labelled too.
        halves = FuncFormatter(lambda value, _: (f"{value:,.0f}" if value >= 1 else f"{value:g}")
                               if f"{value:.0e}"[0] in "25" else "")

        figure, axes = plt.subplots(2, 2, figsize=(14, 10))
        tasks = [("batch", "invoice, batch\n(ms per document)"), ("cold", "invoice, cold\n(process start to PDF)"),
                 ("terms", "30-page terms\n(process start to PDF)"), ("terms-in-process", "30-page terms, in process\n(Folio: folio-bench)")]
        tools = [tool for tool in TOOLS if tool in self.a.tools]
        width = 0.8 / max(len(tools), 1)
        axis = axes[0][0]
        for offset, tool in enumerate(tools):
            values = []
            for task, _ in tasks:
                row = next((r for r in self.rows if r["task"] == task and r["tool"] == tool
                            and (task != "batch" or r["reference"] or tool != "folio")), None)
                values.append(row["ms_per_doc"] if row else 0)
            positions = [index + (offset - (len(tools) - 1) / 2) * width for index in range(len(tasks))]
            bars = axis.bar(positions, values, width, label=tool, color=COLOURS[tool])
            for bar, value in zip(bars, values):
                if value:
                    axis.annotate(f"{value:.0f}" if value >= 10 else f"{value:.1f}", (bar.get_x() + bar.get_width() / 2, value),
                                  ha="center", va="bottom", fontsize=8, xytext=(0, 2), textcoords="offset points")
        axis.set_yscale("log")
        axis.yaxis.set_major_formatter(plain)
        axis.yaxis.set_minor_formatter(halves)
        axis.tick_params(axis="y", which="minor", labelsize=8)
        axis.set_xticks(range(len(tasks)), [label for _, label in tasks], fontsize=9)
        axis.set_ylabel("milliseconds per document (log scale)")
        axis.set_title("Time per document, by task (lower is better)")
        axis.legend()
        axis.grid(axis="y", which="both", alpha=0.3)

        for axis, key, label, title, log_y in (
                (axes[0][1], "ms_per_doc", "milliseconds per document", "Scaling: time per document", True),
                (axes[1][0], "wall_s", "wall time of the process (s)", "Scaling: wall time", True),
                (axes[1][1], "peak_rss_mb", "peak resident memory (MB)", "Scaling: peak memory", False)):
            for tool in tools:
                points = sorted((r["docs"], r[key]) for r in self.rows if r["task"] == "scaling" and r["tool"] == tool)
                if points:
                    axis.plot([p[0] for p in points], [p[1] for p in points], marker="o", label=tool, color=COLOURS[tool])
            axis.set_xscale("log")
            axis.xaxis.set_major_formatter(plain)
            if log_y:
                axis.set_yscale("log")
                axis.yaxis.set_major_formatter(plain)
                axis.yaxis.set_minor_formatter(halves)
                axis.tick_params(axis="y", which="minor", labelsize=8)
            else:
                axis.set_ylim(bottom=0)
            axis.set_xlabel("invoices in one process (log scale)")
            axis.set_ylabel(label + (" (log scale)" if log_y else ""))
            axis.set_title(title)
            axis.grid(which="both", alpha=0.3)
            axis.legend()
        figure.suptitle("Folio and its peers, one run on one machine\n" + subtitle, fontsize=11)
        figure.tight_layout()
        path = os.path.join(self.out, "chart.png")
        figure.savefig(path, dpi=100)
        return path


def versions(folio):
    parts = []
    result = subprocess.run([folio, "version"], capture_output=True, text=True)
    parts.append((result.stdout.strip().splitlines() or ["folio ?"])[0])
    for package in ("typst", "weasyprint", "reportlab", "pyphen", "matplotlib"):
        try:
            parts.append(f"{package} {importlib.metadata.version(package)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{package} missing")
    parts.append(f"Python {platform.python_version()}")
    return ", ".join(parts)


def machine():
    model = "?"
    try:
        model = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{os.cpu_count()} cores ({model}), load average {os.getloadavg()[0]:.2f} at start"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="batch of 100, scaling to 100")
    parser.add_argument("--batch", type=int, help="invoices in the batch (default 1000, --quick 100)")
    parser.add_argument("--scaling", help="comma-separated batch sizes (default 1,10,100,1000,10000; --quick 1,10,100)")
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated, among " + ", ".join(TOOLS))
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--terms-runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", default=os.path.join(REPOSITORY, "out", "bench-peers"))
    parser.add_argument("--folio", default=os.environ.get("FOLIO", os.path.join(REPOSITORY, ".build/release/folio")))
    parser.add_argument("--folio-bench", default=os.environ.get("FOLIO_BENCH",
                                                                 os.path.join(REPOSITORY, ".build/release/folio-bench")))
    arguments = parser.parse_args()
    arguments.batch = arguments.batch or (100 if arguments.quick else 1000)
    arguments.scaling = [int(value) for value in (arguments.scaling or ("1,10,100" if arguments.quick
                                                                         else "1,10,100,1000,10000")).split(",")]
    requested = [tool for tool in arguments.tools.split(",") if tool]
    unknown = set(requested) - set(TOOLS)
    if unknown:
        parser.error(f"unknown tools: {', '.join(sorted(unknown))}")
    arguments.tools = [tool for tool in TOOLS if tool in requested]
    if not os.access(arguments.folio, os.X_OK):
        raise SystemExit(f"no Folio binary at {arguments.folio}: build it (swift build -c release --product folio) "
                         "or set FOLIO=")

    started = time.perf_counter()
    runner = Runner(arguments)
    version_line = versions(arguments.folio)
    machine_line = machine()
    log(f"{version_line}\n{machine_line}")
    runner.prepare()
    runner.run_batches()
    runner.run_cold()
    runner.run_terms()
    runner.run_ledger()
    runner.compare_texts()
    runner.ratios()
    stamp = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    machine_line += f", {os.getloadavg()[0]:.2f} at end; {time.perf_counter() - started:.0f} s in all"
    csv_path = runner.write_csv(f"{stamp}; {version_line}; {machine_line}")
    chart_path = runner.chart(f"{stamp} — {machine_line}")
    shutil.rmtree(runner.work, ignore_errors=True)
    print(f"Folio peer benchmark, {stamp}\n{version_line}\n{machine_line}")
    print(runner.table())
    print("\nms/doc: wall time of the whole process divided by its documents (batch, scaling, ledger), or the median "
          "of runs (cold, terms); in-loop ms: the peers' own median per document inside the process; "
          "text %: the share of the words of Folio's PDF of the same document found in the tool's PDF (footers "
          "and hyphenation aside); x Folio: the tool's ms/doc divided by Folio's in the same task (above 1: "
          "slower than Folio).")
    for line in runner.targets():
        print(line)
    print(f"\nCSV: {csv_path}\nChart: {chart_path}\nSample PDFs: {runner.samples}")


if __name__ == "__main__":
    main()
