"""Money is integer fen inside, yuan decimal strings at the edges; never a float."""

import re
from decimal import Decimal, InvalidOperation

from .errors import Invalid

# ASCII digits only: Decimal() would also read full-width "１２３" or Arabic-Indic digits, and exponents.
_YUAN = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?")


def yuan_to_fen(value: str | int | Decimal, *, field: str = "amount") -> int:
    """Parse "1234.50" (yuan) to 123450 fen; reject floats, NaN and sub-fen precision."""
    if isinstance(value, float) or isinstance(value, bool):
        raise Invalid(f'{field} 须为字符串形式的金额（元），如 "1234.50"', field=field)
    if isinstance(value, str) and not _YUAN.fullmatch(value.strip()):
        raise Invalid(f'{field} 须为阿拉伯数字写的金额（元），如 "1234.50": {value!r}', field=field)
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise Invalid(f"{field} 不是合法金额: {value!r}", field=field) from exc
    if not amount.is_finite():
        raise Invalid(f"{field} 不是合法金额: {value!r}", field=field)
    fen = amount * 100
    if fen != fen.to_integral_value():
        raise Invalid(f"{field} 精度不能小于分: {value!r}", field=field)
    return int(fen)


def fen_to_yuan(fen: int) -> str:
    """123450 -> "1234.50"."""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100}.{fen % 100:02d}"
