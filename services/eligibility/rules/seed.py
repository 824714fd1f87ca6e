"""The demo rule data: parameters with their effective dates and the 临时救助 rule of DESIGN §5 (seed 000).

The rule is the JSON document an administrator would PUT to /v1/rules/temporary_assistance; docs/rules.md
explains it key by key.
"""

from datetime import date
from typing import Literal

from services.eligibility.catalogue.seed import Seed


class SeedValue(Seed):
    """A parameter value from a date on: money as a yuan string, counts as ints."""

    effective_from: date
    value: str | int


class SeedParameter(Seed):
    """A rule parameter with its values by effective date."""

    name: str
    label: str
    unit: Literal["money", "count"]
    values: list[SeedValue]


# The dibao standard and last year's income are demo figures with yearly switches; a real deployment
# enters the published values.
PARAMETERS = [
    SeedParameter(
        name="max_grants_per_year",
        label="每户每年临时救助次数上限",
        unit="count",
        values=[SeedValue(effective_from="2019-01-01", value=2)],
    ),
    SeedParameter(
        name="annual_cap",
        label="每户每年临时救助累计金额上限",
        unit="money",
        values=[SeedValue(effective_from="2019-01-01", value="30000.00")],
    ),
    SeedParameter(
        name="urban_dibao_monthly",
        label="本区城市月低保标准",
        unit="money",
        values=[
            SeedValue(effective_from="2025-01-01", value="1085.00"),
            SeedValue(effective_from="2026-01-01", value="1120.00"),
        ],
    ),
    SeedParameter(
        name="district_income_last_year",
        label="本区上年度居民人均可支配收入",
        unit="money",
        values=[
            SeedValue(effective_from="2025-01-01", value="56917.00"),
            SeedValue(effective_from="2026-01-01", value="59628.00"),
        ],
    ),
    SeedParameter(
        name="assets_cap",
        label="家庭财产（除唯一住房）上限",
        unit="money",
        values=[SeedValue(effective_from="2019-01-01", value="200000.00")],
    ),
]

EXPENDITURE_TESTS = "assistance_type == 'expenditure' and not on_dibao"
EXEMPT = "急难型临时救助或低保家庭，不作此项收入财产审查"
TEMPORARY_ASSISTANCE_RULES = {
    "source": "DESIGN.md §5；seed 000《青岛西海岸新区困难居民临时救助实施细则》",
    "facts": {
        "members": {"type": "count", "label": "家庭人口", "min": 1, "max": 50},
        "residency": {
            "type": "enum",
            "label": "户籍或居住情况",
            "values": {
                "local_hukou": "本区户籍",
                "migrant_qualified": "符合条件的外来转移人员（居住证满1年、就业、固定住所、社保满1年）",
                "student": "本区全日制高校在校学生",
                "other": "其他",
            },
        },
        "on_dibao": {"type": "bool", "label": "低保家庭"},
        "assistance_type": {
            "type": "enum",
            "label": "救助类型",
            "values": {"emergency": "急难型", "expenditure": "支出型"},
        },
        "income_6m": {"type": "money", "label": "申请前6个月家庭可支配收入"},
        "medical_expense_6m": {"type": "money", "label": "申请前6个月自负医疗费用"},
        "education_expense_6m": {"type": "money", "label": "申请前6个月自负教育费用"},
        "income_12m": {"type": "money", "label": "申请前12个月家庭可支配收入"},
        "assets_excluding_home": {"type": "money", "label": "家庭财产（除唯一住房）"},
        "grants_this_year": {"type": "count", "label": "本年度已获临时救助次数", "max": 366},
        "granted_amount_this_year": {"type": "money", "label": "本年度已获临时救助金额"},
        "requested_amount": {"type": "money", "label": "本次申请救助金额"},
    },
    "parameters": [
        "max_grants_per_year",
        "annual_cap",
        "urban_dibao_monthly",
        "district_income_last_year",
        "assets_cap",
    ],
    "record_facts": ["grants_this_year", "granted_amount_this_year"],
    "conditions": [
        {
            "id": "residency",
            "description": "本区户籍家庭、符合条件的外来转移人员家庭或本区高校在校学生",
            "test": "residency in ['local_hukou', 'migrant_qualified', 'student']",
        },
        {
            "id": "assistance_type",
            "description": "困难情形属于急难型或支出型",
            "test": "assistance_type in ['emergency', 'expenditure']",
        },
        {
            "id": "grants_per_year",
            "description": "本年度已获临时救助少于2次（每户每年不超过2次）",
            "test": "grants_this_year < max_grants_per_year",
            "right_label": "次数上限",
        },
        {
            "id": "annual_amount",
            "description": "本年度累计救助金额（含本次）不超过30000元",
            "test": "granted_amount_this_year + requested_amount <= annual_cap",
            "left_label": "已获金额加本次申请",
            "right_label": "全年上限",
        },
        {
            "id": "income_6m",
            "applies_when": EXPENDITURE_TESTS,
            "exempt_detail": EXEMPT,
            "description": "申请前6个月家庭可支配收入扣除自负医疗、教育支出后，月人均低于本区城市月低保标准",
            "test": "(income_6m - medical_expense_6m - education_expense_6m) / 6 / members < urban_dibao_monthly",
            "left_label": "扣除医疗教育支出后月人均可支配收入",
            "right_label": "城市月低保标准",
        },
        {
            "id": "income_12m",
            "applies_when": EXPENDITURE_TESTS,
            "exempt_detail": EXEMPT,
            "description": "申请前12个月家庭人均可支配收入低于本区上年度人均可支配收入",
            "test": "income_12m / members < district_income_last_year",
            "left_label": "前12个月人均可支配收入",
            "right_label": "本区上年度人均可支配收入",
        },
        {
            "id": "assets",
            "applies_when": EXPENDITURE_TESTS,
            "exempt_detail": EXEMPT,
            "description": "家庭财产（除唯一住房外）不超过20万元",
            "test": "assets_excluding_home <= assets_cap",
            "right_label": "财产上限",
        },
    ],
}

