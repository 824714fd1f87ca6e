"""The vector interpreter of the rule language: one numpy array per fact, exact, three-valued.

Numbers are exact rationals: an int64 numerator with an optional positive denominator (money in
fen, so no float ever touches a threshold); a `known` mask carries the third truth value. Enum
facts arrive as small integer codes (see `codes_of`). Constants and parameters stay Python
scalars and broadcast, and `None` stands for "all known" / "denominator 1", so a rule with no
missing facts costs only its arithmetic. Overflow cannot happen within the fact ranges the rule
set declares (money ≤ 10^12 fen, counts ≤ 10^4, small denominators), see docs/eligibility.md.

Speed (docs/performance.md, Eligibility): a divisor the rule set declares positive (a count fact
with `min ≥ 1`, a positive constant) needs no zero or sign handling, so `x / members < y` is the
two-pass `x < y * members`; identical sub-expressions (the three 支出型 `applies_when`) are
computed once per chunk; and where every fact is known the outcome needs no unknown arrays.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from services.eligibility.rules.language import Node

NO_CODE = -2  # an enum value no fact can take


@dataclass
class V:
    """A column or a broadcast scalar: values (numerator for numbers), denominator, known mask."""

    val: Any
    known: np.ndarray | None = None  # None: known everywhere
    den: Any = None  # None: denominator 1


Vector = Callable[[dict[str, V], int], V]


def _known(*masks):
    present = [m for m in masks if m is not None]
    if not present:
        return None
    out = present[0]
    for m in present[1:]:
        out = out & m
    return out


def vector(node: Node, codes: dict[str, int] | None = None, positive: frozenset[str] = frozenset()) -> Vector:
    """Closures computing the node for a whole chunk; `env` maps names to columns; enum text is coded by `codes`.

    `positive` names the facts whose known values are ≥ 1 (range-checked on input): dividing by them
    needs no zero or sign handling.
    """
    codes = codes or {}
    if node.kind == "name":
        name = node.value
        return lambda env, n: env[name]
    if node.kind == "const":
        value = node.value
        if isinstance(value, bool):
            value = np.bool_(value)  # so that ~ is logical negation, as for columns
        elif isinstance(value, str):
            value = codes.get(value, NO_CODE)
        const = V(value)
        return lambda env, n: const
    if node.kind == "list":
        items = [codes.get(v, NO_CODE) if isinstance(v, str) else v for v in node.value]
        return lambda env, n: items
    kids = [vector(c, codes, positive) for c in node.children]
    if node.kind == "not":
        (f,) = kids
        return lambda env, n: (lambda a: V(~a.val if isinstance(a.val, np.ndarray) else not a.val, a.known))(
            f(env, n)
        )
    if node.kind == "neg":
        (f,) = kids
        return lambda env, n: (lambda a: V(-a.val, a.known, a.den))(f(env, n))
    if node.kind in ("and", "or"):
        return _bool(node.kind == "and", kids)
    f, g = kids
    if node.kind == "arith":
        return _arith(node.op, f, g, _is_positive(node.children[1], positive))
    return _compare(node.op, f, g)


def _is_positive(node: Node, positive: frozenset[str]) -> bool:
    """A divisor that is ≥ 1 wherever it is known: a positive-ranged fact or a positive integer constant."""
    if node.kind == "name":
        return node.value in positive
    if node.kind == "const":
        return type(node.value) is int and node.value > 0
    if node.kind == "arith" and node.op == "*":
        return all(_is_positive(c, positive) for c in node.children)
    return False


def _bool(is_and: bool, kids: list[Vector]) -> Vector:
    def run(env, n):
        acc = kids[0](env, n)
        val, known = acc.val, acc.known
        for f in kids[1:]:
            b = f(env, n)
            if known is None and b.known is None:
                val = (val & b.val) if is_and else (val | b.val)
                continue
            ka = known if known is not None else True
            kb = b.known if b.known is not None else True
            # Kleene: a known False decides AND (a known True decides OR) whatever the other side is
            decided_a = ka & (~val if is_and else val)
            decided_b = kb & (~b.val if is_and else b.val)
            known = (ka & kb) | decided_a | decided_b
            val = (val & b.val) if is_and else (val | b.val)
        return V(val, known)

    return run


def _mul(a, b):
    if a is None:
        return b
    return a if b is None else a * b


def _arith(op: str, f: Vector, g: Vector, positive_divisor: bool = False) -> Vector:
    def run(env, n):
        a, b = f(env, n), g(env, n)
        known = _known(a.known, b.known)
        if op in "+-":
            if a.den is None and b.den is None:
                return V(a.val + b.val if op == "+" else a.val - b.val, known)
            an, bn = _mul(a.val, b.den), _mul(b.val, a.den)
            return V(an + bn if op == "+" else an - bn, known, _mul(a.den, b.den))
        if op == "*":
            return V(a.val * b.val, known, _mul(a.den, b.den))
        # a/b = (an*bd) / (ad*bn) with the denominator kept positive; a zero divisor is unknown
        if positive_divisor:  # ≥ 1 where known; where unknown the result is masked anyway
            return V(_mul(a.val, b.den), known, _mul(a.den, b.val))
        if isinstance(b.val, np.ndarray):
            zero = b.val == 0
            if zero.any():
                known = ~zero if known is None else known & ~zero
            sign = np.where(b.val < 0, -1, 1)
            return V(_mul(a.val, _mul(b.den, sign)), known, _mul(a.den, np.where(zero, 1, b.val) * sign))
        if b.val == 0:
            return V(a.val, np.zeros(n, bool), a.den)
        sign = -1 if b.val < 0 else 1
        return V(_mul(a.val, _mul(b.den, sign)), known, _mul(a.den, b.val * sign))

    return run


_NUMERIC_CMP = {
    "<": np.less,
    "<=": np.less_equal,
    ">": np.greater,
    ">=": np.greater_equal,
    "==": np.equal,
    "!=": np.not_equal,
}


def _compare(op: str, f: Vector, g: Vector) -> Vector:
    cmp = _NUMERIC_CMP.get(op)

    def run(env, n):
        a, b = f(env, n), g(env, n)
        if op in ("in", "not in"):
            hit = np.zeros(n, bool) if not b else (a.val == b[0])
            for code in b[1:]:
                hit = hit | (a.val == code)
            return V(hit if op == "in" else ~hit, a.known)
        # denominators are positive, so cross-multiplying keeps the order: exact, no division
        return V(cmp(_mul(a.val, b.den), _mul(b.val, a.den)), _known(a.known, b.known))

    return run


def node_key(node: Node) -> tuple:
    """A structural key: two expressions written the same way share it (and their per-chunk result)."""
    return (node.kind, node.op, node.value, tuple(node_key(c) for c in node.children))


def codes_of(facts: dict[str, Any]) -> dict[str, int]:
    """One integer code per enum value across a rule's facts (the vector interpreter compares codes)."""
    codes: dict[str, int] = {}
    for spec in facts.values():
        for value in spec.values or {}:
            codes.setdefault(value, len(codes))
    return codes
