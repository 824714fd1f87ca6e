"""Request and answer examples for the slip and case operations (OpenAPI); made-up people and numbers."""

CASE = {
    "case_id": 42,
    "case_number": "HD-2026-00042",
    "window_region": "370211001",
    "window_level": "town",
    "first_responder": {"username": "window_hd", "name": "王晓燕"},
    "applicant": {
        "name": "张三丰",
        "id_number": "370211198506120115",
        "phone": "13800000000",
        "hukou_region": "370211001",
    },
    "household_id_numbers": ["370211198506120115", "37021119850612022X"],
    "difficulty": "家中失火，生活困难",
    "emergency": False,
    "items": [
        {
            "item_code": "temporary_assistance",
            "item_name": "临时救助",
            "time_limit_days": 20,
            "route": {
                "kind": "dispatch",
                "receiver_department_type": "civil_affairs",
                "receiver_region": "370211001",
                "reason": "临时救助在本区由镇街办理，申请人户籍在本镇街，分办本镇街民政部门",
            },
        }
    ],
    "accepted_date": "2026-03-16",
    "due_date": "2026-04-14",
}
CASE_SUBMIT = {
    "town": {"summary": "镇街窗口受理，分办本镇街民政办", "value": CASE},
    "emergency": {
        "summary": "紧急案件：已先行救助",
        "value": {
            **CASE,
            "case_id": 43,
            "case_number": "HD-2026-00043",
            "emergency": True,
            "emergency_aid": {
                "given_by": "黄岛街道民政办 孙丽",
                "what": "临时生活救助金",
                "amount": "1000.00",
            },
        },
    },
}
CASE_SUBMITTED = {
    "slips": [
        {
            "id": 7,
            "number": "FB-2026-000007",
            "kind": "dispatch",
            "receiver_id": "370211001-civil",
            "receiver_name": "黄岛街道民政办",
        }
    ]
}
EMERGENCY_AID_IN = {
    "aid": {
        "summary": "先行救助现金与物资",
        "value": {"given_by": "黄岛街道民政办 孙丽", "what": "临时生活救助金及棉被两床", "amount": "1500.00"},
    }
}
EMERGENCY_AID = {
    "id": 3,
    "case_id": 42,
    "given_by": "黄岛街道民政办 孙丽",
    "what": "临时生活救助金及棉被两床",
    "amount": "1500.00",
    "given_date": "2026-03-16",
    "recorded_by": "window_hd",
}
SLIP_SUMMARY = {
    "id": 7,
    "number": "FB-2026-000007",
    "kind": "dispatch",
    "kind_name": "救助事项分办通知单",
    "case_id": 42,
    "case_number": "HD-2026-00042",
    "item_code": "temporary_assistance",
    "item_name": "临时救助",
    "sender_name": "黄岛街道社会救助服务窗口",
    "sender_region": "370211001",
    "receiver_id": "370211001-civil",
    "receiver_name": "黄岛街道民政办",
    "receiver_region": "370211001",
    "handler": "孙丽",
    "state": "acknowledged",
    "state_name": "已签收",
    "due_kind": "opinion",
    "due_date": "2026-03-19",
    "overdue": False,
    "near_due": True,
    "emergency": False,
    "applicant_name_masked": "张*丰",
    "issued_at": "2026-03-16T01:30:00Z",
    "parent_slip_id": None,
    "successor_slip_id": None,
}
SLIP_EVENTS = {
    "acknowledged": {"summary": "签收", "value": {"type": "acknowledged", "handler": "孙丽"}},
    "opinion": {
        "summary": "办理意见（签收后 3 个工作日内）",
        "value": {"type": "opinion", "opinion": "符合支出型临时救助条件，拟予救助", "handler": "孙丽"},
    },
    "result": {
        "summary": "办理结果：同意救助并发放（记为救助发放）",
        "value": {
            "type": "result",
            "outcome": "approved",
            "amount": "3000.00",
            "reason": "经审核符合条件",
            "grant_date": "2026-03-25",
        },
    },
    "feedback": {
        "summary": "反馈申请人与窗口（负责人签字）",
        "value": {
            "type": "feedback",
            "to_applicant": "您申请的临时救助已批准，3000 元已发放至社保卡",
            "to_window": "已办结，发放 3000 元",
            "signed_by": "李明",
        },
    },
    "returned": {
        "summary": "退回（不属本部门办理）",
        "value": {"type": "returned", "reason": "申请人户籍不在本镇街，请改发户籍地"},
    },
}
ONWARD = {
    "receiver": {
        "summary": "按目录选定接收部门",
        "value": {"receiver_id": "370211002-civil", "note": "申请人户籍在辛安街道"},
    },
    "route": {
        "summary": "给出分流结果（资格服务 POST /v1/routes 的答复）",
        "value": {
            "route": {
                "kind": "assign",
                "receiver_department_type": "housing",
                "receiver_region": "370211",
                "reason": "住房救助由区住建局办理",
            }
        },
    },
}
VERIFICATION = {
    "genuine": True,
    "number": "FB-2026-000007",
    "kind_name": "救助事项分办通知单",
    "sender_name": "黄岛街道社会救助服务窗口",
    "receiver_name": "黄岛街道民政办",
    "item_name": "临时救助",
    "applicant_name_masked": "张*丰",
    "issued_date": "2026-03-16",
    "state": "feedback_given",
    "state_name": "已反馈",
    "due_date": None,
    "signed_by": "李明",
    "successor_number": None,
}
