"""CSV batch at city scale: blocks of CSV parsed by pyarrow, checked column by column, evaluated by the vector
interpreter and written back as CSV without a per-household Python step.

Exactness comes first: a cell takes the vectorised path only in the one plain form whose meaning is certain
(money `123` / `123.4` / `123.45` in ASCII digits, counts as ASCII digits, enum and bool values spelt exactly);
every other non-empty cell goes through the same `parse_fact` as a single evaluation, so it is read the
same way or named in an error row (`[17].facts.income_6m`). A block the reader cannot take whole (a row
with the wrong number of cells, bytes that are not UTF-8, a line of blanks) is handled row by row by the
record path of `batch.py`, with the same row numbers. Reading the body into blocks: `csvbody.py`.
"""

import csv
import io
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from services.common.errors import Invalid
from services.eligibility.rules.batch import BadInput, Record, Totals, evaluate_chunk
from services.eligibility.rules.engine import (
    CODE_DTYPE,
    OUTCOME_NAMES,
    RESULT_NAMES,
    UNKNOWN_CODE,
    CompiledRule,
    evaluate_columns,
    parameter_env,
    parse_fact,
)
from services.eligibility.rules.language import UNKNOWN
from services.eligibility.rules.vector import NO_CODE, V

MONEY_CELL = r"^[0-9]{1,10}(\.[0-9]{1,2})?$"  # ≤ 9,999,999,999.99 yuan: inside MAX_FEN
COUNT_CELL = r"^[0-9]{1,9}$"
BOOL_CELLS = {"true": True, "false": False, "True": True, "False": False, "TRUE": True, "FALSE": False}
BOOL_CELLS |= {"1": True, "0": False, "是": True, "否": False, "yes": True, "no": False}
_QUOTE_NEEDED = r'[,"\r\n]'


@dataclass
class Plan:
    """What a block needs: the rule, its parameters, the columns and the running row number."""

    rule: CompiledRule
    params: dict[str, int]
    header: list[str]
    names: list[str]  # unique internal column names for the reader
    facts: list[tuple[str, str]]  # (internal column, fact name) of the columns the rule reads, header order
    id_columns: list[str]
    next_row: int = 1
    totals: Totals = field(default_factory=Totals)


def plan(rule: CompiledRule, params: dict[str, int], header: list[str]) -> Plan:
    """Check the header against the rule: a repeated column, or none the rule reads, is a 422 naming it."""
    seen: dict[str, int] = {}
    for i, name in enumerate(header):
        if name and name in seen:
            raise Invalid(
                f"CSV 表头第 {i + 1} 列 {name} 与第 {seen[name] + 1} 列重复", field=f"header.{name}"
            )
        seen.setdefault(name, i)
    if not any(name in rule.facts for name in header):
        expected = ", ".join(rule.facts)
        raise Invalid(f"CSV 表头没有本事项读取的事实列（应为 {expected} 中的若干列）", field="header")
    names = [f"c{i}" for i in range(len(header))]
    facts = [(names[i], h) for i, h in enumerate(header) if h in rule.facts]
    ids = [names[header.index(h)] for h in ("id", "household_id") if h in header]
    return Plan(rule, params, header, names, facts, ids)


# ---------------------------------------------------------------- one block


