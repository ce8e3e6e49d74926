"""A Folio site for the browser tests and the screenshots: a users file, a ledger with some
history issued by the real `folio` command, and `folio serve` running over them on a free port.

Company A is the example company (examples/company); company B is seed 001's (Qwerix).
Every password is known here: these are test users in a temporary folder, never a real site's.
"""
import os
import re
import subprocess
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
COMPANY_A = "examples/company/profile.yaml"
COMPANY_B = "examples/seeds/001-qwerix-services/profile.yaml"

# login: (name, company, roles)
USERS = {
    "sales": ("Jeanne Vendeuse", COMPANY_A, ["sales"]),
    "finance": ("Paul Comptable", COMPANY_A, ["finance"]),
    "legal": ("Lina Juriste", COMPANY_A, ["legal"]),
    "admin": ("Ada Admin", COMPANY_A, ["admin"]),
    "bob": ("Bob of Qwerix", COMPANY_B, ["admin"]),
}


def password(login):
    return f"pass-{login}-2026-folio"


class Site:
    """`folio serve --users … --ledger …` over a seeded ledger, in a temporary folder."""

    def __init__(self, folio, folder=None):
        self.folio = os.path.abspath(folio)
        self.folder = folder or tempfile.mkdtemp(prefix="folio-site-")
        self.users = os.path.join(self.folder, "users.yaml")
        self.ledger = os.path.join(self.folder, "ledger.sqlite")
        self.process = None
        self.address = None

    def run(self, *arguments, stdin=None):
        """The folio command, from the repository's root; its standard output (raises on failure)."""
        done = subprocess.run([self.folio, *arguments], cwd=ROOT, input=stdin, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"folio {' '.join(arguments)}: {done.stderr.strip()}")
        return done.stdout

    def seed(self):
        for login, (name, company, roles) in USERS.items():
            role_options = [option for role in roles for option in ("--role", role)]
            self.run("serve", "add-user", "--users", self.users, "--login", login, "--name", name,
                     "--company", company, *role_options, stdin=password(login) + "\n")
        ledger = ["--ledger", self.ledger]
        # Company A: invoices of the year in order of date, a quote of five pages accepted and its deposit invoiced.
        for order in ["01-domestic-several-rates", "02-eu-services-reverse-charge", "03-eu-goods-intra-community",
                      "04-export-usd", "07-webshop-prices-including-vat"]:
            self.run("invoice", f"examples/orders/{order}.yaml", *ledger)
        self.run("quote", "examples/orders/08-quote-with-deposit.yaml", *ledger)
        self.run("ledger", "decide", "D-2026-0001", "accepted", "--on", "2026-10-09", *ledger)
        self.run("invoice", "--from-quote", "D-2026-0001", "--deposit", "--date", "2026-10-12", *ledger)
        self.run("ledger", "pay", "F-2026-0002", "--amount", "1000.00", "--on", "2026-05-10", "--method", "transfer", *ledger)
        self.run("ledger", "pay", "F-2026-0003", "--amount", "2000.00", "--on", "2026-06-15", "--method", "transfer", *ledger)
        # Company B.
        b = ["--company", COMPANY_B, *ledger]
        self.run("quote", "examples/seeds/001-qwerix-services/orders/01-quote-flat-rate-services.yaml", *b)
        self.run("invoice", "examples/seeds/001-qwerix-services/orders/04-hardware-software-invoice.yaml", *b)
        return self

    def start(self):
        self.process = subprocess.Popen(
            [self.folio, "serve", "--users", self.users, "--ledger", self.ledger, "--port", "0", "--log-level", "warning"],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=open(os.path.join(self.folder, "serve.log"), "w"), text=True)
        line = self.process.stdout.readline()
        found = re.search(r"http://\S+", line)
        if not found:
            self.process.wait(timeout=10)
            raise RuntimeError("folio serve did not start: " + open(os.path.join(self.folder, "serve.log")).read())
        self.address = found.group(0)
        return self

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)

    def ledger_list(self, *arguments):
        """`folio ledger list` of company A (or `--company …` given), as text."""
        return self.run("ledger", "list", "--ledger", self.ledger, *arguments)
