"""Contains all the data models used in inputs/outputs"""

from .access_entry import AccessEntry
from .acknowledged import Acknowledged
from .acknowledgement_in import AcknowledgementIn
from .action_create import ActionCreate
from .action_create_level import ActionCreateLevel
from .action_public import ActionPublic
from .action_public_level import ActionPublicLevel
from .applicant import Applicant
from .approval_group_in import ApprovalGroupIn
from .approval_group_public import ApprovalGroupPublic
from .assign_in import AssignIn
from .authorisation_in import AuthorisationIn
from .authorisation_in_declared_facts import AuthorisationInDeclaredFacts
from .bank_file import BankFile
from .body_procedure_upload import BodyProcedureUpload
from .cap_status import CapStatus
from .case_item import CaseItem
from .case_submit import CaseSubmit
from .case_submit_window_level import CaseSubmitWindowLevel
from .case_submitted import CaseSubmitted
from .check_answer_in import CheckAnswerIn
from .check_answer_in_facts import CheckAnswerInFacts
from .check_request_in import CheckRequestIn
from .condition_result import ConditionResult
from .condition_result_result import ConditionResultResult
from .condition_result_values import ConditionResultValues
from .config_in import ConfigIn
from .config_public import ConfigPublic
from .correct_in import CorrectIn
from .decision_in import DecisionIn
from .delivery_attempt import DeliveryAttempt
from .delivery_attempt_outcome import DeliveryAttemptOutcome
from .delivery_in import DeliveryIn
from .department_create import DepartmentCreate
from .department_create_integration_mode import DepartmentCreateIntegrationMode
from .department_created import DepartmentCreated
from .department_created_integration_mode import DepartmentCreatedIntegrationMode
from .department_entry import DepartmentEntry
from .department_entry_integration_mode import DepartmentEntryIntegrationMode
from .department_public import DepartmentPublic
from .department_public_integration_mode import DepartmentPublicIntegrationMode
from .department_timeliness import DepartmentTimeliness
from .department_type import DepartmentType
from .department_update import DepartmentUpdate
from .department_update_integration_mode_type_0 import (
    DepartmentUpdateIntegrationModeType0,
)
from .disclosure_entry import DisclosureEntry
from .disclosure_list import DisclosureList
from .disclosure_objection_public import DisclosureObjectionPublic
from .early_aid_in import EarlyAidIn
from .emergency_aid_in import EmergencyAidIn
from .emergency_aid_public import EmergencyAidPublic
from .enrol_in import EnrolIn
from .enrol_in_facts import EnrolInFacts
from .evaluation_result import EvaluationResult
from .evaluation_result_fact_labels import EvaluationResultFactLabels
from .evaluation_result_fact_sources import EvaluationResultFactSources
from .evaluation_result_fact_sources_additional_property import (
    EvaluationResultFactSourcesAdditionalProperty,
)
from .evaluation_result_outcome import EvaluationResultOutcome
from .evaluation_result_parameter_dates import EvaluationResultParameterDates
from .evaluation_result_parameters import EvaluationResultParameters
from .facts_in import FactsIn
from .facts_in_facts import FactsInFacts
from .feedback import Feedback
from .field_error import FieldError
from .file_stored import FileStored
from .file_stored_purpose import FileStoredPurpose
from .finding import Finding
from .finding_topic import FindingTopic
from .generate_in import GenerateIn
from .grant_line import GrantLine
from .grants_query import GrantsQuery
from .grants_summary import GrantsSummary
from .health_status import HealthStatus
from .investigator import Investigator
from .issued_slip import IssuedSlip
from .line_public import LinePublic
from .list_public import ListPublic
from .major_report_in import MajorReportIn
from .major_report_public import MajorReportPublic
from .member_in import MemberIn
from .message_state import MessageState
from .message_state_status import MessageStateStatus
from .need_create import NeedCreate
from .need_public import NeedPublic
from .need_status import NeedStatus
from .objection_create import ObjectionCreate
from .objection_in import ObjectionIn
from .objection_public import ObjectionPublic
from .objection_receipt import ObjectionReceipt
from .objection_reply import ObjectionReply
from .onward import Onward
from .opinion import Opinion
from .organisation_outcome import OrganisationOutcome
from .paperwork_completed import PaperworkCompleted
from .paperwork_outstanding import PaperworkOutstanding
from .payment_public import PaymentPublic
from .payments_list_payments_status_type_0 import PaymentsListPaymentsStatusType0
from .period_slips import PeriodSlips
from .person import Person
from .problem import Problem
from .procedure_public import ProcedurePublic
from .procedure_public_declared_facts import ProcedurePublicDeclaredFacts
from .procedure_public_facts import ProcedurePublicFacts
from .procedure_public_investigated_facts import ProcedurePublicInvestigatedFacts
from .procedure_public_verified_facts import ProcedurePublicVerifiedFacts
from .procedure_status import ProcedureStatus
from .public_answer import PublicAnswer
from .readiness import Readiness
from .readiness_database import ReadinessDatabase
from .readiness_status import ReadinessStatus
from .recipient_public import RecipientPublic
from .recipient_public_facts import RecipientPublicFacts
from .recipients_roster_status_type_0 import RecipientsRosterStatusType0
from .recipients_tasks_status_type_0 import RecipientsTasksStatusType0
from .registered_case import RegisteredCase
from .registered_case_window_level import RegisteredCaseWindowLevel
from .reminder_public import ReminderPublic
from .reminder_public_due_kind_type_0 import ReminderPublicDueKindType0
from .reminder_public_due_kind_type_1 import ReminderPublicDueKindType1
from .reminder_public_level import ReminderPublicLevel
from .replay_result import ReplayResult
from .resolution_in import ResolutionIn
from .result import Result
from .result_outcome import ResultOutcome
from .returned import Returned
from .review_decision_in import ReviewDecisionIn
from .review_decision_in_decision import ReviewDecisionInDecision
from .review_finding import ReviewFinding
from .review_in import ReviewIn
from .review_in_proposal import ReviewInProposal
from .review_run_in import ReviewRunIn
from .review_run_in_item_code import ReviewRunInItemCode
from .review_run_public import ReviewRunPublic
from .role import Role
from .rotate_secret import RotateSecret
from .route_answer import RouteAnswer
from .secret_info import SecretInfo
from .secret_rotated import SecretRotated
from .signatory import Signatory
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
from .step import Step
from .step_public import StepPublic
from .step_public_evidence import StepPublicEvidence
from .step_setting import StepSetting
from .supervision_overview import SupervisionOverview
from .sweep_counts import SweepCounts
from .task_public import TaskPublic
from .timeline_entry import TimelineEntry
from .timeliness_report import TimelinessReport
from .token_issued import TokenIssued
from .verification import Verification
from .visit_in import VisitIn
from .vote_in import VoteIn
from .vote_in_vote import VoteInVote
from .vote_public import VotePublic
from .vote_public_vote import VotePublicVote