def evaluate_block(p: Plan, block: bytes) -> bytes:
    """One block of records to CSV result rows (`row,id,outcome,<conditions>,missing_facts,error`)."""
    try:
        table = pacsv.read_csv(
            io.BytesIO(block),
            read_options=pacsv.ReadOptions(
                column_names=p.names, use_threads=False, block_size=len(block) + 1
            ),
            parse_options=pacsv.ParseOptions(newlines_in_values=b'"' in block, ignore_empty_lines=True),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(p.names, pa.string()),
                null_values=[""],
                strings_can_be_null=True,
                quoted_strings_can_be_null=True,
            ),
        )
    except (pa.ArrowException, UnicodeDecodeError):  # the reader refused the block: row by row
        return _by_record(p, block)
    n = table.num_rows
    if n == 0:
        return b""
    cols = {name: table.column(name).combine_chunks() for name in p.names}
    errors: dict[int, tuple[str, str]] = {}  # block row -> (field, detail)
    env: dict[str, V] = {}
    for col, fact in p.facts:
        env[fact] = _fact_column(p.rule, fact, cols[col], n, errors)
    for fact in p.rule.facts:
        env.setdefault(fact, V(np.zeros(n, _dtype(p.rule, fact)), np.zeros(n, bool)))
    keep = _not_blank(p, cols, env, errors, n)
    if keep is not None:
        if not keep.any():
            return b""
        index = np.flatnonzero(keep)
        env = {k: V(v.val[index], None if v.known is None else v.known[index]) for k, v in env.items()}
        cols = {k: v.take(pa.array(index)) for k, v in cols.items()}
        errors = {int(np.searchsorted(index, i)): e for i, e in errors.items()}
        n = len(index)
    rows = np.arange(p.next_row, p.next_row + n, dtype=np.int64)
    p.next_row += n
    env.update(parameter_env(p.rule, n, p.params))
    outcome, results = evaluate_columns(p.rule, env, n)
    return _render(p, cols, env, rows, outcome, results, errors)


def _dtype(rule: CompiledRule, fact: str):
    kind = rule.facts[fact].type
    return CODE_DTYPE if kind == "enum" else (bool if kind == "bool" else np.int64)


def _fact_column(rule: CompiledRule, fact: str, arr: pa.Array, n: int, errors: dict[int, tuple]) -> V:
    """A column of one fact: vectorised where the cell is in its plain form, `parse_fact` for the rest."""
    spec = rule.facts[fact]
    known = arr.is_valid().to_numpy(zero_copy_only=False) if arr.null_count else None
    if spec.type in ("money", "count"):
        values, fast = _numbers(arr, n, spec.type == "money")
        if spec.type == "count":  # out of the declared range: parse_fact names the limits in the error row
            read = fast if fast is not None else known
            out_of_range = (values < spec.min) | (values > spec.max)
            if read is not None:
                out_of_range &= read
            if out_of_range.any():
                fast = ~out_of_range if read is None else read & ~out_of_range
    else:
        table = list(BOOL_CELLS) if spec.type == "bool" else list(spec.values or {})
        index = pc.index_in(arr, value_set=pa.array(table, pa.string()))
        found = index.is_valid().to_numpy(zero_copy_only=False)
        picks = index.fill_null(0).to_numpy(zero_copy_only=False)
        if spec.type == "bool":
            values = np.array(list(BOOL_CELLS.values()), bool)[picks]
        else:
            values = np.array([rule.codes[v] for v in table] or [NO_CODE], CODE_DTYPE)[picks]
        fast = None if index.null_count == arr.null_count else found
    if fast is None:
        return V(values if known is None else np.where(known, values, values.dtype.type(0)), known)
    known = fast.copy()
    slow = np.flatnonzero(~fast & arr.is_valid().to_numpy(zero_copy_only=False))
    cells = arr.take(pa.array(slow)).to_pylist()
    for i, cell in zip(slow.tolist(), cells, strict=True):
        try:
            value = parse_fact(spec, cell, f"facts.{fact}")
        except Invalid as exc:
            errors.setdefault(i, (exc.field, exc.detail))  # header order: the first bad cell names the row
            continue
        if value is not UNKNOWN:
            values[i] = rule.codes[value] if spec.type == "enum" else value
            known[i] = True
    values[~known] = 0
    return V(values, None if known.all() else known)


def _numbers(arr: pa.Array, n: int, money: bool) -> tuple[np.ndarray, np.ndarray | None]:
    """Integer fen or counts and, when some cells are not in the plain form, the mask of those that are."""
    if arr.null_count < n and _plain(arr, money):
        try:
            return _convert(arr, money), None
        except (pa.ArrowInvalid, OverflowError):
            pass
    fast = pc.fill_null(pc.match_substring_regex(arr, MONEY_CELL if money else COUNT_CELL), False)
    values = _convert(pc.if_else(fast, arr, pa.scalar(None, pa.string())), money)
    return values, fast.to_numpy(zero_copy_only=False)


