"""Exports of a list as CSV or XLSX: content negotiation and streamed, memory-flat writers.

A route that answers JSON by default calls `wanted(request)`; when the caller asked for CSV or XLSX it
returns `export_response(...)` with the same filtered rows instead. Rows come from a callable run
while the body is streamed, so it must open its own session (the request's is closed by then).
"""

import csv
import io
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import StreamingResponse

CSV = "text/csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
Format = Literal["csv", "xlsx"]
MEDIA = {"csv": CSV, "xlsx": XLSX}
CHUNK = 64 * 1024
SPOOL = 1024 * 1024  # an XLSX under 1 MiB stays in memory, a larger one goes to a temporary file
# a cell starting with these is a formula to Excel/WPS (CSV injection, OWASP): prefix a quote
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# for `responses=` of an exporting route: the OpenAPI document shows both media types
EXPORT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {
            CSV: {"schema": {"type": "string"}},
            XLSX: {"schema": {"type": "string", "format": "binary"}},
        },
        "description": "JSON 列表；`Accept: text/csv` 或 XLSX 时为同样筛选条件下的导出文件",
    }
}

RowSource = Callable[[], Iterable[Sequence[Any]]]


def wanted(request: Request) -> Format | None:
    """CSV or XLSX when the Accept header prefers it to JSON; None for the JSON list."""
    best: tuple[float, Format | None] = (0.0, None)
    for part in request.headers.get("accept", "").split(","):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        fmt: Format | None = "csv" if media == CSV else "xlsx" if media == XLSX else None
        if media in ("application/json", "application/*") and q >= best[0]:
            best = (q + 0.001, None)  # JSON wins a tie: it is the list's own form
        elif fmt and q > best[0]:
            best = (q, fmt)
    return best[1]


def cell(value: Any) -> Any:
    """A value as a spreadsheet cell: dates and numbers kept, text defused against formula injection."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float | Decimal | date | datetime):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _csv_text(value: Any) -> str:
    value = cell(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def csv_chunks(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[bytes]:
    """UTF-8 with a BOM (so Excel reads the Chinese right), about 64 KiB per chunk."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow([_csv_text(h) for h in header])
    for row in rows:
        writer.writerow([_csv_text(v) for v in row])
        if buffer.tell() >= CHUNK:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def xlsx_chunks(header: Sequence[str], rows: Iterable[Sequence[Any]], *, title: str) -> Iterator[bytes]:
    """One sheet written by openpyxl in write-only mode (rows never held), then streamed from a spool."""
    from openpyxl import Workbook  # imported here: only exports pay for it

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31] or "Sheet1")
    sheet.append([cell(h) for h in header])
    for row in rows:
        sheet.append([_xlsx_cell(v) for v in row])
    with tempfile.SpooledTemporaryFile(max_size=SPOOL) as spool:
        workbook.save(spool)
        spool.seek(0)
        while chunk := spool.read(CHUNK):
            yield chunk


def _xlsx_cell(value: Any) -> Any:
    value = cell(value)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)  # Excel has no time zones; times are written as given (UTC)
    return value  # Decimal stays Decimal: openpyxl writes it as a number, money never passes a float


def export_response(
    fmt: Format, *, filename: str, header: Sequence[str], rows: RowSource, title: str = "导出"
) -> StreamingResponse:
    """A streamed download of `rows()` under `header`; `filename` without extension (may be Chinese)."""

    def body() -> Iterator[bytes]:
        produced = rows()
        yield from (
            csv_chunks(header, produced) if fmt == "csv" else xlsx_chunks(header, produced, title=title)
        )

    name = f"{filename}.{fmt}"
    disposition = f"attachment; filename=\"export.{fmt}\"; filename*=UTF-8''{quote(name)}"
    media = f"{CSV}; charset=utf-8" if fmt == "csv" else XLSX
    return StreamingResponse(body(), media_type=media, headers={"content-disposition": disposition})


def filters_text(filters: dict[str, Any]) -> str:
    """The filters of an export as one line for the access log (empty ones left out)."""
    return "; ".join(f"{k}={v}" for k, v in filters.items() if v not in (None, "", [], False))


def with_exports(responses: dict) -> dict:
    """`responses=` plus the CSV and XLSX answers, keeping a JSON example already declared for 200."""
    merged = dict(responses)
    ok = dict(merged.get(200, {}))
    ok["content"] = {**ok.get("content", {}), **EXPORT_RESPONSES[200]["content"]}
    ok.setdefault("description", EXPORT_RESPONSES[200]["description"])
    merged[200] = ok
    return merged
