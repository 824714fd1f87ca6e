"""The catalogue: reading items for a district, and versioned admin edits that keep every earlier state."""

from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, select

from services.common.clock import utcnow
from services.common.errors import Conflict, Invalid, NotFound
from services.eligibility.catalogue import cache
from services.eligibility.catalogue.models import (
    AssistanceItem,
    CatalogueChange,
    HandlingLevel,
    ItemMaterial,
    Material,
)
from services.eligibility.catalogue.schemas import (
    AcceptanceWindow,
    HandlingLevelWrite,
    ItemCreate,
    ItemMaterialPublic,
    ItemMaterialsWrite,
    ItemPublic,
    ItemWrite,
    MaterialCreate,
    MaterialWrite,
)
from services.eligibility.rules.models import RuleSet

DEFAULT_TIME_LIMIT_DAYS = 20  # no legal limit given: 20 working days (seed 002 annex 3 限时办结 第六条)
DEFAULT_DISTRICT = "370211"


def record_change(
    *,
    session: Session,
    entity_type: str,
    entity_key: str,
    version: int,
    action: str,
    actor: str,
    before: dict | None,
    after: dict | None,
    note: str = "",
) -> CatalogueChange:
    """Append one change to the log (who, when, what); the log is never updated."""
    change = CatalogueChange(
        entity_type=entity_type,
        entity_key=entity_key,
        version=version,
        action=action,
        changed_by=actor,
        before=before,
        after=after,
        note=note,
    )
    session.add(change)
    return change


def next_acceptance_date(days: list[int] | None, today: date) -> date | None:
    """The next day (today included) whose day-of-month is in the acceptance window."""
    if not days:
        return None
    day = today
    for _ in range(62):
        if day.day in days:
            return day
        day += timedelta(days=1)
    return None


def handling_level(*, session: Session, item: AssistanceItem, district: str) -> str:
    row = session.exec(
        select(HandlingLevel).where(
            HandlingLevel.district_code == district, HandlingLevel.item_code == item.code
        )
    ).first()
    return row.level if row else item.default_handling_level


def item_materials(*, session: Session, item: AssistanceItem) -> list[tuple[ItemMaterial, Material]]:
    rows = session.exec(
        select(ItemMaterial, Material)
        .join(Material, Material.id == ItemMaterial.material_id)
        .where(ItemMaterial.item_id == item.id)
        .order_by(ItemMaterial.position, ItemMaterial.id)
    )
    return list(rows.all())


def to_public(*, session: Session, item: AssistanceItem, district: str, today: date) -> ItemPublic:
    """One item as callers see it (three statements; a whole list is built by list_items in four)."""
    has_rules = session.exec(select(RuleSet.id).where(RuleSet.item_code == item.code)).first() is not None
    return _public(
        item,
        materials=item_materials(session=session, item=item),
        level=handling_level(session=session, item=item, district=district),
        has_rules=has_rules,
        district=district,
        today=today,
    )


def _public(
    item: AssistanceItem,
    *,
    materials: list[tuple[ItemMaterial, Material]],
    level: str,
    has_rules: bool,
    district: str,
    today: date,
) -> ItemPublic:
    return ItemPublic(
        code=item.code,
        name=item.name,
        category=item.category,
        owner_department_type=item.owner_department_type,
        legal_basis=item.legal_basis,
        acceptance_conditions=item.acceptance_conditions,
        case_type=item.case_type,
        time_limit_days=item.time_limit_days if item.time_limit_days is not None else DEFAULT_TIME_LIMIT_DAYS,
        handling_level=level,
        district=district,
        default_handling_level=item.default_handling_level,
        acceptance_window=AcceptanceWindow(days_of_month=item.acceptance_days)
        if item.acceptance_days
        else None,
        next_acceptance_date=next_acceptance_date(item.acceptance_days, today),
        exclusive_with=list(item.exclusive_with or []),
        materials=[
            ItemMaterialPublic(
                code=m.code,
                name=m.name,
                copies=im.copies,
                original=im.original,
                shared_data=m.shared_data,
                note=im.note,
            )
            for im, m in materials
        ],
        has_rules=has_rules,
        active=item.active,
        version=item.version,
    )


def find_item(*, session: Session, code: str, field: str = "item_code") -> AssistanceItem:
    item = session.exec(select(AssistanceItem).where(AssistanceItem.code == code)).first()
    if item is None:
        raise NotFound(f"救助事项 {code} 不存在", field=field)
    return item


