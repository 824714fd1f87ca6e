"""Parameters by effective date, rule set versions, and evaluating one household with every condition explained."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from services.common.clock import utcnow
from services.common.errors import Invalid, NotFound, ProblemError
from services.common.identity import normalize_id_number
from services.common.money import fen_to_yuan, yuan_to_fen
from services.eligibility.catalogue.models import CatalogueChange
from services.eligibility.catalogue.service import find_item, record_change
from services.eligibility.grants_source import GrantsSource
from services.eligibility.rules.engine import (
    CompiledRule,
    compile_rule,
    explain_condition,
    outcome_of,
    parse_facts,
)
from services.eligibility.rules.language import COUNT, MONEY
from services.eligibility.rules.models import RuleParameter, RuleSet
from services.eligibility.rules.schemas import (
    EvaluationRequest,
    EvaluationResult,
    ParameterWrite,
    RuleDefinition,
)

_CACHE: dict[str, tuple[tuple, dict[str, dict]]] = {}  # database url -> (change-log marker, cached data)
RECORD_FACTS = {"grants_this_year": COUNT, "granted_amount_this_year": MONEY}
SUMMARIES = {"eligible": "符合条件", "ineligible": "不符合条件", "needs_facts": "尚缺事实，暂不能判断"}


# ---------------------------------------------------------------- parameters


def param_units(*, session: Session) -> dict[str, str]:
    return {name: unit for name, unit in session.exec(select(RuleParameter.name, RuleParameter.unit)).all()}


@dataclass(frozen=True)
class ParamValue:
    """A parameter value in force on a date (a plain copy: safe to cache across sessions)."""

    name: str
    unit: str
    value: int
    effective_from_date: date


def parameter_values(
    *, session: Session, names: list[str], as_of: date, store: dict[str, dict] | None = None
) -> dict[str, ParamValue]:
    """The value of each parameter in force on `as_of` (latest effective date not after it)."""
    store = store if store is not None else _store(session)
    key = (tuple(names), as_of)
    if key not in store["params"]:
        rows = session.exec(
            select(RuleParameter)
            .where(
                RuleParameter.name.in_(names),
                RuleParameter.effective_from_date <= as_of,
                RuleParameter.superseded_at.is_(None),
            )
            .order_by(RuleParameter.effective_from_date)
        ).all()
        latest = {r.name: ParamValue(r.name, r.unit, r.value, r.effective_from_date) for r in rows}
        for name in names:
            if name not in latest:
                raise Invalid(f"参数 {name} 在 {as_of.isoformat()} 尚无生效值", field="as_of")
        store["params"][key] = {name: latest[name] for name in names}
    return store["params"][key]


# built once: building this two-aggregate statement cost more CPU per evaluation than running it
_VERSION = select(func.max(CatalogueChange.id), func.max(CatalogueChange.changed_at))


def _store(session: Session) -> dict[str, dict]:
    """Compiled rules and parameter lookups, reused until the change log moves.

    Every write to rules, parameters or the catalogue appends to catalogue_change in the same
    transaction, so (last id, last time) identifies the data version; one small query per
    evaluation instead of one per parameter, and correct across replicas.
    """
    bind = session.get_bind()
    url = str(getattr(bind, "url", None) or bind.engine.url)
    marker = tuple(session.connection().execute(_VERSION).one())
    cached = _CACHE.get(url)
    if cached is None or cached[0] != marker or len(cached[1]["params"]) > 4096:
        cached = _CACHE[url] = (marker, {"rules": {}, "params": {}})
    return cached[1]


def list_parameters(*, session: Session) -> list[RuleParameter]:
    return list(
        session.exec(
            select(RuleParameter).order_by(
                RuleParameter.name, RuleParameter.effective_from_date, RuleParameter.id
            )
        ).all()
    )


def parameter_value_public(row: RuleParameter | ParamValue) -> str | int:
    return fen_to_yuan(row.value) if row.unit == "money" else row.value


def set_parameter(*, session: Session, name: str, body: ParameterWrite, actor: str) -> RuleParameter:
    """A value from a date on; the same date again supersedes the earlier row (kept, marked superseded)."""
    existing = session.exec(
        select(RuleParameter).where(RuleParameter.name == name).order_by(RuleParameter.id.desc())
    ).first()
    unit = body.unit or (existing.unit if existing else None)
    if unit is None:
        raise Invalid("新参数须给出 unit（money 或 count）", field="unit")
    if existing and unit != existing.unit:
        raise Invalid(f"参数 {name} 的单位是 {existing.unit}，不能改为 {unit}", field="unit")
    if unit == "money":
        value = yuan_to_fen(body.value, field="value")
    elif isinstance(body.value, int) or (isinstance(body.value, str) and body.value.isdecimal()):
        value = int(body.value)
    else:
        raise Invalid("value 须为整数", field="value")
    if value < 0:
        raise Invalid("value 不能为负数", field="value")
    same_date = session.exec(
        select(RuleParameter).where(
            RuleParameter.name == name,
            RuleParameter.effective_from_date == body.effective_from,
            RuleParameter.superseded_at.is_(None),
        )
    ).first()
    before = None
    if same_date is not None:
        before = {
            "value": parameter_value_public(same_date),
            "effective_from": str(same_date.effective_from_date),
        }
        same_date.superseded_at = utcnow()
        session.add(same_date)
    row = RuleParameter(
        name=name,
        label=body.label or (existing.label if existing else name),
        unit=unit,
        value=value,
        effective_from_date=body.effective_from,
        note=body.note,
        created_by=actor,
    )
    session.add(row)
    session.flush()
    count = len(session.exec(select(RuleParameter.id).where(RuleParameter.name == name)).all())
    record_change(
        session=session,
        entity_type="parameter",
        entity_key=name,
        version=count,
        action="update" if existing else "create",
        actor=actor,
        before=before,
        after={"value": parameter_value_public(row), "effective_from": str(row.effective_from_date)},
        note=body.note,
    )
    return row


# ---------------------------------------------------------------- rule sets


def latest_rule_set(*, session: Session, item_code: str) -> RuleSet:
    row = session.exec(
        select(RuleSet).where(RuleSet.item_code == item_code).order_by(RuleSet.version.desc())
    ).first()
    if row is None:
        find_item(session=session, code=item_code)
        raise Invalid(f"救助事项 {item_code} 尚无资格规则", field="item_code")
    return row


def load_rule(*, session: Session, item_code: str, store: dict[str, dict] | None = None) -> CompiledRule:
    """The compiled latest rule set of an item."""
    rules = (store if store is not None else _store(session))["rules"]
    if item_code not in rules:
        row = latest_rule_set(session=session, item_code=item_code)
        rules[item_code] = compile_rule(item_code, row.version, row.definition, param_units(session=session))
    return rules[item_code]


def put_rule_set(
    *, session: Session, item_code: str, definition: RuleDefinition, note: str, actor: str
) -> RuleSet:
    """Add a new version of an item's rules after checking that it compiles."""
    find_item(session=session, code=item_code, field="item_code")
    compile_rule(item_code, 0, definition, param_units(session=session))
    # stored as written: keys left out keep meaning "the default", so GET returns what was PUT
    stored = definition.model_dump(mode="json", exclude_unset=True)
    previous = session.exec(
        select(RuleSet).where(RuleSet.item_code == item_code).order_by(RuleSet.version.desc())
    ).first()
    version = previous.version + 1 if previous else 1
    row = RuleSet(item_code=item_code, version=version, definition=stored, note=note, created_by=actor)
    session.add(row)
    session.flush()
    record_change(
        session=session,
        entity_type="rule_set",
        entity_key=item_code,
        version=version,
        action="update" if previous else "create",
        actor=actor,
        before=previous.definition if previous else None,
        after=stored,
        note=note,
    )
    return row