# 低保 and 特困 (seed 000 §一, seed 002 ㈠): the thresholds are demo figures marked as such; an administrator
# posts each year's published values with their effective dates (POST /v1/parameters/{name}).
DEMO = "（演示数值，以当年公布标准为准）"
PARAMETERS += [
    SeedParameter(
        name="dibao_financial_assets_per_person",
        label="低保家庭人均金融资产上限",
        unit="money",
        values=[
            SeedValue(effective_from="2025-01-01", value="26040.00"),
            SeedValue(effective_from="2026-01-01", value="26880.00"),
        ],
    ),
    SeedParameter(
        name="dibao_max_homes",
        label="低保家庭住房套数上限",
        unit="count",
        values=[SeedValue(effective_from="2019-01-01", value=1)],
    ),
    SeedParameter(
        name="tekun_assets_cap",
        label="特困人员个人财产上限",
        unit="money",
        values=[SeedValue(effective_from="2019-01-01", value="30000.00")],
    ),
]

LOCAL_RESIDENCY = {
    "type": "enum",
    "label": "户籍",
    "values": {"local_hukou": "本区户籍", "other": "其他"},
}
URBAN_DIBAO_RULES = {
    "source": "seed 000《青岛西海岸新区社会救助》城乡低保；seed 002 城市低保申请办理" + DEMO,
    "facts": {
        "members": {"type": "count", "label": "共同生活家庭人口", "min": 1, "max": 50},
        "residency": LOCAL_RESIDENCY,
        "income_12m": {"type": "money", "label": "前12个月家庭可支配收入"},
        "financial_assets": {"type": "money", "label": "家庭金融资产"},
        "homes": {"type": "count", "label": "家庭住房套数", "max": 100},
    },
    "parameters": ["urban_dibao_monthly", "dibao_financial_assets_per_person", "dibao_max_homes"],
    "conditions": [
        {
            "id": "residency",
            "description": "本区户籍家庭",
            "test": "residency == 'local_hukou'",
        },
        {
            "id": "income",
            "description": "共同生活家庭成员月人均可支配收入低于本区城市月低保标准",
            "test": "income_12m / 12 / members < urban_dibao_monthly",
            "left_label": "月人均可支配收入",
            "right_label": "城市月低保标准",
        },
        {
            "id": "financial_assets",
            "description": "家庭人均金融资产不超过规定上限",
            "test": "financial_assets / members <= dibao_financial_assets_per_person",
            "left_label": "人均金融资产",
            "right_label": "人均金融资产上限",
        },
        {
            "id": "housing",
            "description": "家庭住房不超过规定套数",
            "test": "homes <= dibao_max_homes",
            "right_label": "住房套数上限",
        },
    ],
}
TEKUN_RULES = {
    "source": "seed 000 特困人员救助供养（无劳动能力、无生活来源、无法定赡养抚养扶养义务人或其无履行能力）"
    + DEMO,
    "facts": {
        "residency": LOCAL_RESIDENCY,
        "category": {
            "type": "enum",
            "label": "人员类别",
            "values": {
                "elderly": "60周岁以上老年人",
                "disabled": "残疾人",
                "minor": "未满16周岁的未成年人",
                "other": "其他",
            },
        },
        "work_ability": {
            "type": "enum",
            "label": "劳动能力",
            "values": {"none": "无劳动能力", "partial": "部分丧失劳动能力", "full": "有劳动能力"},
        },
        "income_12m": {"type": "money", "label": "前12个月本人收入"},
        "assets": {"type": "money", "label": "本人财产"},
        "supporters": {
            "type": "enum",
            "label": "法定赡养、抚养、扶养义务人",
            "values": {"none": "无义务人", "unable": "义务人无履行义务能力", "able": "义务人有履行能力"},
        },
    },
    "parameters": ["urban_dibao_monthly", "tekun_assets_cap"],
    "conditions": [
        {"id": "residency", "description": "本区户籍", "test": "residency == 'local_hukou'"},
        {
            "id": "category",
            "description": "老年人、残疾人或未满16周岁的未成年人",
            "test": "category in ['elderly', 'disabled', 'minor']",
        },
        {"id": "work_ability", "description": "无劳动能力", "test": "work_ability == 'none'"},
        {
            "id": "income",
            "description": "无生活来源：月收入低于本区城市月低保标准",
            "test": "income_12m / 12 < urban_dibao_monthly",
            "left_label": "月收入",
            "right_label": "城市月低保标准",
        },
        {
            "id": "assets",
            "description": "本人财产不超过规定上限",
            "test": "assets <= tekun_assets_cap",
            "right_label": "财产上限",
        },
        {
            "id": "supporters",
            "description": "无法定赡养、抚养、扶养义务人，或其义务人无履行义务能力",
            "test": "supporters in ['none', 'unable']",
        },
    ],
}
RULE_SETS = {
    "temporary_assistance": TEMPORARY_ASSISTANCE_RULES,
    "urban_dibao": URBAN_DIBAO_RULES,
    "tekun": TEKUN_RULES,
}
