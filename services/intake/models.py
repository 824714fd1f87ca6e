"""Every intake table, imported so alembic and create_all see the whole metadata."""

from services.intake.accounts.models import RevokedToken, StaffAccount, Throttle
from services.intake.agents.models import AgentProfile
from services.intake.applications import indexes  # noqa: F401  (indexes for the ledger and statistics)
from services.intake.applications.models import (
    Application,
    ApplicationItem,
    ApplicationMember,
    Counter,
    DataAccess,
    StatusChange,
    TimelineEntry,
)
from services.intake.appointments.models import (
    Appointment,
    AppointmentReminder,
    AppointmentSlot,
    AppointmentWindow,
    DutyShift,
)
from services.intake.archive.models import ArchiveFile, CaseArchive
from services.intake.audit.models import ReadAudit
from services.intake.audits.models import AuditCase, AuditSample
from services.intake.base import metadata
from services.intake.consultations.models import Consultation, ConsultationAccess
from services.intake.deadlines.models import CalendarNotice, ClockPause, DeadlineRecompute, Extension
from services.intake.handoff.models import CaseSlip, IntakeIdempotency, IntakeOutbox
from services.intake.homeservice.models import HomeTask
from services.intake.notices.models import OneTimeNotice, Supplement
from services.intake.online.models import OnlineApplication, PhoneVerification
from services.intake.outreach.models import Household, OutreachVisit, VisitPhoto
from services.intake.people.models import Complaint, ProgressAttempt, Rating

__all__ = [
    "metadata",
    "StaffAccount",
    "RevokedToken",
    "Throttle",
    "Application",
    "ApplicationItem",
    "ApplicationMember",
    "Counter",
    "DataAccess",
    "ReadAudit",
    "AuditSample",
    "AuditCase",
    "ArchiveFile",
    "CaseArchive",
    "StatusChange",
    "TimelineEntry",
    "CalendarNotice",
    "ClockPause",
    "DeadlineRecompute",
    "Extension",
    "CaseSlip",
    "IntakeIdempotency",
    "IntakeOutbox",
    "OneTimeNotice",
    "Supplement",
    "Complaint",
    "ProgressAttempt",
    "Rating",
    "Consultation",
    "ConsultationAccess",
    "OnlineApplication",
    "PhoneVerification",
    "AgentProfile",
    "Appointment",
    "AppointmentReminder",
    "AppointmentSlot",
    "AppointmentWindow",
    "DutyShift",
    "HomeTask",
    "Household",
    "OutreachVisit",
    "VisitPhoto",
]