__all__ = (
    "AccessEntry",
    "Acknowledged",
    "AcknowledgementIn",
    "ActionCreate",
    "ActionCreateLevel",
    "ActionPublic",
    "ActionPublicLevel",
    "Applicant",
    "ApprovalGroupIn",
    "ApprovalGroupPublic",
    "AssignIn",
    "AuthorisationIn",
    "AuthorisationInDeclaredFacts",
    "BankFile",
    "BodyProcedureUpload",
    "CapStatus",
    "CaseItem",
    "CaseSubmit",
    "CaseSubmitWindowLevel",
    "CaseSubmitted",
    "CheckAnswerIn",
    "CheckAnswerInFacts",
    "CheckRequestIn",
    "ConditionResult",
    "ConditionResultResult",
    "ConditionResultValues",
    "ConfigIn",
    "ConfigPublic",
    "CorrectIn",
    "DecisionIn",
    "DeliveryAttempt",
    "DeliveryAttemptOutcome",
    "DeliveryIn",
    "DepartmentCreate",
    "DepartmentCreateIntegrationMode",
    "DepartmentCreated",
    "DepartmentCreatedIntegrationMode",
    "DepartmentEntry",
    "DepartmentEntryIntegrationMode",
    "DepartmentPublic",
    "DepartmentPublicIntegrationMode",
    "DepartmentTimeliness",
    "DepartmentType",
    "DepartmentUpdate",
    "DepartmentUpdateIntegrationModeType0",
    "DisclosureEntry",
    "DisclosureList",
    "DisclosureObjectionPublic",
    "EarlyAidIn",
    "EmergencyAidIn",
    "EmergencyAidPublic",
    "EnrolIn",
    "EnrolInFacts",
    "EvaluationResult",
    "EvaluationResultFactLabels",
    "EvaluationResultFactSources",
    "EvaluationResultFactSourcesAdditionalProperty",
    "EvaluationResultOutcome",
    "EvaluationResultParameterDates",
    "EvaluationResultParameters",
    "FactsIn",
    "FactsInFacts",
    "Feedback",
    "FieldError",
    "FileStored",
    "FileStoredPurpose",
    "Finding",
    "FindingTopic",
    "GenerateIn",
    "GrantLine",
    "GrantsQuery",
    "GrantsSummary",
    "HealthStatus",
    "Investigator",
    "IssuedSlip",
    "LinePublic",
    "ListPublic",
    "MajorReportIn",
    "MajorReportPublic",
    "MemberIn",
    "MessageState",
    "MessageStateStatus",
    "NeedCreate",
    "NeedPublic",
    "NeedStatus",
    "ObjectionCreate",
    "ObjectionIn",
    "ObjectionPublic",
    "ObjectionReceipt",
    "ObjectionReply",
    "Onward",
    "Opinion",
    "OrganisationOutcome",
    "PaperworkCompleted",
    "PaperworkOutstanding",
    "PaymentPublic",
    "PaymentsListPaymentsStatusType0",
    "PeriodSlips",
    "Person",
    "Problem",
    "ProcedurePublic",
    "ProcedurePublicDeclaredFacts",
    "ProcedurePublicFacts",
    "ProcedurePublicInvestigatedFacts",
    "ProcedurePublicVerifiedFacts",
    "ProcedureStatus",
    "PublicAnswer",
    "Readiness",
    "ReadinessDatabase",
    "ReadinessStatus",
    "RecipientPublic",
    "RecipientPublicFacts",
    "RecipientsRosterStatusType0",
    "RecipientsTasksStatusType0",
    "RegisteredCase",
    "RegisteredCaseWindowLevel",
    "ReminderPublic",
    "ReminderPublicDueKindType0",
    "ReminderPublicDueKindType1",
    "ReminderPublicLevel",
    "ReplayResult",
    "ResolutionIn",
    "Result",
    "ResultOutcome",
    "Returned",
    "ReviewDecisionIn",
    "ReviewDecisionInDecision",
    "ReviewFinding",
    "ReviewIn",
    "ReviewInProposal",
    "ReviewRunIn",
    "ReviewRunInItemCode",
    "ReviewRunPublic",
    "Role",
    "RotateSecret",
    "RouteAnswer",
    "SecretInfo",
    "SecretRotated",
    "Signatory",
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
    "Step",
    "StepPublic",
    "StepPublicEvidence",
    "StepSetting",
    "SupervisionOverview",
    "SweepCounts",
    "TaskPublic",
    "TimelineEntry",
    "TimelinessReport",
    "TokenIssued",
    "Verification",
    "VisitIn",
    "VoteIn",
    "VoteInVote",
    "VotePublic",
    "VotePublicVote",
)
