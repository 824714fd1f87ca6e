"""Every transfer table, imported so alembic and create_all see the whole metadata."""

from services.transfer.base import metadata
from services.transfer.deadlines.models import SlipReminder
from services.transfer.delivery.models import DeliveryAlert, SlipDelivery, TransferIdempotency, TransferOutbox
from services.transfer.departments.models import Department, PartnerToken, SigningSecret
from services.transfer.disclosures.models import PublicObjection
from services.transfer.grants.models import Grant, GrantMember
from services.transfer.major.models import MajorReport
from services.transfer.needs.models import PublishedNeed
from services.transfer.payments.models import DisbursementLine, DisbursementList, Payment
from services.transfer.procedure.models import (
    ApprovalMember,
    ApprovalVote,
    DisclosureObjection,
    Procedure,
    ProcedureConfig,
    ProcedureFile,
    ProcedureStep,
)
from services.transfer.recipients.models import Recipient, ReviewTask
from services.transfer.slips.models import (
    EmergencyAid,
    Slip,
    SlipAccess,
    SlipEvent,
    SlipSequence,
    TransferCase,
)

__all__ = [
    "metadata",
    "Department",
    "PartnerToken",
    "SigningSecret",
    "TransferCase",
    "Slip",
    "SlipEvent",
    "SlipAccess",
    "SlipSequence",
    "EmergencyAid",
    "Grant",
    "GrantMember",
    "MajorReport",
    "PublicObjection",
    "TransferOutbox",
    "TransferIdempotency",
    "SlipDelivery",
    "DeliveryAlert",
    "SlipReminder",
    "PublishedNeed",
    "ProcedureConfig",
    "ApprovalMember",
    "Procedure",
    "ProcedureStep",
    "ProcedureFile",
    "ApprovalVote",
    "DisclosureObjection",
    "Payment",
    "DisbursementList",
    "DisbursementLine",
    "Recipient",
    "ReviewTask",
]
