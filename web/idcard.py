"""The applicant from an ID-card reader: the string a desktop reader types into the focused field
(keyboard-wedge mode) or its local service hands over, turned into name, ID number and address.

Accepted (docs/web.md, 读卡器):
- fields separated by `|`, tab, `,`, `，`, `;` or `^` in the order the common readers' wedge mode types
  them (姓名|性别|民族|出生|住址|公民身份号码|签发机关|有效期限, any subset, any order);
- labelled pairs `姓名:张三;身份证号:370211…;住址:…` (also `name=`, `id=`/`idnum=`/`cardno=`, `address=`);
- the JSON of a reader's local service: {"name"/"partyName", "certNumber"/"idNumber"/"cardNo", "address"};
- an ID number alone (a reader set to type only the number).
The number is found by its shape (17 digits and a digit or X); name and address by their content.
"""

import json
import re

ID = re.compile(r"(?<!\d)(\d{17}[\dXx]|\d{15})(?!\d)")
SEPARATORS = re.compile(r"[|\t,，;；^\r\n]+")
LABELS = {
    "name": ("姓名", "name", "partyname", "xm"),
    "id_number": (
        "身份证号",
        "公民身份号码",
        "身份号码",
        "id",
        "idnum",
        "idnumber",
        "certnumber",
        "cardno",
        "sfzh",
    ),
    "address": ("住址", "地址", "address", "addr", "zz"),
}
NOT_A_NAME = {"男", "女", "汉", "汉族"}
ADDRESS_WORDS = ("省", "市", "区", "县", "镇", "乡", "街道", "村", "路", "号", "社区")


def _labelled(pairs: dict[str, str]) -> dict[str, str]:
    out = {}
    lowered = {k.strip().lower(): str(v).strip() for k, v in pairs.items()}
    for field, names in LABELS.items():
        for name in names:
            if lowered.get(name.lower()):
                out[field] = lowered[name.lower()]
                break
    return out


def read_card(raw: str) -> dict[str, str]:
    """{"name", "id_number", "address"} as far as the string holds them (missing keys left out)."""
    raw = (raw or "").strip()
    if not raw:
        return {}
    if raw.startswith("{"):
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        if isinstance(data, dict):
            return _labelled(data)
    parts = [p.strip() for p in SEPARATORS.split(raw) if p.strip()]
    pairs = dict(re.split(r"[:：=]", p, maxsplit=1) for p in parts if re.search(r"[:：=]", p))
    if pairs:
        found = _labelled(pairs)
        if found:
            return found
    out: dict[str, str] = {}
    for part in parts:
        number = ID.search(part)
        if number and "id_number" not in out and len(part) <= 20:
            out["id_number"] = number.group(1).upper()
        elif (
            "name" not in out
            and re.fullmatch(r"[\u4e00-\u9fff·]{2,15}", part)
            and part not in NOT_A_NAME
            and not part.endswith("族")
            and not any(w in part for w in ("公安", "分局"))
        ):
            out["name"] = part
        elif "address" not in out and len(part) >= 6 and any(w in part for w in ADDRESS_WORDS):
            if not any(w in part for w in ("公安局", "分局")):
                out["address"] = part
    return out


def region_of_address(address: str, regions: dict) -> str:
    """The street (or district) whose name the address contains, longest name first; "" if none."""
    for code, region in sorted(regions.items(), key=lambda kv: -len(kv[1].name)):
        if region.name and region.name in (address or ""):
            return code
    return ""
