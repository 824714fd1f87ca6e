"""The administrative divisions Yimen serves (reference data, not domain logic).

A region code is a district (6 digits, e.g. 370211) or a town/street below it (9 digits).
The demo district is Qingdao West Coast New Area (青岛西海岸新区), the seeds' own example.
"""

from dataclasses import dataclass


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
