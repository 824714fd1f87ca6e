"""A case's archive page: the checklist, a scan uploaded through the form, archiving refused while incomplete."""

import re

from sqlmodel import select

from services.intake.applications.models import Application
from tests.web.inprocess import four_apps, login

PDF = b"%PDF-1.7\n%%EOF\n"


class TestArchivePage:
    def test_upload_and_refused_archive(self, engines, tmp_path):
        with four_apps(engines) as apps:
            apps["intake"].state.settings.archive_dir = str(tmp_path)
            with apps["intake"].state.db.session() as s:
                case = s.exec(
                    select(Application)
                    .where(Application.window_region == "370211001")
                    .order_by(Application.id)
                ).first()
            browser = login(apps["web"], "window_hd")
            page = browser.get(f"/applications/{case.id}/archive")
            assert page.status_code == 200, page.text[:500]
            csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
            code = re.search(r'<option value="([a-z_]+)">', page.text).group(1)
            sent = browser.post(
                f"/applications/{case.id}/archive/files",
                data={"csrf_token": csrf, "material_code": code},
                files={"file": ("scan.pdf", PDF, "application/pdf")},
            )
            assert sent.status_code == 303, sent.text[:500]
            assert "scan.pdf" in browser.get(f"/applications/{case.id}/archive").text
            bad = browser.post(
                f"/applications/{case.id}/archive/files",
                data={"csrf_token": csrf, "material_code": code},
                files={"file": ("scan.pdf", b"not a scan", "application/pdf")},
            )
            assert 'data-testid="form-error"' in bad.text
