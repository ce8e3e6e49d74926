#!/usr/bin/env python3
"""Two versions of a long terms of service in Markdown, and the list of what changed between them.

The material of bench/redline.sh: `folio terms diff --files old.md new.md` (and PyPI redlines) compare
them. Writes OUTDIR/old.md and OUTDIR/new.md, each about 30 printed pages (15,000 words, 40 and 42
articles `## N. Title` with `### N.M Title` sub-clauses, paragraphs and lists), and
OUTDIR/amendments.json, the ground truth: articles added, deleted, moved, split and merged, the
renumbering and every cross-reference it changed, the reworded sentences, the figures changed
(amounts, durations, a rate, a date) and the typographic-only noise (curly quotes, reflowed
paragraphs), each with its place in both versions.

The hand-written clauses are in clauses.txt beside this file; generic sentences, drawn with a fixed
seed, bring each version to its length. Python 3 standard library only; the same bytes every run.
Usage: python3 bench/redline/generate.py OUTDIR
"""
import copy
import json
import pathlib
import random
import re
import sys

SEED = 20260901
TARGET_WORDS = 15000   # of the old version; the new one has its 3 added articles on top
WIDTH = 80             # both versions' Markdown is wrapped at 80 columns, save the reflowed paragraphs
HERE = pathlib.Path(__file__).resolve().parent


# ---------------------------------------------------------------------------------------------
# The document: articles (Section) of sub-clauses (Sub) of blocks, each a paragraph (a string of
# sentences) or a list (a list of item strings). Text holds {S:key} and {N:key} references.

class Sub:
    def __init__(self, key, title):
        self.key, self.title, self.blocks, self.filler = key, title, [], True


class Section:
    def __init__(self, key, title):
        self.key, self.title, self.subs = key, title, []
        self.topics, self.related, self.filler = [], [], True


class Block:
    def __init__(self, kind, text):
        self.kind = kind          # "p" or "ul"
        self.text = text          # str for "p", list of str for "ul"
        self.curly = False        # typographic quotes (new version's noise)
        self.wrap = WIDTH         # None: the paragraph on one line


