"""Screenshots of every page at desktop and phone widths, for `make demo` (out/screenshots/), with
axe's accessibility check of each page printed as it goes.

    python3 scripts/web/screenshots.py --folio .build/release/folio --output out/screenshots
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from browser import DESKTOP, PHONE, axe_violations, chromium, full_page_png, sign_in, visible  # noqa: E402
from folio_site import Site, password  # noqa: E402

# (file name, login, path, what must show before the picture is taken)
PAGES = [
    ("sign-in", None, "/sign-in", "#login"),
    ("quotes", "sales", "/quotes", "table"),
    ("quote-form", "sales", "/quotes/new", "#quote-form"),
    ("quote-document", "sales", "/documents/D-2026-0001", "#history"),
    ("ledger", "finance", "/ledger", "#ledger-table"),
    ("invoice", "finance", "/documents/F-2026-0002", "#history"),
    ("reminder-preview", "finance", "/documents/F-2026-0001/notice?kind=reminder&date=2026-06-22", ".page-preview"),
    ("credit-note", "finance", "/documents/F-2026-0003/credit-note", "#issue-credit-note"),
    ("receivables", "finance", "/receivables", "table"),
    ("terms", "legal", "/terms", ".versions"),
    ("terms-version", "legal", "/terms/goods-and-software/versions/2026-12-01", ".terms-text"),
    ("redline", "legal", "/terms/goods-and-software/redline?from=2026-09-01&to=2026-12-01", "#redline"),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--output", default="out/screenshots")
    parser.add_argument("--strict", action="store_true", help="exit 1 when axe finds a serious or critical violation")
    arguments = parser.parse_args()
    site = Site(arguments.folio).seed().start()
    report = {}
    try:
        for width, size in [("desktop", DESKTOP), ("phone", PHONE)]:
            driver = chromium(size)
            signed = None
            try:
                for name, login, path, ready in PAGES:
                    if login != signed:
                        driver.delete_all_cookies()
                        if login:
                            sign_in(driver, site.address, login, password(login))
                        signed = login
                    driver.get(site.address + path)
                    try:
                        visible(driver, ready, 60)
                    except Exception:
                        body = driver.find_element("tag name", "body").text[:1500]
                        raise RuntimeError(f"{name} ({path}) did not show {ready}:\n{body}")
                    if name == "quote-form":
                        fill_quote(driver)
                    full_page_png(driver, os.path.join(arguments.output, f"{name}-{width}.png"))
                    if width == "desktop":
                        report[name] = [(v["id"], v.get("impact"), len(v["nodes"])) for v in axe_violations(driver)]
            finally:
                driver.quit()
    finally:
        site.stop()
    serious = {name: found for name, found in report.items() if any(impact in ("serious", "critical") for _, impact, _ in found)}
    print(f"Screenshots of {len(PAGES)} pages at {DESKTOP[0]} and {PHONE[0]} px wide in {arguments.output}/")
    print("axe: " + json.dumps(report, ensure_ascii=False))
    if serious:
        print("axe found serious violations: " + json.dumps(serious), file=sys.stderr)
        return 1 if arguments.strict else 0
    return 0


def fill_quote(driver):
    """A quote typed in, with its live totals and the preview of its pages."""
    from selenium.webdriver.common.by import By
    values = {"buyer.name": "Éditions de la Presqu'île SAS", "buyer.siren": "732829320", "buyer.vatNumber": "FR44732829320",
              "buyer.address.lines": "3 quai Saint-Antoine", "buyer.address.postcode": "69002", "buyer.address.city": "Lyon",
              "lines[0].description": "Refonte de la charte graphique", "lines[0].unitPrice": "4800", "deposit.percent": "30"}
    for name, value in values.items():
        field = driver.find_element(By.NAME, name)
        field.clear()
        field.send_keys(value)
    driver.find_element(By.ID, "preview-button").click()
    visible(driver, ".page-preview")


if __name__ == "__main__":
    sys.exit(main())
