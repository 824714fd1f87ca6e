"""Guidance for the window: the one-time material checklist, where each item goes, and what to suggest."""

from typing import Any

from sqlmodel import Session, select

from services.common.clock import utcnow
from services.common.errors import Invalid, NotFound
from services.common.regions import REGIONS, region_name
from services.common.vocabulary import DepartmentType, SlipKind
from services.eligibility.catalogue.models import AssistanceItem, Material
from services.eligibility.catalogue.service import handling_level, item_materials, record_change
from services.eligibility.guidance.models import SuggestionRule
from services.eligibility.guidance.schemas import (
    ChecklistRequest,
    ChecklistResponse,
    MissingMaterial,
    RouteDecision,
    RouteRequest,
    SharedMaterial,
    Suggestion,
    SuggestionRequest,
    SuggestionResponse,
    SuggestionRuleWrite,
)
from services.eligibility.rules.engine import FactSpec, parse_fact
from services.eligibility.rules.language import BOOL, COUNT, UNKNOWN, parse, scalar

# Facts a suggestion rule may read (the window often knows only these when the applicant "doesn't know").
SUGGESTION_FACTS = {
    "age": FactSpec("age", "count", "年龄", 0, 150),
    "members": FactSpec("members", "count", "家庭人口", 1, 50),
    "on_dibao": FactSpec("on_dibao", "bool", "低保家庭"),
    "disabled": FactSpec("disabled", "bool", "残疾人"),
    "bereaved": FactSpec("bereaved", "bool", "家庭成员去世"),
    "unemployed": FactSpec("unemployed", "bool", "失业"),
    "has_student": FactSpec("has_student", "bool", "家有在校学生"),
}
SUGGESTION_UNITS = {n: (COUNT if s.type == "count" else BOOL) for n, s in SUGGESTION_FACTS.items()}


def _item(session: Session, code: str, field: str) -> AssistanceItem:
    item = session.exec(select(AssistanceItem).where(AssistanceItem.code == code)).first()
    if item is None:
        raise Invalid(f"救助事项 {code} 不存在", field=field)
    return item


def checklist(*, session: Session, body: ChecklistRequest) -> ChecklistResponse:
    """Every material still missing across the items, each asked once with every reason it is needed."""
    items = [
        _item(session, code, f"item_codes[{i}]") for i, code in enumerate(dict.fromkeys(body.item_codes))
    ]
    provided = list(dict.fromkeys(body.provided))
    for i, code in enumerate(provided):
        if session.exec(select(Material.id).where(Material.code == code)).first() is None:
            raise Invalid(f"材料 {code} 不存在", field=f"provided[{i}]")
    missing: dict[str, dict[str, Any]] = {}
    shared: dict[str, str] = {}
    for item in items:
        for need, material in item_materials(session=session, item=item):
            if material.shared_data:
                shared[material.code] = material.name
                continue
            if material.code in provided:
                continue
            entry = missing.setdefault(
                material.code,
                {"code": material.code, "name": material.name, "copies": 0, "original": False, "reasons": []},
            )
            entry["copies"] = max(entry["copies"], need.copies)
            entry["original"] = entry["original"] or need.original
            entry["reasons"].append(f"为办理{item.name}所需" + (f"（{need.note}）" if need.note else ""))
    return ChecklistResponse(
        missing=[MissingMaterial(**m) for m in missing.values()],
        provided=provided,
        shared_data=[SharedMaterial(code=c, name=n) for c, n in shared.items()],
    )


def route(*, session: Session, body: RouteRequest) -> RouteDecision:
    """The slip kind (DESIGN §3) from the item's owner and the district's handling-level configuration."""
    item = _item(session, body.item_code, "item_code")
    if body.window_region not in REGIONS:
        raise Invalid(f"未知的窗口区划 {body.window_region}", field="window_region")
    if (body.window_level == "town") != (len(body.window_region) == 9):
        raise Invalid(
            "window_level 与 window_region 不一致（镇街为 9 位，区县为 6 位）", field="window_level"
        )
    district = body.window_region[:6]
    level = handling_level(session=session, item=item, district=district)
    owner = item.owner_department_type
    hukou_town = (
        body.hukou_region if len(body.hukou_region) == 9 and body.hukou_region.startswith(district) else None
    )

    def decide(kind: str, dept: str, region: str, reason: str) -> RouteDecision:
        return RouteDecision(
            kind=kind,
            receiver_department_type=dept,
            receiver_region=region,
            reason=reason,
            handling_level=level,
        )

    if owner == DepartmentType.SOCIAL_ORGANISATION:
        return decide(
            SlipKind.REFER,
            owner,
            district,
            f"{item.name}由社会组织（慈善）提供帮扶，转介{region_name(district)}慈善组织",
        )
    if body.window_level == "town":
        if level == "town" and body.hukou_region == body.window_region:
            return decide(
                SlipKind.DISPATCH,
                owner,
                body.window_region,
                f"{item.name}在本区由镇街办理，申请人户籍在本镇街，分办本镇街{_dept_zh(owner)}",
            )
        if level == "town":
            return decide(
                SlipKind.ESCALATE,
                DepartmentType.CIVIL_AFFAIRS,
                district,
                f"{item.name}由户籍地镇街办理，申请人户籍不在本镇街，转送区民政局社会救助窗口转交户籍地",
            )
        return decide(
            SlipKind.ESCALATE,
            DepartmentType.CIVIL_AFFAIRS,
            district,
            f"{item.name}在本区由区级部门办理，转送区民政局社会救助窗口",
        )
    if level == "town" and hukou_town:
        return decide(
            SlipKind.HAND_OVER,
            owner,
            hukou_town,
            f"{item.name}在本区由镇街办理，转交申请人户籍地{region_name(hukou_town)}",
        )
    why = "在本区由区级部门办理" if level == "district" else "由户籍地镇街办理，但申请人户籍不在本区镇街"
    return decide(SlipKind.ASSIGN, owner, district, f"{item.name}{why}，转办区{_dept_zh(owner)}")