def build_items(
    *, session: Session, district: str, today: date, include_inactive: bool = False
) -> list[ItemPublic]:
    """The catalogue in display order, with handling levels for `district`: four statements whatever
    the number of items (it was three per item plus one)."""
    query = select(AssistanceItem).order_by(AssistanceItem.position, AssistanceItem.id)
    if not include_inactive:
        query = query.where(AssistanceItem.active)
    items = list(session.exec(query).all())
    ids, codes = [i.id for i in items], [i.code for i in items]
    materials: dict[int, list[tuple[ItemMaterial, Material]]] = {i: [] for i in ids}
    for im, m in session.exec(
        select(ItemMaterial, Material)
        .join(Material, Material.id == ItemMaterial.material_id)
        .where(ItemMaterial.item_id.in_(ids))
        .order_by(ItemMaterial.item_id, ItemMaterial.position, ItemMaterial.id)
    ):
        materials[im.item_id].append((im, m))
    levels = dict(
        session.exec(
            select(HandlingLevel.item_code, HandlingLevel.level).where(
                HandlingLevel.district_code == district, HandlingLevel.item_code.in_(codes)
            )
        ).all()
    )
    with_rules = set(session.exec(select(RuleSet.item_code).where(RuleSet.item_code.in_(codes)).distinct()))
    return [
        _public(
            i,
            materials=materials[i.id],
            level=levels.get(i.code, i.default_handling_level),
            has_rules=i.code in with_rules,
            district=district,
            today=today,
        )
        for i in items
    ]


def listing(
    *, session: Session, district: str, today: date, include_inactive: bool = False, key: tuple | None = None
) -> cache.Listing:
    """The list with its JSON and ETag, from memory while the catalogue version is unchanged (`key`:
    the listing key already read in this request)."""
    key = key or cache.listing_key(
        session=session, district=district, today=today, include_inactive=include_inactive
    )
    found = cache.cached(key)
    if found is None:
        items = build_items(
            session=session, district=district, today=today, include_inactive=include_inactive
        )
        found = cache.store(key, items)
    return found


def list_items(
    *, session: Session, district: str, today: date, include_inactive: bool = False
) -> list[ItemPublic]:
    """The catalogue in display order, with handling levels for `district` (cached per version; read-only)."""
    return listing(session=session, district=district, today=today, include_inactive=include_inactive).items


def get_item(*, session: Session, code: str, district: str, today: date) -> ItemPublic:
    return to_public(
        session=session,
        item=find_item(session=session, code=code, field="code"),
        district=district,
        today=today,
    )


def _snapshot(item: AssistanceItem) -> dict[str, Any]:
    return {
        "code": item.code,
        "name": item.name,
        "category": item.category,
        "owner_department_type": item.owner_department_type,
        "legal_basis": item.legal_basis,
        "acceptance_conditions": item.acceptance_conditions,
        "case_type": item.case_type,
        "time_limit_days": item.time_limit_days,
        "default_handling_level": item.default_handling_level,
        "acceptance_days": item.acceptance_days,
        "exclusive_with": list(item.exclusive_with or []),
        "active": item.active,
    }


def _check_exclusive(session: Session, codes: list[str], own: str) -> list[str]:
    for i, code in enumerate(codes):
        if (
            code == own
            or session.exec(select(AssistanceItem.id).where(AssistanceItem.code == code)).first() is None
        ):
            raise Invalid(
                f"exclusive_with[{i}]: 救助事项 {code} 不存在或为本事项", field=f"exclusive_with[{i}]"
            )
    return sorted(set(codes))


def _apply(item: AssistanceItem, body: ItemWrite, exclusive: list[str]) -> None:
    for name in (
        "name",
        "category",
        "owner_department_type",
        "legal_basis",
        "acceptance_conditions",
        "case_type",
        "time_limit_days",
        "default_handling_level",
        "active",
    ):
        setattr(item, name, getattr(body, name))
    item.acceptance_days = (
        sorted(set(body.acceptance_window.days_of_month)) if body.acceptance_window else None
    )
    if item.acceptance_days and not all(1 <= d <= 31 for d in item.acceptance_days):
        raise Invalid(
            "acceptance_window.days_of_month 须在 1 至 31 之间", field="acceptance_window.days_of_month"
        )
    item.exclusive_with = exclusive


def create_item(*, session: Session, body: ItemCreate, actor: str) -> AssistanceItem:
    """Add an item (version 1) and log it."""
    if session.exec(select(AssistanceItem.id).where(AssistanceItem.code == body.code)).first() is not None:
        raise Conflict(f"救助事项 {body.code} 已存在", field="code")
    item = AssistanceItem(
        code=body.code,
        name=body.name,
        category=body.category,
        owner_department_type=body.owner_department_type,
        updated_by=actor,
        position=1000,
    )
    _apply(item, body, _check_exclusive(session, body.exclusive_with, body.code))
    session.add(item)
    session.flush()
    record_change(
        session=session,
        entity_type="item",
        entity_key=item.code,
        version=1,
        action="create",
        actor=actor,
        before=None,
        after=_snapshot(item),
        note=body.note,
    )
    return item


def update_item(*, session: Session, code: str, body: ItemWrite, actor: str) -> AssistanceItem:
    """Replace an item's fields as a new version; the previous state stays in the log."""
    item = find_item(session=session, code=code, field="code")
    before = _snapshot(item)
    _apply(item, body, _check_exclusive(session, body.exclusive_with, code))
    after = _snapshot(item)
    if after == before:
        return item
    item.version += 1
    item.updated_by, item.updated_at = actor, utcnow()
    session.add(item)
    record_change(
        session=session,
        entity_type="item",
        entity_key=code,
        version=item.version,
        action="update",
        actor=actor,
        before=before,
        after=after,
        note=body.note,
    )
    return item


