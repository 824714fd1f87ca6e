"""The district window's inbox of incoming 转送 slips (救助事项转送通知单 from the towns' windows)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from services.common.vocabulary import OPEN_SLIP_STATES, Role, SlipKind
from web.rendering import render
from web.session import WebUser, csrf_protect, require_roles

router = APIRouter(dependencies=[Depends(csrf_protect)])
Window = Annotated[WebUser, Depends(require_roles(Role.WINDOW_STAFF))]


@router.get("/escalations")
def escalations(request: Request, user: Window, show: str = "open"):
    """Open 转送 slips addressed to this district's window (all of them with show=all)."""
    rows = request.app.state.transfer.list_slips(kind=SlipKind.ESCALATE.value, token=user.token)
    rows = [r for r in rows if r.receiver_region == user.region]
    if show == "open":
        rows = [r for r in rows if r.state in OPEN_SLIP_STATES]
    return render(request, "transfer/escalations.html", {"slips": rows, "show": show})
