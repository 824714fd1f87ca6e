"""The administrative divisions Yimen serves (reference data, not domain logic).

A region code is a district (6 digits, e.g. 370211) or a town/street below it (9 digits).
The demo district is Qingdao West Coast New Area (青岛西海岸新区), the seeds' own example.
"""

import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    prefix: str  # used in case and slip numbers

    @property
    def is_district(self) -> bool:
        return len(self.code) == 6


REGIONS: dict[str, Region] = {
    r.code: r
    for r in [
        Region("370211", "青岛西海岸新区", "QU"),
        Region("370211001", "黄岛街道", "HD"),
        Region("370211002", "辛安街道", "XA"),
        Region("370211003", "薛家岛街道", "XJD"),
        Region("370211004", "长江路街道", "CJL"),
        Region("370211005", "王台镇", "WT"),
    ]
}


def region(code: str) -> Region | None:
    return REGIONS.get(code)


def region_name(code: str) -> str:
    r = REGIONS.get(code)
    return r.name if r else code


@dataclass(frozen=True)
class WindowContact:
    """Where a window is and how to call it: printed on notices and receipts."""

    address: str
    phone: str
    hours: str = "工作日 9:00-12:00，13:30-17:00"


# The demo district's windows. A real install names its own in the JSON file that
# YIMEN_WINDOW_CONTACTS_FILE points to ({"370211001": {"address": "…", "phone": "…", "hours": "…"}});
# the file wins over these entries and is read once per process (restart the web front after editing).
WINDOW_CONTACTS: dict[str, WindowContact] = {
    "370211": WindowContact("青岛西海岸新区长江中路 209 号 区政务服务中心二楼社会救助窗口", "0532-86981234"),
    "370211001": WindowContact("黄岛街道香江路 87 号 便民服务中心一楼 3 号窗口", "0532-86850101"),
    "370211002": WindowContact("辛安街道前湾港路 519 号 便民服务中心 2 号窗口", "0532-86850202"),
    "370211003": WindowContact("薛家岛街道漓江西路 660 号 便民服务中心 1 号窗口", "0532-86850303"),
    "370211004": WindowContact("长江路街道武夷山路 168 号 便民服务中心 5 号窗口", "0532-86850404"),
    "370211005": WindowContact("王台镇驻地王台路 1 号 便民服务中心 1 号窗口", "0532-86850505"),
}


@cache
def _contacts_from_file() -> dict[str, WindowContact]:
    path = os.environ.get("YIMEN_WINDOW_CONTACTS_FILE")
    if not path:
        return {}
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {code: WindowContact(**fields) for code, fields in data.items()}


def window_contact(code: str | None) -> WindowContact | None:
    """The window's address and phone; a street without its own entry falls back to its district's."""
    if not code:
        return None
    contacts = {**WINDOW_CONTACTS, **_contacts_from_file()}
    return contacts.get(code) or contacts.get(code[:6])
