"""Contains all the data models used in inputs/outputs"""

from .accept_request import AcceptRequest
from .account_admin_view import AccountAdminView
from .account_create import AccountCreate
from .account_public import AccountPublic
from .account_update import AccountUpdate
from .agent import Agent
from .agent_create import AgentCreate
from .agent_public import AgentPublic
from .agent_workload import AgentWorkload
from .applicant import Applicant
from .applicant_draft import ApplicantDraft
from .application_create import ApplicationCreate
from .application_draft import ApplicationDraft
from .application_item_public import ApplicationItemPublic
from .application_public import ApplicationPublic
from .application_public_window_level import ApplicationPublicWindowLevel
from .application_status import ApplicationStatus
from .applications_get_purpose import ApplicationsGetPurpose
from .appointment_create import AppointmentCreate
from .appointment_public import AppointmentPublic
from .appointment_receipt import AppointmentReceipt
from .appointment_report import AppointmentReport
from .appointment_status import AppointmentStatus
from .archive_file_public import ArchiveFilePublic
from .audit_case_public import AuditCasePublic
from .audit_case_public_outcome_type_0 import AuditCasePublicOutcomeType0
from .audit_report import AuditReport
from .body_archive_upload import BodyArchiveUpload
from .body_outreach_upload_photo import BodyOutreachUploadPhoto
from .calendar_notice_public import CalendarNoticePublic
from .calendar_year_public import CalendarYearPublic
from .calendar_year_public_source import CalendarYearPublicSource
from .case_archive_public import CaseArchivePublic
from .case_event_kind import CaseEventKind
from .case_slip_event import CaseSlipEvent
from .case_slip_public import CaseSlipPublic
from .channel import Channel
from .checklist_entry import ChecklistEntry
from .code_request import CodeRequest
from .code_sent import CodeSent
from .complaint_assign import ComplaintAssign
from .complaint_create import ComplaintCreate
from .complaint_public import ComplaintPublic
from .complaint_public_channel import ComplaintPublicChannel
from .complaint_public_status import ComplaintPublicStatus
from .complaint_receipt import ComplaintReceipt
from .complaint_reply import ComplaintReply
from .complaints_ledger_status_type_0 import ComplaintsLedgerStatusType0
from .consultation_channel import ConsultationChannel
from .consultation_create import ConsultationCreate
from .consultation_page import ConsultationPage
from .consultation_public import ConsultationPublic
from .consultation_row import ConsultationRow
from .consultation_statistics import ConsultationStatistics
from .consultation_status import ConsultationStatus
from .count_by import CountBy
from .coverage import Coverage
from .coverage_row import CoverageRow
from .data_access_public import DataAccessPublic
from .day_view import DayView
from .day_view_counts import DayViewCounts
from .deadline_public import DeadlinePublic
from .due_date_public import DueDatePublic
from .due_date_public_sources import DueDatePublicSources
from .due_date_public_sources_additional_property import (
    DueDatePublicSourcesAdditionalProperty,
)
from .duplicate_acknowledgement import DuplicateAcknowledgement
from .duplicate_check import DuplicateCheck
from .duplicate_check_result import DuplicateCheckResult
from .duplicate_finding import DuplicateFinding
from .duplicate_finding_match import DuplicateFindingMatch
from .duplicate_finding_source import DuplicateFindingSource
from .duty_create import DutyCreate
from .duty_public import DutyPublic
from .emergency_aid_create import EmergencyAidCreate
from .emergency_aid_public import EmergencyAidPublic
from .event_batch_receipt import EventBatchReceipt
from .event_outcome import EventOutcome
from .event_problem import EventProblem
from .event_receipt import EventReceipt
from .extend_request import ExtendRequest
from .extension_public import ExtensionPublic
from .field_error import FieldError
from .finding_create import FindingCreate
from .finding_create_outcome import FindingCreateOutcome
from .follow_up import FollowUp
from .health_status import HealthStatus
from .home_service_reason import HomeServiceReason
from .home_task_assign import HomeTaskAssign
from .home_task_create import HomeTaskCreate
from .home_task_public import HomeTaskPublic
from .home_task_result import HomeTaskResult
from .home_task_status import HomeTaskStatus
from .household_create import HouseholdCreate
from .household_plan import HouseholdPlan
from .household_public import HouseholdPublic
from .integrity_problem import IntegrityProblem
from .integrity_report import IntegrityReport
from .item_count import ItemCount
from .item_line import ItemLine
from .item_ref import ItemRef
from .item_suggestion import ItemSuggestion
from .items_update import ItemsUpdate
from .ledger_page import LedgerPage
from .ledger_row import LedgerRow
from .materials_received import MaterialsReceived
from .member import Member
from .member_public import MemberPublic
from .missing_material_public import MissingMaterialPublic
from .month_count import MonthCount
from .not_accept import NotAccept
from .not_visited import NotVisited
from .notice_material import NoticeMaterial
from .notice_public import NoticePublic
from .notice_upload import NoticeUpload
from .notice_upload_result import NoticeUploadResult
from .on_the_spot_application import OnTheSpotApplication
from .online_applicant import OnlineApplicant
from .online_application_create import OnlineApplicationCreate
from .online_application_status import OnlineApplicationStatus
from .online_close import OnlineClose
from .online_confirm import OnlineConfirm
from .online_member import OnlineMember
from .online_public import OnlinePublic
from .online_receipt import OnlineReceipt
from .online_row import OnlineRow
from .out_of_hours_public import OutOfHoursPublic
from .password_reset import PasswordReset
from .pause_public import PausePublic
from .pause_public_kind import PausePublicKind
from .pause_request import PauseRequest
from .pause_request_kind import PauseRequestKind
from .period_report import PeriodReport
from .photo_stored import PhotoStored
from .problem import Problem
from .progress_department import ProgressDepartment
from .progress_public import ProgressPublic
from .progress_step import ProgressStep
from .public_appointment_create import PublicAppointmentCreate
from .public_cancel import PublicCancel
from .rating_create import RatingCreate
from .rating_receipt import RatingReceipt
from .rating_report import RatingReport
from .rating_report_level_names import RatingReportLevelNames
from .rating_summary import RatingSummary
from .rating_summary_levels import RatingSummaryLevels
from .read_audit_page import ReadAuditPage
from .read_entry import ReadEntry
from .readiness import Readiness
from .readiness_database import ReadinessDatabase
from .readiness_status import ReadinessStatus
from .recomputation_public import RecomputationPublic
from .recompute_summary import RecomputeSummary
from .registration_public import RegistrationPublic
from .reminder_sweep import ReminderSweep
from .report_row import ReportRow
from .report_row_by_category import ReportRowByCategory
from .resume_request import ResumeRequest
from .risk_level import RiskLevel
from .role import Role
from .sample_public import SamplePublic
from .sample_request import SampleRequest
from .sample_summary import SampleSummary
from .service_period import ServicePeriod
from .slip_event import SlipEvent
from .slip_event_batch import SlipEventBatch
from .slip_kind import SlipKind
from .slot_batch import SlotBatch
from .slot_public import SlotPublic
from .slots_created import SlotsCreated
from .started_application import StartedApplication
from .statistics_public import StatisticsPublic
from .status_change_public import StatusChangePublic
from .status_reason import StatusReason
from .supplement_public import SupplementPublic
from .timeline_entry_public import TimelineEntryPublic
from .token_request import TokenRequest
from .token_response import TokenResponse
from .tolerate_missing import TolerateMissing
from .tolerated_material import ToleratedMaterial
from .tolerated_public import ToleratedPublic
from .town_count import TownCount
from .visit_application import VisitApplication
from .visit_consultation import VisitConsultation
from .visit_create import VisitCreate
from .visit_public import VisitPublic
from .watch_reason import WatchReason
from .window_counts import WindowCounts
from .window_create import WindowCreate
from .window_public import WindowPublic