def _materials_snapshot(session: Session, item: AssistanceItem) -> dict[str, Any]:
    return {
        "materials": [
            {"code": m.code, "copies": im.copies, "original": im.original, "note": im.note}
            for im, m in item_materials(session=session, item=item)
        ]
    }


def set_item_materials(
    *, session: Session, code: str, body: ItemMaterialsWrite, actor: str
) -> AssistanceItem:
    """Replace the list of an item's materials as a new item version."""
    item = find_item(session=session, code=code, field="code")
    before = _materials_snapshot(session, item)
    seen: set[str] = set()
    rows = []
    for i, m in enumerate(body.materials):
        material = session.exec(select(Material).where(Material.code == m.code)).first()
        if material is None:
            raise Invalid(f"材料 {m.code} 不存在", field=f"materials[{i}].code")
        if m.code in seen:
            raise Invalid(f"材料 {m.code} 重复", field=f"materials[{i}].code")
        seen.add(m.code)
        rows.append(
            ItemMaterial(
                item_id=item.id,
                material_id=material.id,
                copies=m.copies,
                original=m.original,
                note=m.note,
                position=i,
            )
        )
    for old, _ in item_materials(session=session, item=item):
        session.delete(old)
    session.flush()
    session.add_all(rows)
    session.flush()
    item.version += 1
    item.updated_by, item.updated_at = actor, utcnow()
    session.add(item)
    record_change(
        session=session,
        entity_type="item_materials",
        entity_key=code,
        version=item.version,
        action="update",
        actor=actor,
        before=before,
        after=_materials_snapshot(session, item),
        note=body.note,
    )
    return item


def set_handling_level(
    *, session: Session, code: str, district: str, body: HandlingLevelWrite, actor: str
) -> AssistanceItem:
    """Configure which level handles an item in a district (data, not code)."""
    item = find_item(session=session, code=code, field="code")
    if len(district) != 6 or not district.isdigit():
        raise Invalid("district 须为 6 位区县代码", field="district")
    row = session.exec(
        select(HandlingLevel).where(HandlingLevel.district_code == district, HandlingLevel.item_code == code)
    ).first()
    before = {"level": row.level if row else item.default_handling_level}
    if row is None:
        row = HandlingLevel(district_code=district, item_code=code, level=body.level)
    row.level = body.level
    session.add(row)
    versions = session.exec(
        select(CatalogueChange.id).where(
            CatalogueChange.entity_type == "handling_level",
            CatalogueChange.entity_key == f"{district}:{code}",
        )
    ).all()
    record_change(
        session=session,
        entity_type="handling_level",
        entity_key=f"{district}:{code}",
        version=len(versions) + 1,
        action="update",
        actor=actor,
        before=before,
        after={"level": body.level},
        note=body.note,
    )
    return item


def list_materials(*, session: Session) -> list[Material]:
    return list(session.exec(select(Material).order_by(Material.id)).all())


def _material_snapshot(m: Material) -> dict[str, Any]:
    return {"code": m.code, "name": m.name, "description": m.description, "shared_data": m.shared_data}


def create_material(*, session: Session, body: MaterialCreate, actor: str) -> Material:
    if session.exec(select(Material.id).where(Material.code == body.code)).first() is not None:
        raise Conflict(f"材料 {body.code} 已存在", field="code")
    material = Material(
        code=body.code, name=body.name, description=body.description, shared_data=body.shared_data
    )
    session.add(material)
    session.flush()
    record_change(
        session=session,
        entity_type="material",
        entity_key=body.code,
        version=1,
        action="create",
        actor=actor,
        before=None,
        after=_material_snapshot(material),
        note=body.note,
    )
    return material


def update_material(*, session: Session, code: str, body: MaterialWrite, actor: str) -> Material:
    material = session.exec(select(Material).where(Material.code == code)).first()
    if material is None:
        raise NotFound(f"材料 {code} 不存在", field="code")
    before = _material_snapshot(material)
    material.name, material.description, material.shared_data = body.name, body.description, body.shared_data
    if _material_snapshot(material) != before:
        material.version += 1
        session.add(material)
        record_change(
            session=session,
            entity_type="material",
            entity_key=code,
            version=material.version,
            action="update",
            actor=actor,
            before=before,
            after=_material_snapshot(material),
            note=body.note,
        )
    return material


def history(
    *,
    session: Session,
    entity_key: str | None = None,
    entity_types: tuple[str, ...] | None = None,
    limit: int = 200,
) -> list[CatalogueChange]:
    """Changes, newest first; for an item its own, its materials' and its handling levels' changes."""
    query = select(CatalogueChange).order_by(CatalogueChange.id.desc()).limit(limit)
    if entity_types:
        query = query.where(CatalogueChange.entity_type.in_(entity_types))
    if entity_key:
        query = query.where(
            (CatalogueChange.entity_key == entity_key) | CatalogueChange.entity_key.endswith(f":{entity_key}")
        )
    return list(session.exec(query).all())
