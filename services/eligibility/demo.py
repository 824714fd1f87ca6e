"""Load the eligibility demo data (idempotent): `python -m services.eligibility.demo`."""

from sqlmodel import Session, select

from services.common.db import Database
from services.common.money import yuan_to_fen
from services.eligibility.catalogue import seed
from services.eligibility.catalogue.models import AssistanceItem, HandlingLevel, ItemMaterial, Material
from services.eligibility.catalogue.service import record_change
from services.eligibility.guidance import seed as guidance_seed
from services.eligibility.guidance.models import SuggestionRule
from services.eligibility.rules import seed as rules_seed
from services.eligibility.rules.models import RuleParameter, RuleSet
from services.eligibility.settings import EligibilitySettings

ACTOR = "system:demo"


def _materials(session: Session) -> int:
    added = 0
    for m in seed.MATERIALS:
        if session.exec(select(Material.id).where(Material.code == m.code)).first() is None:
            session.add(
                Material(code=m.code, name=m.name, description=m.description, shared_data=m.shared_data)
            )
            added += 1
    session.flush()
    return added


def _items(session: Session) -> int:
    added = 0
    materials = {m.code: m.id for m in session.exec(select(Material)).all()}
    for position, row in enumerate(seed.ITEMS):
        if session.exec(select(AssistanceItem.id).where(AssistanceItem.code == row.code)).first() is not None:
            continue
        item = AssistanceItem(
            code=row.code,
            name=row.name,
            category=row.category,
            owner_department_type=row.owner,
            legal_basis=row.legal_basis,
            acceptance_conditions=row.acceptance_conditions,
            case_type=row.case_type,
            time_limit_days=row.time_limit_days,
            default_handling_level=row.default_handling_level,
            acceptance_days=row.acceptance_days,
            exclusive_with=list(row.exclusive_with),
            position=position,
            updated_by=ACTOR,
        )
        session.add(item)
        session.flush()
        for i, need in enumerate(row.materials):
            session.add(
                ItemMaterial(
                    item_id=item.id,
                    material_id=materials[need.code],
                    copies=need.copies,
                    original=need.original,
                    position=i,
                )
            )
        record_change(
            session=session,
            entity_type="item",
            entity_key=row.code,
            version=1,
            action="create",
            actor=ACTOR,
            before=None,
            after={"name": row.name, "owner_department_type": row.owner},
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
    for param in rules_seed.PARAMETERS:
        if session.exec(select(RuleParameter.id).where(RuleParameter.name == param.name)).first() is not None:
            continue
        for v in param.values:
            session.add(
                RuleParameter(
                    name=param.name,
                    label=param.label,
                    unit=param.unit,
                    value=yuan_to_fen(v.value) if param.unit == "money" else int(v.value),
                    effective_from_date=v.effective_from,
                    created_by=ACTOR,
                    note="演示参数",
                )
            )
            added += 1
        record_change(
            session=session,
            entity_type="parameter",
            entity_key=param.name,
            version=len(param.values),
            action="create",
            actor=ACTOR,
            before=None,
            after={"values": {str(v.effective_from): v.value for v in param.values}},
            note="演示参数",
        )
    session.flush()
    for item_code, definition in rules_seed.RULE_SETS.items():
        if session.exec(select(RuleSet.id).where(RuleSet.item_code == item_code)).first() is None:
            session.add(
                RuleSet(
                    item_code=item_code,
                    version=1,
                    definition=definition,
                    created_by=ACTOR,
                    note="演示规则（依据困难居民临时救助实施细则）",
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
                note="演示规则（依据困难居民临时救助实施细则）",
            )
            added += 1
    if session.exec(select(SuggestionRule.id)).first() is None:
        for priority, rule in enumerate(guidance_seed.SUGGESTIONS):
            session.add(
                SuggestionRule(
                    item_code=rule.item_code,
                    keywords=list(rule.keywords),
                    fact_condition=rule.fact_condition,
                    reason=rule.reason,
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