def read_clauses():
    """(title, preamble paragraphs, articles of both versions, articles only the new one has)."""
    old, new, current = [], [], None
    sections, sub, preamble, title = old, None, [], None
    for line in (HERE / "clauses.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("# ") or line == "#":
            continue
        if line == "%% new":
            sections = new
            continue
        if line.startswith("== "):
            key, name = (part.strip() for part in line[3:].split("|"))
            if key == "preamble":
                title, current, sub = name, None, None
                continue
            current, sub = Section(key, name), None
            sections.append(current)
        elif line.startswith("-- "):
            key, name = (part.strip() for part in line[3:].split("|"))
            sub = Sub(f"{current.key}.{key}", name)
            current.subs.append(sub)
        elif line.startswith("@topics:"):
            current.topics = [t.strip() for t in line[8:].split(";")]
        elif line.startswith("@related:"):
            current.related = line[9:].split()
        elif line == "@nofiller" and sub is None:
            current.filler = False
        elif line == "@nofiller":
            sub.filler = False
        elif current is None:
            preamble.append(line)
        elif line.startswith("* "):
            if sub.blocks and sub.blocks[-1].kind == "ul":
                sub.blocks[-1].text.append(line[2:])
            else:
                sub.blocks.append(Block("ul", [line[2:]]))
        else:
            sub.blocks.append(Block("p", line))
    return title, [Block("p", p) for p in preamble], old, new


# ---------------------------------------------------------------------------------------------
# Generic sentences: a topic of the article ({T}, always an object), the parties ({P} and the other
# one {O}, their possessives {Pp} {Op}), a reference to a related article ({R}), a period of days
# ({D}) or months ({M}). The flag says whether an opening phrase may stand before the sentence.

TEMPLATES = [
    (True, "{P} shall keep complete and accurate records relating to {T} and make them available to {O} on reasonable written request."),
    (True, "any dispute concerning {T} shall be raised in writing within {D} of the date on which the disputing party first became aware of it."),
    (False, "Nothing in this Section limits {Pp} obligations under {R}."),
    (True, "{P} shall notify {O} without undue delay if it becomes aware of any circumstance that is likely to affect {T}."),
    (True, "the rights of {P} in relation to {T} are in addition to, and not in substitution for, the rights and remedies provided under {R}."),
    (True, "a failure or delay by {P} in exercising any right in relation to {T} shall not operate as a waiver of that right."),
    (True, "each party shall bear its own costs in connection with {T}, save as otherwise provided in {R}."),
    (True, "{P} shall cooperate in good faith with {O} and provide such information as {O} may reasonably require in connection with {T}."),
    (False, "Where the parties cannot agree on any matter relating to {T}, either party may refer the matter for resolution under {R}."),
    (True, "any communication concerning {T} shall be made in writing and shall identify the provision of these Terms to which it relates."),
    (True, "{P} may update its internal procedures governing {T} from time to time, provided that no such update materially reduces the protection afforded to {O}."),
    (True, "requests relating to {T} shall be submitted through the administrative console or by email to the address designated for that purpose in the Documentation."),
    (True, "the arrangements for {T} have been taken into account in determining the Fees payable under these Terms."),
    (True, "{P} shall not be liable for any delay relating to {T} to the extent that the delay results from an act or omission of {O}."),
    (False, "If any provision of this Section relating to {T} is held to be unenforceable, the remaining provisions of this Section shall continue in full force and effect."),
    (True, "the obligations of {P} in respect of {T} shall survive the termination or expiry of these Terms for a period of {M}."),
    (False, "In assessing whether a party has complied with its obligations concerning {T}, regard shall be had to generally accepted industry practice at the relevant time."),
    (True, "{P} shall ensure that its personnel involved in {T} are appropriately trained and bound by obligations consistent with these Terms."),
    (False, "To the extent that any third-party consent is needed in connection with {T}, {P} shall be responsible for obtaining it at its own expense."),
    (True, "any exception granted by {P} with respect to {T} applies only to the specific instance for which it was granted and shall not be construed as establishing a course of dealing."),
    (False, "On request, {P} shall provide {O} with a written summary of the measures it has taken in respect of {T}."),
    (True, "{P} may verify compliance with the provisions of this Section concerning {T} by giving at least {D}' prior written notice, and not more than once in any calendar year."),
    (True, "costs reasonably incurred by {P} as a result of {Op} failure to comply with its obligations concerning {T} may be recharged to {O} at the rates then in force."),
    (True, "the parties shall review the arrangements for {T} at least once every {M} and shall record any agreed changes in writing."),
    (True, "no variation of the arrangements for {T} shall be effective unless it is made in writing and signed by authorised representatives of both parties."),
    (False, "Where applicable law imposes stricter requirements in relation to {T} than those set out in this Section, {P} shall comply with those stricter requirements."),
    (True, "any information provided by {O} in connection with {T} shall be treated as confidential and used only for the purposes of these Terms."),
    (True, "{P} may engage subcontractors in connection with {T}, but remains responsible for their acts and omissions as if they were its own."),
    (False, "Questions about {T} may be addressed to the Provider's customer support team, whose contact details are published on the Website."),
    (True, "{P} shall give {O} reasonable advance notice of any change affecting {T}, and in any event not less than {D} before the change takes effect."),
    (False, "Save as expressly set out in this Section, {P} gives no undertaking in relation to {T}."),
    (True, "{P} shall act reasonably and in good faith in exercising any discretion conferred on it in relation to {T}."),
    (True, "where the Provider acts on instructions given by an administrator in relation to {T}, it may assume that those instructions are authorised by the Customer."),
    (True, "the Customer shall not represent to any third party that the Provider has given any commitment concerning {T} beyond those stated in these Terms."),
    (False, "Any reference in this Section to {T} includes, where the context permits, a reference to any replacement or successor arrangement agreed between the parties."),
    (True, "the parties agree that the provisions governing {T} represent a fair allocation of risk, taking into account the nature of the Services and the level of the Fees."),
    (True, "{P} shall maintain adequate internal controls to ensure that its obligations concerning {T} are met throughout the Subscription Term."),
    (True, "where {P} becomes aware that information it has provided concerning {T} is inaccurate, it shall correct that information without undue delay."),
    (True, "each party shall designate a contact person responsible for {T}, and shall inform the other party in writing of any change to that designation."),
    (True, "the exercise by {P} of any right in relation to {T} is without prejudice to its rights under {R}."),
    (False, "Unless {O} agrees otherwise in writing, {P} shall carry out its obligations concerning {T} at its own cost."),
    (True, "{P} shall respond to any reasonable enquiry from {O} concerning {T} within {D} of receiving it."),
    (True, "any decision taken by {P} in relation to {T} shall be documented, and the reasons for it shall be made available to {O} on request."),
    (False, "Where this Section requires {P} to use reasonable efforts in relation to {T}, {P} is not required to incur expenditure that is disproportionate to the benefit to {O}."),
    (False, "The provisions of this Section concerning {T} shall be read together with {R}, and in the event of any inconsistency the more specific provision prevails."),
    (True, "{P} may not invoke its own failure to comply with this Section as a ground for reducing its obligations in respect of {T}."),
    (True, "nothing in these Terms obliges {P} to take any action in relation to {T} that would breach applicable law or the order of a competent authority."),
    (False, "Where a time limit concerning {T} expires on a day that is not a Business Day, it is extended to the next Business Day."),
    (True, "{P} shall promptly inform {O} of any complaint or claim it receives from a third party that relates to {T}."),
    (True, "all documents prepared by {P} in connection with {T} shall be kept for at least {M} after the end of the Subscription Term."),
    (False, "If {P} reasonably believes that {O} has not complied with its obligations concerning {T}, it shall first raise the matter informally with {O} before taking any other step."),
    (True, "the Provider may publish guidance on {T} in the Documentation, but such guidance is informative only and does not amend these Terms."),
    (False, "Any consent or approval required from {P} in connection with {T} shall not be unreasonably withheld, conditioned or delayed."),
    (True, "{P} shall use all reasonable endeavours to minimise any disruption to {O} arising from {T}."),
    (False, "Any amounts payable by {P} in connection with {T} shall be paid within {D} of receipt of a valid invoice."),
    (True, "{P} acknowledges that it has had the opportunity to review the provisions governing {T} and to take independent advice on them."),
    (True, "{P} shall take into account any reasonable comments made by {O} concerning {T}."),
    (False, "Where {T} gives rise to a question of interpretation, the parties shall consult each other before either of them takes any formal step."),
    (True, "the Provider may, acting reasonably, issue operational rules concerning {T}, which shall bind the Customer once published in the Documentation."),
    (False, "Any time limit applicable to {T} may be extended by written agreement of the parties, which may be given by email."),
    (True, "{P} shall not, by reason only of {T}, acquire any right or interest in the property of {O}."),
    (False, "A failure by {O} to object to any measure relating to {T} within {D} shall not be taken as approval of that measure."),
    (False, "Where the Customer requires assistance with {T} beyond what these Terms provide, the Provider may agree to provide it as professional services under {S:fees.expenses}."),
    (True, "{P} shall bear the risk of any error in the information it supplies concerning {T}."),
    (True, "the Provider shall make reasonable efforts to accommodate any specific requirement of the Customer concerning {T}, but is not obliged to modify the Services for that purpose."),
    (True, "records relating to {T} may be kept in electronic form, and a printout of such records shall be admissible as evidence of their content."),
    (True, "any undertaking given by {P} concerning {T} is given for the benefit of {O} only and may not be relied on by any other person."),
    (False, "Where {P} is prevented from meeting its obligations concerning {T} by a Force Majeure Event, {S:force} applies."),
    (True, "the obligations in this Section concerning {T} apply equally to the Affiliates of {P}, and {P} shall ensure that they comply with them."),
    (True, "any estimate given by {P} in relation to {T} is given in good faith but is not binding unless an Order Form expressly states otherwise."),
    (False, "If {O} so requests, the parties shall meet to discuss {T} at a mutually convenient time, which may be by video conference."),
    (False, "Nothing in this Section requires {P} to disclose information concerning {T} that is subject to legal privilege or to a duty of confidentiality owed to a third party."),
    (True, "{P} shall not make any public statement concerning {T} without the prior written approval of {O}."),
    (False, "Where a dispute concerning {T} is referred to an expert, the expert shall act as an expert and not as an arbitrator, and the expert's decision shall be final and binding save in the case of manifest error."),
    (True, "payments made in connection with {T} shall not be set off against any other amount owed between the parties, save as required by law."),
    (True, "the Provider does not act as the Customer's agent in relation to {T}, and any contract that the Customer concludes with a third party in that connection is a matter between the Customer and that third party."),
]

OPENERS = [
    "Unless otherwise agreed in writing, ", "Except as expressly provided otherwise in these Terms, ",
    "To the extent permitted by applicable law, ", "Subject to {R}, ", "Without prejudice to {R}, ",
    "For the avoidance of doubt, ", "In addition, ", "Where reasonably practicable, ",
    "Save where urgent action is required, ", "Throughout the Subscription Term, ",
    "Notwithstanding any other provision of this Section, ",
]
DAYS = ["ten (10) Business Days", "fifteen (15) days", "thirty (30) days", "five (5) Business Days",
        "twenty (20) Business Days", "forty-five (45) days"]
MONTHS = ["twelve (12) months", "six (6) months", "twenty-four (24) months", "eighteen (18) months"]
DUTIES = [  # the items of the generic lists, each used once
    "act in good faith and with the diligence expected of a prudent business;",
    "comply with all laws and regulations applicable to it;",
    "keep written records of the decisions it takes;",
    "inform the other party promptly of any material difficulty;",
    "designate a representative with authority to take decisions;",
    "respect the confidentiality of the information exchanged;",
    "refrain from any act likely to damage the other party's reputation;",
    "provide any information reasonably requested within a reasonable time;",
    "use appropriately qualified and experienced personnel;",
    "maintain the licences and authorisations required for its activities;",
    "take reasonable steps to mitigate any loss suffered as a result of a breach;",
    "follow the procedures described in the Documentation;",
    "notify the other party of any change in its contact details;",
    "ensure that its subcontractors are bound by equivalent obligations;",
    "cooperate with any reasonable audit or review;",
    "avoid any conflict of interest and disclose any that arises;",
    "keep the other party informed of the progress of any remedial action;",
    "apply security measures appropriate to the risks involved;",
    "preserve any evidence that may be relevant to a claim;",
    "seek the other party's agreement before departing from an agreed plan;",
    "observe any reasonable site or system rules notified to it;",
    "return any materials belonging to the other party when they are no longer needed;",
]
LIST_INTROS = [
    "In connection with {T}, each party shall:",
    "Without limiting its other obligations under these Terms, {P} shall, in respect of {T}:",
    "For the purposes of {T}, {P} undertakes to:",
    "Each party shall, in relation to {T}:",
]


class Filler:
    """Generic sentences, drawn with the fixed seed, none used twice."""

    def __init__(self, rng):
        self.rng, self.used, self.uses = rng, set(), [0] * len(TEMPLATES)
        self.in_section = {}  # article key: the templates and openers it already has
        self.duties = list(DUTIES)
        rng.shuffle(self.duties)

    def _fill(self, text, section, others):
        rng = self.rng
        party = rng.choice(["the Customer", "the Provider"])
        other = "the Provider" if party == "the Customer" else "the Customer"
        related = [key for key in section.related if key in others and key != section.key]
        values = {"P": party, "O": other, "Pp": party + "'s", "Op": other + "'s",
                  "T": rng.choice(section.topics), "D": rng.choice(DAYS), "M": rng.choice(MONTHS)}
        text = re.sub(r"\{R\}", lambda m: "{S:%s}" % rng.choice(related) if related else "these Terms", text)
        for name, value in values.items():
            text = text.replace("{%s}" % name, value)
        return text[0].upper() + text[1:]

    def sentence(self, section, others, plain):
        """A sentence not yet used, of a template and an opener the article does not have yet; plain:
        no cross-reference (the articles whose only change is typographic)."""
        seen = self.in_section.setdefault(section.key, set())
        for _ in range(500):
            low = min(self.uses)
            choices = [i for i, n in enumerate(self.uses) if n <= low + 1 and i not in seen
                       and not (plain and "{S:" in TEMPLATES[i][1] or plain and "{R}" in TEMPLATES[i][1])]
            index = self.rng.choice(choices or [i for i in range(len(TEMPLATES)) if i not in seen])
            openable, text = TEMPLATES[index]
            opener = None
            if openable and self.rng.random() < 0.35:
                opener = self.rng.choice([o for o in OPENERS if o not in seen and not (plain and "{R}" in o)])
                text = opener + text
            text = self._fill(text, section, others)
            if text not in self.used:
                self.used.add(text)
                self.uses[index] += 1
                seen.update({index, opener})
                return text
        raise SystemExit("generate.py: ran out of distinct generic sentences")

    def bullet_list(self, section, others):
        if len(self.duties) < 3:
            return None
        intro = self._fill(self.rng.choice(LIST_INTROS), section, others)
        count = self.rng.choice([3, 4])
        items, self.duties = self.duties[:count], self.duties[count:]
        items[-1] = items[-1][:-1] + "."
        if len(items) > 1:
            items[-2] = items[-2] + " and"
        return intro, items


def words(text):
    return len(re.findall(r"[A-Za-z0-9$€][^\s]*", text))


def block_words(block):
    return words(block.text) if block.kind == "p" else sum(words(i) for i in block.text)


def add_filler(sections, rng, target, preamble):
    """Generic sentences and lists in the sub-clauses, round-robin in a shuffled order, up to target words."""
    filler = Filler(rng)
    keys = {s.key for s in sections}
    total = sum(block_words(b) for b in preamble)
    total += sum(words(s.title) + 1 + sum(words(sub.title) + 1 + sum(block_words(b) for b in sub.blocks)
                                          for sub in s.subs) for s in sections)
    slots = [(s, sub) for s in sections for sub in s.subs if s.filler and sub.filler]
    rng.shuffle(slots)
    turn = 0
    while total < target:
        section, sub = slots[turn % len(slots)]
        turn += 1
        last = sub.blocks[-1]
        if rng.random() < 0.06 and turn > len(slots):
            made = filler.bullet_list(section, keys)
            if made:
                intro, items = made
                sub.blocks += [Block("p", intro), Block("ul", items)]
                total += words(intro) + sum(words(i) for i in items)
                continue
        plain = section.key in CURLY_SECTIONS or sub.key in CURLY_SECTIONS
        sentence = filler.sentence(section, keys, plain)
        total += words(sentence)
        sentences = len(re.findall(r"[.:;] ", last.text)) + 1 if last.kind == "p" else 99
        if last.kind == "p" and not last.text.endswith(":") and sentences < 4 and rng.random() < 0.7:
            last.text += " " + sentence
        else:
            sub.blocks.append(Block("p", sentence))
    return total


# ---------------------------------------------------------------------------------------------
# The amendments from the old version to the new one.

REWORDED = [  # (sub-clause, old sentence, new sentence)
    ("acceptance.changes",
     "Amendments required by law, or made to address a security risk, may take effect immediately, and the Provider shall inform the Customer of them as soon as reasonably practicable.",
     "Amendments that are required by law, or that are made to address a security risk, may take effect immediately, in which case the Provider shall inform the Customer of them as soon as reasonably practicable."),
    ("accounts.credentials",
     "Credentials are personal to each Authorised User and must not be shared.",
     "Credentials are personal to each Authorised User and must not be shared with any other person, including another Authorised User."),
    ("services.provision",
     "The Customer's Authorised Users may access the Services from any location, subject to {S:export_control}.",
     "The Customer's Authorised Users may access the Services from any location, subject to {S:export_control}, and certain features are governed by the additional provisions of {S:ai}."),
    ("services.modifications",
     "The Provider shall not, however, make any change that materially reduces the core functionality of the Services during the current Subscription Term.",
     "The Provider shall not, however, make any change that materially reduces the core functionality or the security of the Services during the current Subscription Term."),
    ("plans.orders",
     "The Provider may decline any order in its discretion, in which case it shall not charge the Customer for it.",
     "The Provider may decline any order in its reasonable discretion, in which case it shall inform the Customer promptly and shall not charge it for the order."),
    ("aup.prohibited",
     "use the Services to send unsolicited bulk communications;",
     "use the Services to send unsolicited commercial communications, whether in bulk or individually, or to collect email addresses without consent;"),
    ("data.aggregated",
     "The Provider may use such aggregated statistics to operate, maintain and improve the Services, and may publish them in anonymised form, for example in benchmarking reports.",
     "The Provider may use such aggregated statistics to operate, maintain and improve the Services, but shall not sell them or disclose them to any third party in a form that could identify the Customer."),
    ("privacy.breach",
     "Where that information is not available at once, it may be provided in phases.",
     "Where that information is not available at the time of the first notification, the Provider shall provide it in phases without undue further delay."),
    ("security.testing",
     "The Customer shall not carry out its own penetration testing, vulnerability scanning or load testing of the Services without the Provider's prior written consent.",
     "The Customer may carry out its own penetration testing or vulnerability scanning of the Services only with the Provider's prior written consent, which shall not be unreasonably withheld, and shall not carry out load testing in any circumstances."),
    ("confidentiality.compelled",
     "The receiving party may disclose Confidential Information to the extent required by law, by a court or by a regulatory authority, provided that it gives the disclosing party as much prior notice as is lawful and practicable, and cooperates with any attempt by the disclosing party to obtain a protective order.",
     "The receiving party may disclose Confidential Information to the extent required by law, by a court or by a regulatory authority, provided that it gives the disclosing party prompt written notice, to the extent permitted by law, and cooperates with any attempt by the disclosing party to obtain a protective order."),
    ("ip.marks",
     "The Provider may identify the Customer as a customer of the Services, using its name and logo, on the Website and in marketing materials, unless the Customer objects by written notice, in which case the Provider shall cease such use within thirty (30) days.",
     "The Provider may identify the Customer as a customer of the Services, using its name and logo, on the Website and in marketing materials only with the Customer's prior written consent, which the Customer may withdraw at any time, in which case the Provider shall cease such use within thirty (30) days."),
    ("ip.suggestions",
     "Feedback does not include Customer Data, and the Provider shall not identify the Customer as the source of any Feedback without its consent.",
     "Feedback does not include Customer Data, and the Provider shall not publicly identify the Customer or any Authorised User as the source of any Feedback without the Customer's consent."),
    ("disclaimers.noadvice",
     "The Customer remains responsible for checking that the documents it produces with the Services comply with the requirements that apply to it.",
     "The Customer remains solely responsible for verifying that the documents it produces with the Services comply with the legal, tax and regulatory requirements that apply to it."),
    ("liability.exclusions",
     "The Provider shall not be liable for any loss of or damage to Customer Data, except to the extent of the cost of restoring it from the most recent backup in accordance with {S:data.backups}.",
     "The Provider's liability for any loss of or damage to Customer Data is limited to the cost of restoring it from the most recent backup in accordance with {S:data.backups}, save where the loss results from the Provider's breach of {S:security}."),
    ("force.events",
     "A Force Majeure Event does not excuse the Customer's obligation to pay Fees for Services already provided.",
     "A Force Majeure Event does not excuse either party's obligation to pay amounts that have fallen due, including the Fees for Services already provided."),
]

FIGURES = [  # (kind, sub-clause, the words around the figure, old figure, new figure)
    ("amount", "plans.list", "Professional, at $49.99", "$49.99", "$54.99"),
    ("amount", "liability.cap", "giving rise to the claim and EUR 1,500.00", "EUR 1,500.00", "EUR 5,000.00"),
    ("duration", "termination.convenience", "the Provider thirty (30) days' written notice", "thirty (30) days", "sixty (60) days"),
    ("duration", "confidentiality.duration", "five (5) years after its end", "five (5) years", "seven (7) years"),
    ("rate", "payment.late", "a rate of 1% per month", "1% per month", "1.5% per month"),
    ("date", "prices.fixed", "Subscription Plan before 31 December 2026", "31 December 2026", "30 June 2027"),
]

CURLY_SECTIONS = ["definitions", "accounts.eligibility", "notices", "law", "general"]  # typographic quotes in the new version
REFLOWED = 8  # paragraphs of the new version rewrapped (half on one line, half at 64 columns)


def find_sub(sections, key):
    for section in sections:
        for sub in section.subs:
            if sub.key == key:
                return section, sub
    raise KeyError(key)


def replace_once(sub, old, new):
    """Replace old by new in the sub-clause; it must occur exactly once there."""
    hits = [(b, i) for b in sub.blocks for i, text in enumerate([b.text] if b.kind == "p" else b.text) if old in text]
    count = sum((b.text if b.kind == "p" else b.text[i]).count(old) for b, i in hits)
    if count != 1:
        raise SystemExit(f"generate.py: {old!r} occurs {count} times in {sub.key}")
    block, index = hits[0]
    if block.kind == "p":
        block.text = block.text.replace(old, new)
    else:
        block.text[index] = block.text[index].replace(old, new)
    return block


def amend(old_sections, new_only, rng):
    """The new version's articles, and the notes on the changes that renumbering does not tell."""
    sections = copy.deepcopy(old_sections)
    by_key = {s.key: s for s in sections}
    extra = {s.key: s for s in copy.deepcopy(new_only)}
    touched = set()  # sub-clauses with a change of substance (left alone by the noise)

    # Structure: 1 deleted, 1 moved, 1 split in two, 2 merged into one, 3 added.
    sections.remove(by_key["beta"])
    confidentiality = by_key["confidentiality"]
    sections.remove(confidentiality)
    sections.insert(sections.index(by_key["insurance"]) + 1, confidentiality)
    ip = by_key["ip"]
    ip.title = "Intellectual Property"
    feedback = Section("feedback", "Feedback")
    feedback.topics, feedback.related = ["any feedback given by the Customer"], ["ip", "data"]
    feedback.subs = [sub for sub in ip.subs if sub.key in ("ip.feedback", "ip.suggestions")]
    ip.subs = [sub for sub in ip.subs if sub not in feedback.subs]
    feedback.subs[0].title = "Provision of Feedback"
    sections.insert(sections.index(ip) + 1, feedback)
    warranties, disclaimers = by_key["warranties"], by_key["disclaimers"]
    warranties.title = "Warranties and Disclaimers"
    warranties.subs += disclaimers.subs
    sections.remove(disclaimers)
    sections.insert(sections.index(by_key["thirdparty"]) + 1, extra["opensource"])
    sections.insert(sections.index(by_key["maintenance"]) + 1, extra["ai"])
    sections.append(extra["complaints"])
    aliases = {"disclaimers": "warranties"}

    reworded, figures = [], []
    for key, before, after in REWORDED:
        _, sub = find_sub(sections, key)
        replace_once(sub, before, after)
        touched.add(key)
        reworded.append((key, before, after))
    for kind, key, context, before, after in FIGURES:
        _, sub = find_sub(sections, key)
        block = replace_once(sub, context, context.replace(before, after))
        changed = context.replace(before, after)
        text = block.text if block.kind == "p" else next(t for t in block.text if changed in t)
        sentence = next(s for s in split_sentences(text) if changed in s)
        touched.add(key)
        figures.append((kind, key, before, after, sentence.replace(after, before), sentence))

    # Typographic noise: quotes in a few articles, a few paragraphs reflowed.
    curly = []
    for name in CURLY_SECTIONS:
        for section in sections:
            for sub in section.subs:
                if sub.key == name or section.key == name:
                    assert sub.key not in touched, sub.key
                    for block in sub.blocks:
                        block.curly = True
                    if any(c in "\"'" for b in sub.blocks for t in ([b.text] if b.kind == "p" else b.text) for c in t):
                        curly.append(sub.key)
    candidates = [(section, sub, block) for section in sections for sub in section.subs for block in sub.blocks
                  if block.kind == "p" and sub.key not in touched and not block.curly and "{" not in block.text
                  and len(block.text) > 2 * WIDTH and section.key not in extra]
    reflowed = []
    for n, (section, sub, block) in enumerate(rng.sample(candidates, REFLOWED)):
        block.wrap = None if n % 2 == 0 else 64
        reflowed.append((sub.key, block))
    return sections, aliases, reworded, figures, curly, reflowed


def split_sentences(text):
    return re.split(r"(?<=[.;:])\s+(?=[A-Z\"(])", text)


# ---------------------------------------------------------------------------------------------
# Rendering.

class Numbers:
    """Article and sub-clause numbers of one version, to resolve {S:key} and {N:key}."""

    def __init__(self, sections, aliases=None):
        self.number, self.title = {}, {}
        for n, section in enumerate(sections, 1):
            self.number[section.key] = str(n)
            self.title[section.key] = section.title
            for m, sub in enumerate(section.subs, 1):
                self.number[sub.key] = f"{n}.{m}"
                self.title[sub.key] = sub.title
        for alias, key in (aliases or {}).items():
            self.number[alias] = self.number[key]

    def resolve(self, text):
        def one(match):
            number = self.number[match.group(2)]
            return number if match.group(1) == "N" else f"Section {number}"
        return re.sub(r"\{([SN]):([a-z_.]+)\}", one, text)


def curly_quotes(text):
    text = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text)
    return text.replace("'", "\u2019")


