"""The pages in a real browser: headless Chromium driven by Selenium over `folio serve`, each step
checking what the page shows and what the ledger holds (through `folio ledger list` and `show`).

    python3 Tests/Browser/pages_scenario.py --folio .build/debug/folio

Run by the Swift test WebPagesTests (make test). Prints one line per step and axe's findings for
every page visited; exits 1 at the first step that fails.
"""
import argparse
import datetime
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "scripts", "web"))
from browser import axe_violations, chromium, sign_in, sign_out, visible, wait  # noqa: E402
from folio_site import Site, password  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

TODAY = datetime.date.today().isoformat()
# A client's name with markup in it: the pages must show it as text.
HOSTILE_NAME = "<img src=x onerror=alert(1)> Éditions <b>Test</b> & Cie"


class Scenario:
    def __init__(self, folio):
        self.site = Site(folio).seed().start()
        self.driver = chromium()
        self.axe = {}

    def step(self, text):
        print(f"· {text}", flush=True)

    def check(self, condition, message):
        if not condition:
            raise AssertionError(message + f"\n  page {self.driver.current_url}:\n" + self.body()[:1500])

    def body(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    def open(self, path, ready="main"):
        self.driver.get(self.site.address + path)
        visible(self.driver, ready)

    def audit(self, name):
        """axe on the page as it is now; serious and critical violations fail the scenario at the end."""
        self.axe[name] = [{"id": v["id"], "impact": v.get("impact"), "engine": v["engine"], "nodes": len(v["nodes"])}
                          for v in axe_violations(self.driver)]

    def fetch_status(self, method, path, body=None):
        """The status of a request made by the page's own script (the browser's cookies, no form token unless given)."""
        script = ("const done = arguments[arguments.length - 1];"
                  "fetch(arguments[1], {method: arguments[0], body: arguments[2], credentials: 'same-origin',"
                  " headers: {'Content-Type': 'application/x-www-form-urlencoded'}}).then(r => done(r.status))")
        return self.driver.execute_async_script(script, method, path, body)

    def set(self, name, value):
        field = self.driver.find_element(By.NAME, name)
        field.clear()
        field.send_keys(value)

    def run(self):
        d = self.driver
        try:
            self.sign_in_refused()
            self.sales()
            self.finance()
            self.other_company()
            self.legal()
            self.throttled()
        finally:
            d.quit()
            self.site.stop()
        serious = {page: found for page, found in self.axe.items() if any(v["impact"] in ("serious", "critical") for v in found)}
        print("axe: " + json.dumps(self.axe, ensure_ascii=False))
        if serious:
            raise AssertionError("axe found serious or critical violations: " + json.dumps(serious))

    def sign_in_refused(self):
        self.step("a wrong password is refused, the form says so")
        sign_in(self.driver, self.site.address, "sales", "not-the-password")
        error = visible(self.driver, "#sign-in-error")
        self.check("pas le bon" in error.text, "the refusal is not shown")
        self.audit("sign-in")

    def sales(self):
        d, site = self.driver, self.site
        self.step("sales signs in and lands on the quotes")
        sign_in(d, site.address, "sales", password("sales"))
        wait(d, lambda driver: driver.current_url.endswith("/quotes"))
        self.check("D-2026-0001" in self.body(), "the seeded quote is not listed")
        self.audit("quotes")

        self.step("the interface switches to English and back")
        d.find_element(By.CSS_SELECTOR, "a.language").click()
        wait(d, lambda driver: driver.find_element(By.TAG_NAME, "h1").text == "Quotes")
        d.find_element(By.CSS_SELECTOR, "a.language").click()
        wait(d, lambda driver: driver.find_element(By.TAG_NAME, "h1").text == "Devis")

        self.step("a quote typed in: a wrong SIREN shows next to its field as the typing goes, the totals follow")
        self.open("/quotes/new", "#quote-form")
        self.set("buyer.name", HOSTILE_NAME)
        self.set("buyer.siren", "732829321")
        siren_error = d.find_element(By.CSS_SELECTOR, "[data-error-for='buyer.siren']")
        wait(d, lambda driver: siren_error.is_displayed() and siren_error.text)
        self.check(d.find_element(By.NAME, "buyer.siren").get_attribute("aria-invalid") == "true", "the SIREN is not marked invalid")
        reason = siren_error.text
        self.set("buyer.siren", "732829320")
        wait(d, lambda driver: not siren_error.is_displayed())
        for name, value in {"buyer.vatNumber": "FR44732829320", "buyer.address.lines": "3 quai Saint-Antoine",
                            "buyer.address.postcode": "69002", "buyer.address.city": "Lyon",
                            "lines[0].description": "Refonte de la charte graphique", "lines[0].unitPrice": "4800,00",
                            "deposit.percent": "30"}.items():
            self.set(name, value)
        wait(d, lambda driver: driver.find_elements(By.ID, "grand-total")
             and re.sub(r"\D", "", driver.find_element(By.ID, "grand-total").text) == "576000")
        self.step(f"  (the SIREN's reason, as the CLI gives it: {reason})")
        self.check("Luhn" in reason or "check" in reason or "SIREN" in reason, "the SIREN's reason is not the library's")

        self.step("the preview shows the quote's pages as images")
        d.find_element(By.ID, "preview-button").click()
        visible(d, ".page-preview")
        images = d.find_elements(By.CSS_SELECTOR, ".page-preview")
        self.check(len(images) >= 1 and all(d.execute_script("return arguments[0].naturalWidth", image) > 800 for image in images),
                   "the preview's images are not drawn")
        self.audit("quote-form")

        self.step("issue: the quote is numbered, recorded, and its client's name is shown as text")
        posted = d.execute_script("return new URLSearchParams(new FormData(document.getElementById('quote-form'))).toString()")
        d.find_element(By.ID, "issue-button").click()
        wait(d, lambda driver: "/documents/D-2026-0002" in driver.current_url)
        client = d.find_element(By.ID, "document-client")
        self.check(client.text == HOSTILE_NAME, f"the client's name is not shown as typed: {client.text!r}")
        self.check(not client.find_elements(By.CSS_SELECTOR, "b, img"), "markup of the client's name became elements")
        listed = site.ledger_list("--kind", "quote")
        self.check("D-2026-0002" in listed, "the ledger does not hold the new quote:\n" + listed)
        self.audit("document-quote")

        self.step("the same form posted again does not issue a second quote")
        script = ("const done = arguments[arguments.length - 1];"
                  "fetch('/quotes/new', {method: 'POST', body: arguments[0], credentials: 'same-origin',"
                  " headers: {'Content-Type': 'application/x-www-form-urlencoded'}}).then(r => done(r.url))")
        again = d.execute_async_script(script, posted + "&action=issue")
        self.check(again.endswith("/documents/D-2026-0002?issued=1"), f"the second post went to {again}")
        self.check("D-2026-0003" not in site.ledger_list("--kind", "quote"), "the form issued twice")

        self.step("the client's acceptance is recorded")
        Select(d.find_element(By.ID, "decision-status")).select_by_value("accepted")
        d.find_element(By.ID, "record-decision").click()
        wait(d, lambda driver: "accepté" in driver.find_element(By.ID, "document-status").text)
        self.check(re.search(r"D-2026-0002.*accepted", site.ledger_list("--kind", "quote")), "the ledger has no acceptance")

        self.step("one click makes the deposit invoice")
        d.find_element(By.ID, "invoice-deposit").click()
        wait(d, lambda driver: "/documents/FA-2026-0002" in driver.current_url)
        self.check("Facture d'acompte FA-2026-0002" in d.find_element(By.TAG_NAME, "h1").text, "not the deposit invoice's page")
        listed = site.ledger_list("--kind", "deposit-invoice")
        self.check(re.search(r"FA-2026-0002 .*1728\.00", listed), "the ledger does not hold the deposit invoice of 30 %:\n" + listed)

        self.step("sales has no finance pages")
        self.check(self.fetch_status("GET", "/ledger") == 403, "sales may open the ledger")
        sign_out(d)

    def finance(self):
        d, site = self.driver, self.site
        self.step("finance may not issue a quote, even with a valid form token")
        sign_in(d, site.address, "finance", password("finance"))
        wait(d, lambda driver: driver.current_url.endswith("/ledger"))
        self.audit("ledger")
        csrf = d.find_element(By.CSS_SELECTOR, "form[action='/sign-out'] input[name=csrf]").get_attribute("value")
        self.check(self.fetch_status("GET", "/quotes/new") == 403, "finance may open the quote form")
        body = f"csrf={csrf}&action=issue&buyer.name=X&buyer.country=FR&lines[0].description=X&lines[0].unitPrice=1"
        self.check(self.fetch_status("POST", "/quotes/new", body) == 403, "finance may post a quote")
        self.check("D-2026-0003" not in site.ledger_list("--kind", "quote"), "a quote was issued by finance")

        self.step("the ledger's search finds the deposit invoice; a partial payment is recorded")
        self.set("q", "FA-2026-0002")
        d.find_element(By.CSS_SELECTOR, "form.filters button").click()
        wait(d, lambda driver: "1 documents" in driver.find_element(By.ID, "ledger-count").text)
        d.find_element(By.LINK_TEXT, "FA-2026-0002").click()
        visible(d, "#payment-amount")
        self.audit("document-invoice")
        self.set("amount", "1000,00")
        d.find_element(By.ID, "record-payment").click()
        wait(d, lambda driver: "payée en partie" in driver.find_element(By.ID, "document-status").text)
        self.check(re.search(r"FA-2026-0002 .*1000\.00 +728\.00", site.ledger_list("--kind", "deposit-invoice")),
                   "the ledger does not show the payment:\n" + site.ledger_list("--kind", "deposit-invoice"))

        self.step("a form without its token is refused and changes nothing")
        status = self.fetch_status("POST", "/documents/FA-2026-0002/payment", f"amount=1&date={TODAY}")
        self.check(status == 403, f"a payment without its token got {status}")
        self.check(re.search(r"FA-2026-0002 .*1000\.00 +728\.00", site.ledger_list("--kind", "deposit-invoice")), "the ledger changed")

        self.step("a payment larger than what is due is refused next to the payment form, with the library's reason")
        self.set("amount", "99999")
        d.find_element(By.ID, "record-payment").click()
        error = visible(d, "#payment-error")
        self.check("728.00" in error.text, "the refusal does not say what is due: " + error.text)

        self.step("a reminder is previewed, then sent and recorded")
        self.open("/documents/F-2026-0001/notice?kind=reminder&date=2026-06-22", ".page-preview")
        self.audit("reminder")
        d.find_element(By.ID, "send-notice").click()
        wait(d, lambda driver: "/documents/F-2026-0001" in driver.current_url and "Relance" in driver.find_element(By.ID, "history").text)
        shown = site.run("ledger", "show", "F-2026-0001", "--company", "examples/company/profile.yaml", "--ledger", site.ledger)
        self.check("reminder" in shown.lower(), "the ledger has no reminder:\n" + shown)

        self.step("a credit note of part of an invoice: one line, fewer units")
        self.open("/documents/F-2026-0003/credit-note", "#issue-credit-note")
        self.set("lines[0].quantity", "1")
        self.set("lines[1].quantity", "0")
        d.find_element(By.ID, "issue-credit-note").click()
        wait(d, lambda driver: "?issued=1" in driver.current_url and "Avoir" in driver.find_element(By.TAG_NAME, "h1").text)
        note = d.find_element(By.TAG_NAME, "h1").text.split()[-1]
        listed = site.ledger_list("--kind", "credit-note")
        self.check(re.search(re.escape(note) + r" .*credits F-2026-0003", listed), "the ledger has no credit note:\n" + listed)
        self.open("/documents/F-2026-0003", "#history")
        self.check(note in d.find_element(By.ID, "history").text, "the invoice's history does not show its credit note")

        self.step("receivables, the exports and the period's print answer")
        self.open("/receivables", "table")
        self.audit("receivables")
        self.check(self.fetch_status("GET", "/ledger/export?format=csv&from=2026-01-01&to=2026-12-31") == 200, "no CSV")
        self.check(self.fetch_status("GET", "/ledger/export?format=fec&from=2026-01-01&to=2026-12-31") == 200, "no FEC")
        self.check(self.fetch_status("GET", "/ledger/print?from=2026-01-01&to=2026-12-31") == 200, "no print of the period")
        sign_out(d)

    def other_company(self):
        d, site = self.driver, self.site
        self.step("a user of company B sees nothing of company A")
        sign_in(d, site.address, "bob", password("bob"))
        self.open("/ledger?from=2026-01-01&to=2026-12-31", "main")
        self.check("Librairie du Marais" not in self.body() and "Presqu" not in self.body(), "company A's clients are listed")
        self.check(self.fetch_status("GET", "/documents/FA-2026-0002") == 404, "company A's invoice is found")
        self.check(self.fetch_status("GET", "/documents/FA-2026-0002/pdf") == 404, "company A's PDF is served")
        sign_out(d)

    def legal(self):
        d, site = self.driver, self.site
        self.step("legal reads the terms side by side and the redline, changed figures first")
        sign_in(d, site.address, "legal", password("legal"))
        wait(d, lambda driver: driver.current_url.endswith("/terms"))
        self.audit("terms")
        d.find_element(By.CSS_SELECTOR, "a.latest-redline").click()
        redline = visible(d, "#redline")
        headings = [h.text for h in redline.find_elements(By.TAG_NAME, "h2")]
        self.check(headings and headings[0] == "Chiffres modifiés", f"the figures do not come first: {headings}")
        self.check(redline.find_elements(By.TAG_NAME, "ins") and redline.find_elements(By.TAG_NAME, "del"), "no change marked")
        self.audit("redline")
        self.open("/terms/goods-and-software/versions/2026-12-01?view=both", ".terms-text")
        languages = [a.get_attribute("lang") for a in d.find_elements(By.CSS_SELECTOR, "article.terms-text")]
        self.check(languages == ["fr", "en"], f"not side by side in French and English: {languages}")
        self.audit("terms-version")
        self.check(self.fetch_status("GET", "/ledger") == 403 and self.fetch_status("GET", "/quotes") == 403, "legal sees sales or finance")
        sign_out(d)

    def throttled(self):
        d, site = self.driver, self.site
        self.step("after 5 wrong passwords the login is locked for a while, even with the right one")
        for _ in range(5):
            sign_in(d, site.address, "legal", "wrong-password-again")
        sign_in(d, site.address, "legal", password("legal"))
        error = visible(d, "#sign-in-error")
        self.check("Trop d'essais" in error.text, "the sixth attempt was not refused: " + error.text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    arguments = parser.parse_args()
    started = time.monotonic()
    try:
        Scenario(arguments.folio).run()
    except AssertionError as failure:
        print(f"FAILED: {failure}", flush=True)
        return 1
    print(f"passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
