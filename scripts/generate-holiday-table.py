#!/usr/bin/env python3
"""Generate the independent public-holiday oracle table for Folio's tests.

Output: Tests/FolioCoreTests/Resources/holidays-2000-2100.csv
Columns: calendar,date,name  (date = ISO YYYY-MM-DD), years 2000..2100 inclusive,
sorted by calendar then date. Default category ("public") only, English names, except
DE-BY-Catholic, which adds the "catholic" category (Assumption Day).

Calendars:
  FR                 holidays.France()                  (metropolitan, no subdivision)
  FR-Alsace-Moselle  holidays.France(subdiv="57")       (Moselle; "6AE" = Alsace (67/68)
                                                         yields identical dates; the script
                                                         asserts this)
  DE                 holidays.Germany()                 (the holidays of every Land)
  DE-NW              holidays.Germany(subdiv="NW")      (North Rhine-Westphalia)
  DE-BY              holidays.Germany(subdiv="BY")      (Bavaria, Protestant municipality)
  DE-BY-Catholic     holidays.Germany(subdiv="BY", categories=("public", "catholic"))
                                                        (Bavaria, Catholic municipality)
  DE-BE              holidays.Germany(subdiv="BE")      (Berlin)

Produced with the PyPI `holidays` package, version 0.109.
To regenerate (from the repository root):
    pip install holidays==0.109
    python3 scripts/generate-holiday-table.py
A different `holidays` version may change names or rules; check the diff.
"""
import csv
import os
import sys

import holidays

YEARS = range(2000, 2101)
EXPECTED_VERSION = "0.109"

CALENDARS = [
    ("DE", lambda: holidays.Germany(years=YEARS, language="en_US")),
    ("DE-BE", lambda: holidays.Germany(subdiv="BE", years=YEARS, language="en_US")),
    ("DE-BY", lambda: holidays.Germany(subdiv="BY", years=YEARS, language="en_US")),
    ("DE-BY-Catholic", lambda: holidays.Germany(subdiv="BY", years=YEARS, language="en_US",
                                                categories=("public", "catholic"))),
    ("DE-NW", lambda: holidays.Germany(subdiv="NW", years=YEARS, language="en_US")),
    ("FR", lambda: holidays.France(years=YEARS, language="en_US")),
    ("FR-Alsace-Moselle", lambda: holidays.France(subdiv="57", years=YEARS, language="en_US")),
]


def main():
    if holidays.__version__ != EXPECTED_VERSION:
        print(f"warning: holidays {holidays.__version__} installed, table was made with "
              f"{EXPECTED_VERSION}; update the header comment if you commit the result",
              file=sys.stderr)

    # Alsace (6AE, departments 67/68) must match Moselle (57).
    moselle = holidays.France(subdiv="57", years=YEARS, language="en_US")
    alsace = holidays.France(subdiv="6AE", years=YEARS, language="en_US")
    assert sorted(moselle) == sorted(alsace), "Alsace (6AE) and Moselle (57) differ"

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = os.path.join(root, "Tests", "FolioCoreTests", "Resources", "holidays-2000-2100.csv")
    os.makedirs(os.path.dirname(out), exist_ok=True)

    rows = []
    for name, make in CALENDARS:
        cal = make()
        for day in sorted(cal):
            if YEARS.start <= day.year < YEARS.stop:
                rows.append((name, day.isoformat(), cal[day]))
    rows.sort(key=lambda r: (r[0], r[1]))

    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["calendar", "date", "name"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()
