"""Every page of every role, rendered with seeded data, reads as Chinese: no English word, code, username,
service or library name in the text a person sees (issue 15, done-when). In-process, four apps wired."""

import re
from html.parser import HTMLParser

import pytest

from tests.web.inprocess import four_apps, hand_over, login
from web.nav import NAV, PUBLIC_NAV

# what may stay: document and file kinds people know, and numbers shaped like our case/slip/receipt numbers
ALLOWED = {"PDF", "CSV", "Excel", "XLSX", "A4", "QR", "JPEG/PNG", "MB"}
# case, slip and receipt numbers (a receipt adds -HZ to its case number: HD-2026-00010-HZ)
NUMBER = re.compile(r"\b[A-Z]{1,6}(?:-[A-Z0-9]+)*-\d{4}-\d+(?:-[A-Z]{1,4}\d*)?\b|\b[A-Z]{2,}\d{6,}\b")
POSTS = re.compile(r"[AB]岗")  # A岗/B岗: the official name of the A/B post system
URL = re.compile(r"https?://\S+")  # printed under a QR code for the applicant to type
WORD = re.compile(r"[A-Za-z][A-Za-z0-9_./:-]*[A-Za-z0-9]|[A-Za-z]")
USERS = {
    "window_staff": "window_hd",
    "district_window": "window_qu",
    "department_staff": "dept_edu",
    "street_department": "dept_hd_ca",
    "supervisor": "supervisor",
    "admin": "admin",
    "agent": "agent_hd",
    "grid_worker": "grid_hd",
}
ROLE_OF = {"district_window": "window_staff", "street_department": "department_staff"}


class VisibleText(HTMLParser):
    """The words a person sees (or hears from a screen reader): text outside script/style and the
    placeholder, aria-label, title and value of visible controls."""

    SKIP = {"script", "style", "template"}  # and any element of class "ident": a login name an admin manages

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.skip_tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in self.SKIP or "ident" in (a.get("class") or "").split():
            self.skip_tags.append(tag)
            self.skipping += 1
            return
        if a.get("type") == "hidden" or a.get("hidden") is not None:
            return
        for name in ("placeholder", "aria-label", "title", "alt"):
            if a.get(name):
                self.parts.append(a[name])
        if tag == "input" and a.get("type") in ("submit", "button") and a.get("value"):
            self.parts.append(a["value"])

    def handle_endtag(self, tag):
        if self.skip_tags and tag == self.skip_tags[-1]:
            self.skip_tags.pop()
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.parts.append(data.strip())


def foreign_words(html: str) -> list[str]:
    """English words, codes and identifiers in the visible text (case and slip numbers allowed)."""
    parser = VisibleText()
    parser.feed(html)
    text = NUMBER.sub(" ", URL.sub(" ", POSTS.sub(" ", " ".join(parser.parts))))
    return sorted({w for w in WORD.findall(text) if w not in ALLOWED})


class TestScanner:
    def test_finds_codes_usernames_and_english_but_not_numbers(self):
        html = (
            "<main><p>已收取：application_letter</p><td>window_hd</td><p>Method Not Allowed</p>"
            "<p>HD-2026-00001 PDF</p><script>var x = 'hidden'</script>"
            '<input type="hidden" value="csrf"><input placeholder="e.g. name"></main>'
        )
        assert foreign_words(html) == [
            "Allowed",
            "Method",
            "Not",
            "application_letter",
            "e.g",
            "name",
            "window_hd",
        ]


def _links(html: str, pattern: str) -> list[str]:
    return sorted(set(re.findall(rf'href="({pattern})"', html)))


@pytest.fixture(scope="module")
def stack(engines):
    with four_apps(engines) as apps:
        # a case all the way to slips, so the case page, slip page and inbox have something to show
        window = login(apps["web"], "window_hd")
        for case in _links(window.get("/applications").text, r"/applications/\d+"):
            page = window.get(case).text
            if "受理并出具回执" in page:
                window.post(f"{case}/do/accept", data={"csrf_token": window.csrf})
        hand_over(apps)
        yield apps


def pages_of(browser, role: str) -> list[str]:
    """The role's navigation pages and the first detail page of each kind they link to."""
    paths = [href for _, href in NAV[role]]
    details = []
    for path in paths:
        html = browser.get(path).text
        for pattern in (
            r"/applications/\d+",
            r"/slips/\d+",
            r"/admin/catalogue/[a-z_]+",
            r"/consultations/\d+",
        ):
            found = _links(html, pattern)
            if found:
                details.append(found[0])
    extra = []
    for detail in sorted(set(details)):
        if detail.startswith("/applications/"):
            extra += [f"{detail}/receipt/print", f"{detail}/notice/print"]
    return paths + sorted(set(details)) + extra


@pytest.mark.parametrize("who", list(USERS))
def test_every_page_of_the_role_reads_as_chinese(stack, who):
    browser = login(stack["web"], USERS[who])
    found = {}
    for path in pages_of(browser, ROLE_OF.get(who, who)):
        answer = browser.get(path)
        if answer.status_code in (303, 404):
            continue
        words = foreign_words(answer.text)
        if words:
            found[path] = words
    assert not found, "\n".join(f"{p}: {w}" for p, w in found.items())


def test_public_pages_read_as_chinese(stack):
    from starlette.testclient import TestClient

    browser = TestClient(stack["web"])
    found = {}
    for _, path in PUBLIC_NAV + [("", "/login"), ("", "/no-such-page")]:
        words = foreign_words(browser.get(path).text)
        if words:
            found[path] = words
    assert not found, "\n".join(f"{p}: {w}" for p, w in found.items())
