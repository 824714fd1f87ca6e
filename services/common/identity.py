"""Resident ID numbers (居民身份证号码): validated and normalised with python-stdnum, masked for display."""

from stdnum import numdb
from stdnum.cn import ric
from stdnum.exceptions import InvalidComponent, ValidationError

from .errors import Invalid


def _upgrade_15(number: str) -> str:
    # A first-generation 15-digit number gains the century "19" and a check digit (GB 11643).
    body = number[:6] + "19" + number[6:]
    return body + ric.calc_check_digit(body + "0")  # stdnum expects a placeholder check digit


def normalize_id_number(value: str, *, field: str = "id_number") -> str:
    """Return the valid 18-character form (15-digit numbers upgraded), or raise Invalid naming the field."""
    number = ric.compact(value or "")
    if len(number) == 15 and number.isdigit():
        number = _upgrade_15(number)
    try:
        return ric.validate(number)
    except InvalidComponent as exc:
        # stdnum also demands that the county existed in the birth year, but a number carries the county
        # where it was issued: a Huangdao resident born in 1950 holds 370211…, issued long after 1983.
        if _issued_county_known(number):
            return number
        raise Invalid(f"{field} 不是有效的居民身份证号码", field=field) from exc
    except ValidationError as exc:
        raise Invalid(f"{field} 不是有效的居民身份证号码", field=field) from exc


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
