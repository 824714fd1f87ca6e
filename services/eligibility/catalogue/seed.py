"""The demo catalogue, taken from the seeds: 000 (Qingdao West Coast 临时救助), 002 annex 2 (items and
materials of a street service centre) and DESIGN §3 (owners). Data, not code: services/eligibility/demo.py
copies it into the tables once; from then on administrators edit the tables. The rule parameters and the
临时救助 rule are in rules/seed.py, the suggestion rules in guidance/seed.py.
"""

from pydantic import BaseModel, ConfigDict, Field

from services.common.vocabulary import CaseType, DepartmentType, HandlingLevel


class Seed(BaseModel):
    """A seed record: keyword arguments only, checked when the module is imported."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class SeedMaterial(Seed):
    """A material; `shared_data` ones are obtained by data sharing (减证便民), never asked from the applicant."""

    code: str
    name: str
    description: str = ""
    shared_data: bool = False


class SeedNeed(Seed):
    """A material an item requires: how many copies, and whether the original must be shown."""

    code: str
    copies: int = Field(default=1, ge=1)
    original: bool = False


class SeedItem(Seed):
    """An assistance item with the materials it requires."""

    code: str
    name: str
    category: str
    owner: DepartmentType
    legal_basis: str
    acceptance_conditions: str
    case_type: CaseType
    time_limit_days: int | None = None  # None: no legal limit given, so 20 working days
    default_handling_level: HandlingLevel = HandlingLevel.DISTRICT
    acceptance_days: list[int] | None = None  # days of the month applications are accepted; None: any day
    exclusive_with: list[str] = []
    materials: list[SeedNeed]


DISTRICT = "370211"
MATERIALS = [
    SeedMaterial(code="application_letter", name="书面申请", description="以户主名义提出的书面申请"),
    SeedMaterial(code="id_card", name="身份证", description="申请人及共同生活家庭成员的居民身份证"),
    SeedMaterial(
        code="household_register",
        name="户口簿",
        description="户主页及本人页；公安户籍信息共享核验",
        shared_data=True,
    ),
    SeedMaterial(
        code="integrity_authorisation",
        name="诚信承诺和授权委托书",
        description="家庭成员共同签署的《申请社会救助家庭诚信承诺和授权委托书》",
    ),
    SeedMaterial(
        code="family_situation_statement",
        name="家庭情况说明",
        description="村（居）或包户干部出具的家庭基本情况说明",
    ),
    SeedMaterial(code="housing_proof", name="住房状况证明", description="房产证、租房合同等居住情况证明"),
    SeedMaterial(
        code="employment_status_proof",
        name="就业及劳动能力状况证明",
        description="就业状况、劳动能力、养老及失业保险证明",
    ),
    SeedMaterial(code="medical_diagnosis", name="县级以上医院诊断证明", description="患大病、重病的诊断证明"),
    SeedMaterial(
        code="hospital_bills", name="住院发票及医保结算单", description="出院发票、医保住院费用结算单、出院证"
    ),
    SeedMaterial(code="transfer_certificate", name="转院证", description="异地转诊时提供"),
    SeedMaterial(
        code="dibao_certificate",
        name="低保证",
        description="最低生活保障证；民政低保数据共享核验",
        shared_data=True,
    ),
    SeedMaterial(code="death_certificate", name="死亡证明或户口注销证明"),
    SeedMaterial(
        code="disability_certificate",
        name="残疾人证（第二代）",
        description="残联残疾人信息共享核验",
        shared_data=True,
    ),
    SeedMaterial(code="photo_1inch", name="一寸照片", description="近期免冠照片"),
    SeedMaterial(code="unemployment_registration", name="就业失业登记证", description="有内容部分全部复印"),
    SeedMaterial(code="student_proof", name="学生证或录取通知书"),
    SeedMaterial(code="tuition_receipt", name="学费及住宿费票据"),
    SeedMaterial(code="disaster_proof", name="受灾情况证明", description="村（居）委会或应急管理部门出具"),
    SeedMaterial(code="residence_permit", name="居住证", description="非本市户籍外来转移人员提供"),
    SeedMaterial(
        code="social_insurance_record",
        name="社会保险缴费记录",
        description="人社部门社保数据共享核验",
        shared_data=True,
    ),
    SeedMaterial(code="assistive_device_form", name="辅助器具申请审批表及评估适配表"),
    SeedMaterial(code="business_proof", name="经营项目证明", description="营业执照、经营场所租赁合同等"),
]

CIVIL, EDU, HOUSING, HR, DISABLED, SOCIAL = (
    DepartmentType.CIVIL_AFFAIRS,
    DepartmentType.EDUCATION,
    DepartmentType.HOUSING,
    DepartmentType.HUMAN_RESOURCES,
    DepartmentType.DISABLED_FEDERATION,
    DepartmentType.SOCIAL_ORGANISATION,
)
DAYS_1_10 = list(range(1, 11))
BASIC = [
    SeedNeed(code="application_letter"),
    SeedNeed(code="id_card", original=True),
    SeedNeed(code="household_register", original=True),
    SeedNeed(code="integrity_authorisation", original=True),
]
ITEMS = [
    SeedItem(
        code="temporary_assistance",
        name="临时救助（急难型/支出型）",
        category="临时救助",
        owner=CIVIL,
        legal_basis="《社会救助暂行办法》第十一章；《青岛西海岸新区困难居民临时救助实施细则》（青西新民〔2019〕203号）",
        acceptance_conditions="本区户籍家庭；在本区办理居住证满1年、就业或创业、有固定住所且家庭成员均在本区缴纳社会保险满1年的非青岛市户籍外来转移人员家庭；本区全日制普通高等院校在校学生。急难型：因火灾、交通事故、人身伤害、见义勇为、爆炸、突发疾病等导致基本生活暂时严重困难；支出型：自负医疗、教育费用突增超出承受能力（低保家庭除外须同时符合收入、财产条件）。每户每年不超过2次、累计不超过30000元。",
        case_type="promised",
        time_limit_days=20,
        materials=BASIC + [SeedNeed(code="family_situation_statement", original=True)],
    ),
    SeedItem(
        code="urban_dibao",
        name="城市最低生活保障",
        category="最低生活保障",
        owner=CIVIL,
        legal_basis="《社会救助暂行办法》第二章",
        acceptance_conditions="共同生活的家庭成员人均收入低于当地城市低保标准，且符合家庭财产状况规定。每月1—10日受理。",
        case_type="promised",
        acceptance_days=DAYS_1_10,
        exclusive_with=["tekun", "rural_dibao"],
        materials=BASIC
        + [
            SeedNeed(code="housing_proof", original=True),
            SeedNeed(code="employment_status_proof", original=True),
            SeedNeed(code="family_situation_statement", original=True),
        ],
    ),
    SeedItem(
        code="rural_dibao",
        name="农村最低生活保障",
        category="最低生活保障",
        owner=CIVIL,
        legal_basis="《社会救助暂行办法》第二章",
        acceptance_conditions="共同生活的家庭成员人均收入低于当地农村低保标准，且符合家庭财产状况规定。",
        case_type="promised",
        exclusive_with=["tekun", "urban_dibao"],
        materials=BASIC
        + [
            SeedNeed(code="housing_proof", original=True),
            SeedNeed(code="family_situation_statement", original=True),
        ],
    ),
    SeedItem(
        code="tekun",
        name="特困人员救助供养",
        category="特困人员供养",
        owner=CIVIL,
        legal_basis="《社会救助暂行办法》第三章",
        acceptance_conditions="无劳动能力、无生活来源、无法定赡养抚养扶养义务人或其义务人无履行能力的老年人、残疾人及未成年人。",
        case_type="promised",
        exclusive_with=["urban_dibao", "rural_dibao"],
        materials=BASIC
        + [
            SeedNeed(code="family_situation_statement", original=True),
            SeedNeed(code="disability_certificate", original=True),
        ],
    ),
    SeedItem(
        code="medical_assistance",
        name="医疗救助",
        category="医疗救助",
        owner=CIVIL,
        legal_basis="《社会救助暂行办法》第六章",
        acceptance_conditions="低保对象、特困供养人员及因病致贫家庭重病患者，自负医疗费用超出承受能力。",
        case_type="promised",
        materials=[
            SeedNeed(code="id_card", original=True),
            SeedNeed(code="household_register"),
            SeedNeed(code="medical_diagnosis", original=True),
            SeedNeed(code="hospital_bills", original=True),
            SeedNeed(code="transfer_certificate"),
            SeedNeed(code="dibao_certificate"),
        ],
    ),
    SeedItem(
        code="education_assistance",
        name="教育救助",
        category="教育救助",
        owner=EDU,
        legal_basis="《社会救助暂行办法》第七章",
        acceptance_conditions="低保家庭、特困供养及其他困难家庭在校学生。",
        case_type="promised",
        materials=[
            SeedNeed(code="application_letter"),
            SeedNeed(code="id_card", original=True),
            SeedNeed(code="household_register"),
            SeedNeed(code="student_proof", original=True),
            SeedNeed(code="tuition_receipt", original=True),
        ],
    ),
    SeedItem(
        code="housing_assistance",
        name="住房救助",
        category="住房救助",
        owner=HOUSING,
        legal_basis="《社会救助暂行办法》第八章",
        acceptance_conditions="住房困难的低保家庭、分散供养特困人员，通过配租公共租赁住房、发放租赁补贴、农村危房改造等方式救助。",
        case_type="report_up",
        materials=BASIC + [SeedNeed(code="housing_proof", original=True), SeedNeed(code="dibao_certificate")],
    ),
    SeedItem(
        code="low_rent_housing",
        name="廉租住房（城市困难家庭）",
        category="住房救助",
        owner=HOUSING,
        legal_basis="《廉租住房保障办法》",
        acceptance_conditions="城市低收入住房困难家庭；每月1—10日受理。",
        case_type="report_up",
        acceptance_days=DAYS_1_10,
        materials=BASIC
        + [
            SeedNeed(code="housing_proof", copies=3, original=True),
            SeedNeed(code="employment_status_proof", copies=3),
            SeedNeed(code="medical_diagnosis", copies=3),
            SeedNeed(code="family_situation_statement", copies=3, original=True),
        ],
    ),
    SeedItem(
        code="employment_assistance",
        name="就业救助（就业援助）",
        category="就业救助",
        owner=HR,
        legal_basis="《社会救助暂行办法》第九章；《就业促进法》",
        acceptance_conditions="最低生活保障家庭中有劳动能力并处于失业状态的成员，以及认定的就业困难人员。",
        case_type="joint",
        materials=[
            SeedNeed(code="id_card", copies=3, original=True),
            SeedNeed(code="household_register", copies=3, original=True),
            SeedNeed(code="unemployment_registration", copies=3, original=True),
            SeedNeed(code="photo_1inch", copies=3),
            SeedNeed(code="dibao_certificate", original=True),
        ],
    ),
    SeedItem(
        code="disaster_relief",
        name="受灾人员救助",
        category="受灾人员救助",
        owner=CIVIL,
        legal_basis="《社会救助暂行办法》第五章；《自然灾害救助条例》",
        acceptance_conditions="因自然灾害造成基本生活困难的受灾人员。",
        case_type="promised",
        materials=[
            SeedNeed(code="id_card", original=True),
            SeedNeed(code="household_register"),
            SeedNeed(code="disaster_proof", original=True),
        ],
    ),
    SeedItem(
        code="funeral_assistance",
        name="殡葬救助",
        category="临时救助",
        owner=CIVIL,
        legal_basis="困难群众殡葬救助政策",
        acceptance_conditions="低保家庭等困难群众成员死亡的，给予基本殡葬服务费用救助。",
        case_type="report_up",
        materials=[
            SeedNeed(code="id_card", copies=3, original=True),
            SeedNeed(code="household_register", copies=3),
            SeedNeed(code="dibao_certificate", copies=3),
            SeedNeed(code="death_certificate", copies=3, original=True),
        ],
    ),
    SeedItem(
        code="disabled_entrepreneurship",
        name="残疾人创业就业扶持资金",
        category="残疾人救助",
        owner=DISABLED,
        legal_basis="残疾人就业扶持政策",
        acceptance_conditions="持第二代残疾人证、有创业就业意愿的残疾人。",
        case_type="report_up",
        materials=[
            SeedNeed(code="application_letter"),
            SeedNeed(code="disability_certificate", original=True),
            SeedNeed(code="business_proof", original=True),
        ],
    ),
    SeedItem(
        code="disabled_assistive_devices",
        name="残疾人辅助器具适配",
        category="残疾人救助",
        owner=DISABLED,
        legal_basis="残疾人辅助器具适配补贴政策",
        acceptance_conditions="经评估需要轮椅、助听器、助行器等辅助器具的残疾人。",
        case_type="report_up",
        materials=[
            SeedNeed(code="disability_certificate", original=True),
            SeedNeed(code="id_card", original=True),
            SeedNeed(code="dibao_certificate"),
            SeedNeed(code="assistive_device_form", original=True),
        ],
    ),
    SeedItem(
        code="disabled_home_care",
        name="残疾人居家托养资助",
        category="残疾人救助",
        owner=DISABLED,
        legal_basis="阳光家园计划",
        acceptance_conditions="需要托养服务的低保家庭智力、精神和重度残疾人。",
        case_type="report_up",
        materials=[
            SeedNeed(code="household_register"),
            SeedNeed(code="disability_certificate", original=True),
            SeedNeed(code="dibao_certificate"),
            SeedNeed(code="family_situation_statement", original=True),
        ],
    ),
    SeedItem(
        code="elderly_allowance",
        name="高龄津贴",
        category="老年人福利",
        owner=CIVIL,
        legal_basis="高龄老人生活津贴政策",
        acceptance_conditions="年满80周岁的本区户籍老年人。",
        case_type="report_up",
        materials=[
            SeedNeed(code="household_register", copies=3, original=True),
            SeedNeed(code="id_card", copies=3, original=True),
            SeedNeed(code="photo_1inch", copies=3),
        ],
    ),
    SeedItem(
        code="charity_assistance",
        name="慈善救助",
        category="慈善救助",
        owner=SOCIAL,
        legal_basis="《慈善法》",
        acceptance_conditions="经政府救助后基本生活仍有困难的家庭，转介慈善组织、社会组织帮扶。",
        case_type="promised",
        materials=[
            SeedNeed(code="id_card", original=True),
            SeedNeed(code="family_situation_statement", original=True),
        ],
    ),
]
# Qingdao devolved approval of 低保 / 特困 / 临时救助 to the streets (seeds 000, 001): configuration, not code.
TOWN_LEVEL_ITEMS = ["temporary_assistance", "urban_dibao", "rural_dibao", "tekun", "elderly_allowance"]
