# The two commands of the README:
#   make demo   installs what is missing, builds in release mode, computes every example into out/
#   make test   installs what is missing (and the Python test oracles), builds and runs every test

.PHONY: demo test build clean

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
	rm -rf .build out/*.json