def wrap(text, width, indent=""):
    """Greedy wrap that never starts a line with something Markdown would read as a block marker."""
    if width is None:
        return text
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width - len(indent) and not re.match(r"^(\d+[.)]|[-+*>#]|\|)", word):
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return ("\n" + indent).join(lines)


def render_text(text, numbers, block):
    text = numbers.resolve(text)
    return curly_quotes(text) if block.curly else text


def render(title, preamble, sections, numbers):
    out = [f"# {title}", ""]
    for block in preamble:
        out += [wrap(render_text(block.text, numbers, block), block.wrap), ""]
    for section in sections:
        out += [f"## {numbers.number[section.key]}. {section.title}", ""]
        for sub in section.subs:
            out += [f"### {numbers.number[sub.key]} {sub.title}", ""]
            for block in sub.blocks:
                if block.kind == "p":
                    out += [wrap(render_text(block.text, numbers, block), block.wrap), ""]
                else:
                    out += ["- " + wrap(render_text(item, numbers, block), block.wrap, "  ") for item in block.text]
                    out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------------------------
# The ground truth.

def sections_table(old_sections, new_sections, old_numbers, new_numbers):
    """Every article of either version: its number and title in each, and what happened to it."""
    old_keys = [s.key for s in old_sections]
    new_keys = [s.key for s in new_sections]
    old_order = [k for k in old_keys if k in new_keys]
    new_order = [k for k in new_keys if k in old_keys]
    rows = []
    for key in old_keys + [k for k in new_keys if k not in old_keys]:
        row = {"key": key,
               "old": old_numbers.number.get(key) if key in old_keys else None,
               "new": new_numbers.number.get(key) if key in new_keys else None,
               "oldTitle": old_numbers.title.get(key) if key in old_keys else None,
               "newTitle": new_numbers.title.get(key) if key in new_keys else None}
        if key not in new_keys:
            row["change"] = "merged" if key == "disclaimers" else "deleted"
        elif key not in old_keys:
            row["change"] = "split" if key == "feedback" else "added"
        elif key == "confidentiality":
            row["change"] = "moved"
        elif key == "ip":
            row["change"] = "split"
        elif key == "warranties":
            row["change"] = "merged"
        elif row["old"] != row["new"]:
            row["change"] = "renumbered"
        else:
            row["change"] = "same number"
        rows.append(row)
    assert old_order != new_order  # the move shows in the order
    return sorted(rows, key=lambda r: (float(r["new"]) if r["new"] else float(r["old"]) - 0.5))


