"""Partner callbacks signed with Standard Webhooks: the department's whsec_ secret as well as its token.

The partner signs each call it makes to us (`webhook-id`, `webhook-timestamp`, `webhook-signature`,
the same scheme as our webhooks to it) with the department's signing secret; we accept any secret
still signing (newest or inside its rotation overlap), within the `standardwebhooks` tolerance of
±5 minutes. The `ymp_` token stays the first factor: a signature never stands in for it.
"""

from cryptography.fernet import Fernet
from sqlmodel import Session
from standardwebhooks.webhooks import Webhook

from services.common.errors import Unauthorized
from services.transfer.departments import service

SIGNATURE_HEADERS = ("webhook-id", "webhook-timestamp", "webhook-signature")


def is_signed(headers) -> bool:
    """The call carries a signature (any of the three headers: a partial set is a bad signature)."""
    return any(headers.get(h) for h in SIGNATURE_HEADERS)


def check_signature(
    *, session: Session, cipher: Fernet, department_id: str, headers, body: bytes, required: bool
) -> bool:
    """True when the call is signed by the department; 401 when a signature is wrong, stale or, if
    `required`, missing. An unsigned call is accepted (token only) unless signatures are required."""
    if not is_signed(headers):
        if required:
            raise Unauthorized("协同部门回调须附 Standard Webhooks 签名（webhook-signature）")
        return False
    wanted = {h: headers.get(h, "") for h in SIGNATURE_HEADERS}
    secrets = service.signing_secrets(session=session, cipher=cipher, department_id=department_id)
    if any(_verifies(secret, body, wanted) for secret in secrets):
        return True
    raise Unauthorized("回调签名无效或已过期（时间戳须在 ±5 分钟内）")


def _verifies(secret: str, body: bytes, headers: dict[str, str]) -> bool:
    try:
        Webhook(secret).verify(body, headers, json_parse=False)
    except Exception:  # forged, stale or malformed (a bad header even fails to split): not this secret
        return False
    return True
