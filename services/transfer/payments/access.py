"""Who may act on a street's payments and roster: its own staff act, the district and supervisors read."""

import re
from datetime import date

from services.common.auth import Principal
from services.common.errors import Forbidden, Invalid

ACTING_ROLES = ("window_staff", "department_staff")
_MONTH = re.compile(r"(\d{4})-(\d{2})")


def can_read(principal: Principal, street_region: str) -> None:
    """A district account reads every street below it; a street account only its own (403 otherwise)."""
    if not principal.can_see_region(street_region):
        raise Forbidden(f"无权查看 {street_region} 的发放和在册数据", field="street_region")


def can_act(principal: Principal, street_region: str) -> None:
    """Only the owning street's staff write (services pass); the district reads only."""
    if principal.role == "service":
        return
    if principal.role not in ACTING_ROLES or principal.region != street_region:
        raise Forbidden("只有本街道的工作人员可以办理；区级和监督人员只读", field="street_region")


def street(value: str, *, field: str = "street_region") -> str:
    """A street (town) region code: 9 digits."""
    if not re.fullmatch(r"\d{9}", value or ""):
        raise Invalid("须为9位街道（镇）区划代码", field=field)
    return value


def month(value: str, *, field: str = "month") -> str:
    """A month written YYYY-MM, years 2000–2100."""
    m = _MONTH.fullmatch(value or "")
    if not m or not 2000 <= int(m.group(1)) <= 2100 or not 1 <= int(m.group(2)) <= 12:
        raise Invalid("月份须写作 YYYY-MM（2000—2100年）", field=field)
    return value


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def next_month(value: str) -> str:
    year, mon = int(value[:4]), int(value[5:])
    return f"{year + mon // 12:04d}-{mon % 12 + 1:02d}"
