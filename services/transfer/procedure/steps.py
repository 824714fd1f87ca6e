"""The steps an item may go through, in order, with the seeds' default limits (data, not code per item)."""

from services.common.vocabulary import LabelledEnum


class Step(LabelledEnum):
    """A step of the item procedure (seed 000 §五, seed 001, seed 002 annex 2)."""

    AUTHORISATION = "authorisation", "诚信承诺和授权"
    INVESTIGATION = "investigation", "入户调查"
    VERIFICATION = "verification", "家庭经济状况核对"
    REVIEW = "review", "审核"
    DISCLOSURE = "disclosure", "公示"
    APPROVAL = "approval", "审批"


ORDER = list(Step)
# working days each step may take from the day the step before it finished (the case's acceptance for the
# first two); None for approval: decided within the item's own time limit (seed 000 §六: 20个工作日)
DEFAULT_DAYS: dict[Step, int | None] = {
    Step.AUTHORISATION: 2,  # signed before any check starts, so no later than the visit
    Step.INVESTIGATION: 2,  # seed 002 annex 2 ㈥: 在受理2个工作日内入户核实信息
    Step.VERIFICATION: 5,
    Step.REVIEW: 3,
    Step.DISCLOSURE: 1,  # closing the 公示 on the first working day after it ends
    Step.APPROVAL: None,
}
DISCLOSURE_DAYS = 7  # 公示 period (calendar days)
REPORT_DAYS = 1  # seed 002 总则: 包户干部入户核实工作时间不能超过1天
STEP_STATUS = {"pending": "未开始", "active": "进行中", "done": "已完成", "skipped": "不适用"}
# what a home visit looks at (seed 001: 走访调查、收入评估), each finding under one of these
FINDING_TOPICS = {"income": "收入", "assets": "财产", "housing": "住房", "members": "家庭成员"}
# the facts the visit and 核对 forms offer (the 临时救助 rule's, seed 000 §四); any rule fact is accepted
FORM_FACTS = {
    "members": ("members", "家庭人口"),
    "income": ("income_6m", "近6个月家庭可支配收入（元）"),
    "income12": ("income_12m", "近12个月家庭可支配收入（元）"),
    "medical": ("medical_expense_6m", "近6个月自负医疗费用（元）"),
    "education": ("education_expense_6m", "近6个月自负教育费用（元）"),
    "assets": ("assets_excluding_home", "除唯一住房外家庭财产（元）"),
}
