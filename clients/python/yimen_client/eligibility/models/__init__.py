"""Contains all the data models used in inputs/outputs"""

from .acceptance_window import AcceptanceWindow
from .batch_error import BatchError
from .batch_header import BatchHeader
from .batch_header_parameters import BatchHeaderParameters
from .batch_progress import BatchProgress
from .batch_progress_line import BatchProgressLine
from .batch_record import BatchRecord
from .batch_record_error_line import BatchRecordErrorLine
from .batch_record_facts_type_0 import BatchRecordFactsType0
from .batch_result_line import BatchResultLine
from .batch_result_line_conditions import BatchResultLineConditions
from .batch_result_line_conditions_additional_property import (
    BatchResultLineConditionsAdditionalProperty,
)
from .batch_result_line_outcome import BatchResultLineOutcome
from .batch_start_line import BatchStartLine
from .batch_stream_error_line import BatchStreamErrorLine
from .batch_summary import BatchSummary
from .batch_summary_line import BatchSummaryLine
from .case_type import CaseType
from .change_public import ChangePublic
from .checklist_request import ChecklistRequest
from .checklist_response import ChecklistResponse
from .condition_definition import ConditionDefinition
from .condition_result import ConditionResult
from .condition_result_result import ConditionResultResult
from .condition_result_values import ConditionResultValues
from .department_type import DepartmentType
from .evaluation_request import EvaluationRequest
from .evaluation_request_facts import EvaluationRequestFacts
from .evaluation_result import EvaluationResult
from .evaluation_result_fact_labels import EvaluationResultFactLabels
from .evaluation_result_fact_sources import EvaluationResultFactSources
from .evaluation_result_fact_sources_additional_property import (
    EvaluationResultFactSourcesAdditionalProperty,
)
from .evaluation_result_outcome import EvaluationResultOutcome
from .evaluation_result_parameter_dates import EvaluationResultParameterDates
from .evaluation_result_parameters import EvaluationResultParameters
from .evaluations_batch_output import EvaluationsBatchOutput
from .fact_definition import FactDefinition
from .fact_definition_type import FactDefinitionType
from .fact_definition_values_type_0 import FactDefinitionValuesType0
from .field_error import FieldError
from .guide_item import GuideItem
from .guide_material import GuideMaterial
from .handling_level import HandlingLevel
from .handling_level_write import HandlingLevelWrite
from .health_status import HealthStatus
from .item_create import ItemCreate
from .item_material_public import ItemMaterialPublic
from .item_material_write import ItemMaterialWrite
from .item_materials_write import ItemMaterialsWrite
from .item_public import ItemPublic
from .item_write import ItemWrite
from .material_create import MaterialCreate
from .material_public import MaterialPublic
from .material_write import MaterialWrite
from .missing_material import MissingMaterial
from .parameter_public import ParameterPublic
from .parameter_public_unit import ParameterPublicUnit
from .parameter_write import ParameterWrite
from .parameter_write_unit_type_0 import ParameterWriteUnitType0
from .problem import Problem
from .readiness import Readiness
from .readiness_database import ReadinessDatabase
from .readiness_status import ReadinessStatus
from .route_decision import RouteDecision
from .route_request import RouteRequest
from .rule_definition import RuleDefinition
from .rule_definition_facts import RuleDefinitionFacts
from .rule_definition_record_facts_item import RuleDefinitionRecordFactsItem
from .rule_set_public import RuleSetPublic
from .rule_set_write import RuleSetWrite
from .shared_material import SharedMaterial
from .slip_kind import SlipKind
from .snapshot import Snapshot
from .suggestion import Suggestion
from .suggestion_request import SuggestionRequest
from .suggestion_request_facts import SuggestionRequestFacts
from .suggestion_response import SuggestionResponse
from .suggestion_rule_public import SuggestionRulePublic
from .suggestion_rule_write import SuggestionRuleWrite

__all__ = (
    "AcceptanceWindow",
    "BatchError",
    "BatchHeader",
    "BatchHeaderParameters",
    "BatchProgress",
    "BatchProgressLine",
    "BatchRecord",
    "BatchRecordErrorLine",
    "BatchRecordFactsType0",
    "BatchResultLine",
    "BatchResultLineConditions",
    "BatchResultLineConditionsAdditionalProperty",
    "BatchResultLineOutcome",
    "BatchStartLine",
    "BatchStreamErrorLine",
    "BatchSummary",
    "BatchSummaryLine",
    "CaseType",
    "ChangePublic",
    "ChecklistRequest",
    "ChecklistResponse",
    "ConditionDefinition",
    "ConditionResult",
    "ConditionResultResult",
    "ConditionResultValues",
    "DepartmentType",
    "EvaluationRequest",
    "EvaluationRequestFacts",
    "EvaluationResult",
    "EvaluationResultFactLabels",
    "EvaluationResultFactSources",
    "EvaluationResultFactSourcesAdditionalProperty",
    "EvaluationResultOutcome",
    "EvaluationResultParameterDates",
    "EvaluationResultParameters",
    "EvaluationsBatchOutput",
    "FactDefinition",
    "FactDefinitionType",
    "FactDefinitionValuesType0",
    "FieldError",
    "GuideItem",
    "GuideMaterial",
    "HandlingLevel",
    "HandlingLevelWrite",
    "HealthStatus",
    "ItemCreate",
    "ItemMaterialPublic",
    "ItemMaterialWrite",
    "ItemMaterialsWrite",
    "ItemPublic",
    "ItemWrite",
    "MaterialCreate",
    "MaterialPublic",
    "MaterialWrite",
    "MissingMaterial",
    "ParameterPublic",
    "ParameterPublicUnit",
    "ParameterWrite",
    "ParameterWriteUnitType0",
    "Problem",
    "Readiness",
    "ReadinessDatabase",
    "ReadinessStatus",
    "RouteDecision",
    "RouteRequest",
    "RuleDefinition",
    "RuleDefinitionFacts",
    "RuleDefinitionRecordFactsItem",
    "RuleSetPublic",
    "RuleSetWrite",
    "SharedMaterial",
    "SlipKind",
    "Snapshot",
    "Suggestion",
    "SuggestionRequest",
    "SuggestionRequestFacts",
    "SuggestionResponse",
    "SuggestionRulePublic",
    "SuggestionRuleWrite",
)