def references(old_sections, new_sections, old_numbers, new_numbers):
    """Every cross-reference whose rendering changed although the sentence holding it did not."""
    def places(sections, numbers):
        found = {}
        for section in sections:
            for sub in section.subs:
                for block in sub.blocks:
                    for text in [block.text] if block.kind == "p" else block.text:
                        for m in re.finditer(r"\{([SN]):([a-z_.]+)\}", text):
                            found.setdefault((sub.key, text, m.start()), (m.group(0), numbers.number[sub.key]))
        return found
    old_places, new_places = places(old_sections, old_numbers), places(new_sections, new_numbers)
    rows = []
    for place, (ref, old_clause) in old_places.items():
        if place not in new_places:
            continue
        new_clause = new_places[place][1]
        before, after = old_numbers.resolve(ref), new_numbers.resolve(ref)
        if before != after:
            rows.append({"oldClause": old_clause, "newClause": new_clause, "old": before, "new": after})
    return sorted(rows, key=lambda r: [int(x) for x in r["newClause"].split(".")])


def moved_clauses(old_sections, key, old_numbers, new_numbers):
    """The sub-clauses of an article, old and new number and title."""
    section = next(s for s in old_sections if s.key == key)
    return [{"old": old_numbers.number[sub.key], "new": new_numbers.number[sub.key],
             "oldTitle": old_numbers.title[sub.key], "newTitle": new_numbers.title[sub.key]} for sub in section.subs]


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: python3 bench/redline/generate.py OUTDIR")
    outdir = pathlib.Path(sys.argv[1])
    outdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)

    title, preamble, old_sections, new_only = read_clauses()
    add_filler(old_sections, rng, TARGET_WORDS, preamble)
    old_numbers = Numbers(old_sections)
    new_sections, aliases, reworded, figures, curly, reflowed = amend(old_sections, new_only, rng)
    new_numbers = Numbers(new_sections, aliases)

    old_md = render(title, preamble, old_sections, old_numbers)
    new_md = render(title, preamble, new_sections, new_numbers)
    (outdir / "old.md").write_text(old_md, encoding="utf-8")
    (outdir / "new.md").write_text(new_md, encoding="utf-8")

    def clause(numbers, key):
        return numbers.number[key]

    table = sections_table(old_sections, new_sections, old_numbers, new_numbers)
    split_row = next(r for r in table if r["key"] == "ip")
    feedback_row = next(r for r in table if r["key"] == "feedback")
    truth = {
        "generator": "bench/redline/generate.py",
        "seed": SEED,
        "old": {"file": "old.md", "articles": len(old_sections), "words": len(old_md.split())},
        "new": {"file": "new.md", "articles": len(new_sections), "words": len(new_md.split())},
        "summary": {"added": 3, "deleted": 1, "moved": 1, "split": 1, "merged": 1, "reworded": len(reworded),
                    "figures": len(figures), "renumbered": sum(r["change"] == "renumbered" for r in table)},
        "articles": table,
        "added": [{"new": r["new"], "title": r["newTitle"]} for r in table if r["change"] == "added"],
        "deleted": [{"old": r["old"], "title": r["oldTitle"]} for r in table if r["change"] == "deleted"],
        "moved": [{"old": r["old"], "new": r["new"], "title": r["newTitle"]} for r in table if r["change"] == "moved"],
        "split": [{"old": split_row["old"], "title": split_row["oldTitle"],
                   "into": [{"new": split_row["new"], "title": split_row["newTitle"]},
                            {"new": feedback_row["new"], "title": feedback_row["newTitle"]}],
                   "clauses": moved_clauses(old_sections, "ip", old_numbers, new_numbers)}],
        "merged": [{"old": [old_numbers.number["warranties"], old_numbers.number["disclaimers"]],
                    "titles": [old_numbers.title["warranties"], old_numbers.title["disclaimers"]],
                    "new": new_numbers.number["warranties"], "title": new_numbers.title["warranties"],
                    "clauses": moved_clauses(old_sections, "warranties", old_numbers, new_numbers)
                    + moved_clauses(old_sections, "disclaimers", old_numbers, new_numbers)}],
        "reworded": [{"oldClause": clause(old_numbers, key), "newClause": clause(new_numbers, key),
                      "old": old_numbers.resolve(before), "new": new_numbers.resolve(after)}
                     for key, before, after in reworded],
        "figures": [{"kind": kind, "old": before, "new": after,
                     "oldClause": clause(old_numbers, key), "newClause": clause(new_numbers, key),
                     "oldSentence": old_numbers.resolve(old_sentence), "newSentence": new_numbers.resolve(new_sentence)}
                    for kind, key, before, after, old_sentence, new_sentence in figures],
        "references": references(old_sections, new_sections, old_numbers, new_numbers),
        "noise": {
            "curlyQuotes": [{"oldClause": clause(old_numbers, key), "newClause": clause(new_numbers, key)} for key in curly],
            "reflowed": [{"oldClause": clause(old_numbers, key), "newClause": clause(new_numbers, key),
                          "width": block.wrap or "one line", "start": block.text[:60]} for key, block in reflowed],
        },
    }
    (outdir / "amendments.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{outdir}/old.md: {truth['old']['articles']} articles, {truth['old']['words']} words; "
          f"{outdir}/new.md: {truth['new']['articles']} articles, {truth['new']['words']} words; "
          f"{outdir}/amendments.json: {len(reworded)} reworded, {len(figures)} figures, "
          f"{len(truth['references'])} references renumbered")


if __name__ == "__main__":
    main()
