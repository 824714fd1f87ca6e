"""The SMS interface: the log-only default masks the phone; a real gateway plugs in by a setting."""

import logging

import pytest

from services.common.errors import ServiceUnavailable
from services.common.sms import LogSmsGateway, load_gateway, send_or_unavailable


class Recording:
    """A stand-in for an operator's gateway, loaded by its dotted name."""

    sent: list = []

    def send(self, phone: str, text: str) -> None:
        self.sent.append((phone, text))


class Broken:
    def send(self, phone: str, text: str) -> None:
        raise ConnectionError("operator down")


class TestGateway:
    def test_log_default_masks_the_phone(self, caplog):
        gateway = load_gateway("log")
        assert isinstance(gateway, LogSmsGateway)
        with caplog.at_level(logging.INFO, logger="yimen.sms"):
            gateway.send("13912345678", "验证码为123456")
        assert "13912345678" not in caplog.text and "139****5678" in caplog.text

    def test_a_real_gateway_plugs_in_by_name(self):
        gateway = load_gateway("tests.common.test_sms:Recording")
        gateway.send("13912345678", "hi")
        assert type(gateway).__name__ == "Recording" and gateway.sent[-1] == ("13912345678", "hi")

    def test_bad_setting_fails_at_start_naming_it(self):
        with pytest.raises(ValueError, match="package.module:factory"):
            load_gateway("tests.common.test_sms")
        with pytest.raises(ValueError, match="send"):
            load_gateway("tests.common.test_sms:TestGateway")

    def test_gateway_failure_is_a_503(self):
        with pytest.raises(ServiceUnavailable):
            send_or_unavailable(Broken(), "13912345678", "x")