__all__ = (
    "AcceptRequest",
    "AccountAdminView",
    "AccountCreate",
    "AccountPublic",
    "AccountUpdate",
    "Agent",
    "AgentCreate",
    "AgentPublic",
    "AgentWorkload",
    "Applicant",
    "ApplicantDraft",
    "ApplicationCreate",
    "ApplicationDraft",
    "ApplicationItemPublic",
    "ApplicationPublic",
    "ApplicationPublicWindowLevel",
    "ApplicationStatus",
    "ApplicationsGetPurpose",
    "AppointmentCreate",
    "AppointmentPublic",
    "AppointmentReceipt",
    "AppointmentReport",
    "AppointmentStatus",
    "ArchiveFilePublic",
    "AuditCasePublic",
    "AuditCasePublicOutcomeType0",
    "AuditReport",
    "BodyArchiveUpload",
    "BodyOutreachUploadPhoto",
    "CalendarNoticePublic",
    "CalendarYearPublic",
    "CalendarYearPublicSource",
    "CaseArchivePublic",
    "CaseEventKind",
    "CaseSlipEvent",
    "CaseSlipPublic",
    "Channel",
    "ChecklistEntry",
    "CodeRequest",
    "CodeSent",
    "ComplaintAssign",
    "ComplaintCreate",
    "ComplaintPublic",
    "ComplaintPublicChannel",
    "ComplaintPublicStatus",
    "ComplaintReceipt",
    "ComplaintReply",
    "ComplaintsLedgerStatusType0",
    "ConsultationChannel",
    "ConsultationCreate",
    "ConsultationPage",
    "ConsultationPublic",
    "ConsultationRow",
    "ConsultationStatistics",
    "ConsultationStatus",
    "CountBy",
    "Coverage",
    "CoverageRow",
    "DataAccessPublic",
    "DayView",
    "DayViewCounts",
    "DeadlinePublic",
    "DueDatePublic",
    "DueDatePublicSources",
    "DueDatePublicSourcesAdditionalProperty",
    "DuplicateAcknowledgement",
    "DuplicateCheck",
    "DuplicateCheckResult",
    "DuplicateFinding",
    "DuplicateFindingMatch",
    "DuplicateFindingSource",
    "DutyCreate",
    "DutyPublic",
    "EmergencyAidCreate",
    "EmergencyAidPublic",
    "EventBatchReceipt",
    "EventOutcome",
    "EventProblem",
    "EventReceipt",
    "ExtendRequest",
    "ExtensionPublic",
    "FieldError",
    "FindingCreate",
    "FindingCreateOutcome",
    "FollowUp",
    "HealthStatus",
    "HomeServiceReason",
    "HomeTaskAssign",
    "HomeTaskCreate",
    "HomeTaskPublic",
    "HomeTaskResult",
    "HomeTaskStatus",
    "HouseholdCreate",
    "HouseholdPlan",
    "HouseholdPublic",
    "IntegrityProblem",
    "IntegrityReport",
    "ItemCount",
    "ItemLine",
    "ItemRef",
    "ItemSuggestion",
    "ItemsUpdate",
    "LedgerPage",
    "LedgerRow",
    "MaterialsReceived",
    "Member",
    "MemberPublic",
    "MissingMaterialPublic",
    "MonthCount",
    "NotAccept",
    "NotVisited",
    "NoticeMaterial",
    "NoticePublic",
    "NoticeUpload",
    "NoticeUploadResult",
    "OnTheSpotApplication",
    "OnlineApplicant",
    "OnlineApplicationCreate",
    "OnlineApplicationStatus",
    "OnlineClose",
    "OnlineConfirm",
    "OnlineMember",
    "OnlinePublic",
    "OnlineReceipt",
    "OnlineRow",
    "OutOfHoursPublic",
    "PasswordReset",
    "PausePublic",
    "PausePublicKind",
    "PauseRequest",
    "PauseRequestKind",
    "PeriodReport",
    "PhotoStored",
    "Problem",
    "ProgressDepartment",
    "ProgressPublic",
    "ProgressStep",
    "PublicAppointmentCreate",
    "PublicCancel",
    "RatingCreate",
    "RatingReceipt",
    "RatingReport",
    "RatingReportLevelNames",
    "RatingSummary",
    "RatingSummaryLevels",
    "ReadAuditPage",
    "ReadEntry",
    "Readiness",
    "ReadinessDatabase",
    "ReadinessStatus",
    "RecomputationPublic",
    "RecomputeSummary",
    "RegistrationPublic",
    "ReminderSweep",
    "ReportRow",
    "ReportRowByCategory",
    "ResumeRequest",
    "RiskLevel",
    "Role",
    "SamplePublic",
    "SampleRequest",
    "SampleSummary",
    "ServicePeriod",
    "SlipEvent",
    "SlipEventBatch",
    "SlipKind",
    "SlotBatch",
    "SlotPublic",
    "SlotsCreated",
    "StartedApplication",
    "StatisticsPublic",
    "StatusChangePublic",
    "StatusReason",
    "SupplementPublic",
    "TimelineEntryPublic",
    "TokenRequest",
    "TokenResponse",
    "TolerateMissing",
    "ToleratedMaterial",
    "ToleratedPublic",
    "TownCount",
    "VisitApplication",
    "VisitConsultation",
    "VisitCreate",
    "VisitPublic",
    "WatchReason",
    "WindowCounts",
    "WindowCreate",
    "WindowPublic",
)
