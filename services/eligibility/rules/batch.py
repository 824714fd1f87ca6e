"""Batch evaluation (年审/清查): records stream in (JSON array, JSON lines or CSV), results stream out.

Memory stays constant: records are read incrementally, evaluated a chunk at a time with the
vector interpreter, and written out before the next chunk is read. A bad record becomes an error
line naming its field; it never stops the run.
"""

import codecs
import csv
import io
import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

from services.common.errors import Invalid
from services.eligibility.rules.engine import (
    OUTCOME_NAMES,
    RESULT_NAMES,
    UNKNOWN_CODE,
    CompiledRule,
    columns,
    evaluate_columns,
    parameter_env,
    parse_facts,
)

MAX_RECORD_CHARS = 1_000_000
CHUNK = 4096


class BadInput(Exception):
    """The stream itself is malformed (not one record): reported in-stream, then the run stops."""


@dataclass
class Record:
    row: int
    id: Any
    facts: dict[str, Any] | None
    error: dict[str, str] | None = None


@dataclass
class Totals:
    processed: int = 0
    errors: int = 0
    outcomes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOME_NAMES, 0))


async def decoded(chunks: AsyncIterator[bytes]) -> AsyncIterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="strict")
    try:
        async for chunk in chunks:
            if text := decoder.decode(chunk):
                yield text
        if tail := decoder.decode(b"", final=True):
            yield tail
    except UnicodeDecodeError as exc:
        raise BadInput("输入不是 UTF-8 文本") from exc


def _record(row: int, obj: Any) -> Record:
    if not isinstance(obj, dict):
        return Record(row, None, None, {"field": f"[{row}]", "detail": "每条记录须为 JSON 对象"})
    rid = obj.get("id", obj.get("household_id", row))
    facts = obj.get("facts")
    if facts is None:
        facts = {k: v for k, v in obj.items() if k not in ("id", "household_id")}
    if not isinstance(facts, dict):
        return Record(row, rid, None, {"field": f"[{row}].facts", "detail": "facts 须为 JSON 对象"})
    return Record(row, rid, facts)


async def json_array_records(text: AsyncIterator[str]) -> AsyncIterator[Record]:
    """Objects of a top-level JSON array, decoded one at a time as bytes arrive."""
    decoder = json.JSONDecoder()
    buf, pos, started, done, expect_comma, row = "", 0, False, False, False, 0
    async for chunk in text:
        buf = buf[pos:] + chunk
        pos = 0
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n":
                pos += 1
            if pos >= len(buf) or done:
                break
            ch = buf[pos]
            if not started:
                if ch != "[":
                    raise BadInput("JSON 输入须为数组（[ … ]）")
                started, pos = True, pos + 1
                continue
            if ch == "]":
                done, pos = True, pos + 1
                continue
            if expect_comma:
                if ch != ",":
                    raise BadInput(f"JSON 数组第 {row} 条记录之后缺少逗号")
                expect_comma, pos = False, pos + 1
                continue
            try:
                obj, end = decoder.raw_decode(buf, pos)
            except json.JSONDecodeError:
                if len(buf) - pos > MAX_RECORD_CHARS:
                    raise BadInput(f"第 {row + 1} 条记录不是合法 JSON 或过大") from None
                break  # incomplete: wait for more bytes
            if ch != "{" and end >= len(buf):
                break  # a bare number may continue in the next chunk
            row += 1
            pos, expect_comma = end, True
            yield _record(row, obj)
    if not done:
        raise BadInput("JSON 数组不完整（缺少结尾的 ]）")


async def _lines(text: AsyncIterator[str]) -> AsyncIterator[str]:
    pending = ""
    async for chunk in text:
        pending += chunk
        *complete, pending = pending.split("\n")
        for line in complete:
            yield line
        if len(pending) > MAX_RECORD_CHARS:
            raise BadInput("单行过长")
    if pending:
        yield pending


async def json_lines_records(text: AsyncIterator[str]) -> AsyncIterator[Record]:
    row = 0
    async for line in _lines(text):
        if not line.strip():
            continue
        row += 1
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            yield Record(row, None, None, {"field": f"line[{row}]", "detail": "不是合法 JSON"})
            continue
        yield _record(row, obj)


