"""Route dependencies particular to transfer: the issuing context and the secret cipher."""

from typing import Annotated

from cryptography.fernet import Fernet
from fastapi import Depends, Path, Request

from services.transfer.slips.issuing import Context
from services.transfer.slips.schemas import MAX_ID


def _ctx(request: Request) -> Context:
    return request.app.state.ctx


def _cipher(request: Request) -> Fernet:
    return request.app.state.cipher


CtxDep = Annotated[Context, Depends(_ctx)]
CipherDep = Annotated[Fernet, Depends(_cipher)]
DbId = Annotated[int, Path(ge=1, le=MAX_ID, description="数据库编号")]
