"""Exports of a list as CSV or XLSX: content negotiation and streamed, memory-flat writers.

A route that answers JSON by default calls `wanted(request)`; when the caller asked for CSV or XLSX it
returns `export_response(...)` with the same filtered rows instead. Rows come from a callable run
while the body is streamed, so it must open its own session (the request's is closed by then).
"""

import csv
import io
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal
from urllib.parse import quote
from xml.sax.saxutils import escape

from fastapi import Request
from fastapi.responses import StreamingResponse
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

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
    """An XLSX streamed from a spool: openpyxl (write-only) builds the package, we stream the sheet's rows.

    openpyxl spends ~50 µs a cell (1.3 million cells for a district year: minutes on a small VM), so it
    writes the header and one row with a date and a time only — which fixes their style ids — and the
    data rows are written into its sheet XML as the same inline-string / number / date cells it writes.
    """
    items, prefix, suffix, date_style, time_style = _skeleton_sheet(header, title)
    with tempfile.SpooledTemporaryFile(max_size=SPOOL) as spool:
        with zipfile.ZipFile(spool, "w", zipfile.ZIP_DEFLATED) as package:
            for name, data in items:
                if name != SHEET:
                    package.writestr(name, data)
            with package.open(SHEET, "w") as sheet:
                sheet.write(prefix)
                buffer: list[str] = []
                for number, row in enumerate(rows, start=2):
                    buffer.append(_xml_row(number, row, date_style, time_style))
                    if len(buffer) == 500:
                        sheet.write("".join(buffer).encode("utf-8"))
                        buffer.clear()
                sheet.write("".join(buffer).encode("utf-8"))
                sheet.write(suffix)
        spool.seek(0)
        while chunk := spool.read(CHUNK):
            yield chunk


SHEET = "xl/worksheets/sheet1.xml"
EPOCH = date(1899, 12, 30)  # Excel's day 0 (with its 1900 leap-year quirk already folded in)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML 1.0: dropped
_COLUMNS = [get_column_letter(i) for i in range(1, 200)]


def _skeleton_sheet(
    header: Sequence[str], title: str
) -> tuple[list[tuple[str, bytes]], bytes, bytes, str, str]:
    """openpyxl's package for the header: its files, the sheet XML around the data rows, the date styles."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31] or "Sheet1")
    sheet.append([cell(h) for h in header])
    sheet.append([date(2000, 1, 1), datetime(2000, 1, 1, 12)])  # fixes the date and time style ids
    raw = io.BytesIO()
    workbook.save(raw)
    with zipfile.ZipFile(raw) as package:
        items = [(n, package.read(n)) for n in package.namelist()]
    xml = dict(items)[SHEET].decode("utf-8")
    styles = re.findall(r'<row r="2">.*?s="(\d+)".*?s="(\d+)"', xml)
    date_style, time_style = styles[0]
    head, rest = xml.split("<sheetData>", 1)
    header_row = rest[: rest.index('<row r="2">')]
    tail = rest[rest.index("</sheetData>") :]
    prefix = (head + "<sheetData>" + header_row).encode("utf-8")
    return items, prefix, tail.encode("utf-8"), date_style, time_style


def _xml_row(number: int, row: Sequence[Any], date_style: str, time_style: str) -> str:
    cells = []
    for column, value in zip(_COLUMNS, row, strict=False):
        value = _xlsx_cell(value)
        ref = f"{column}{number}"
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            cells.append(f'<c r="{ref}" t="b"><v>{int(value)}</v></c>')
        elif isinstance(value, datetime):
            serial = (value - datetime.combine(EPOCH, datetime.min.time())).total_seconds() / 86400
            cells.append(f'<c r="{ref}" s="{time_style}" t="n"><v>{serial}</v></c>')
        elif isinstance(value, date):
            cells.append(f'<c r="{ref}" s="{date_style}" t="n"><v>{(value - EPOCH).days}</v></c>')
        elif isinstance(value, int | float | Decimal):
            cells.append(f'<c r="{ref}" t="n"><v>{value}</v></c>')
        else:
            text = escape(_ILLEGAL.sub("", str(value)))
            cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>')
    return f'<row r="{number}">{"".join(cells)}</row>'


def _xlsx_cell(value: Any) -> Any:
    value = cell(value)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)  # Excel has no time zones; times are written as given (UTC)
    return value  # Decimal stays Decimal: written as a number, money never passes a float


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
