"""The demo suggestion rules: which items to suggest for a described difficulty or known facts."""

from services.eligibility.catalogue.seed import Seed


class SeedSuggestion(Seed):
    """Suggest an item when a keyword appears in the difficulty or the fact condition holds."""

    item_code: str
    keywords: list[str] = []
    fact_condition: str = ""  # rule language over guidance.service.SUGGESTION_FACTS
    reason: str


SUGGESTIONS = [
    SeedSuggestion(
        item_code="temporary_assistance",
        keywords=["火灾", "失火", "车祸", "交通事故", "意外", "受伤", "见义勇为", "爆炸", "突发", "急病"],
        reason="遭遇突发意外事件导致基本生活暂时严重困难，可申请急难型临时救助",
    ),
    SeedSuggestion(
        item_code="temporary_assistance",
        keywords=["医疗费", "住院", "学费", "看病"],
        reason="自负医疗、教育支出突增超出承受能力，可申请支出型临时救助",
    ),
    SeedSuggestion(
        item_code="medical_assistance",
        keywords=["住院", "看病", "医疗费", "大病", "重病", "手术", "癌"],
        reason="因病产生较大自负医疗费用，可申请医疗救助",
    ),
    SeedSuggestion(
        item_code="education_assistance",
        keywords=["上学", "学费", "大学", "读书", "入学"],
        reason="家庭有在校学生且负担学费困难，可申请教育救助",
    ),
    SeedSuggestion(
        item_code="housing_assistance",
        keywords=["住房", "租房", "无房", "危房", "房子"],
        reason="住房困难，可申请住房救助",
    ),
    SeedSuggestion(
        item_code="low_rent_housing",
        keywords=["租房", "无房", "廉租"],
        reason="城市低收入住房困难家庭可申请廉租住房（每月1—10日受理）",
    ),
    SeedSuggestion(
        item_code="employment_assistance",
        keywords=["失业", "没工作", "找工作", "下岗", "就业"],
        reason="有劳动能力但失业，可申请就业救助",
    ),
    SeedSuggestion(
        item_code="disaster_relief",
        keywords=["受灾", "洪水", "台风", "地震", "冰雹", "暴雨", "灾害"],
        reason="因自然灾害导致生活困难，可申请受灾人员救助",
    ),
    SeedSuggestion(
        item_code="funeral_assistance",
        keywords=["去世", "丧葬", "火化", "殡葬", "死亡"],
        reason="家庭成员去世、负担丧葬费用困难，可申请殡葬救助",
    ),
    SeedSuggestion(
        item_code="urban_dibao",
        keywords=["收入低", "生活困难", "没有收入", "吃不上饭"],
        reason="家庭人均收入可能低于低保标准，可申请最低生活保障",
    ),
    SeedSuggestion(
        item_code="tekun",
        keywords=["孤寡", "无人赡养", "无劳动能力", "孤儿"],
        reason="无劳动能力、无生活来源、无赡养人，可申请特困人员救助供养",
    ),
    SeedSuggestion(
        item_code="elderly_allowance", fact_condition="age >= 80", reason="年满80周岁的老年人可申领高龄津贴"
    ),
    SeedSuggestion(
        item_code="disabled_assistive_devices",
        keywords=["轮椅", "助听器", "拐杖", "助行"],
        fact_condition="disabled",
        reason="残疾人可申请辅助器具适配",
    ),
    SeedSuggestion(
        item_code="disabled_home_care",
        keywords=["托养"],
        fact_condition="disabled and on_dibao",
        reason="低保家庭中的重度残疾人可申请居家托养资助",
    ),
    SeedSuggestion(
        item_code="funeral_assistance",
        fact_condition="on_dibao and bereaved",
        reason="低保家庭成员去世，可申请殡葬救助",
    ),
    SeedSuggestion(
        item_code="charity_assistance",
        keywords=["慈善", "捐助", "仍有困难"],
        reason="政府救助后仍有困难，可转介慈善组织帮扶",
    ),
]
