"""Catalogue schemas: assistance items, their materials, handling levels and the change history."""

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field, RootModel

from services.common.vocabulary import CaseType, DepartmentType, HandlingLevel

Level = HandlingLevel  # a handling level, and the level of the window asking (same two values)
CODE_PATTERN = r"^[a-z][a-z0-9_]{1,63}$"


class AcceptanceWindow(BaseModel):
    """Days of the month on which applications are accepted (e.g. 城市低保 and 廉租房: 1st–10th)."""

    days_of_month: list[int] = Field(min_length=1, max_length=31, examples=[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]])


class ItemMaterialPublic(BaseModel):
    """One material an item requires."""

    code: str
    name: str
    copies: int = 1
    original: bool = False  # True: the original must be shown, not only a copy
    shared_data: bool = False  # True: obtained by data sharing (减证便民), never asked from the applicant
    note: str = ""


class ItemPublic(BaseModel):
    """An assistance item (救助事项) as windows, intake and transfer see it."""

    code: str = Field(examples=["temporary_assistance"])
    name: str = Field(examples=["临时救助"])
    category: str = Field(examples=["临时救助"])
    owner_department_type: DepartmentType
    legal_basis: str = ""
    acceptance_conditions: str = ""
    case_type: CaseType = CaseType.PROMISED
    time_limit_days: int = 20
    handling_level: Level = (
        HandlingLevel.DISTRICT
    )  # for the district asked about (per-district configuration)
    default_handling_level: Level = HandlingLevel.DISTRICT  # where no district configuration exists
    district: str = "370211"
    acceptance_window: AcceptanceWindow | None = None
    next_acceptance_date: date | None = None  # today if accepted today; None when there is no window
    exclusive_with: list[str] = []
    materials: list[ItemMaterialPublic] = []
    has_rules: bool = False
    active: bool = True
    version: int = 1


class ItemWrite(BaseModel):
    """Create or replace an item (admin); materials are managed with their own endpoint."""

    name: str = Field(min_length=1, max_length=100)
    category: str = Field(min_length=1, max_length=50)
    owner_department_type: DepartmentType
    legal_basis: str = Field(default="", max_length=2000)
    acceptance_conditions: str = Field(default="", max_length=4000)
    case_type: CaseType = CaseType.PROMISED
    time_limit_days: int | None = Field(default=None, ge=0, le=365)  # None = 20 (no legal limit given)
    default_handling_level: Level = HandlingLevel.DISTRICT
    acceptance_window: AcceptanceWindow | None = None
    exclusive_with: list[str] = []
    active: bool = True
    note: str = Field(default="", max_length=500)  # why the change was made (kept in the history)


class ItemCreate(ItemWrite):
    """A new item (admin): its code and everything an edit sets."""

    code: str = Field(pattern=CODE_PATTERN, examples=["funeral_assistance"])


class MaterialPublic(BaseModel):
    """A material in the shared material list."""

    code: str
    name: str
    description: str = ""
    shared_data: bool = False


class MaterialWrite(BaseModel):
    """Edit a material of the shared list (admin)."""

    name: str = Field(min_length=1, max_length=100)
    description: str = Field(default="", max_length=500)
    shared_data: bool = False
    note: str = Field(default="", max_length=500)


class MaterialCreate(MaterialWrite):
    """A new material of the shared list (admin)."""

    code: str = Field(pattern=CODE_PATTERN, examples=["id_card"])


class ItemMaterialWrite(BaseModel):
    """One material an item requires: how many copies, whether the original is shown."""

    code: str = Field(pattern=CODE_PATTERN)
    copies: int = Field(default=1, ge=1, le=20)
    original: bool = False
    note: str = Field(default="", max_length=200)


class ItemMaterialsWrite(BaseModel):
    """The full list of an item's materials (replaces the list; the old list stays in the history)."""

    materials: list[ItemMaterialWrite]
    note: str = Field(default="", max_length=500)


class HandlingLevelWrite(BaseModel):
    """Which level handles an item in one district."""

    level: Level
    note: str = Field(default="", max_length=500)


class Snapshot(RootModel[dict[str, Any]]):
    """The state of whichever entity changed (item, materials, level, rule set, parameter): open on purpose,
    one named schema for every change. Reads like the dict it wraps (templates use .get and .items)."""

    def get(self, key: str, default: Any = None) -> Any:
        return self.root.get(key, default)

    def items(self):
        return self.root.items()

    def __bool__(self) -> bool:
        return bool(self.root)


class ChangePublic(BaseModel):
    """One versioned change: who, when, what (before and after)."""

    id: int
    entity_type: str
    entity_key: str
    version: int
    action: str
    changed_by: str
    changed_at: datetime
    note: str = ""
    before: Snapshot | None = None
    after: Snapshot | None = None
