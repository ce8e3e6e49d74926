# The two commands of the README:
#   make demo   installs what is missing, builds in release mode, makes test certificates (out/signing),
#               issues every example into out/ (the example company signs its quotes and invoices), and writes
#               the redline of the last two versions of the terms of sale (PDF in French, HTML in English)
#   make test   installs what is missing (and the Python test oracles, and PostgreSQL), builds and runs every test,
#               beside a throwaway PostgreSQL cluster started in a temporary folder and stopped at the end
#   make install PREFIX=/usr/local   builds in release mode and installs PREFIX/bin/folio with its
#               resources in PREFIX/share/folio (found there without any environment variable)

.PHONY: demo test build clean bench bench-peers install install-files fuzz fuzz-replay

PREFIX ?= /usr/local
BINARY ?= .build/release/folio
SHARE = $(DESTDIR)$(PREFIX)/share/folio

demo:
	./scripts/setup.sh
	swift build -c release
	./scripts/make-test-certificates.sh out/signing
	./.build/release/folio demo --output out --signing out/signing
	./.build/release/folio terms diff terms/goods-and-software 2026-09-01 2026-12-01 --format pdf --output out/redline-goods-and-software.fr.pdf
	./.build/release/folio terms diff terms/goods-and-software 2026-09-01 2026-12-01 --lang en --format html --output out/redline-goods-and-software.en.html
	python3 scripts/web/screenshots.py --folio .build/release/folio --output out/screenshots

test:
	./scripts/setup.sh --test-oracles
	python3 scripts/check-schema.py
	swift build --build-tests
	./scripts/test-postgres.sh swift test --skip-build

build:
	swift build

install:
	./scripts/setup.sh
	swift build -c release --product folio
	$(MAKE) install-files BINARY=.build/release/folio

# Copies an already built BINARY and the resources: the binary finds PREFIX/share/folio by itself.
install-files:
	install -d $(DESTDIR)$(PREFIX)/bin $(SHARE)/examples/company
	install -m 755 $(BINARY) $(DESTDIR)$(PREFIX)/bin/folio
	rm -rf $(SHARE)/fonts $(SHARE)/hyphenation $(SHARE)/templates $(SHARE)/rates $(SHARE)/color $(SHARE)/api $(SHARE)/web
	cp -R fonts hyphenation templates rates color api web $(SHARE)/
	install -m 644 examples/company/profile.yaml examples/company/logo.png $(SHARE)/examples/company/

clean:
	rm -rf .build out/*.json out/*.pdf

# Coverage-guided fuzzing (fuzz/README.md), apart from the tests: builds every target with libFuzzer and
# AddressSanitizer into .build-fuzz, then fuzzes each for FUZZ_SECONDS (findings in out/fuzz/TARGET/).
FUZZ_SECONDS ?= 60
fuzz:
	./scripts/setup.sh
	./scripts/fuzz.sh build
	./scripts/fuzz.sh run $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# Each sanitized target once over its committed corpus (make test replays them without sanitizers).
fuzz-replay:
	./scripts/fuzz.sh build
	./scripts/fuzz.sh replay $(FUZZ_TARGETS)

# Benchmarks live apart from the tests: ms per document, pages per second, peak memory.
bench:
	./scripts/setup.sh
	swift build -c release --product folio-bench
	/usr/bin/time -v ./.build/release/folio-bench 2>&1 | grep -E "^[A-Z ]|Maximum resident"

# The peer benchmark (issue 17): Folio against Typst, WeasyPrint and ReportLab in one run, from the same
# data and fonts; the peers at pinned versions in out/bench-peers/venv. Table on stdout, out/bench-peers/
# results.csv and chart.png (bench/peers/README.md). About 1.5 h on 2 cores; PEERS_ARGS=--quick: a few minutes.
bench-peers:
	./scripts/setup.sh
	swift build -c release --product folio
	swift build -c release --product folio-bench
	bash bench/peers.sh $(PEERS_ARGS)
