"""Resident ID numbers (居民身份证号码): validated and normalised with python-stdnum, masked for display."""

from datetime import date

from stdnum import numdb
from stdnum.cn import ric
from stdnum.exceptions import InvalidComponent, ValidationError

from .clock import clock
from .errors import Invalid

OLDEST_BIRTH = date(1890, 1, 1)  # no one living was born earlier; an earlier date is a typing error


def _upgrade_15(number: str) -> str:
    # A first-generation 15-digit number gains the century "19" and a check digit (GB 11643).
    body = number[:6] + "19" + number[6:]
    return body + ric.calc_check_digit(body + "0")  # stdnum expects a placeholder check digit


def normalize_id_number(value: str, *, field: str = "id_number", today: date | None = None) -> str:
    """Return the valid 18-character form (15-digit numbers upgraded), or raise Invalid naming the field.

    The birth date must lie between 1890 and `today` (the process clock's Beijing date by default)."""
    number = ric.compact(value or "")
    if len(number) == 15 and number.isdigit():
        number = _upgrade_15(number)
    try:
        number = ric.validate(number)
    except InvalidComponent as exc:
        # stdnum also demands that the county existed in the birth year, but a number carries the county
        # where it was issued: a Huangdao resident born in 1950 holds 370211…, issued long after 1983.
        if _issued_county_known(number):
            return _born_in_the_past(number, field, today or clock.today())
        raise Invalid(f"{field} 不是有效的居民身份证号码", field=field) from exc
    except ValidationError as exc:
        raise Invalid(f"{field} 不是有效的居民身份证号码", field=field) from exc
    return _born_in_the_past(number, field, today or clock.today())


def _born_in_the_past(number: str, field: str, today: date) -> str:
    born = ric.get_birth_date(number)
    if born > today:
        raise Invalid(f"{field} 的出生日期 {born.isoformat()} 晚于今天", field=field)
    if born < OLDEST_BIRTH:
        raise Invalid(f"{field} 的出生日期 {born.isoformat()} 早于 {OLDEST_BIRTH.year} 年", field=field)
    return number


def _issued_county_known(number: str) -> bool:
    """Check digit and birth date valid, and the 6-digit region is a county stdnum knows (in any era)."""
    try:
        ric.get_birth_date(number)
    except ValidationError:
        return False
    if number[-1] != ric.calc_check_digit(number):
        return False
    info = {k: v for _part, props in numdb.get("cn/loc").info(number[:6]) for k, v in props.items()}
    return "county" in info


def mask_id_number(number: str) -> str:
    """Public form: 370211********123X."""
    return number[:6] + "*" * (len(number) - 10) + number[-4:] if len(number) > 10 else "*" * len(number)


def mask_name(name: str) -> str:
    """Public form of a name: 张*、欧阳*明."""
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def compose_id_number(region: str, birth: str, sequence: int) -> str:
    """Build a valid 18-digit number (for demo data and tests): region 6 digits, birth YYYYMMDD."""
    body = f"{region[:6]}{birth}{sequence:03d}"
    return body + ric.calc_check_digit(body + "0")


def normalize_phone(value: str) -> str:
    """Digits only, a leading +86/0086 dropped: the stored and searched form of a phone number."""
    digits = "".join(ch for ch in value or "" if ch.isdigit())
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) - len(prefix) == 11:
            return digits[len(prefix) :]
    return digits
