"""The two audit trails of a case, written by every domain: its timeline and its personal-data access log."""

from sqlmodel import Session

from services.common.auth import Principal
from services.intake.applications.models import Application, DataAccess, TimelineEntry


def log_access(session: Session, app: Application, principal: Principal, action: str) -> None:
    """Every read and write of a case's personal data is recorded."""
    session.add(
        DataAccess(application_id=app.id, actor=principal.subject, role=principal.role, action=action)
    )


def timeline(session: Session, app: Application, kind: str, detail: str, actor: str, **extra) -> None:
    session.add(TimelineEntry(application_id=app.id, kind=kind, detail=detail, actor=actor, **extra))
