"""Web pages for the transfer service (templates under web/templates/transfer/)."""

from fastapi import APIRouter, Depends

from web.session import csrf_protect

router = APIRouter(dependencies=[Depends(csrf_protect)])
