# The two commands of the README:
#   make demo   installs what is missing, builds in release mode, computes every example into out/
#   make test   installs what is missing (and the Python test oracles), builds and runs every test

.PHONY: demo test build clean bench

demo:
	./scripts/setup.sh
	swift build -c release
	./.build/release/folio demo --output out

test:
	./scripts/setup.sh --test-oracles
	python3 scripts/check-schema.py
	swift build --build-tests
	swift test --skip-build

build:
	swift build

clean:
	rm -rf .build out/*.json out/*.pdf

# Benchmarks live apart from the tests: ms per document, pages per second, peak memory.
bench:
	./scripts/setup.sh
	swift build -c release --product folio-bench
	/usr/bin/time -v ./.build/release/folio-bench 2>&1 | grep -E "^[A-Z ]|Maximum resident"
