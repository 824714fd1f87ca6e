"""Compile a rule set (data) and evaluate it: one household explained, or a chunk of households at once."""

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np
from pydantic import ValidationError

from services.common.errors import Invalid, field_path
from services.common.money import fen_to_yuan, yuan_to_fen
from services.eligibility.rules.language import (
    BOOL,
    CMP_ZH,
    COUNT,
    MONEY,
    RATIO,
    TEXT,
    UNKNOWN,
    Node,
    RuleError,
    parse,
    scalar,
)
from services.eligibility.rules.schemas import RuleDefinition
from services.eligibility.rules.vector import NO_CODE, V, codes_of, node_key, vector

FACT_UNITS = {"money": MONEY, "count": COUNT, "bool": BOOL, "enum": TEXT}
CODE_DTYPE = np.int16  # enum codes: a rule set has far fewer than 32,767 enum values
MAX_FEN = 10**12  # ten billion yuan: keeps int64 rationals far from overflow
PASSED, FAILED, UNKNOWN_CODE = 0, 1, 2
RESULT_NAMES = ("passed", "failed", "unknown")
OUTCOME_NAMES = ("eligible", "ineligible", "needs_facts")
NEGATED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "==", "in": "not in", "not in": "in"}
_TRUE = {"true", "1", "yes", "是", "y", "t"}
_FALSE = {"false", "0", "no", "否", "n", "f"}


@dataclass
class FactSpec:
    name: str
    type: str
    label: str
    min: int = 0
    max: int = 10_000
    values: dict[str, str] | None = None  # enum value -> Chinese label


@dataclass
class Condition:
    id: str
    description: str
    test: Node
    applies: Node | None
    left_label: str
    right_label: str
    exempt_detail: str
    codes: dict[str, int]
    positive: frozenset[str] = frozenset()  # count facts declared min ≥ 1: safe divisors

    def __post_init__(self):
        self.run = scalar(self.test)
        self.run_applies = scalar(self.applies) if self.applies else None
        self.vrun = vector(self.test, self.codes, self.positive)
        self.vrun_applies = vector(self.applies, self.codes, self.positive) if self.applies else None
        self.applies_key = node_key(self.applies) if self.applies else None
        sides = self.test.children if self.test.kind == "cmp" else []
        self.sides = [(scalar(s), s.unit) for s in sides if s.kind != "list"]
        self.names = self.test.names | (self.applies.names if self.applies else frozenset())


@dataclass
class CompiledRule:
    item_code: str
    version: int
    facts: dict[str, FactSpec]
    parameters: list[str]
    record_facts: list[str]
    conditions: list[Condition]
    codes: dict[str, int]

    @property
    def rule_version(self) -> str:
        return f"{self.item_code}@v{self.version}"


def rule_definition(data: RuleDefinition | dict[str, Any]) -> RuleDefinition:
    """A definition checked against the schema; a stored or seeded dict that does not fit is a RuleError."""
    if isinstance(data, RuleDefinition):
        return data
    try:
        return RuleDefinition.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = field_path(("definition", *first["loc"]))
        raise RuleError(f"{where}: {first['msg']}", field=where) from exc


def compile_rule(
    item_code: str, version: int, definition: RuleDefinition | dict[str, Any], param_units: dict[str, str]
) -> CompiledRule:
    """Check a rule set definition and build its interpreters; errors name the offending part."""
    rule = rule_definition(definition)
    facts = {
        name: FactSpec(
            name,
            spec.type,
            spec.label or name,
            spec.min if spec.min is not None else 0,
            spec.max if spec.max is not None else 10_000,
            spec.values,
        )
        for name, spec in rule.facts.items()
    }
    units = {n: FACT_UNITS[s.type] for n, s in facts.items()}
    for p in rule.parameters:
        if p in units:
            raise RuleError(f"definition.parameters: {p} 与事实同名", field="definition.parameters")
        if p not in param_units:
            raise RuleError(f"definition.parameters: 参数 {p} 不存在", field="definition.parameters")
        units[p] = param_units[p]
    for f in rule.record_facts:
        if f not in facts:
            raise RuleError(
                f"definition.record_facts: {f} 须在 facts 中声明", field="definition.record_facts"
            )
    codes = codes_of(facts)
    positive = frozenset(n for n, s in facts.items() if s.type == "count" and s.min >= 1)
    conditions = []
    seen: set[str] = set()
    for i, c in enumerate(rule.conditions):
        where = f"definition.conditions[{i}]"
        if c.id in seen:
            raise RuleError(f"{where}.id: 条件 id {c.id} 重复", field=f"{where}.id")
        seen.add(c.id)
        test = parse(c.test, units, where=f"{where}.test")
        applies = (
            parse(c.applies_when, units, where=f"{where}.applies_when")
            if c.applies_when and c.applies_when.strip()
            else None
        )
        if test.unit != BOOL:
            raise RuleError(f"{where}.test: 须为条件（真/假）", field=f"{where}.test")
        if applies is not None and applies.unit != BOOL:
            raise RuleError(f"{where}.applies_when: 须为条件（真/假）", field=f"{where}.applies_when")
        conditions.append(
            Condition(
                c.id,
                c.description,
                test,
                applies,
                c.left_label,
                c.right_label,
                c.exempt_detail,
                codes,
                positive,
            )
        )
    return CompiledRule(
        item_code, version, facts, list(rule.parameters), list(rule.record_facts), conditions, codes
    )


