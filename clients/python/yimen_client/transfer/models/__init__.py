"""Contains all the data models used in inputs/outputs"""

from .access_entry import AccessEntry
from .acknowledged import Acknowledged
from .applicant import Applicant
from .cap_status import CapStatus
from .case_item import CaseItem
from .case_submit import CaseSubmit
from .case_submit_window_level import CaseSubmitWindowLevel
from .case_submitted import CaseSubmitted
from .delivery_attempt import DeliveryAttempt
from .delivery_attempt_outcome import DeliveryAttemptOutcome
from .department_create import DepartmentCreate
from .department_create_integration_mode import DepartmentCreateIntegrationMode
from .department_created import DepartmentCreated
from .department_created_integration_mode import DepartmentCreatedIntegrationMode
from .department_public import DepartmentPublic
from .department_public_integration_mode import DepartmentPublicIntegrationMode
from .department_type import DepartmentType
from .department_update import DepartmentUpdate
from .department_update_integration_mode_type_0 import (
    DepartmentUpdateIntegrationModeType0,
)
from .emergency_aid_in import EmergencyAidIn
from .emergency_aid_public import EmergencyAidPublic
from .feedback import Feedback
from .field_error import FieldError
from .grant_line import GrantLine
from .grants_summary import GrantsSummary
from .health_status import HealthStatus
from .issued_slip import IssuedSlip
from .message_state import MessageState
from .message_state_status import MessageStateStatus
from .need_create import NeedCreate
from .need_public import NeedPublic
from .need_status import NeedStatus
from .onward import Onward
from .opinion import Opinion
from .organisation_outcome import OrganisationOutcome
from .paperwork_completed import PaperworkCompleted
from .paperwork_outstanding import PaperworkOutstanding
from .person import Person
from .problem import Problem
from .readiness import Readiness
from .readiness_database import ReadinessDatabase
from .readiness_status import ReadinessStatus
from .reminder_public import ReminderPublic
from .reminder_public_due_kind_type_0 import ReminderPublicDueKindType0
from .reminder_public_level import ReminderPublicLevel
from .replay_result import ReplayResult
from .result import Result
from .result_outcome import ResultOutcome
from .returned import Returned
from .role import Role
from .rotate_secret import RotateSecret
from .route_answer import RouteAnswer
from .secret_info import SecretInfo
from .secret_rotated import SecretRotated
from .slip_deliveries import SlipDeliveries
from .slip_detail import SlipDetail
from .slip_detail_due_kind_type_0 import SlipDetailDueKindType0
from .slip_detail_result_type_0 import SlipDetailResultType0
from .slip_event_kind import SlipEventKind
from .slip_kind import SlipKind
from .slip_links import SlipLinks
from .slip_message import SlipMessage
from .slip_message_data import SlipMessageData
from .slip_message_data_level_type_0 import SlipMessageDataLevelType0
from .slip_message_type import SlipMessageType
from .slip_state import SlipState
from .slip_summary import SlipSummary
from .slip_summary_due_kind_type_0 import SlipSummaryDueKindType0
from .supervision_overview import SupervisionOverview
from .sweep_counts import SweepCounts
from .timeline_entry import TimelineEntry
from .token_issued import TokenIssued
from .verification import Verification

__all__ = (
    "AccessEntry",
    "Acknowledged",
    "Applicant",
    "CapStatus",
    "CaseItem",
    "CaseSubmit",
    "CaseSubmitWindowLevel",
    "CaseSubmitted",
    "DeliveryAttempt",
    "DeliveryAttemptOutcome",
    "DepartmentCreate",
    "DepartmentCreateIntegrationMode",
    "DepartmentCreated",
    "DepartmentCreatedIntegrationMode",
    "DepartmentPublic",
    "DepartmentPublicIntegrationMode",
    "DepartmentType",
    "DepartmentUpdate",
    "DepartmentUpdateIntegrationModeType0",
    "EmergencyAidIn",
    "EmergencyAidPublic",
    "Feedback",
    "FieldError",
    "GrantLine",
    "GrantsSummary",
    "HealthStatus",
    "IssuedSlip",
    "MessageState",
    "MessageStateStatus",
    "NeedCreate",
    "NeedPublic",
    "NeedStatus",
    "Onward",
    "Opinion",
    "OrganisationOutcome",
    "PaperworkCompleted",
    "PaperworkOutstanding",
    "Person",
    "Problem",
    "Readiness",
    "ReadinessDatabase",
    "ReadinessStatus",
    "ReminderPublic",
    "ReminderPublicDueKindType0",
    "ReminderPublicLevel",
    "ReplayResult",
    "Result",
    "ResultOutcome",
    "Returned",
    "Role",
    "RotateSecret",
    "RouteAnswer",
    "SecretInfo",
    "SecretRotated",
    "SlipDeliveries",
    "SlipDetail",
    "SlipDetailDueKindType0",
    "SlipDetailResultType0",
    "SlipEventKind",
    "SlipKind",
    "SlipLinks",
    "SlipMessage",
    "SlipMessageData",
    "SlipMessageDataLevelType0",
    "SlipMessageType",
    "SlipState",
    "SlipSummary",
    "SlipSummaryDueKindType0",
    "SupervisionOverview",
    "SweepCounts",
    "TimelineEntry",
    "TokenIssued",
    "Verification",
)
