"""The outgoing webhooks as OpenAPI documents them (FastAPI `app.webhooks`)."""

from typing import Literal

from fastapi import FastAPI
from pydantic import BaseModel, Field

from services.common.vocabulary import SlipKind, SlipState


class SlipLinks(BaseModel):
    """Where the partner reads the slip and posts its answers."""

    self: str = Field(description="GET 此地址（带协同部门令牌）取通知单详情；读取留痕")
    events: str = Field(description="POST 回执到此地址")
    verify: str = Field(description="纸质通知单二维码核验页")


class SlipMessageData(BaseModel):
    """Thin payload: identifiers and links only, never ID numbers or incomes."""

    slip_id: int
    slip_number: str
    case_number: str
    kind: SlipKind
    state: SlipState
    due_date: str | None
    links: SlipLinks
    level: Literal["reminder", "supervision"] | None = None
    due_kind: str | None = None


class SlipMessage(BaseModel):
    """Standard Webhooks envelope; headers webhook-id, webhook-timestamp, webhook-signature (v1, HMAC-SHA256)."""

    type: Literal["slip.issued", "slip.reminder", "slip.supervision"]
    timestamp: str
    data: SlipMessageData


def describe_webhooks(app: FastAPI) -> None:
    """Register the outgoing events so /openapi.json lists them under `webhooks`."""

    @app.webhooks.post("slip.issued")
    def slip_issued(body: SlipMessage) -> None:
        """新通知单：接收部门系统收到后回 2xx，再用令牌 GET links.self 取详情，并 POST links.events 回执。

        签名遵循 Standard Webhooks：`webhook-signature` 可含多个以空格分隔的 `v1,<base64>`（密钥轮换重叠期）；
        非 2xx（含 3xx）视为失败，按退避重试一天以上并遵守 `Retry-After`，持续失败则停用该回调地址并告警。
        """

    @app.webhooks.post("slip.reminder")
    def slip_reminder(body: SlipMessage) -> None:
        """催办：通知单的当前期限临近或已过。"""

    @app.webhooks.post("slip.supervision")
    def slip_supervision(body: SlipMessage) -> None:
        """督办：通知单已逾期，区民政局已立督办记录。"""