def _dept_zh(dept: str) -> str:
    try:
        return DepartmentType(dept).office
    except ValueError:  # an owner type not in the vocabulary (stored before it was checked)
        return dept


def _condition(source: str, where: str):
    return scalar(parse(source, SUGGESTION_UNITS, where=where)) if source.strip() else None


def suggest(*, session: Session, body: SuggestionRequest) -> SuggestionResponse:
    """Items whose keywords appear in the difficulty or whose fact condition holds, each with its reason."""
    facts = {}
    for name, value in body.facts.items():
        if name in SUGGESTION_FACTS:
            parsed = parse_fact(SUGGESTION_FACTS[name], value, f"facts.{name}")
            if parsed is not UNKNOWN:
                facts[name] = parsed
    rules = session.exec(
        select(SuggestionRule, AssistanceItem)
        .join(AssistanceItem, AssistanceItem.code == SuggestionRule.item_code)
        .where(SuggestionRule.active, AssistanceItem.active)
        .order_by(SuggestionRule.priority, SuggestionRule.id)
    ).all()
    found: dict[str, Suggestion] = {}
    text = body.difficulty
    for rule, item in rules:
        hits = [k for k in rule.keywords if k and k in text]
        condition = _condition(rule.fact_condition, f"suggestion_rule[{rule.id}].fact_condition")
        by_facts = condition is not None and condition(facts) is True
        if not hits and not by_facts:
            continue
        reason = rule.reason + (f"（提及：{'、'.join(hits)}）" if hits else "（依据已知情况）")
        if item.code in found:
            if rule.reason not in found[item.code].reason:
                found[item.code].reason += "；" + reason
            continue
        found[item.code] = Suggestion(item_code=item.code, name=item.name, reason=reason)
    return SuggestionResponse(suggestions=list(found.values()))


def _rule_snapshot(rule: SuggestionRule) -> dict[str, Any]:
    return {
        "item_code": rule.item_code,
        "keywords": list(rule.keywords),
        "fact_condition": rule.fact_condition,
        "reason": rule.reason,
        "priority": rule.priority,
        "active": rule.active,
    }


def list_suggestion_rules(*, session: Session) -> list[SuggestionRule]:
    return list(
        session.exec(select(SuggestionRule).order_by(SuggestionRule.priority, SuggestionRule.id)).all()
    )


def save_suggestion_rule(
    *, session: Session, body: SuggestionRuleWrite, actor: str, rule_id: int | None = None
) -> SuggestionRule:
    """Create or change a suggestion rule (checked, versioned in the change log)."""
    _item(session, body.item_code, "item_code")
    _condition(body.fact_condition, "fact_condition")
    if not body.fact_condition.strip() and not any(k.strip() for k in body.keywords):
        raise Invalid("关键词与事实条件至少填写一项", field="keywords")
    if rule_id is None:
        rule, before = SuggestionRule(item_code=body.item_code, reason=body.reason), None
    else:
        rule = session.get(SuggestionRule, rule_id)
        if rule is None:
            raise NotFound(f"建议规则 {rule_id} 不存在", field="rule_id")
        before = _rule_snapshot(rule)
        rule.version += 1
    rule.item_code, rule.keywords = body.item_code, [k.strip() for k in body.keywords if k.strip()]
    rule.fact_condition, rule.reason, rule.priority, rule.active = (
        body.fact_condition.strip(),
        body.reason,
        body.priority,
        body.active,
    )
    rule.updated_by, rule.updated_at = actor, utcnow()
    session.add(rule)
    session.flush()
    record_change(
        session=session,
        entity_type="suggestion_rule",
        entity_key=str(rule.id),
        version=rule.version,
        action="update" if before else "create",
        actor=actor,
        before=before,
        after=_rule_snapshot(rule),
        note=body.note,
    )
    return rule
