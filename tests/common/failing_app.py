"""A service app with one route that fails with personal data in its message (run by a real uvicorn)."""

from fastapi import APIRouter

from services.common.app import create_service_app
from services.common.db import Database
from services.common.settings import ServiceSettings

ID_NUMBER, PHONE = "370211198506120113", "13800138000"
router = APIRouter()


@router.get("/boom")
def boom() -> dict:
    """Fails the way a careless bug would: the resident's numbers inside the exception text."""
    raise RuntimeError(f"申请人 {ID_NUMBER} 电话 {PHONE} 处理失败")


def create():
    """uvicorn --factory target."""
    settings = ServiceSettings(database_url="sqlite://", run_workers=False)
    return create_service_app(
        name="failing",
        title="failing",
        description="test",
        settings=settings,
        db=Database("sqlite://"),
        routers=[router],
    )
