"""Load the eligibility demo data (idempotent): `python -m services.eligibility.demo`."""

from datetime import date

from sqlmodel import Session, select

from services.common.db import Database
from services.eligibility.catalogue import seed
from services.eligibility.catalogue.models import AssistanceItem, HandlingLevel, ItemMaterial, Material
from services.eligibility.catalogue.service import record_change
from services.eligibility.guidance.models import SuggestionRule
from services.eligibility.rules.models import RuleParameter, RuleSet
from services.eligibility.settings import EligibilitySettings

ACTOR = "system:demo"


def _materials(session: Session) -> int:
    added = 0
    for code, name, description, shared in seed.MATERIALS:
        if session.exec(select(Material.id).where(Material.code == code)).first() is None:
            session.add(Material(code=code, name=name, description=description, shared_data=shared))
            added += 1
    session.flush()
    return added


def _items(session: Session) -> int:
    added = 0
    materials = {m.code: m.id for m in session.exec(select(Material)).all()}
    for position, row in enumerate(seed.ITEMS):
        code, name, category, owner, basis, conditions, case_type, limit, level, days, exclusive, needs = row
        if session.exec(select(AssistanceItem.id).where(AssistanceItem.code == code)).first() is not None:
            continue
        item = AssistanceItem(
            code=code,
            name=name,
            category=category,
            owner_department_type=owner,
            legal_basis=basis,
            acceptance_conditions=conditions,
            case_type=case_type,
            time_limit_days=limit,
            default_handling_level=level,
            acceptance_days=days,
            exclusive_with=exclusive,
            position=position,
            updated_by=ACTOR,
        )
        session.add(item)
        session.flush()
        for i, (material, copies, original) in enumerate(needs):
            session.add(
                ItemMaterial(
                    item_id=item.id,
                    material_id=materials[material],
                    copies=copies,
                    original=original,
                    position=i,
                )
            )
        record_change(
            session=session,
            entity_type="item",
            entity_key=code,
            version=1,
            action="create",
            actor=ACTOR,
            before=None,
            after={"name": name, "owner_department_type": owner},
            note="演示目录（种子材料）",
        )
        added += 1
    for code in seed.TOWN_LEVEL_ITEMS:
        if (
            session.exec(
                select(HandlingLevel.id).where(
                    HandlingLevel.district_code == seed.DISTRICT, HandlingLevel.item_code == code
                )
            ).first()
            is None
        ):
            session.add(HandlingLevel(district_code=seed.DISTRICT, item_code=code, level="town"))
    session.flush()
    return added


def _rules(session: Session) -> int:
    added = 0
    for name, label, unit, values in seed.PARAMETERS:
        if session.exec(select(RuleParameter.id).where(RuleParameter.name == name)).first() is not None:
            continue
        for effective, value in values:
            stored = int(value.replace(".", "")) if unit == "money" else int(value)
            session.add(
                RuleParameter(
                    name=name,
                    label=label,
                    unit=unit,
                    value=stored,
                    effective_from_date=date.fromisoformat(effective),
                    created_by=ACTOR,
                    note="演示参数",
                )
            )
            added += 1
        record_change(
            session=session,
            entity_type="parameter",
            entity_key=name,
            version=len(values),
            action="create",
            actor=ACTOR,
            before=None,
            after={"values": dict(values)},
            note="演示参数",
        )
    session.flush()
    for item_code, definition in seed.RULE_SETS.items():
        if session.exec(select(RuleSet.id).where(RuleSet.item_code == item_code)).first() is None:
            session.add(
                RuleSet(
                    item_code=item_code,
                    version=1,
                    definition=definition,
                    created_by=ACTOR,
                    note="DESIGN.md §5",
                )
            )
            record_change(
                session=session,
                entity_type="rule_set",
                entity_key=item_code,
                version=1,
                action="create",
                actor=ACTOR,
                before=None,
                after=definition,
                note="DESIGN.md §5",
            )
            added += 1
    if session.exec(select(SuggestionRule.id)).first() is None:
        for priority, (item_code, keywords, condition, reason) in enumerate(seed.SUGGESTIONS):
            session.add(
                SuggestionRule(
                    item_code=item_code,
                    keywords=keywords,
                    fact_condition=condition,
                    reason=reason,
                    priority=priority,
                    updated_by=ACTOR,
                )
            )
            added += 1
    session.flush()
    return added


def load_demo(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {"materials": _materials(session), "items": _items(session), "rules": _rules(session)}


if __name__ == "__main__":
    settings = EligibilitySettings()
    if not settings.platform.is_demo:
        raise SystemExit("demo data is only loaded in demo mode (YIMEN_MODE=demo)")
    print("eligibility demo data:", load_demo(Database(settings.database_url)))
