"""Web pages for the intake service (templates under web/templates/intake/)."""

from fastapi import APIRouter, Depends

from web.session import csrf_protect

router = APIRouter(dependencies=[Depends(csrf_protect)])
