"""Web pages for the eligibility service (templates under web/templates/eligibility/)."""

from fastapi import APIRouter, Depends

from web.session import csrf_protect

router = APIRouter(dependencies=[Depends(csrf_protect)])
