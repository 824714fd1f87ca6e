"""The rule language: small, typed, three-valued expressions over facts and parameters.

Syntax is a subset of Python expressions, parsed with the standard `ast` parser and then
checked node by node against a whitelist: names, int/str/bool literals, lists of literals,
+ - * /, comparisons (< <= > >= == != in, not in), and/or/not. No calls, attributes,
subscripts, lambdas or comprehensions — nothing is ever passed to eval/exec/compile. Each
checked tree is turned into closures twice: a scalar interpreter (exact ints and Fractions) for
single evaluations, and a vector interpreter (numpy int64 rationals) for batches. Both use
Kleene three-valued logic: a missing fact is UNKNOWN, and UNKNOWN only decides an `and` / `or`
when the other side cannot.
"""

import ast
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from services.common.errors import Invalid

MONEY, COUNT, RATIO, BOOL, TEXT = "money", "count", "ratio", "bool", "text"


class _Unknown:
    """The value of anything that depends on a missing fact."""

    def __repr__(self) -> str:
        return "UNKNOWN"

    def __bool__(self) -> bool:
        raise TypeError("UNKNOWN has no truth value; use three-valued operators")


UNKNOWN = _Unknown()
_ARITH = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}
_CMP = {
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.In: "in",
    ast.NotIn: "not in",
}
CMP_ZH = {"<": "<", "<=": "≤", ">": ">", ">=": "≥", "==": "=", "!=": "≠", "in": "属于", "not in": "不属于"}


class RuleError(Invalid):
    """A rule (not a fact) is wrong: bad syntax, unknown name, or units that do not match."""


@dataclass
class Node:
    """A checked expression: its kind, unit, children and the names it reads."""

    kind: str  # name | const | list | arith | cmp | and | or | not | neg
    unit: str
    op: str = ""
    value: Any = None
    children: list["Node"] = field(default_factory=list)
    names: frozenset[str] = frozenset()


def parse(source: str, units: dict[str, str], *, where: str = "expression") -> Node:
    """Parse and type-check `source`; `units` maps every readable name to its unit."""
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as exc:
        raise RuleError(f"{where}: 语法错误: {exc.msg}", field=where) from exc
    return _check(tree.body, units, where)


def _check(node: ast.AST, units: dict[str, str], where: str) -> Node:
    if isinstance(node, ast.Name):
        if node.id not in units:
            raise RuleError(f"{where}: 未知的名称 {node.id}", field=where)
        return Node("name", units[node.id], value=node.id, names=frozenset([node.id]))
    if isinstance(node, ast.Constant) and type(node.value) in (int, str, bool):
        unit = {int: COUNT, str: TEXT, bool: BOOL}[type(node.value)]
        return Node("const", unit, value=node.value)
    if isinstance(node, ast.List | ast.Tuple):
        items = [_check(e, units, where) for e in node.elts]
        if any(i.kind != "const" for i in items) or len({i.unit for i in items}) > 1:
            raise RuleError(f"{where}: 列表只能包含同类常量", field=where)
        return Node("list", items[0].unit if items else TEXT, value=tuple(i.value for i in items))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        child = _want(_check(node.operand, units, where), BOOL, where)
        return Node("not", BOOL, children=[child], names=child.names)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        child = _check(node.operand, units, where)
        if child.unit not in (MONEY, COUNT, RATIO):
            raise RuleError(f"{where}: 负号只能用于数值", field=where)
        return Node("neg", child.unit, children=[child], names=child.names)
    if isinstance(node, ast.BoolOp):
        kids = [_want(_check(v, units, where), BOOL, where) for v in node.values]
        return Node(
            "and" if isinstance(node.op, ast.And) else "or",
            BOOL,
            children=kids,
            names=frozenset().union(*(k.names for k in kids)),
        )
    if isinstance(node, ast.BinOp) and type(node.op) in _ARITH:
        left, right = _check(node.left, units, where), _check(node.right, units, where)
        op = _ARITH[type(node.op)]
        return Node(
            "arith",
            _arith_unit(op, left.unit, right.unit, where),
            op=op,
            children=[left, right],
            names=left.names | right.names,
        )
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _CMP:
        left, right = _check(node.left, units, where), _check(node.comparators[0], units, where)
        op = _CMP[type(node.ops[0])]
        if op in ("in", "not in"):
            if right.kind != "list" or left.unit != right.unit:
                raise RuleError(f"{where}: in 的右边须为同类常量列表", field=where)
        elif not _comparable(left.unit, right.unit, op):
            raise RuleError(f"{where}: 不能比较 {left.unit} 与 {right.unit}", field=where)
        return Node("cmp", BOOL, op=op, children=[left, right], names=left.names | right.names)
    raise RuleError(f"{where}: 不允许的表达式 {type(node).__name__}", field=where)


