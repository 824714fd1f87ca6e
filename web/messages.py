"""What a person reads when something is wrong: Chinese, naming the field by its form label.

The services answer problem+json with a machine `field` (`applicant.id_number`, `members[1].name`) and,
for a 422 of their request models, a list of `errors` whose messages come from pydantic in English. The
web front never shows either as such: `humanise` rewrites a problem into one Chinese sentence that names
the field as the form labels it (字段标签表 below), and templates print only `error.detail`.
"""

import re

from services.common.errors import ProblemError

# the last part of a field path → the label the form shows for it
FIELD_LABELS = {
    "name": "姓名",
    "applicant_name": "申请人姓名",
    "id_number": "身份证号码",
    "phone": "联系电话",
    "contact": "联系方式",
    "hukou_region": "户籍地",
    "region": "所属区域",
    "relation": "与申请人关系",
    "difficulty": "困难情况",
    "item_codes": "申请事项",
    "items": "申请事项",
    "materials": "材料",
    "provided_materials": "已收取材料",
    "received_date": "收到日期",
    "accepted_date": "受理日期",
    "start_date": "开始日期",
    "end_date": "恢复日期",
    "applicant_notified_date": "告知申请人日期",
    "extra_days": "延长工作日数",
    "approver": "批准领导",
    "reason": "原因",
    "legal_basis": "法律依据",
    "kind": "类别",
    "channel": "申请渠道",
    "agent": "代办人",
    "authorisation_document": "委托书",
    "community_name": "村（居）委会名称",
    "duplicate_acknowledgement": "继续受理理由",
    "case_number": "案件编号",
    "id_last6": "身份证号码后六位",
    "application_id": "案件",
    "slip_id": "通知单",
    "complaint_id": "投诉",
    "handler": "承办人",
    "reply": "答复内容",
    "content": "内容",
    "complainant_name": "投诉人姓名",
    "level": "评价",
    "comment": "意见",
    "year": "年份",
    "month": "月份",
    "holidays": "放假日期",
    "workdays": "调休上班日期",
    "reference": "通知文号",
    "date_from": "起始日期",
    "date_to": "截止日期",
    "status": "状态",
    "q": "查询内容",
    "page": "页码",
    "username": "登录名",
    "password": "密码",
    "display_name": "姓名",
    "role": "角色",
    "department_id": "所属部门",
    "time_limit_days": "办理时限",
    "code": "编码",
    "verification_code": "短信验证码",
    "photo": "照片",
    "visit_date": "走访日期",
    "at": "时间",
    "amount_fen": "金额",
    "opinion": "意见",
    "feedback": "反馈",
    "to_applicant": "致申请人",
    "emergency": "紧急",
    "due_date": "补齐期限",
    "tolerate_missing": "容缺受理",
    "idempotency_key": "表单",
    "consultation_id": "来访登记",
    "item_code": "申请事项",
    "overdue": "已超期",
    "near_due": "临近期限",
    "page_size": "每页条数",
    "action": "操作",
    "actor": "操作人",
    "household": "家庭",
    "format": "格式",
    "case_type": "办件类型",
    "category": "类别",
    "exclusive_with": "互斥事项",
    "handling_level": "办理层级",
    "owner_department_type": "主管部门",
    "active": "启用",
    "value": "取值",
    "label": "名称",
    "unit": "单位",
    "note": "说明",
    "description": "说明",
    "copies": "份数",
    "original": "须原件",
    "shared_data": "数据共享获取",
    "effective_from": "生效日期",
    "district": "区县",
    "keywords": "关键词",
    "fact_condition": "事实条件",
    "priority": "优先级",
    "conditions": "条件",
    "version": "版本",
}
PARENTS = {"applicant": "申请人", "agent": "代办人", "household": "家庭", "members": "家庭成员"}
# pydantic's error types → what is wrong, in words
TYPE_WORDS = {
    "missing": "未填写",
    "string_too_short": "不能为空",
    "string_too_long": "太长",
    "too_short": "不能为空",
    "too_long": "条目太多",
    "string_pattern_mismatch": "格式不对",
    "int_parsing": "应填整数",
    "int_type": "应填整数",
    "float_parsing": "应填数字",
    "bool_parsing": "应选是或否",
    "date_parsing": "应填日期（年-月-日）",
    "date_from_datetime_parsing": "应填日期（年-月-日）",
    "datetime_parsing": "应填日期和时间",
    "greater_than": "太小",
    "greater_than_equal": "太小",
    "less_than": "太大",
    "less_than_equal": "太大",
    "enum": "不在可选范围内",
    "literal_error": "不在可选范围内",
}
LATIN = re.compile(r"[A-Za-z_]{2,}")


