#!/usr/bin/env python3
"""Checks schema/order.schema.json, schema/profile.schema.json, schema/contract.schema.json and schema/rates.schema.json against the
examples (an independent reader: PyYAML + jsonschema).

Every order in examples/orders and examples/seeds/*/orders must be valid; every order in examples/invalid that Folio refuses for a
reason a schema can see (unknown field, zero quantity, unknown currency shape) must be invalid too.
Every company profile shipped (examples/company, examples/companies/*, examples/seeds/*) must be valid; every profile in
examples/invalid/profiles (which Folio refuses) must be invalid.
Every file of rates/ must be valid against the rates schema; every file of examples/invalid/rates must be invalid.
Run from the repository root: python3 scripts/check-schema.py
"""
import json, pathlib, sys
import jsonschema, yaml
from referencing import Registry, Resource

root = pathlib.Path(__file__).resolve().parent.parent
schemas = {name: json.loads((root / "schema" / name).read_text()) for name in ["order.schema.json", "profile.schema.json", "contract.schema.json"]}
for schema in schemas.values():
    jsonschema.Draft202012Validator.check_schema(schema)
# The profile schema refers to the order schema's address, payment terms and late payment.
registry = Registry().with_resources((schema["$id"], Resource.from_contents(schema)) for schema in schemas.values())
orders = jsonschema.Draft202012Validator(schemas["order.schema.json"], registry=registry)
profiles = jsonschema.Draft202012Validator(schemas["profile.schema.json"], registry=registry)
contracts = jsonschema.Draft202012Validator(schemas["contract.schema.json"], registry=registry)

def load(path):
    data = yaml.safe_load(path.read_text())
    # YAML 1.1 reads bare dates as date objects; order data means the text.
    return json.loads(json.dumps(data, default=str))

passed = failed = 0

def expect(validator, paths, valid, what):
    global passed, failed
    for path in paths:
        errors = list(validator.iter_errors(load(path)))
        if valid and errors:
            failed += 1
            print(f"FAIL {path.relative_to(root)}: {errors[0].message} at {list(errors[0].path)}")
        elif not valid and not errors:
            failed += 1
            print(f"FAIL {path.relative_to(root)}: the schema accepts {what} Folio refuses")
        else:
            passed += 1

expect(orders, sorted((root / "examples/orders").iterdir()) + sorted(root.glob("examples/seeds/*/orders/*")), True, "")
expect(orders, [root / "examples/invalid" / name for name in ["unknown-field.yaml", "unknown-currency.yaml"]], False, "an order")
shipped = [root / "examples/company/profile.yaml"] + sorted(root.glob("examples/companies/*/profile.yaml")) \
    + sorted(root.glob("examples/seeds/*/profile.yaml"))
expect(profiles, shipped, True, "")
refused = sorted((root / "examples/invalid/profiles").glob("*.yaml"))
expect(profiles, refused, False, "a profile")
# Every contract shipped (examples/seeds/*/contracts) must be valid.
expect(contracts, sorted(root.glob("examples/seeds/*/contracts/*.yaml")), True, "")
print(f"schema check of example orders, contracts and company profiles ({len(shipped)} shipped, {len(refused)} refused) — "
      f"{passed} as expected, {failed} not")

rates_schema = json.loads((root / "schema/rates.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(rates_schema)
rates_validator = jsonschema.Draft202012Validator(rates_schema)
rates_passed = rates_failed = 0
for path in sorted((root / "rates").glob("*.yaml")):
    errors = list(rates_validator.iter_errors(load(path)))
    if errors:
        rates_failed += 1
        print(f"FAIL rates/{path.name}: {errors[0].message} at {list(errors[0].path)}")
    else:
        rates_passed += 1
for path in sorted((root / "examples/invalid/rates").glob("*.yaml")):
    if rates_validator.is_valid(load(path)):
        rates_failed += 1
        print(f"FAIL examples/invalid/rates/{path.name}: the schema accepts a rates file Folio refuses")
    else:
        rates_passed += 1
print(f"schema check of rates files — {rates_passed} as expected, {rates_failed} not")
failed += rates_failed
sys.exit(1 if failed else 0)
