#!/usr/bin/env python3
"""Checks schema/order.schema.json against the example orders, and schema/rates.schema.json against
Folio's rates/ files (an independent reader: PyYAML + jsonschema).

Every order in examples/orders and examples/seeds/*/orders must be valid; every order in examples/invalid that Folio refuses for a
reason a schema can see (unknown field, zero quantity, unknown currency shape) must be invalid too.
Every file of rates/ must be valid against the rates schema; every file of examples/invalid/rates must be invalid.
Run from the repository root: python3 scripts/check-schema.py
"""
import json, pathlib, sys
import jsonschema, yaml

root = pathlib.Path(__file__).resolve().parent.parent
schema = json.loads((root / "schema/order.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

def load(path):
    data = yaml.safe_load(path.read_text())
    # YAML 1.1 reads bare dates as date objects; order data means the text.
    return json.loads(json.dumps(data, default=str))

passed = failed = 0
valid = sorted((root / "examples/orders").iterdir()) + sorted(root.glob("examples/seeds/*/orders/*"))
for path in valid:
    errors = list(validator.iter_errors(load(path)))
    if errors:
        failed += 1
        print(f"FAIL {path.name}: {errors[0].message} at {list(errors[0].path)}")
    else:
        passed += 1
for name in ["unknown-field.yaml", "unknown-currency.yaml"]:
    if validator.is_valid(load(root / "examples/invalid" / name)):
        failed += 1
        print(f"FAIL {name}: the schema accepts an order Folio refuses")
    else:
        passed += 1
print(f"schema check of example orders — {passed} as expected, {failed} not")

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
