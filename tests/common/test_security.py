"""Platform security: production settings refuse what would silently weaken it, forwarded addresses are
believed only from trusted proxies, and every service sends its own security headers."""

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from services.common.app import create_service_app
from services.common.db import Database
from services.common.proxies import forwarded_client
from services.common.settings import PlatformSettings
from services.eligibility.settings import EligibilitySettings
from services.intake.settings import IntakeSettings
from services.transfer.settings import TransferSettings

GOOD_SECRET = "0123456789abcdef" * 4
NGINX = Path(__file__).resolve().parents[2] / "deploy" / "nginx.conf"


class TestProductionSettings:
    @pytest.mark.parametrize(
        "cls,variable",
        [
            (IntakeSettings, "YIMEN_INTAKE_DATABASE_URL"),
            (EligibilitySettings, "YIMEN_ELIGIBILITY_DATABASE_URL"),
            (TransferSettings, "YIMEN_TRANSFER_DATABASE_URL"),
        ],
    )
    def test_no_database_url_refuses_to_start_naming_the_variable(self, cls, variable, tmp_path, monkeypatch):
        monkeypatch.chdir(tmp_path)  # before: an empty data/<service>.db appeared here
        monkeypatch.setenv("YIMEN_TRANSFER_SECRET_KEY", "")
        with pytest.raises(ValueError, match=variable):
            cls(platform=PlatformSettings(mode="production", auth_secret=GOOD_SECRET))
        assert not (tmp_path / "data").exists()

    def test_demo_mode_still_defaults_to_sqlite(self, tmp_path, monkeypatch):
        monkeypatch.chdir(tmp_path)
        assert IntakeSettings().database_url.startswith("sqlite:///")

    @pytest.mark.parametrize("secret", ["x" * 64, "ab" * 32, "abcdefg" * 8])
    def test_a_secret_of_few_different_characters_is_refused(self, secret):
        with pytest.raises(ValidationError, match="YIMEN_AUTH_SECRET"):
            PlatformSettings(mode="production", auth_secret=secret)

    def test_a_varied_secret_is_accepted(self):
        assert PlatformSettings(mode="production", auth_secret=GOOD_SECRET).mode == "production"


class TestForwardedFor:
    def test_a_direct_caller_cannot_choose_its_address(self):
        assert forwarded_client("198.51.100.9", "10.0.0.1", "") == "198.51.100.9"
        assert forwarded_client("198.51.100.9", "10.0.0.1", "127.0.0.1") == "198.51.100.9"

    def test_behind_a_trusted_proxy_the_last_untrusted_hop_is_the_client(self):
        # a client-written first entry is skipped: only what our proxy appended counts
        assert forwarded_client("10.1.2.3", "6.6.6.6, 203.0.113.5", "10.0.0.0/8") == "203.0.113.5"
        assert forwarded_client("10.1.2.3", "203.0.113.5, 10.9.9.9", "10.0.0.0/8, 127.0.0.1") == "203.0.113.5"

    def test_a_trusted_proxy_without_the_header_is_itself(self):
        assert forwarded_client("127.0.0.1", "", "127.0.0.1") == "127.0.0.1"

    def test_a_bad_setting_is_an_error_not_ignored(self):
        with pytest.raises(ValueError):
            forwarded_client("10.0.0.1", "1.2.3.4", "not-an-address")

    def test_nginx_sets_the_header_instead_of_appending_to_the_clients(self):
        text = NGINX.read_text(encoding="utf-8")
        assert re.search(r"proxy_set_header\s+X-Forwarded-For\s+\$remote_addr;", text)
        assert "$proxy_add_x_forwarded_for" not in text


@pytest.fixture
def client(make_client):
    """A bare service as create_service_app builds every one of the three."""
    settings = IntakeSettings(database_url="sqlite://", run_workers=False)
    app = create_service_app(
        name="probe", title="probe", description="", settings=settings, db=Database("sqlite://"), routers=[]
    )
    return make_client(app)


class TestServiceSecurityHeaders:
    @pytest.mark.parametrize("path", ["/healthz", "/v1/no-such-route", "/openapi.json"])
    def test_every_answer_carries_them(self, client, path):
        response = client.get(path)
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "same-origin"
        assert response.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"

    def test_the_api_docs_page_still_loads_its_bundle(self, client):
        csp = client.get("/docs").headers["content-security-policy"]
        assert "https://cdn.jsdelivr.net" in csp and "frame-ancestors 'none'" in csp
