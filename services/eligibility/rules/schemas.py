"""Rule schemas: evaluations, parameters with effective dates, and rule sets as data (docs/rules.md)."""

import keyword
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    StringConstraints,
    model_validator,
)

Outcome = Literal["eligible", "ineligible", "needs_facts"]
ConditionOutcome = Literal["passed", "failed", "unknown"]
FactSource = Literal["declared", "records", "missing"]

TEMPORARY_ASSISTANCE_EXAMPLE = {
    "item_code": "temporary_assistance",
    "as_of": "2026-03-15",
    "facts": {
        "members": 3,
        "residency": "local_hukou",
        "on_dibao": False,
        "assistance_type": "expenditure",
        "income_6m": "12000.00",
        "medical_expense_6m": "8000.00",
        "education_expense_6m": "0.00",
        "income_12m": "30000.00",
        "assets_excluding_home": "50000.00",
        "granted_amount_this_year": "0.00",
        "grants_this_year": 0,
        "requested_amount": "3000.00",
    },
}


class EvaluationRequest(BaseModel):
    """Evaluate one household for one item on a date."""

    item_code: str = Field(examples=["temporary_assistance"])
    as_of: date = Field(examples=["2026-03-15"])
    facts: dict[str, Any] = {}
    household_id_numbers: list[str] | None = Field(default=None, max_length=30)

    model_config = {"json_schema_extra": {"examples": [TEMPORARY_ASSISTANCE_EXAMPLE]}}


class ConditionResult(BaseModel):
    """One condition, explained: what was checked, the numbers used, and the result."""

    id: str
    description: str
    result: ConditionOutcome
    detail: str
    exempt: bool = False  # passed because the condition does not apply (e.g. 急难型 has no income test)
    values: dict[str, str] = {}  # the quantities compared, money as yuan strings
    missing_facts: list[str] = []


class EvaluationResult(BaseModel):
    """The outcome with every condition explained."""

    item_code: str
    as_of: date
    outcome: Outcome
    conditions: list[ConditionResult]
    missing_facts: list[str]
    parameters: dict[str, str | int]  # money as yuan strings, counts as ints
    parameter_dates: dict[str, date] = {}  # the effective-from date of each parameter value used
    rule_version: str
    fact_sources: dict[str, FactSource] = {}
    fact_labels: dict[str, str] = {}  # Chinese label of every fact the rule reads
    ignored_facts: list[str] = []
    notes: list[str] = []
    summary: str = ""


class ParameterPublic(BaseModel):
    """One value of a parameter from its effective date."""

    id: int
    name: str
    label: str
    unit: Literal["money", "count"]
    value: str | int  # money as yuan string, counts as int
    effective_from: date
    note: str = ""
    created_by: str
    created_at: datetime
    superseded_at: datetime | None = None


class ParameterWrite(BaseModel):
    """A new value from a date; the same date again supersedes (never overwrites) the earlier row."""

    model_config = ConfigDict(extra="forbid")

    label: str = Field(default="", max_length=100)
    unit: Literal["money", "count"] | None = None
    value: str | int = Field(examples=["1120.00"])
    effective_from: date
    note: str = Field(default="", max_length=500)


# ---------------------------------------------------------------- rule definitions (docs/rules.md)

FactType = Literal["money", "count", "bool", "enum"]
ParameterUnit = Literal["money", "count"]
# Facts whose declared value is replaced by the transfer service's grant records (rules/service.py)
RecordFact = Literal["grants_this_year", "granted_amount_this_year"]


def _identifier(name: str) -> str:
    if not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(f"{name!r} 不能用作名称：须为标识符（字母、数字、下划线，不以数字开头，非关键字）")
    return name


# A name the rule language can read: an identifier, as in Python
Name = Annotated[str, StringConstraints(min_length=1, max_length=64), AfterValidator(_identifier)]
EXPRESSION = (
    "规则语言表达式（docs/rules.md）：事实名、参数名、整数/字符串/布尔常量、常量列表；"
    "运算 + - * /；比较 < <= > >= == != in, not in；逻辑 and or not；括号。不允许函数调用。"
)


class Strict(BaseModel):
    """A piece of a rule definition: an unknown (e.g. misspelled) key is refused, never ignored."""

    model_config = ConfigDict(extra="forbid")


