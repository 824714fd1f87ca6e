"""Emergency aid recorded before acceptance (先行救助): what intake sends with the registered case."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from services.common.errors import Invalid
from services.common.identity import normalize_id_number
from services.transfer.departments.schemas import REGION_PATTERN
from services.transfer.slips.schemas import Applicant, EmergencyAidIn, Person


class RegisteredCase(BaseModel):
    """The case as registered at the window (not yet accepted): enough to count the household's caps."""

    model_config = ConfigDict(extra="forbid")
    case_number: str = Field(min_length=1, max_length=40, examples=["HD-2026-00042"])
    window_region: str = Field(pattern=REGION_PATTERN, examples=["370211001"])
    window_level: Literal["town", "district"]
    first_responder: Person
    applicant: Applicant
    household_id_numbers: list[str] = Field(default_factory=list, max_length=30)
    difficulty: str = Field(default="", max_length=2000)

    @field_validator("household_id_numbers")
    @classmethod
    def _valid_ids(cls, values: list[str]) -> list[str]:
        try:  # a ValueError lets pydantic name the member: household_id_numbers[1]
            return [normalize_id_number(v) for v in values]
        except Invalid as exc:
            raise ValueError("不是有效的居民身份证号码") from exc


class EarlyAidIn(BaseModel):
    """POST /v1/cases/{case_id}/emergency-aid/before-acceptance (intake only): the case, the aid, the clerk."""

    model_config = ConfigDict(extra="forbid")
    case: RegisteredCase
    aid: EmergencyAidIn
    recorded_by: Person = Field(description="登记的窗口工作人员（首问责任人或其他）")
