"""The vector interpreter of the rule language: one numpy array per fact, exact, three-valued.

Numbers are exact rationals held as int64 numerator/denominator arrays (money in fen, so no
float ever touches a threshold); a `known` mask carries the third truth value. Overflow cannot
happen within the fact ranges the rule set declares (money ≤ 10^12 fen, counts ≤ 10^4,
denominators are small counts), see docs/eligibility.md.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from services.eligibility.rules.language import Node


@dataclass
class V:
    """A column: values (numerator for numbers), optional denominator, and the known mask."""

    val: Any
    known: np.ndarray
    den: np.ndarray | None = None


Vector = Callable[[dict[str, V], int], Any]


def vector(node: Node) -> Vector:
    """Closures computing the node for a whole chunk; `env` maps names to columns, `n` is the chunk size."""
    if node.kind == "name":
        name = node.value
        return lambda env, n: env[name]
    if node.kind == "const":
        value = node.value
        if isinstance(value, bool):
            return lambda env, n: V(np.full(n, value), np.ones(n, bool))
        if isinstance(value, int):
            return lambda env, n: V(np.full(n, value, np.int64), np.ones(n, bool))
        return lambda env, n: V(np.full(n, value, object), np.ones(n, bool))
    if node.kind == "list":
        items = list(node.value)
        return lambda env, n: items
    kids = [vector(c) for c in node.children]
    if node.kind == "not":
        (f,) = kids

        def _not(env, n):
            a = f(env, n)
            return V(~a.val, a.known)
        return _not
    if node.kind == "neg":
        (f,) = kids

        def _neg(env, n):
            a = f(env, n)
            return V(-a.val, a.known, a.den)
        return _neg
    if node.kind in ("and", "or"):
        is_and = node.kind == "and"

        def _bool(env, n):
            acc = kids[0](env, n)
            val, known = acc.val, acc.known
            for f in kids[1:]:
                b = f(env, n)
                if is_and:
                    known = (known & b.known) | (known & ~val) | (b.known & ~b.val)
                    val = val & b.val
                else:
                    known = (known & b.known) | (known & val) | (b.known & b.val)
                    val = val | b.val
            return V(val, known)
        return _bool
    f, g = kids
    if node.kind == "arith":
        return _arith(node.op, f, g)
    return _compare(node.op, f, g)


def _arith(op: str, f: Vector, g: Vector) -> Vector:
    def run(env, n):
        a, b = f(env, n), g(env, n)
        known = a.known & b.known
        if op in "+-":
            if a.den is None and b.den is None:
                return V(a.val + b.val if op == "+" else a.val - b.val, known)
            ad, bd = _den(a, n), _den(b, n)
            num = a.val * bd + b.val * ad if op == "+" else a.val * bd - b.val * ad
            return V(num, known, ad * bd)
        if op == "*":
            den = None if a.den is None and b.den is None else _den(a, n) * _den(b, n)
            return V(a.val * b.val, known, den)
        # a/b = (an*bd) / (ad*bn); a zero divisor makes the value unknown, as in the scalar interpreter
        zero = b.val == 0
        known = known & ~zero
        sign = np.where(b.val < 0, -1, 1)
        bn = np.where(zero, 1, b.val)
        return V(a.val * _den(b, n) * sign, known, _den(a, n) * bn * sign)
    return run


def _den(a: V, n: int) -> np.ndarray:
    return a.den if a.den is not None else np.ones(n, np.int64)


_NUMERIC_CMP = {"<": np.less, "<=": np.less_equal, ">": np.greater, ">=": np.greater_equal,
                "==": np.equal, "!=": np.not_equal}


def _compare(op: str, f: Vector, g: Vector) -> Vector:
    def run(env, n):
        a, b = f(env, n), g(env, n)
        if op in ("in", "not in"):
            hit = np.isin(a.val, np.array(b, dtype=object))
            return V(hit if op == "in" else ~hit, a.known)
        known = a.known & b.known
        if a.den is None and b.den is None:
            return V(_NUMERIC_CMP[op](a.val, b.val), known)
        # denominators are positive, so cross-multiplying keeps the order: exact, no division
        return V(_NUMERIC_CMP[op](a.val * _den(b, n), b.val * _den(a, n)), known)
    return run