def _plain(arr: pa.Array, money: bool) -> bool:
    """Every byte a digit (or a dot in money), and no money cell starting or ending with the dot."""
    offsets = np.frombuffer(arr.buffers()[1], np.int32)[arr.offset : arr.offset + len(arr) + 1]
    first = int(offsets[0])
    data = arr.buffers()[2].slice(first, int(offsets[-1]) - first).to_pybytes()
    if data.translate(None, b"0123456789." if money else b"0123456789"):
        return False
    if money and b"." in data:
        bytes_ = np.frombuffer(data, np.uint8)
        starts, ends = offsets[:-1] - first, offsets[1:] - first
        filled = ends > starts
        if (bytes_[starts[filled]] == ord(".")).any() or (bytes_[ends[filled] - 1] == ord(".")).any():
            return False
    return True


def _convert(arr: pa.Array, money: bool) -> np.ndarray:
    if not money:
        return pc.cast(arr, pa.int64()).fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)
    decimal = pc.cast(arr, pa.decimal128(12, 2))  # unscaled, a decimal(·, 2) is the amount in fen
    fen = np.frombuffer(decimal.buffers()[1], np.int64)[2 * decimal.offset :: 2][: len(decimal)].copy()
    if decimal.null_count:
        fen[~decimal.is_valid().to_numpy(zero_copy_only=False)] = 0
    return fen


def _not_blank(p: Plan, cols, env: dict[str, V], errors: dict, n: int) -> np.ndarray | None:
    """A row whose every cell is blank is skipped (not counted), as in the record path; None: no such row."""
    anything = np.zeros(n, bool)
    for v in env.values():
        anything |= True if v.known is None else v.known
        if anything.all():
            return None
    candidates = np.flatnonzero(~anything)
    candidates = [i for i in candidates.tolist() if i not in errors]
    if not candidates:
        return None
    keep = np.ones(n, bool)
    taken = pa.array(candidates)
    texts = [cols[name].take(taken).to_pylist() for name in p.names]
    for j, i in enumerate(candidates):
        if not any(t[j] and t[j].strip() for t in texts):
            keep[i] = False
    return None if keep.all() else keep


def _render(p: Plan, cols, env, rows, outcome, results, errors: dict[int, tuple[str, str]]) -> bytes:
    rule, n = p.rule, len(rows)
    row_text = pc.cast(pa.array(rows), pa.string())
    ids = cols[p.id_columns[0]] if p.id_columns else pa.nulls(n, pa.string())
    for other in p.id_columns[1:]:
        ids = pc.coalesce(ids, cols[other])
    ids = pc.coalesce(ids, row_text)
    if _needs_quotes(ids):
        quoted = pc.binary_join_element_wise('"', pc.replace_substring(ids, '"', '""'), '"', "")
        ids = pc.if_else(pc.match_substring_regex(ids, _QUOTE_NEEDED), quoted, ids)
    outcome = outcome.astype(np.int8)
    missing = _missing_facts(rule, env, outcome, results, n)
    error_text = pa.nulls(n, pa.string())
    if errors:
        where = np.fromiter(errors, np.int64, len(errors))
        outcome[where] = 3
        results = [r.copy() for r in results]
        for r in results:
            r[where] = 3
        text = np.full(n, None, object)
        text[where] = [_quote(f"[{rows[i]}].{f}: {d}") for i, (f, d) in errors.items()]
        error_text = pa.array(text, pa.string())
        missing = pc.if_else(pa.array(outcome == 3), pa.scalar(None, pa.string()), missing)
    for name in OUTCOME_NAMES:
        p.totals.outcomes[name] += int((outcome == OUTCOME_NAMES.index(name)).sum())
    p.totals.errors += len(errors)
    p.totals.processed += n
    outcome_names = pa.array([*OUTCOME_NAMES, "error"])
    result_names = pa.array([*RESULT_NAMES, None], pa.string())
    line = pc.binary_join_element_wise(
        row_text,
        ids,
        pc.take(outcome_names, pa.array(outcome)),
        *(pc.take(result_names, pa.array(r)) for r in results),
        missing,
        error_text,
        ",",
        null_handling="replace",
        null_replacement="",
    )
    line = pc.binary_join_element_wise(line, "", "\n")
    offsets = np.frombuffer(line.buffers()[1], np.int32)
    start, end = int(offsets[line.offset]), int(offsets[line.offset + len(line)])
    return line.buffers()[2].slice(start, end - start).to_pybytes()