def _want(node: Node, unit: str, where: str) -> Node:
    if node.unit != unit:
        raise RuleError(f"{where}: 此处需要条件（真/假），得到 {node.unit}", field=where)
    return node


def _arith_unit(op: str, a: str, b: str, where: str) -> str:
    numeric = (MONEY, COUNT, RATIO)
    if a not in numeric or b not in numeric:
        raise RuleError(f"{where}: 只能对数值做 {op} 运算", field=where)
    if op in "+-":
        if a != b:
            raise RuleError(f"{where}: 不能把 {a} 与 {b} 相加减（单位不同）", field=where)
        return a
    if op == "*":
        if MONEY in (a, b) and a == b:
            raise RuleError(f"{where}: 金额不能相乘", field=where)
        return MONEY if MONEY in (a, b) else (RATIO if RATIO in (a, b) else COUNT)
    if a == MONEY and b != MONEY:
        return MONEY  # money per person / per month is still money
    if b == MONEY and a != MONEY:
        raise RuleError(f"{where}: 不能用数值除以金额", field=where)
    return RATIO


def _comparable(a: str, b: str, op: str) -> bool:
    if a == b:
        return True
    if op in ("==", "!="):
        return False
    return {a, b} <= {COUNT, RATIO}


# ---------------------------------------------------------------- scalar interpreter

Scalar = Callable[[dict[str, Any]], Any]


def scalar(node: Node) -> Scalar:
    """Closures computing the node for one household: ints and Fractions, exact; UNKNOWN propagates."""
    if node.kind == "name":
        name = node.value
        return lambda env: env.get(name, UNKNOWN)
    if node.kind in ("const", "list"):
        value = node.value
        return lambda env: value
    kids = [scalar(c) for c in node.children]
    if node.kind == "not":
        (f,) = kids
        return lambda env: UNKNOWN if (v := f(env)) is UNKNOWN else not v
    if node.kind == "neg":
        (f,) = kids
        return lambda env: UNKNOWN if (v := f(env)) is UNKNOWN else -v
    if node.kind == "and":

        def _and(env):
            unknown = False
            for f in kids:
                v = f(env)
                if v is UNKNOWN:
                    unknown = True
                elif not v:
                    return False
            return UNKNOWN if unknown else True

        return _and
    if node.kind == "or":

        def _or(env):
            unknown = False
            for f in kids:
                v = f(env)
                if v is UNKNOWN:
                    unknown = True
                elif v:
                    return True
            return UNKNOWN if unknown else False

        return _or
    f, g = kids
    op = _SCALAR_OPS[node.op]
    return lambda env: UNKNOWN if (a := f(env)) is UNKNOWN or (b := g(env)) is UNKNOWN else op(a, b)


def _div(a, b):
    if b == 0:
        return UNKNOWN  # a rule dividing by zero has no answer; fact validation keeps divisors positive
    q = Fraction(a, b)
    return q.numerator if q.denominator == 1 else q


_SCALAR_OPS: dict[str, Callable[[Any, Any], Any]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": _div,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "in": lambda a, b: a in b,
    "not in": lambda a, b: a not in b,
}


def and3(values: list[Any]) -> Any:
    """Three-valued AND of already computed values."""
    if any(v is False for v in values):
        return False
    return UNKNOWN if any(v is UNKNOWN for v in values) else True