async def csv_records(text: AsyncIterator[str]) -> AsyncIterator[Record]:
    """A header row of fact names (plus optional id), then one household per row; an empty cell is missing."""
    header: list[str] | None = None
    pending, row = "", 0
    async for line in _lines(text):
        pending += line + "\n"
        if pending.count('"') % 2:
            continue  # a quoted field spans lines: wait for its end
        try:
            cells = next(csv.reader(io.StringIO(pending)), [])
        except csv.Error as exc:  # e.g. a bare carriage return inside a cell: this row only, never a 500
            row += 1
            pending = ""
            yield Record(row, None, None, {"field": f"row[{row}]", "detail": f"CSV 格式错误：{exc}"})
            continue
        pending = ""
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            header = [c.strip() for c in cells]
            continue
        row += 1
        if len(cells) != len(header):
            yield Record(
                row,
                None,
                None,
                {"field": f"row[{row}]", "detail": f"列数 {len(cells)} 与表头 {len(header)} 不符"},
            )
            continue
        values = dict(zip(header, cells, strict=True))
        rid = values.pop("id", None) or values.pop("household_id", None) or row
        yield Record(row, rid, {k: v for k, v in values.items() if k})
    if header is None:
        raise BadInput("CSV 缺少表头行")


def evaluate_chunk(
    rule: CompiledRule, params: dict[str, int], records: list[Record], totals: Totals, output: str
) -> str:
    """Evaluate one chunk and render its output lines."""
    good: list[tuple[Record, dict[str, Any]]] = []
    for rec in records:
        if rec.error is None:
            try:
                env, _ = parse_facts(rule, rec.facts or {})
                good.append((rec, env))
            except Invalid as exc:
                rec.error = {"field": f"[{rec.row}].{exc.field}", "detail": exc.detail}
    lines: dict[int, str] = {}
    ids = [c.id for c in rule.conditions]
    n = len(good)
    if n:
        env = columns(rule, [e for _, e in good])
        env.update(parameter_env(rule, n, params))
        outcome, results = evaluate_columns(rule, env, n)
        fact_names = [[f for f in rule.facts if f in c.names] for c in rule.conditions]
        order = list(rule.facts)
        for i, (rec, facts) in enumerate(good):
            codes = [int(r[i]) for r in results]
            name = OUTCOME_NAMES[outcome[i]]
            totals.outcomes[name] += 1
            missing = (
                sorted(
                    {
                        f
                        for code, names in zip(codes, fact_names, strict=True)
                        if code == UNKNOWN_CODE
                        for f in names
                        if f not in facts
                    },
                    key=order.index,
                )
                if outcome[i]
                else []
            )
            lines[id(rec)] = _render(
                output,
                rec,
                name,
                dict(zip(ids, (RESULT_NAMES[c] for c in codes), strict=True)),
                missing,
                None,
                ids,
            )
    for rec in records:
        if rec.error is not None:
            totals.errors += 1
            lines[id(rec)] = _render(output, rec, None, {}, [], rec.error, ids)
    totals.processed += len(records)
    return "".join(lines[id(rec)] for rec in records)


def _render(
    output: str,
    rec: Record,
    outcome: str | None,
    conditions: dict[str, str],
    missing: list[str],
    error: dict | None,
    ids: list[str],
) -> str:
    if output == "csv":
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow(
            [
                rec.row,
                rec.id if rec.id is not None else "",
                outcome or "error",
                *(conditions.get(i, "") for i in ids),
                " ".join(missing),
                f"{error['field']}: {error['detail']}" if error else "",
            ]
        )
        return buf.getvalue()
    body: dict[str, Any] = {"row": rec.row, "id": rec.id}
    if error:
        body["error"] = error
    else:
        body.update(outcome=outcome, conditions=conditions, missing_facts=missing)
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n"


def csv_header(rule: CompiledRule) -> str:
    return (
        ",".join(["row", "id", "outcome", *(c.id for c in rule.conditions), "missing_facts", "error"]) + "\n"
    )


def chunks_of(records: list[Record], size: int) -> Iterator[list[Record]]:
    for i in range(0, len(records), size):
        yield records[i : i + size]
