"""Request and answer examples of the item procedure's OpenAPI document."""

from services.common.identity import compose_id_number
from services.common.openapi import answer_example

_APPLICANT = compose_id_number("370211", "19850612", 11)
_STEPS = [
    {"step": "authorisation", "enabled": True, "working_days": 2},
    {"step": "investigation", "enabled": True, "working_days": 2},
    {"step": "verification", "enabled": True, "working_days": 5},
    {"step": "review", "enabled": True, "working_days": 3},
    {"step": "disclosure", "enabled": True, "working_days": 1},
    {"step": "approval", "enabled": True, "working_days": None},
]
EXAMPLES = {
    "config": {
        "full": {
            "summary": "辛安街道临时救助：全流程（种子材料默认时限）",
            "value": {"enabled": True, "steps": _STEPS, "disclosure_days": 7, "report_days": 1},
        },
        "off": {"summary": "未开启：以办理结果登记决定", "value": {"enabled": False, "steps": _STEPS}},
    },
    "config_answer": answer_example(
        {
            "item_code": "temporary_assistance",
            "region": "370211002",
            "region_name": "辛安街道",
            "enabled": True,
            "steps": _STEPS,
            "disclosure_days": 7,
            "report_days": 1,
            "updated_by": "admin",
            "updated_at": "2026-11-24T01:30:00Z",
        }
    ),
    "group": {
        "three": {
            "summary": "三名成员",
            "value": {
                "members": [
                    {"username": "leader_xa", "name": "赵主任", "title": "组长"},
                    {"username": "leader_xa2", "name": "钱委员", "title": "成员"},
                    {"username": "dept_xa_ca", "name": "田野", "title": "成员"},
                ]
            },
        }
    },
    "authorisation": {
        "household": {
            "summary": "户主签署，附扫描件（先上传）",
            "value": {
                "signatories": [
                    {"name": "张三丰", "id_number": _APPLICANT, "relation": "本人", "file_id": 1}
                ],
                "signed_date": "2026-11-24",
                "declared_facts": {
                    "members": 3,
                    "residency": "local_hukou",
                    "on_dibao": False,
                    "assistance_type": "expenditure",
                    "income_6m": "12000.00",
                    "income_12m": "30000.00",
                    "assets_excluding_home": "50000.00",
                    "requested_amount": "3000.00",
                },
            },
        }
    },
    "visit": {
        "two_findings": {
            "summary": "入户发现自负医疗费用",
            "value": {
                "visit_date": "2026-11-25",
                "findings": [
                    {
                        "topic": "income",
                        "fact": "medical_expense_6m",
                        "value": "20000.00",
                        "note": "住院发票核实",
                    },
                    {"topic": "housing", "note": "自有住房一套，约60平方米"},
                ],
                "file_ids": [],
            },
        }
    },
    "answer": {
        "verified": {
            "summary": "核对结果",
            "value": {
                "facts": {"income_6m": "12000.00", "assets_excluding_home": "48000.00"},
                "note": "经比对银行、车辆、不动产信息",
            },
        }
    },
    "decision": {
        "approved": {
            "summary": "同意救助",
            "value": {"amount": "3000.00", "period": "一次性", "reason": "符合支出型临时救助条件"},
        }
    },
}
