"""The demo catalogue, taken from the seeds: 000 (Qingdao West Coast 临时救助), 002 annex 2 (items and
materials of a street service centre), DESIGN §3 (owners) and §5 (the 临时救助 rule). Data, not code:
load_demo copies it into the tables once; from then on administrators edit the tables.
"""

DISTRICT = "370211"
# code, name, description, shared_data (减证便民: obtained by data sharing, never asked from the applicant)
MATERIALS = [
    ("application_letter", "书面申请", "以户主名义提出的书面申请", False),
    ("id_card", "身份证", "申请人及共同生活家庭成员的居民身份证", False),
    ("household_register", "户口簿", "户主页及本人页；公安户籍信息共享核验", True),
    ("integrity_authorisation", "诚信承诺和授权委托书", "家庭成员共同签署的《申请社会救助家庭诚信承诺和授权委托书》", False),
    ("family_situation_statement", "家庭情况说明", "村（居）或包户干部出具的家庭基本情况说明", False),
    ("housing_proof", "住房状况证明", "房产证、租房合同等居住情况证明", False),
    ("employment_status_proof", "就业及劳动能力状况证明", "就业状况、劳动能力、养老及失业保险证明", False),
    ("medical_diagnosis", "县级以上医院诊断证明", "患大病、重病的诊断证明", False),
    ("hospital_bills", "住院发票及医保结算单", "出院发票、医保住院费用结算单、出院证", False),
    ("transfer_certificate", "转院证", "异地转诊时提供", False),
    ("dibao_certificate", "低保证", "最低生活保障证；民政低保数据共享核验", True),
    ("death_certificate", "死亡证明或户口注销证明", "", False),
    ("disability_certificate", "残疾人证（第二代）", "残联残疾人信息共享核验", True),
    ("photo_1inch", "一寸照片", "近期免冠照片", False),
    ("unemployment_registration", "就业失业登记证", "有内容部分全部复印", False),
    ("student_proof", "学生证或录取通知书", "", False),
    ("tuition_receipt", "学费及住宿费票据", "", False),
    ("disaster_proof", "受灾情况证明", "村（居）委会或应急管理部门出具", False),
    ("residence_permit", "居住证", "非本市户籍外来转移人员提供", False),
    ("social_insurance_record", "社会保险缴费记录", "人社部门社保数据共享核验", True),
    ("assistive_device_form", "辅助器具申请审批表及评估适配表", "", False),
    ("business_proof", "经营项目证明", "营业执照、经营场所租赁合同等", False),
]

CIVIL, EDU, HOUSING, HR, DISABLED, SOCIAL = ("civil_affairs", "education", "housing", "human_resources",
                                               "disabled_federation", "social_organisation")
DAYS_1_10 = list(range(1, 11))
BASIC = [("application_letter", 1, False), ("id_card", 1, True), ("household_register", 1, True),
         ("integrity_authorisation", 1, True)]
