"""Catalogue tables: items, materials, which materials an item needs, handling levels, the change log."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Text, UniqueConstraint
from sqlmodel import Field

from services.common.clock import utcnow
from services.eligibility.base import EligibilityTable


class AssistanceItem(EligibilityTable, table=True):
    """An assistance item (救助事项): the current state; every earlier state is in catalogue_change."""

    __tablename__ = "assistance_item"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=64, unique=True)
    name: str = Field(max_length=100)
    category: str = Field(max_length=50)
    owner_department_type: str = Field(max_length=32)
    legal_basis: str = Field(default="", sa_type=Text)
    acceptance_conditions: str = Field(default="", sa_type=Text)
    case_type: str = Field(default="promised", max_length=16)
    time_limit_days: int | None = None  # None: no legal limit given, so 20 working days
    default_handling_level: str = Field(default="district", max_length=8)
    acceptance_days: list[int] | None = Field(default=None, sa_type=JSON)
    exclusive_with: list[str] = Field(default_factory=list, sa_type=JSON)
    position: int = 0
    active: bool = True
    version: int = 1
    updated_by: str = Field(default="system", max_length=64)
    updated_at: datetime = Field(default_factory=utcnow)


class Material(EligibilityTable, table=True):
    """A material (申请材料) shared by items, so the checklist asks for it once."""

    __tablename__ = "material"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=64, unique=True)
    name: str = Field(max_length=100)
    description: str = Field(default="", max_length=500)
    shared_data: bool = False  # obtained by data sharing (减证便民): never asked from the applicant
    version: int = 1


class ItemMaterial(EligibilityTable, table=True):
    """That an item needs a material, how many copies and whether the original."""

    __tablename__ = "item_material"
    __table_args__ = (UniqueConstraint("item_id", "material_id", name="uq_item_material_item_material"),)

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="assistance_item.id", index=True)
    material_id: int = Field(foreign_key="material.id", index=True)
    copies: int = 1
    original: bool = False
    note: str = Field(default="", max_length=200)
    position: int = 0


class HandlingLevel(EligibilityTable, table=True):
    """Per-district configuration: which level (town or district) handles an item there."""

    __tablename__ = "handling_level"
    __table_args__ = (UniqueConstraint("district_code", "item_code", name="uq_handling_level_district_item"),)

    id: int | None = Field(default=None, primary_key=True)
    district_code: str = Field(max_length=6)
    item_code: str = Field(max_length=64)
    level: str = Field(max_length=8)


class CatalogueChange(EligibilityTable, table=True):
    """One versioned change to catalogue or rule data: append-only, never updated."""

    __tablename__ = "catalogue_change"

    id: int | None = Field(default=None, primary_key=True)
    entity_type: str = Field(
        max_length=32, index=True
    )  # item | material | item_materials | handling_level | ...
    entity_key: str = Field(max_length=100, index=True)
    version: int = 1
    action: str = Field(max_length=16)  # create | update
    changed_by: str = Field(max_length=64)
    changed_at: datetime = Field(default_factory=utcnow)
    note: str = Field(default="", max_length=500)
    before: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    after: dict[str, Any] | None = Field(default=None, sa_type=JSON)
