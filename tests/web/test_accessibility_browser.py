"""Accessibility by a real rule set: axe-core (vendored, tests/web/vendor/) runs over every page of every role
with the WCAG 2.1 A/AA rules; any critical or serious violation fails. Screenshots at 1366×768 (public pages
also at 390×844) go to test-artifacts/ for people to look at."""

import base64
import hashlib
import re
from pathlib import Path

import pytest

from tests.web.conftest import DEMO_PASSWORD, screenshot

pytestmark = pytest.mark.browser

VENDOR = Path(__file__).parent / "vendor"
AXE_SRI = "sha256-KTSJmUUM3yhJqOcLeRL8LahahJ2jnA0NU5T1HUqe2Vw="  # axe-core 4.14.1, see vendor/README.md
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"critical", "serious"}
PUBLIC_PAGES = ["/login", "/progress", "/rate", "/complaint"]
ROLES = ["window_hd", "dept_edu", "supervisor", "admin"]
# one detail page per kind a role reaches from its lists (the first link of each pattern)
DETAIL_LINKS = [
    r"^/applications/\d+$",
    r"^/slips/\d+$",
    r"^/admin/catalogue/[a-z_]+$",
]


@pytest.fixture(scope="module")
def axe_source() -> str:
    source = (VENDOR / "axe.min.js").read_bytes()
    digest = "sha256-" + base64.b64encode(hashlib.sha256(source).digest()).decode()
    assert digest == AXE_SRI, "vendored axe.min.js differs from the published file"
    return source.decode()


def new_page(chromium, live_stack, width=1366, height=768):
    # bypass_csp: the page's own policy (scripts from 'self' only) would refuse the injected rule engine
    context = chromium.new_context(
        base_url=live_stack["web"],
        locale="zh-CN",
        viewport={"width": width, "height": height},
        bypass_csp=True,
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


def axe_violations(page, axe_source: str) -> list[str]:
    """Critical and serious WCAG 2.1 A/AA violations on the current page, one readable line each."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe_source)
    result = page.evaluate(
        """async (tags) => {
            const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' — ' + n.failureSummary.split('\\n')[1])}));
        }""",
        WCAG_TAGS,
    )
    return [
        f"{page.url} [{v['impact']}] {v['id']}: {v['help']} @ {' | '.join(v['nodes'])}"
        for v in result
        if v["impact"] in BLOCKING
    ]


def staff_pages(page) -> list[str]:
    """The role's navigation plus the first detail page of each kind linked from those pages."""
    nav = page.eval_on_selector_all("nav.mainnav a", "els => els.map(e => e.getAttribute('href'))")
    pages, seen = list(nav), set(nav)
    for href in nav:
        page.goto(href)
        links = page.eval_on_selector_all("main a[href]", "els => els.map(e => e.getAttribute('href'))")
        for pattern in DETAIL_LINKS:
            first = next((h for h in links if re.match(pattern, h) and h not in seen), None)
            if first and not any(re.match(pattern, p) for p in pages):
                pages.append(first)
                seen.add(first)
    return pages


def slug(path: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "home"


class TestAxe:
    def test_public_pages_have_no_serious_violations(self, chromium, live_stack, axe_source):
        found = []
        for width, height in ((1366, 768), (390, 844)):
            context, page = new_page(chromium, live_stack, width, height)
            for path in PUBLIC_PAGES:
                assert page.goto(path).status == 200, path
                screenshot(page, f"a11y-public-{slug(path)}-{width}")
                found += axe_violations(page, axe_source)
            context.close()
        assert not found, "\n".join(found)

    @pytest.mark.parametrize("username", ROLES)
    def test_every_page_of_the_role_has_no_serious_violations(
        self, chromium, live_stack, axe_source, username
    ):
        context, page = new_page(chromium, live_stack)
        page.goto("/login")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", DEMO_PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_load_state("networkidle")
        found, visited = [], staff_pages(page)
        assert len(visited) >= 2, visited
        for path in visited:
            answer = page.goto(path)
            page.wait_for_load_state("networkidle")
            screenshot(page, f"a11y-{username}-{slug(path)}")
            if answer.status >= 500:
                found.append(f"{page.url} answered {answer.status}")
                continue
            found += axe_violations(page, axe_source)
        context.close()
        assert not found, f"{len(found)} violations on {len(visited)} pages:\n" + "\n".join(found)