def field_label(path: str | None) -> str:
    """`members[1].name` → 第2位家庭成员的姓名; `applicant.id_number` → 申请人的身份证号码."""
    if not path:
        return ""
    parts = re.findall(r"[A-Za-z_]+|\[\d+\]", path)
    names = [p for p in parts if not p.startswith("[")]
    if not names:
        return ""
    label = FIELD_LABELS.get(names[-1], "")
    if not label:
        return ""
    index = next((int(p[1:-1]) for p in parts if p.startswith("[")), None)
    for parent in names[:-1]:
        if parent in PARENTS:
            who = PARENTS[parent]
            if index is not None and parent == "members":
                who = f"第{index + 1}位{who}"
            return label if label.startswith(who) else f"{who}的{label}"
    return label


def _from_errors(errors: list) -> str:
    sentences = []
    for e in errors[:3]:
        if not isinstance(e, dict):
            continue
        label = field_label(str(e.get("field") or "")) or "填写的内容"
        sentences.append(f"{label}{TYPE_WORDS.get(str(e.get('type')), '填写有误')}")
    return "；".join(sentences)


def humanise(error: ProblemError) -> ProblemError:
    """The same problem with a Chinese detail that names the field by its label (and no machine field)."""
    detail, field = str(error.detail or ""), error.field
    label = field_label(field)
    errors = error.extra.get("errors")
    if isinstance(errors, list) and errors and (detail.startswith("字段不合法") or LATIN.search(detail)):
        detail = _from_errors(errors) or detail
    elif detail.startswith("字段不合法"):
        detail = f"{label or '填写的内容'}填写有误"
    elif LATIN.search(detail):  # an English or technical sentence from a library: say what it concerns
        detail = f"{label}填写有误，请检查后重试" if label else "请求未能完成，请检查填写的内容后重试"
    elif label and label not in detail:
        detail = f"{label}：{detail}"
    out = type(error)(detail, field=None, **{k: v for k, v in error.extra.items() if k != "errors"})
    out.status, out.title = error.status, error.title
    return out


def filters_words(text: str) -> str:
    """An access log's `status=accepted; page=2` → 状态：已受理；页码：2 (values through the vocabulary)."""
    from services.common.vocabulary import VOCABULARIES

    words = []
    for part in (text or "").split(";"):
        key, _, value = part.strip().partition("=")
        if not key:
            continue
        shown = {"True": "是", "true": "是", "False": "否", "false": "否"}.get(value, value)
        for vocabulary in VOCABULARIES.values():
            if value in {m.value for m in vocabulary}:
                shown = vocabulary.label_of(value)
                break
        words.append(f"{FIELD_LABELS.get(key, '条件')}：{shown}")
    return "；".join(words)


ENTITY_LABELS = {
    "item_materials": "所需材料",
    "handling_level": "办理层级",
    "item": "事项",
    "parameter": "参数",
    "rule_set": "审核规则",
    "material": "材料",
    "suggestion_rule": "推荐规则",
}


def value_words(value) -> str:
    """A recorded value as a person reads it: 未设 for nothing, 是/否, lists joined, vocabulary labels."""
    from services.common.vocabulary import VOCABULARIES

    if value is None or value == "":
        return "未设"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(value_words(v) for v in value) or "无"
    if isinstance(value, dict):
        return "；".join(f"{FIELD_LABELS.get(k, k)}：{value_words(v)}" for k, v in value.items())
    for vocabulary in VOCABULARIES.values():
        if isinstance(value, str) and value in {m.value for m in vocabulary}:
            return vocabulary.label_of(value)
    return str(value)