# ---------------------------------------------------------------- facts


def parse_fact(spec: FactSpec, value: Any, field: str) -> Any:
    """One declared fact to its internal value (fen, int, bool, enum code); None/"" means missing."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return UNKNOWN
    if spec.type == "money":
        fen = _money(value, field)
        if not 0 <= fen <= MAX_FEN:
            raise Invalid(f"{field} 超出范围（0 至 {MAX_FEN // 100} 元）", field=field)
        return fen
    if spec.type == "count":
        if isinstance(value, bool) or not (
            isinstance(value, int) or (isinstance(value, str) and value.strip().isdecimal())
        ):
            raise Invalid(f"{field} 须为整数", field=field)
        number = int(value)
        if not spec.min <= number <= spec.max:
            raise Invalid(f"{field} 须在 {spec.min} 至 {spec.max} 之间", field=field)
        return number
    if spec.type == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise Invalid(f"{field} 须为 true 或 false", field=field)
    text = str(value).strip() if isinstance(value, str) else None
    if text not in (spec.values or {}):
        raise Invalid(f"{field} 须为以下之一: {', '.join(spec.values or {})}", field=field)
    return text


def _money(value: Any, field: str) -> int:
    if type(value) is str:
        whole, dot, frac = value.strip().partition(".")
        if (
            whole.isascii()
            and whole.isdecimal()
            and (not dot or (frac.isascii() and frac.isdecimal() and 1 <= len(frac) <= 2))
        ):
            return int(whole) * 100 + (int(frac.ljust(2, "0")) if dot else 0)
    return yuan_to_fen(value, field=field)  # the slow, strict path: rejects floats, NaN, sub-fen


def parse_facts(
    rule: CompiledRule, raw: dict[str, Any], prefix: str = "facts"
) -> tuple[dict[str, Any], list[str]]:
    """Declared facts → values by name (missing ones absent) and the names the rule does not read."""
    env: dict[str, Any] = {}
    for name, value in raw.items():
        spec = rule.facts.get(name)
        if spec is None:
            continue
        parsed = parse_fact(spec, value, f"{prefix}.{name}")
        if parsed is not UNKNOWN:
            env[name] = parsed
    return env, sorted(n for n in raw if n not in rule.facts)


# ---------------------------------------------------------------- one household, explained


def format_value(value: Any, unit: str, spec: FactSpec | None = None) -> str:
    """A value as a person reads it: money in yuan (approximate only when not a whole fen)."""
    if value is UNKNOWN:
        return "未知"
    if unit == MONEY:
        if isinstance(value, Fraction):
            fen = (value * 2 + 1) // 2  # half-up to the fen, for display only; comparisons stay exact
            return f"约{fen_to_yuan(int(fen))}"
        return fen_to_yuan(int(value))
    if unit == BOOL:
        return "是" if value else "否"
    if unit == TEXT and spec and spec.values:
        return spec.values.get(value, str(value))
    if isinstance(value, Fraction):
        return f"约{float(value):.4f}"
    return str(value)


def explain_condition(rule: CompiledRule, cond: Condition, env: dict[str, Any]) -> dict[str, Any]:
    """One condition's three-valued result with the numbers used."""
    applies = cond.run_applies(env) if cond.run_applies else True
    test = cond.run(env)
    missing = [n for n in rule.facts if n in cond.names and n not in env]
    if applies is False:
        return {
            "id": cond.id,
            "description": cond.description,
            "result": "passed",
            "exempt": True,
            "detail": cond.exempt_detail,
            "values": {},
            "missing_facts": [],
        }
    values: dict[str, str] = {}
    texts = []
    labels = [cond.left_label, cond.right_label]
    for (side, unit), label, node in zip(cond.sides, labels, cond.test.children, strict=False):
        spec = rule.facts.get(node.value) if node.kind == "name" else None
        label = label or (
            spec.label if spec else str(node.value if node.kind in ("name", "const") else "计算值")
        )
        shown = format_value(side(env), unit, spec)
        values[label] = shown
        texts.append(f"{label} {shown}{'元' if unit == MONEY and shown != '未知' else ''}")
    op = (
        cond.test.op if test is not False else NEGATED.get(cond.test.op, cond.test.op)
    )  # say what actually holds
    if len(texts) == 2:
        detail = f"{texts[0]} {CMP_ZH[op]} {texts[1]}"
    elif texts:
        detail = texts[0]
    else:
        detail = cond.description
    if test is True:
        result = "passed"
    elif test is False and applies is True:
        result = "failed"
    else:
        result = "unknown"
        names = "、".join(rule.facts[n].label for n in missing)
        detail = f"缺少事实：{names}" if names else detail
    return {
        "id": cond.id,
        "description": cond.description,
        "result": result,
        "exempt": False,
        "detail": detail,
        "values": values,
        "missing_facts": missing if result == "unknown" else [],
    }


