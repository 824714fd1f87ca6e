"""Supervisor pages for 三随机 and the archive check: draw through the form, record a finding, see the report."""

import re

from tests.web.inprocess import four_apps, login


class TestAuditPages:
    def test_draw_record_and_report(self, engines):
        with four_apps(engines) as apps:
            browser = login(apps["web"], "supervisor")
            page = browser.get("/audits")
            assert page.status_code == 200, page.text[:500]
            csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
            form = {"csrf_token": csrf, "region": "370211", "seed": "2026", "size": "3", "auditors": ""}
            drawn = browser.post("/audits", data=form)
            assert drawn.status_code == 303, drawn.text[:500]
            sample = browser.get(drawn.headers["location"])
            assert sample.status_code == 200 and 'data-testid="audit-cases"' in sample.text
            action = re.search(r'action="(/audits/\d+/cases/\d+)"', sample.text).group(1)
            body = {"csrf_token": csrf, "outcome": "problem", "category": "materials", "text": "缺户口簿"}
            assert browser.post(action, data=body).status_code == 303
            report = browser.get("/audits").text
            assert "材料不全或不实 1" in report
            bad = browser.post(action, data=body | {"category": ""}, follow_redirects=True)
            assert 'data-testid="form-error"' in bad.text
            again = browser.post("/audits", data=form | {"size": "501"})
            assert 'data-testid="form-error"' in again.text

    def test_integrity_page(self, engines):
        with four_apps(engines) as apps:
            page = login(apps["web"], "supervisor").get("/archive/integrity")
            assert page.status_code == 200 and 'data-testid="integrity-summary"' in page.text