# code, name, category, owner, legal basis, acceptance conditions, case type, time limit (None = 20),
# default level, acceptance days, exclusive_with, materials [(code, copies, original)]
ITEMS = [
    ("temporary_assistance", "临时救助（急难型/支出型）", "临时救助", CIVIL,
     "《社会救助暂行办法》第十一章；《青岛西海岸新区困难居民临时救助实施细则》（青西新民〔2019〕203号）",
     "本区户籍家庭；在本区办理居住证满1年、就业或创业、有固定住所且家庭成员均在本区缴纳社会保险满1年的非青岛市户籍外来转移人员家庭；"
     "本区全日制普通高等院校在校学生。急难型：因火灾、交通事故、人身伤害、见义勇为、爆炸、突发疾病等导致基本生活暂时严重困难；"
     "支出型：自负医疗、教育费用突增超出承受能力（低保家庭除外须同时符合收入、财产条件）。每户每年不超过2次、累计不超过30000元。",
     "promised", 20, "district", None, [],
     BASIC + [("family_situation_statement", 1, True)]),
    ("urban_dibao", "城市最低生活保障", "最低生活保障", CIVIL, "《社会救助暂行办法》第二章",
     "共同生活的家庭成员人均收入低于当地城市低保标准，且符合家庭财产状况规定。每月1—10日受理。",
     "promised", None, "district", DAYS_1_10, ["tekun", "rural_dibao"],
     BASIC + [("housing_proof", 1, True), ("employment_status_proof", 1, True), ("family_situation_statement", 1, True)]),
    ("rural_dibao", "农村最低生活保障", "最低生活保障", CIVIL, "《社会救助暂行办法》第二章",
     "共同生活的家庭成员人均收入低于当地农村低保标准，且符合家庭财产状况规定。",
     "promised", None, "district", None, ["tekun", "urban_dibao"],
     BASIC + [("housing_proof", 1, True), ("family_situation_statement", 1, True)]),
    ("tekun", "特困人员救助供养", "特困人员供养", CIVIL, "《社会救助暂行办法》第三章",
     "无劳动能力、无生活来源、无法定赡养抚养扶养义务人或其义务人无履行能力的老年人、残疾人及未成年人。",
     "promised", None, "district", None, ["urban_dibao", "rural_dibao"],
     BASIC + [("family_situation_statement", 1, True), ("disability_certificate", 1, True)]),
    ("medical_assistance", "医疗救助", "医疗救助", CIVIL, "《社会救助暂行办法》第六章",
     "低保对象、特困供养人员及因病致贫家庭重病患者，自负医疗费用超出承受能力。",
     "promised", None, "district", None, [],
     [("id_card", 1, True), ("household_register", 1, False), ("medical_diagnosis", 1, True),
      ("hospital_bills", 1, True), ("transfer_certificate", 1, False), ("dibao_certificate", 1, False)]),
    ("education_assistance", "教育救助", "教育救助", EDU, "《社会救助暂行办法》第七章",
     "低保家庭、特困供养及其他困难家庭在校学生。", "promised", None, "district", None, [],
     [("application_letter", 1, False), ("id_card", 1, True), ("household_register", 1, False),
      ("student_proof", 1, True), ("tuition_receipt", 1, True)]),
    ("housing_assistance", "住房救助", "住房救助", HOUSING, "《社会救助暂行办法》第八章",
     "住房困难的低保家庭、分散供养特困人员，通过配租公共租赁住房、发放租赁补贴、农村危房改造等方式救助。",
     "report_up", None, "district", None, [],
     BASIC + [("housing_proof", 1, True), ("dibao_certificate", 1, False)]),
    ("low_rent_housing", "廉租住房（城市困难家庭）", "住房救助", HOUSING, "《廉租住房保障办法》",
     "城市低收入住房困难家庭；每月1—10日受理。", "report_up", None, "district", DAYS_1_10, [],
     BASIC + [("housing_proof", 3, True), ("employment_status_proof", 3, False), ("medical_diagnosis", 3, False),
              ("family_situation_statement", 3, True)]),
    ("employment_assistance", "就业救助（就业援助）", "就业救助", HR, "《社会救助暂行办法》第九章；《就业促进法》",
     "最低生活保障家庭中有劳动能力并处于失业状态的成员，以及认定的就业困难人员。", "joint", None, "district", None, [],
     [("id_card", 3, True), ("household_register", 3, True), ("unemployment_registration", 3, True),
      ("photo_1inch", 3, False), ("dibao_certificate", 1, True)]),
    ("disaster_relief", "受灾人员救助", "受灾人员救助", CIVIL, "《社会救助暂行办法》第五章；《自然灾害救助条例》",
     "因自然灾害造成基本生活困难的受灾人员。", "promised", None, "district", None, [],
     [("id_card", 1, True), ("household_register", 1, False), ("disaster_proof", 1, True)]),
    ("funeral_assistance", "殡葬救助", "临时救助", CIVIL, "困难群众殡葬救助政策",
     "低保家庭等困难群众成员死亡的，给予基本殡葬服务费用救助。", "report_up", None, "district", None, [],
     [("id_card", 3, True), ("household_register", 3, False), ("dibao_certificate", 3, False),
      ("death_certificate", 3, True)]),
    ("disabled_entrepreneurship", "残疾人创业就业扶持资金", "残疾人救助", DISABLED, "残疾人就业扶持政策",
     "持第二代残疾人证、有创业就业意愿的残疾人。", "report_up", None, "district", None, [],
     [("application_letter", 1, False), ("disability_certificate", 1, True), ("business_proof", 1, True)]),
    ("disabled_assistive_devices", "残疾人辅助器具适配", "残疾人救助", DISABLED, "残疾人辅助器具适配补贴政策",
     "经评估需要轮椅、助听器、助行器等辅助器具的残疾人。", "report_up", None, "district", None, [],
     [("disability_certificate", 1, True), ("id_card", 1, True), ("dibao_certificate", 1, False),
      ("assistive_device_form", 1, True)]),
    ("disabled_home_care", "残疾人居家托养资助", "残疾人救助", DISABLED, "阳光家园计划",
     "需要托养服务的低保家庭智力、精神和重度残疾人。", "report_up", None, "district", None, [],
     [("household_register", 1, False), ("disability_certificate", 1, True), ("dibao_certificate", 1, False),
      ("family_situation_statement", 1, True)]),
    ("elderly_allowance", "高龄津贴", "老年人福利", CIVIL, "高龄老人生活津贴政策",
     "年满80周岁的本区户籍老年人。", "report_up", None, "district", None, [],
     [("household_register", 3, True), ("id_card", 3, True), ("photo_1inch", 3, False)]),
    ("charity_assistance", "慈善救助", "慈善救助", SOCIAL, "《慈善法》",
     "经政府救助后基本生活仍有困难的家庭，转介慈善组织、社会组织帮扶。", "promised", None, "district", None, [],
     [("id_card", 1, True), ("family_situation_statement", 1, True)]),
]
# Qingdao devolved approval of 低保 / 特困 / 临时救助 to the streets (seeds 000, 001): configuration, not code.
TOWN_LEVEL_ITEMS = ["temporary_assistance", "urban_dibao", "rural_dibao", "tekun", "elderly_allowance"]