class FactDefinition(Strict):
    """A fact the rule reads, its type and the range a declared value must lie in."""

    type: FactType
    label: str = Field(default="", max_length=100, description="中文名称；缺省为事实名")
    min: int | None = Field(default=None, description="count 的下限（缺省 0）")
    max: int | None = Field(default=None, description="count 的上限（缺省 10000）")
    values: dict[Annotated[str, StringConstraints(min_length=1, max_length=64)], str] | None = Field(
        default=None, description="enum 的取值 → 中文名称"
    )

    @model_validator(mode="after")
    def _keys_fit_the_type(self):
        if self.type != "count" and (self.min is not None or self.max is not None):
            raise ValueError("min/max 只适用于 count 类型的事实")
        if self.type == "count" and (self.min or 0) > (self.max if self.max is not None else 10_000):
            raise ValueError("min 不能大于 max")
        if self.type == "enum" and not self.values:
            raise ValueError("enum 类型的事实须给出 values")
        if self.type != "enum" and self.values is not None:
            raise ValueError("values 只适用于 enum 类型的事实")
        return self


class ConditionDefinition(Strict):
    """One condition: passed, failed or unknown for a household, explained with the numbers compared."""

    id: Name
    description: str = Field(min_length=1, max_length=300)
    test: str = Field(min_length=1, max_length=2000, description=EXPRESSION)
    applies_when: str | None = Field(
        default=None, max_length=2000, description="适用条件；为假时本条视为通过（豁免）。" + EXPRESSION
    )
    left_label: str = Field(default="", max_length=100, description="说明中比较左边的名称")
    right_label: str = Field(default="", max_length=100, description="说明中比较右边的名称")
    exempt_detail: str = Field(default="此项不适用", max_length=300, description="豁免时的说明")


class RuleDefinition(Strict):
    """An item's rules as data: the facts it reads, the parameters it uses and its conditions."""

    source: str = Field(default="", max_length=500, description="依据（文件、条款）")
    facts: dict[Name, FactDefinition] = {}
    parameters: list[Name] = Field(default=[], description="用到的参数名（/v1/parameters）")
    record_facts: list[RecordFact] = Field(default=[], description="以转办服务救助记录为准的事实")
    conditions: list[ConditionDefinition] = Field(min_length=1)


class RuleSetPublic(BaseModel):
    """A rule set version: the facts it reads and its conditions (expressions in the rule language)."""

    item_code: str
    version: int
    definition: RuleDefinition
    created_by: str
    created_at: datetime
    note: str = ""
    active: bool = True


class RuleSetWrite(Strict):
    """A new version of an item's rules; checked by schema, then compiled, before anything is stored."""

    definition: RuleDefinition
    note: str = Field(default="", max_length=500)


# ---------------------------------------------------------------- batch evaluation (POST /v1/evaluations/batch)


class BatchRecord(BaseModel):
    """One household of a batch: a JSON array element or one JSON line (facts nested or inline)."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {"id": "H001", "facts": {"members": 3, "residency": "local_hukou"}},
                {"id": "H002", "members": 2, "residency": "other"},
            ]
        },
    )

    id: str | int | None = Field(default=None, description="户的编号，原样写回结果；缺省为行号")
    facts: dict[str, Any] | None = Field(
        default=None, description="事实名 → 值；缺省时记录中除 id 以外的键都是事实"
    )


class BatchError(BaseModel):
    """What was wrong, naming the field (`[3].facts.members`, `row[7]`, `body`)."""

    field: str
    detail: str


class BatchHeader(BaseModel):
    """First line: what was evaluated (the rule version and the parameter values in force on as_of)."""

    item_code: str
    as_of: date
    rule_version: str
    parameters: dict[str, str | int]


class BatchProgress(BaseModel):
    """Households done so far (every `progress_every`)."""

    processed: int
    errors: int


class BatchSummary(BatchProgress):
    """Totals at the end: processed, errors and the count of each outcome."""

    eligible: int = 0
    ineligible: int = 0
    needs_facts: int = 0


class BatchStartLine(BaseModel):
    """NDJSON line: the batch header."""

    batch: BatchHeader


class BatchProgressLine(BaseModel):
    """NDJSON line: progress."""

    progress: BatchProgress


class BatchResultLine(BaseModel):
    """NDJSON line: one household's outcome, each condition's result, the facts still missing."""

    row: int
    id: str | int | None
    outcome: Outcome
    conditions: dict[str, ConditionOutcome] = Field(description="条件编号 → passed / failed / unknown")
    missing_facts: list[str]


class BatchRecordErrorLine(BaseModel):
    """NDJSON line: a record that could not be read (the run goes on)."""

    row: int
    id: str | int | None
    error: BatchError


class BatchStreamErrorLine(BaseModel):
    """NDJSON line: the stream itself is malformed; the run stops after the records read so far."""

    error: BatchError


class BatchSummaryLine(BaseModel):
    """NDJSON line: the last one."""

    summary: BatchSummary


class BatchLine(
    RootModel[
        BatchStartLine
        | BatchProgressLine
        | BatchResultLine
        | BatchRecordErrorLine
        | BatchStreamErrorLine
        | BatchSummaryLine
    ]
):
    """One line of a batch answer in NDJSON: the header, progress, a household's result or error, the summary."""
