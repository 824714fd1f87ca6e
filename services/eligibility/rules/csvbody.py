"""The CSV body of a batch: its header checked before the answer starts, then ~1 MB blocks of whole records.

A block never ends inside a quoted cell (a cell may span lines), so each can be parsed on its own by
`columnar.evaluate_block`; memory stays flat whatever the number of households.
"""

import csv
import io
from collections.abc import AsyncIterator
from dataclasses import dataclass

from services.common.errors import Invalid
from services.eligibility.rules import columnar
from services.eligibility.rules.batch import MAX_RECORD_CHARS, BadInput

BLOCK_BYTES = 1 << 20
BOM = b"\xef\xbb\xbf"


@dataclass
class Head:
    """The CSV header row and the bytes read after it."""

    header: list[str]
    rest: bytes
    raw: bytes  # everything read so far, for the record path


async def read_head(chunks: AsyncIterator[bytes]) -> Head:
    """The first non-blank CSV row as the header; no header, or one that is not UTF-8, is a 422 naming the body."""
    buf = b""
    async for chunk in chunks:
        buf += chunk
        head = _split_head(buf)
        if head is not None:
            return head
        if len(buf) > MAX_RECORD_CHARS:
            raise Invalid("CSV 表头行过长", field="body")
    head = _split_head(buf + b"\n") if buf.strip() else None
    if head is None:
        raise Invalid("CSV 缺少表头行（第一行须为事实名）", field="body")
    return head


def _split_head(buf: bytes) -> Head | None:
    data = buf[len(BOM) :] if buf.startswith(BOM) else buf
    start = end = 0
    while (end := data.find(b"\n", end) + 1) > 0:
        if data.count(b'"', start, end) % 2:
            continue  # a quoted cell spans lines: the record goes on
        try:
            text = data[start:end].decode("utf-8")
        except UnicodeDecodeError:
            raise Invalid("CSV 表头行不是 UTF-8 文本", field="body") from None
        try:
            cells = next(csv.reader(io.StringIO(text)), [])
        except csv.Error as exc:
            raise Invalid(f"CSV 表头行格式错误：{exc}", field="body") from None
        if any(c.strip() for c in cells):
            return Head([c.strip() for c in cells], data[end:], buf)
        start = end  # blank lines before the header are skipped, as in the record path
    return None


def record_end(data: bytes, start: int, cut: int) -> int:
    """The last newline at or before `cut` that is outside quotes (a quoted cell may span lines), or `start`."""
    while cut > start and data.count(b'"', start, cut) % 2:
        cut = data.rfind(b"\n", start, cut - 1) + 1
    return max(cut, start)


async def blocks(rest: bytes, chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    """The body cut into blocks of whole records (never inside a quoted cell)."""
    size = BLOCK_BYTES
    parts, total = [rest], len(rest)
    async for chunk in chunks:
        parts.append(chunk)
        total += len(chunk)
        if total >= size:
            buf = b"".join(parts)
            cut = record_end(buf, 0, buf.rfind(b"\n") + 1)
            if cut:
                yield buf[:cut]
                buf = buf[cut:]
            elif len(buf) > 16 * MAX_RECORD_CHARS:
                raise BadInput('一条记录过大，或引号不配对（缺少结尾的 "）')
            parts, total = [buf], len(buf)
    buf = b"".join(parts)
    if buf.strip():
        yield buf if buf.endswith(b"\n") else buf + b"\n"


async def first_block(
    p: columnar.Plan, head: Head, chunks: AsyncIterator[bytes], evaluate
) -> tuple[bytes, AsyncIterator]:
    """The first block evaluated before the answer starts, so a body broken from the start is a 422 naming it."""
    rest = blocks(head.rest, chunks)
    try:
        block = await anext(rest, None)
        return (await evaluate(columnar.evaluate_block, p, block) if block else b""), rest
    except BadInput as exc:
        raise Invalid(str(exc), field="body") from None


async def result_rows(p: columnar.Plan, header: str, first: bytes, rest: AsyncIterator[bytes], evaluate):
    """The CSV answer: header, the first block's rows, then block by block; a later broken body ends with #error."""
    yield header.encode()
    yield first
    try:
        async for block in rest:
            yield await evaluate(columnar.evaluate_block, p, block)
    except BadInput as exc:
        p.totals.errors += 1
        yield f"#error,{exc}\n".encode()