def get_rule_set(*, session: Session, item_code: str) -> RuleSet:
    row = session.exec(
        select(RuleSet).where(RuleSet.item_code == item_code).order_by(RuleSet.version.desc())
    ).first()
    if row is None:
        raise NotFound(f"救助事项 {item_code} 尚无资格规则", field="item_code")
    return row


# ---------------------------------------------------------------- evaluation


def _records(
    rule: CompiledRule,
    body: EvaluationRequest,
    env: dict[str, Any],
    sources: dict[str, str],
    notes: list[str],
    grants: GrantsSource | None,
) -> None:
    """Prior grants from transfer's records override what was declared; if transfer is down, say so."""
    ids = [
        normalize_id_number(n, field=f"household_id_numbers[{i}]")
        for i, n in enumerate(body.household_id_numbers or [])
    ]
    wanted = [f for f in rule.record_facts if f in RECORD_FACTS]
    if not ids or not wanted:
        return
    try:
        if grants is None:
            raise ProblemError("未配置转办服务")
        summary = grants.summary(ids, body.as_of.year, rule.item_code)
    except ProblemError:
        declared = "、".join(rule.facts[f].label for f in wanted)
        notes.append(
            f"暂时无法从转办服务读取本年度救助记录：{declared}采用申报值（未经核实），请稍后重新测算"
        )
        return
    recorded = {
        "grants_this_year": summary.grants_this_year,
        "granted_amount_this_year": yuan_to_fen(summary.granted_amount_this_year),
    }
    for name in wanted:
        value = recorded[name]
        if name in env and env[name] != value:
            shown = fen_to_yuan if RECORD_FACTS[name] == MONEY else str
            notes.append(
                f"{rule.facts[name].label}：申报 {shown(env[name])}，救助记录为 {shown(value)}，以记录为准"
            )
        env[name] = value
        sources[name] = "records"


def evaluate(*, session: Session, body: EvaluationRequest, grants: GrantsSource | None) -> EvaluationResult:
    """One household, one item, one date: each condition passed / failed / unknown, with the numbers used."""
    store = _store(session)  # one look at the change log for the rule and its parameters
    rule = load_rule(session=session, item_code=body.item_code, store=store)
    env, ignored = parse_facts(rule, body.facts)
    sources = {name: ("declared" if name in env else "missing") for name in rule.facts}
    notes: list[str] = []
    _records(rule, body, env, sources, notes, grants)
    params = parameter_values(session=session, names=rule.parameters, as_of=body.as_of, store=store)
    env.update({name: row.value for name, row in params.items()})
    conditions = [explain_condition(rule, c, env) for c in rule.conditions]
    outcome = outcome_of([c["result"] for c in conditions])
    missing_set = {f for c in conditions for f in c["missing_facts"]}
    missing = [f for f in rule.facts if f in missing_set]
    return EvaluationResult(
        item_code=rule.item_code,
        as_of=body.as_of,
        outcome=outcome,
        conditions=conditions,
        missing_facts=missing,
        parameters={n: parameter_value_public(r) for n, r in params.items()},
        parameter_dates={n: r.effective_from_date for n, r in params.items()},
        rule_version=rule.rule_version,
        fact_sources=sources,
        ignored_facts=ignored,
        notes=notes,
        fact_labels={name: spec.label for name, spec in rule.facts.items()},
        summary=SUMMARIES[outcome],
    )