# name, label, unit, [(effective_from, value: yuan string or count)]
# The dibao standard and last year's income are demo figures with yearly switches; a real deployment
# enters the published values.
PARAMETERS = [
    ("max_grants_per_year", "每户每年临时救助次数上限", "count", [("2019-01-01", 2)]),
    ("annual_cap", "每户每年临时救助累计金额上限", "money", [("2019-01-01", "30000.00")]),
    ("urban_dibao_monthly", "本区城市月低保标准", "money", [("2025-01-01", "1085.00"), ("2026-01-01", "1120.00")]),
    ("district_income_last_year", "本区上年度居民人均可支配收入", "money",
     [("2025-01-01", "56917.00"), ("2026-01-01", "59628.00")]),
    ("assets_cap", "家庭财产（除唯一住房）上限", "money", [("2019-01-01", "200000.00")]),
]

EXPENDITURE_TESTS = "assistance_type == 'expenditure' and not on_dibao"
EXEMPT = "急难型临时救助或低保家庭，不作此项收入财产审查"
TEMPORARY_ASSISTANCE_RULES = {
    "source": "DESIGN.md §5；seed 000《青岛西海岸新区困难居民临时救助实施细则》",
    "facts": {
        "members": {"type": "count", "label": "家庭人口", "min": 1, "max": 50},
        "residency": {"type": "enum", "label": "户籍或居住情况", "values": {
            "local_hukou": "本区户籍", "migrant_qualified": "符合条件的外来转移人员（居住证满1年、就业、固定住所、社保满1年）",
            "student": "本区全日制高校在校学生", "other": "其他"}},
        "on_dibao": {"type": "bool", "label": "低保家庭"},
        "assistance_type": {"type": "enum", "label": "救助类型", "values": {
            "emergency": "急难型", "expenditure": "支出型"}},
        "income_6m": {"type": "money", "label": "申请前6个月家庭可支配收入"},
        "medical_expense_6m": {"type": "money", "label": "申请前6个月自负医疗费用"},
        "education_expense_6m": {"type": "money", "label": "申请前6个月自负教育费用"},
        "income_12m": {"type": "money", "label": "申请前12个月家庭可支配收入"},
        "assets_excluding_home": {"type": "money", "label": "家庭财产（除唯一住房）"},
        "grants_this_year": {"type": "count", "label": "本年度已获临时救助次数", "max": 366},
        "granted_amount_this_year": {"type": "money", "label": "本年度已获临时救助金额"},
        "requested_amount": {"type": "money", "label": "本次申请救助金额"},
    },
    "parameters": ["max_grants_per_year", "annual_cap", "urban_dibao_monthly", "district_income_last_year",
                   "assets_cap"],
    "record_facts": ["grants_this_year", "granted_amount_this_year"],
    "conditions": [
        {"id": "residency", "description": "本区户籍家庭、符合条件的外来转移人员家庭或本区高校在校学生",
         "test": "residency in ['local_hukou', 'migrant_qualified', 'student']"},
        {"id": "assistance_type", "description": "困难情形属于急难型或支出型",
         "test": "assistance_type in ['emergency', 'expenditure']"},
        {"id": "grants_per_year", "description": "本年度已获临时救助少于2次（每户每年不超过2次）",
         "test": "grants_this_year < max_grants_per_year", "right_label": "次数上限"},
        {"id": "annual_amount", "description": "本年度累计救助金额（含本次）不超过30000元",
         "test": "granted_amount_this_year + requested_amount <= annual_cap",
         "left_label": "已获金额加本次申请", "right_label": "全年上限"},
        {"id": "income_6m", "applies_when": EXPENDITURE_TESTS, "exempt_detail": EXEMPT,
         "description": "申请前6个月家庭可支配收入扣除自负医疗、教育支出后，月人均低于本区城市月低保标准",
         "test": "(income_6m - medical_expense_6m - education_expense_6m) / 6 / members < urban_dibao_monthly",
         "left_label": "扣除医疗教育支出后月人均可支配收入", "right_label": "城市月低保标准"},
        {"id": "income_12m", "applies_when": EXPENDITURE_TESTS, "exempt_detail": EXEMPT,
         "description": "申请前12个月家庭人均可支配收入低于本区上年度人均可支配收入",
         "test": "income_12m / members < district_income_last_year",
         "left_label": "前12个月人均可支配收入", "right_label": "本区上年度人均可支配收入"},
        {"id": "assets", "applies_when": EXPENDITURE_TESTS, "exempt_detail": EXEMPT,
         "description": "家庭财产（除唯一住房外）不超过20万元",
         "test": "assets_excluding_home <= assets_cap", "right_label": "财产上限"},
    ],
}
RULE_SETS = {"temporary_assistance": TEMPORARY_ASSISTANCE_RULES}