def _needs_quotes(ids: pa.Array) -> bool:
    data = b"".join(b.to_pybytes() for b in ids.buffers()[2:3] if b is not None)
    return any(c in data for c in (b",", b'"', b"\r", b"\n"))


def _quote(text: str) -> str:
    return f'"{text.replace(chr(34), chr(34) * 2)}"' if any(c in text for c in ',"\r\n') else text


def _missing_facts(rule: CompiledRule, env: dict[str, V], outcome, results, n: int) -> pa.Array:
    """The space-separated missing facts of each row that is not eligible (as the record path lists them)."""
    unknown_facts = [(j, f) for j, f in enumerate(rule.facts) if env[f].known is not None]
    if not unknown_facts or not outcome.any():
        return pa.nulls(n, pa.string())
    missing = np.zeros((len(unknown_facts), n), bool)
    for k, (_, fact) in enumerate(unknown_facts):
        for cond, r in zip(rule.conditions, results, strict=True):
            if fact in cond.names:
                missing[k] |= r == UNKNOWN_CODE
        missing[k] &= ~env[fact].known & (outcome != 0)
    # one text per pattern of missing facts: few patterns, however many rows
    keys = np.packbits(missing, axis=0, bitorder="little")
    patterns, index = np.unique(keys, axis=1, return_inverse=True)
    bits = np.unpackbits(patterns, axis=0, count=len(unknown_facts), bitorder="little").astype(bool)
    texts = [" ".join(f for (_, f), b in zip(unknown_facts, col, strict=True) if b) or None for col in bits.T]
    return pc.take(pa.array(texts, pa.string()), pa.array(index.ravel()))


def _by_record(p: Plan, block: bytes) -> bytes:
    """The row-by-row path for a block the reader refused: same checks, same row numbers, error rows."""
    try:
        text = block.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = p.next_row + block.count(b"\n", 0, exc.start)
        raise BadInput(f"约第 {line} 行附近不是 UTF-8 文本") from None
    records: list[Record] = []
    width = len(p.header)
    reader = csv.reader(io.StringIO(text))
    while True:
        try:
            cells = next(reader, None)
        except (
            csv.Error
        ) as exc:  # e.g. a bare carriage return inside a cell: an error row, as in the record path
            row, p.next_row = p.next_row, p.next_row + 1
            records.append(
                Record(row, None, None, {"field": f"row[{row}]", "detail": f"CSV 格式错误：{exc}"})
            )
            continue
        if cells is None:
            break
        if not any(c.strip() for c in cells):
            continue
        row, p.next_row = p.next_row, p.next_row + 1
        if len(cells) != width:
            detail = f"列数 {len(cells)} 与表头 {width} 不符"
            records.append(Record(row, None, None, {"field": f"row[{row}]", "detail": detail}))
            continue
        values: dict[str, Any] = dict(zip(p.header, cells, strict=True))
        rid = values.pop("id", None) or values.pop("household_id", None) or row
        records.append(Record(row, rid, {k: v for k, v in values.items() if k}))
    out = [
        evaluate_chunk(p.rule, p.params, records[i : i + 4096], p.totals, "csv")
        for i in range(0, len(records), 4096)
    ]
    return "".join(out).encode()
