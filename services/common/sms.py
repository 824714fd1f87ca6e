"""Sending text messages (verification codes): one protocol, a log-only default, a real gateway plugs in.

The gateway is chosen by a setting (YIMEN_INTAKE_SMS_GATEWAY): `log` (the default) writes the message
to the log with the phone number masked; `package.module:factory` imports a callable that returns an
object with `send(phone, text)` (e.g. a wrapper around the operator's SMS API), so no code changes.
"""

import importlib
import logging
from typing import Protocol, runtime_checkable

from services.common.errors import ServiceUnavailable
from services.common.observability import mask_personal_data

log = logging.getLogger("yimen.sms")


@runtime_checkable
class SmsGateway(Protocol):
    """Anything that can send one text message; raises ServiceUnavailable when it cannot."""

    def send(self, phone: str, text: str) -> None: ...


def mask_phone(phone: str) -> str:
    """138****0000: what a log may show of a phone number."""
    digits = "".join(c for c in phone if c.isdigit())
    return digits[:3] + "****" + digits[-4:] if len(digits) >= 7 else "****"


class LogSmsGateway:
    """Writes each message to the log instead of sending it (demo, tests, a site without an SMS contract)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []  # (masked phone, text), for tests in the same process

    def send(self, phone: str, text: str) -> None:
        masked = mask_phone(phone)
        self.sent.append((masked, text))
        log.info("短信（仅记录，未发送）to %s: %s", masked, mask_personal_data(text))


def load_gateway(spec: str) -> SmsGateway:
    """`log`, or `package.module:factory` returning a gateway; a bad spec fails at start-up, naming it."""
    if spec in ("", "log"):
        return LogSmsGateway()
    module_name, _, attribute = spec.partition(":")
    if not attribute:
        raise ValueError(f"SMS gateway {spec!r}: expected 'log' or 'package.module:factory'")
    gateway = getattr(importlib.import_module(module_name), attribute)()
    if not isinstance(gateway, SmsGateway):
        raise ValueError(f"SMS gateway {spec!r} has no send(phone, text) method")
    return gateway


def send_or_unavailable(gateway: SmsGateway, phone: str, text: str) -> None:
    """Send; any failure of the gateway is a 503 for the caller (the code row is rolled back with it)."""
    try:
        gateway.send(phone, text)
    except ServiceUnavailable:
        raise
    except Exception as exc:  # a third-party gateway may raise anything; the resident just retries later
        log.warning("SMS gateway failed: %s", type(exc).__name__)
        raise ServiceUnavailable("短信发送失败，请稍后再试") from exc