# item, keywords, fact condition (rule language over SUGGESTION_FACTS), reason
SUGGESTIONS = [
    ("temporary_assistance", ["火灾", "失火", "车祸", "交通事故", "意外", "受伤", "见义勇为", "爆炸", "突发", "急病"], "",
     "遭遇突发意外事件导致基本生活暂时严重困难，可申请急难型临时救助"),
    ("temporary_assistance", ["医疗费", "住院", "学费", "看病"], "",
     "自负医疗、教育支出突增超出承受能力，可申请支出型临时救助"),
    ("medical_assistance", ["住院", "看病", "医疗费", "大病", "重病", "手术", "癌"], "",
     "因病产生较大自负医疗费用，可申请医疗救助"),
    ("education_assistance", ["上学", "学费", "大学", "读书", "入学"], "", "家庭有在校学生且负担学费困难，可申请教育救助"),
    ("housing_assistance", ["住房", "租房", "无房", "危房", "房子"], "", "住房困难，可申请住房救助"),
    ("low_rent_housing", ["租房", "无房", "廉租"], "", "城市低收入住房困难家庭可申请廉租住房（每月1—10日受理）"),
    ("employment_assistance", ["失业", "没工作", "找工作", "下岗", "就业"], "", "有劳动能力但失业，可申请就业救助"),
    ("disaster_relief", ["受灾", "洪水", "台风", "地震", "冰雹", "暴雨", "灾害"], "", "因自然灾害导致生活困难，可申请受灾人员救助"),
    ("funeral_assistance", ["去世", "丧葬", "火化", "殡葬", "死亡"], "", "家庭成员去世、负担丧葬费用困难，可申请殡葬救助"),
    ("urban_dibao", ["收入低", "生活困难", "没有收入", "吃不上饭"], "", "家庭人均收入可能低于低保标准，可申请最低生活保障"),
    ("tekun", ["孤寡", "无人赡养", "无劳动能力", "孤儿"], "", "无劳动能力、无生活来源、无赡养人，可申请特困人员救助供养"),
    ("elderly_allowance", [], "age >= 80", "年满80周岁的老年人可申领高龄津贴"),
    ("disabled_assistive_devices", ["轮椅", "助听器", "拐杖", "助行"], "disabled", "残疾人可申请辅助器具适配"),
    ("disabled_home_care", ["托养"], "disabled and on_dibao", "低保家庭中的重度残疾人可申请居家托养资助"),
    ("funeral_assistance", [], "on_dibao and bereaved", "低保家庭成员去世，可申请殡葬救助"),
    ("charity_assistance", ["慈善", "捐助", "仍有困难"], "", "政府救助后仍有困难，可转介慈善组织帮扶"),
]