def outcome_of(results: list[str]) -> str:
    if "failed" in results:
        return "ineligible"
    return "needs_facts" if "unknown" in results else "eligible"


# ---------------------------------------------------------------- a chunk of households


def columns(rule: CompiledRule, rows: list[dict[str, Any]]) -> dict[str, V]:
    """Parsed rows (values by name, missing absent) → one typed column per fact (enums as codes)."""
    out: dict[str, V] = {}
    n = len(rows)
    for name, spec in rule.facts.items():
        values = [row.get(name, UNKNOWN) for row in rows]
        known = np.fromiter((v is not UNKNOWN for v in values), bool, n)
        if spec.type == "enum":
            codes = rule.codes
            arr = np.fromiter(
                (codes.get(v, NO_CODE) if v is not UNKNOWN else NO_CODE for v in values), CODE_DTYPE, n
            )
        elif spec.type == "bool":
            arr = np.fromiter((v is True for v in values), bool, n)
        else:
            arr = np.fromiter((v if v is not UNKNOWN else 0 for v in values), np.int64, n)
        out[name] = V(arr, None if known.all() else known)
    return out


def _true(v: V, n: int) -> np.ndarray:
    val = np.broadcast_to(v.val, (n,))
    return val if v.known is None else v.known & val


def _false(v: V, n: int) -> np.ndarray:
    val = ~np.broadcast_to(v.val, (n,))
    return val if v.known is None else v.known & val


def evaluate_columns(rule: CompiledRule, env: dict[str, V], n: int) -> tuple[np.ndarray, list[np.ndarray]]:
    """Outcome codes (0 eligible, 1 ineligible, 2 needs facts) and each condition's result codes."""
    results = []
    any_failed, any_unknown = np.zeros(n, bool), None
    shared: dict = {}  # applies_when written the same way for several conditions: computed once
    for cond in rule.conditions:
        test = cond.vrun(env, n)
        applies = None
        if cond.vrun_applies is not None:
            applies = shared.get(cond.applies_key)
            if applies is None:
                applies = shared[cond.applies_key] = cond.vrun_applies(env, n)
        if test.known is None and (applies is None or applies.known is None):
            # every fact known: failed = applies and not test, nothing unknown (the common bulk case)
            tv = np.broadcast_to(test.val, (n,))
            failed = np.greater(applies.val, tv) if applies is not None else ~tv
            if failed.shape != (n,):
                failed = np.broadcast_to(failed, (n,)).copy()
            results.append(failed.view(np.int8))
            any_failed |= failed
            continue
        passed, failed = _true(test, n), _false(test, n)
        if applies is not None:
            failed = failed & _true(applies, n)
            passed = passed | _false(applies, n)  # exempt: the condition does not apply
        unknown = ~(passed | failed)
        # passed and failed never overlap: 0 passed, 1 failed, 2 unknown without a masked write
        results.append(failed.view(np.int8) + unknown.view(np.int8) * np.int8(UNKNOWN_CODE))
        any_failed |= failed
        any_unknown = unknown if any_unknown is None else any_unknown | unknown
    if any_unknown is None:
        return any_failed.view(np.int8), results
    outcome = np.where(any_failed, 1, np.where(any_unknown, 2, 0)).astype(np.int8)
    return outcome, results


def parameter_env(rule: CompiledRule, n: int, params: dict[str, int]) -> dict[str, V]:
    """Parameters as broadcast scalars (the same value for every household of a batch)."""
    return {p: V(params[p]) for p in rule.parameters}


__all__ = [
    "CompiledRule",
    "compile_rule",
    "rule_definition",
    "parse_facts",
    "explain_condition",
    "outcome_of",
    "columns",
    "evaluate_columns",
    "parameter_env",
    "RESULT_NAMES",
    "OUTCOME_NAMES",
    "RATIO",
    "TEXT",
    "RuleError",
]
