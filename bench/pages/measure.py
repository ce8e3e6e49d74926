"""bench/pages.sh's measures: see that script. The ledger is filled by `folio invoice FOLDER --ledger`
(a batch, as a webshop's orders of the year would be), dated across the year up to today."""
import argparse
import csv
import datetime
import http.client
import http.cookiejar
import json
import os
import statistics
import sys
import tempfile
import time
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "scripts", "web"))
from browser import chromium, sign_in  # noqa: E402
from folio_site import Site, password  # noqa: E402

# Clients with valid SIRENs and VAT numbers (the examples' own), under many names.
BUYERS = [("732829320", "FR44732829320", "Lyon", "69002"), ("552100554", "FR96552100554", "Paris", "75004")]


def orders(folder, count):
    """`count` invoices dated from 2 January to today, in order, a few lines each."""
    today = datetime.date.today()
    start = datetime.date(today.year, 1, 2)
    days = (today - start).days
    os.makedirs(folder, exist_ok=True)
    for index in range(count):
        siren, vat, city, postcode = BUYERS[index % 2]
        date = start + datetime.timedelta(days=days * index // count)
        order = {"kind": "invoice", "date": date.isoformat(), "deliveryDate": "same-as-invoice", "currency": "EUR",
                 "buyer": {"name": f"Client {index % 400:03d} SAS", "siren": siren, "vatNumber": vat, "country": "FR",
                           "address": {"lines": [f"{index % 90 + 1} rue du Commerce"], "postcode": postcode, "city": city, "country": "FR"}},
                 "lines": [{"description": f"Prestation {line + 1}", "quantity": str(1 + (index + line) % 5),
                            "unitPrice": f"{100 + (index * 7 + line * 13) % 900}.50", "vatRate": 20, "nature": "services"}
                           for line in range(1 + index % 3)],
                 "paymentTerms": {"kind": "net", "days": 30}}
        with open(os.path.join(folder, f"{index:06d}.json"), "w") as file:
            json.dump(order, file)


class Client:
    """A signed-in browser-less client: cookies kept, the time to the first byte and to the last."""

    def __init__(self, address, login):
        self.address = address
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        page = self.opener.open(address + "/sign-in").read().decode()
        self.csrf = page.split('name="csrf" value="')[1].split('"')[0]
        self.post("/sign-in", {"csrf": self.csrf, "login": login, "password": password(login), "next": "/"})
        page = self.opener.open(address + "/").read().decode()
        self.csrf = page.split('name="csrf" value="')[1].split('"')[0]

    def cookie(self):
        return "; ".join(f"{cookie.name}={cookie.value}" for cookie in self.jar)

    def post(self, path, fields):
        return self.opener.open(self.address + path, urllib.parse.urlencode(fields).encode()).read().decode()

    def timed(self, method, path, fields=None):
        """(seconds to the first byte, seconds to the last, body)."""
        host = urllib.parse.urlparse(self.address)
        connection = http.client.HTTPConnection(host.hostname, host.port, timeout=600)
        body = urllib.parse.urlencode(fields) if fields else None
        headers = {"Cookie": self.cookie()}
        if body:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = time.perf_counter()
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        first = time.perf_counter() - started
        data = response.read()
        last = time.perf_counter() - started
        connection.close()
        if response.status >= 400:
            raise RuntimeError(f"{method} {path}: {response.status} {data[:500]!r}")
        return first, last, data.decode(errors="replace")


def median(values):
    return round(statistics.median(values) * 1000, 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folio", required=True)
    parser.add_argument("--documents", type=int, default=10000)
    parser.add_argument("--csv", default="out/bench-pages.csv")
    parser.add_argument("--reuse", help="a folder a previous run left (its ledger and users): no new ledger")
    arguments = parser.parse_args()
    site = Site(arguments.folio, folder=arguments.reuse)
    if arguments.reuse and os.path.exists(site.ledger):
        print(f"the ledger of {arguments.reuse}", flush=True)
    else:
        seed(site, arguments.documents)
    site.start()
    print(f"server of {site.folder}", flush=True)
    measure(site, arguments)


def seed(site, documents):
    for login in ["sales", "finance"]:
        from folio_site import USERS
        name, company, roles = USERS[login]
        site.run("serve", "add-user", "--users", site.users, "--login", login, "--name", name, "--company", company,
                 *[o for role in roles for o in ("--role", role)], stdin=password(login) + "\n")
    folder = tempfile.mkdtemp(prefix="folio-bench-orders-")
    orders(folder, documents)
    started = time.perf_counter()
    site.run("invoice", folder, "--ledger", site.ledger)
    print(f"{documents} invoices issued into the ledger in {time.perf_counter() - started:.0f} s", flush=True)


def measure(site, arguments):
    rows = []
    try:
        finance = Client(site.address, "finance")
        year = datetime.date.today().year
        pages = [("ledger, the year, first 50 rows", f"/ledger?from={year}-01-01"),
                 ("quotes", "/quotes"),
                 ("ledger, the year, page 100", f"/ledger?from={year}-01-01&page=100"),
                 ("ledger, search by client", f"/ledger?from={year}-01-01&q=Client+042"),
                 ("ledger, status overdue (every invoice's standing)", f"/ledger?from={year}-01-01&status=overdue"),
                 ("receivables (every invoice's standing)", "/receivables")]
        quotes_client = Client(site.address, "sales")
        for label, path in pages:
            client = quotes_client if path == "/quotes" else finance
            # The first load of a status filter computes every invoice; the worker keeps them for the next.
            first = client.timed("GET", path)
            runs = [client.timed("GET", path) for _ in range(5 if "standing" in label else 20)]
            if "standing" in label:
                rows.append((label + ", first load", round(first[0] * 1000, 1), round(first[1] * 1000, 1), len(first[2])))
            rows.append((label, median([r[0] for r in runs]), median([r[1] for r in runs]), len(runs[0][2])))
        sales = Client(site.address, "sales")
        quote = {"csrf": sales.csrf, "buyer.kind": "business", "buyer.name": "Éditions de la Presqu'île SAS",
                 "buyer.siren": "732829320", "buyer.vatNumber": "FR44732829320", "buyer.address.lines": "3 quai Saint-Antoine",
                 "buyer.address.postcode": "69002", "buyer.address.city": "Lyon", "buyer.country": "FR",
                 "date": datetime.date.today().isoformat(), "validity.days": "30", "deposit.percent": "30", "paymentTerms.days": "30",
                 "language": "fr", "lines[0].description": "Refonte de la charte graphique", "lines[0].quantity": "1",
                 "lines[0].unit": "C62", "lines[0].unitPrice": "4800", "lines[0].vatRate": "20", "lines[0].nature": "services"}
        runs = [sales.timed("POST", "/quotes/new", dict(quote, action="preview")) for _ in range(5)]
        pages_drawn = runs[0][2].count('class="page-preview"')
        rows.append((f"quote form's preview, {pages_drawn} pages as PNG", median([r[0] for r in runs]), median([r[1] for r in runs]),
                     len(runs[0][2])))
        runs = [sales.timed("POST", "/quotes/live", quote) for _ in range(20)]
        rows.append(("quote form's live totals", median([r[0] for r in runs]), median([r[1] for r in runs]), len(runs[0][2])))
        # In Chromium: Navigation Timing of the ledger page (first byte, DOM ready, load).
        driver = chromium()
        try:
            sign_in(driver, site.address, "finance", password("finance"))
            timings = []
            for _ in range(10):
                driver.get(site.address + f"/ledger?from={year}-01-01")
                timings.append(driver.execute_script(
                    "const n = performance.getEntriesByType('navigation')[0];"
                    "return [n.responseStart - n.requestStart, n.domContentLoadedEventEnd, n.loadEventEnd];"))
            browser = [round(statistics.median(t[i] for t in timings), 1) for i in range(3)]
        finally:
            driver.quit()
    finally:
        site.stop()
    print(f"\n{'page':<52} {'first byte ms':>14} {'last byte ms':>13} {'bytes':>9}")
    for label, first, last, size in rows:
        print(f"{label:<52} {first:>14} {last:>13} {size:>9}")
    print(f"\nChromium, the ledger page (median of 10): first byte {browser[0]} ms, DOM ready {browser[1]} ms, load {browser[2]} ms")
    os.makedirs(os.path.dirname(arguments.csv) or ".", exist_ok=True)
    with open(arguments.csv, "w", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["page", "documents", "first_byte_ms", "last_byte_ms", "bytes"])
        for label, first, last, size in rows:
            writer.writerow([label, arguments.documents, first, last, size])
        writer.writerow(["chromium ledger page: first byte / DOM ready / load", arguments.documents, browser[0], browser[2], ""])


if __name__ == "__main__":
    main()
