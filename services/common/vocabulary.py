"""The domain's one vocabulary: every enumerated value with its Chinese label, defined once.

Services, schemas (as field types: OpenAPI lists the values), templates (exposed to Jinja as
`vocabulary`) and tests use these; none of them spells a slip kind or a status out again.
A member compares and serialises as its English value (`SlipKind.DISPATCH == "dispatch"`);
`.label` is what a person reads.
"""

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry a Chinese label: `Member = "value", "标签"`."""

    label: str

    def __new__(cls, value: str, label: str = ""):
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label or value
        return member

    @classmethod
    def labels(cls) -> dict[str, str]:
        """value → label, for templates and documentation."""
        return {m.value: m.label for m in cls}

    @classmethod
    def label_of(cls, value: str | None, default: str = "") -> str:
        """The label of a stored value; an unknown value is shown as `default` (or itself)."""
        try:
            return cls(value).label
        except ValueError:
            return default or (value or "")


class DepartmentType(LabelledEnum):
    """Who owns an item or receives a slip (seed 004: owners of each kind of assistance)."""

    CIVIL_AFFAIRS = "civil_affairs", "民政"
    EDUCATION = "education", "教育"
    HOUSING = "housing", "住建"
    HUMAN_RESOURCES = "human_resources", "人社"
    HEALTH_INSURANCE = "health_insurance", "医保"
    DISABLED_FEDERATION = "disabled_federation", "残联"
    EMERGENCY_MANAGEMENT = "emergency_management", "应急管理"
    SOCIAL_ORGANISATION = "social_organisation", "社会组织/慈善"
    VERIFICATION = "verification", "核对机构"  # 家庭经济状况核对 (seed 000 §五(一))

    @property
    def office(self) -> str:
        """How a routing reason names the receiving office (转办区住建局, 分办本镇街民政部门)."""
        return {
            "civil_affairs": "民政部门",
            "education": "教育局",
            "housing": "住建局",
            "human_resources": "人社局",
            "health_insurance": "医保局",
            "disabled_federation": "残联",
            "emergency_management": "应急管理局",
            "social_organisation": "慈善组织",
            "verification": "核对机构",
        }[self.value]


class SlipKind(LabelledEnum):
    """The five slips of DESIGN §3 (seed 003), labelled with the slip's full title."""

    DISPATCH = "dispatch", "救助事项分办通知单"
    ESCALATE = "escalate", "救助事项转送通知单"
    HAND_OVER = "hand_over", "救助事项转交通知单"
    ASSIGN = "assign", "救助事项转办通知单"
    REFER = "refer", "救助事项转介通知单"

    @property
    def short(self) -> str:
        """分办 / 转送 / 转交 / 转办 / 转介."""
        return self.label[4:6]

    @property
    def number_prefix(self) -> str:
        """The prefix of the slip's number (FB-2026-000001 …)."""
        return {"dispatch": "FB", "escalate": "ZS", "hand_over": "ZJ", "assign": "ZB", "refer": "ZX"}[
            self.value
        ]


class SlipState(LabelledEnum):
    """Where a slip stands in the receiver's handling."""

    ISSUED = "issued", "已发出"
    DELIVERED = "delivered", "已送达"
    ACKNOWLEDGED = "acknowledged", "已签收"
    OPINION_GIVEN = "opinion_given", "已提出意见"
    HANDLED = "handled", "已办理"
    FEEDBACK_GIVEN = "feedback_given", "已反馈"
    RETURNED = "returned", "已退回"
    FORWARDED = "forwarded", "已转出"


OPEN_SLIP_STATES = (
    SlipState.ISSUED,
    SlipState.DELIVERED,
    SlipState.ACKNOWLEDGED,
    SlipState.OPINION_GIVEN,
    SlipState.HANDLED,
)


class ApplicationStatus(LabelledEnum):
    """An application's place in the one-door procedure."""

    DRAFT = "draft", "已登记"
    AWAITING_MATERIALS = "awaiting_materials", "待补正"
    ACCEPTED = "accepted", "已受理"
    IN_PROGRESS = "in_progress", "办理中"
    CONCLUDED = "concluded", "已办结"
    NOT_ACCEPTED = "not_accepted", "不予受理"
    WITHDRAWN = "withdrawn", "已撤回"
    ARCHIVED = "archived", "已归档"


OPEN_STATUSES = (
    ApplicationStatus.DRAFT,
    ApplicationStatus.AWAITING_MATERIALS,
    ApplicationStatus.ACCEPTED,
    ApplicationStatus.IN_PROGRESS,
)


class Role(LabelledEnum):
    """Who is calling: staff roles, partner systems and Yimen's own services."""

    WINDOW_STAFF = "window_staff", "窗口工作人员"
    DEPARTMENT_STAFF = "department_staff", "部门经办人"
    SUPERVISOR = "supervisor", "监督人员"
    ADMIN = "admin", "系统管理员"
    PARTNER = "partner", "协同部门系统"
    SERVICE = "service", "内部服务"
    AGENT = "agent", "代办员"  # one per 村居 (seed 000), submits and follows cases for named applicants
    GRID_WORKER = "grid_worker", "网格员"  # visits households in difficulty (seed 001 主动发现)


STAFF_ROLES = (Role.WINDOW_STAFF, Role.DEPARTMENT_STAFF, Role.SUPERVISOR, Role.ADMIN)
FIELD_ROLES = (Role.AGENT, Role.GRID_WORKER)  # work in the villages and communities, from a phone


class SlipEventKind(LabelledEnum):
    """An entry of a slip's history (transfer), as the receiver and supervisors read it."""

    ISSUED = "issued", "发出"
    DELIVERED = "delivered", "送达"
    ACKNOWLEDGED = "acknowledged", "签收"
    OPINION = "opinion", "办理意见"
    RESULT = "result", "办理结果"
    GRANT = "grant", "救助已批准（待发放）"
    FEEDBACK = "feedback", "反馈"
    RETURNED = "returned", "退回"
    REROUTED = "rerouted", "重新分流"
    FORWARDED = "forwarded", "转出"
    REMINDER = "reminder", "催办"
    SUPERVISION = "supervision", "督办"
    HANDLER_CHANGED = "handler_changed", "AB岗换人"
    EMERGENCY_AID_RECORDED = "emergency_aid_recorded", "先行救助"
    PAPERWORK_COMPLETED = "paperwork_completed", "补齐手续"
    MAJOR_CASE_REPORTED = "major_case_reported", "情况重大，报告区政府"
    MAJOR_CASE_ACKNOWLEDGED = "major_case_acknowledged", "区政府签收重大情况报告"
    PROCEDURE = "procedure", "办理流程"  # a step of the item procedure (transfer/procedure)
    # payments and the roster (transfer/payments, transfer/recipients)
    PAYMENT_PAID = "payment_paid", "银行已发放"
    PAYMENT_FAILED = "payment_failed", "银行发放失败"
    ROSTER = "roster", "纳入在册救助对象"
    REVIEW_DECIDED = "review_decided", "年审决定"
    BENEFIT_STOPPED = "benefit_stopped", "救助停发"


class CaseEventKind(LabelledEnum):
    """What transfer tells intake about a case; each becomes a line of the case's timeline."""

    SLIP_ISSUED = "slip_issued", "通知单已发出"
    SLIP_DELIVERED = "slip_delivered", "通知单已送达"
    SLIP_ACKNOWLEDGED = "slip_acknowledged", "承办部门已签收"
    OPINION_GIVEN = "opinion_given", "承办部门提出办理意见"
    RESULT_GIVEN = "result_given", "承办部门办理完毕"
    FEEDBACK_GIVEN = "feedback_given", "已反馈"
    SLIP_RETURNED = "slip_returned", "通知单被退回"
    GRANT_RECORDED = "grant_recorded", "救助已批准，待银行发放"  # paid only when the bank's return says so
    PAYMENT_PAID = "payment_paid", "救助金已由银行发放"
    PAYMENT_FAILED = "payment_failed", "银行发放失败，待更正后重发"
    EMERGENCY_AID_RECORDED = "emergency_aid_recorded", "已先行救助"
    PAPERWORK_COMPLETED = "paperwork_completed", "已补齐手续"
    MAJOR_CASE_REPORTED = "major_case_reported", "情况重大，已报告区政府"
    MAJOR_CASE_ACKNOWLEDGED = "major_case_acknowledged", "区政府已签收重大情况报告"
    REMINDER_SENT = "reminder_sent", "催办"
    SUPERVISION_OPENED = "supervision_opened", "督办"
    BENEFIT_STOPPED = "benefit_stopped", "救助已停发"  # the household goes on the watch list (主动发现)
    # the item procedure's steps (transfer/procedure: seeds 000 §五, 001, 002 annex 2)
    PROCEDURE_STARTED = "procedure_started", "启动办理流程"
    AUTHORISATION_RECORDED = "authorisation_recorded", "已签署诚信承诺和授权委托书"
    INVESTIGATORS_ASSIGNED = "investigators_assigned", "已指派入户调查人员"
    INVESTIGATION_RECORDED = "investigation_recorded", "入户调查已完成"
    VERIFICATION_REQUESTED = "verification_requested", "已发起家庭经济状况核对"
    VERIFICATION_ANSWERED = "verification_answered", "核对结果已反馈"
    EVALUATION_STORED = "evaluation_stored", "资格测算已记录"
    REVIEW_RECORDED = "review_recorded", "审核意见已提出"
    DISCLOSURE_STARTED = "disclosure_started", "公示开始"
    OBJECTION_RECORDED = "objection_recorded", "公示异议"
    DISCLOSURE_CLOSED = "disclosure_closed", "公示结束"
    APPROVAL_VOTED = "approval_voted", "审批表决"
    APPROVAL_DECIDED = "approval_decided", "审批领导小组已决定"
    DENIAL_DELIVERED = "denial_delivered", "不予救助告知书已送达"


class Channel(LabelledEnum):
    """How an application reached the window."""

    WINDOW = "window", "窗口申请"
    AGENT = "agent", "代办员代为申请"
    COMMUNITY = "community", "村居代为提交"
    ONLINE = "online", "网上申请"
    HOME = "home", "上门服务登记"  # registered on a home-service visit (seed 000 上门服务)


class ConsultationChannel(LabelledEnum):
    """How a consultation reached the first responder (首问负责制 第三条、第十条)."""

    VISIT = "visit", "来访"
    PHONE = "phone", "电话"
    ONLINE = "online", "网上"
    OUTREACH = "outreach", "走访发现"  # a household's question found on a 走访, registered by the window


class ConsultationStatus(LabelledEnum):
    """A consultation in the register (来访登记台账)."""

    ANSWERED = "answered", "已答复"
    FOLLOW_UP = "follow_up", "待回访"
    FOLLOWED_UP = "followed_up", "已回访"
    CONVERTED = "converted", "已转申请"


class OnlineApplicationStatus(LabelledEnum):
    """A resident's online application waiting in the street's queue (网上申请)."""

    SUBMITTED = "submitted", "待窗口确认"
    CONFIRMED = "confirmed", "已确认登记"
    CLOSED = "closed", "已关闭"


class CaseType(LabelledEnum):
    """办件类型 (seed 002 annex 3)."""

    IMMEDIATE = "immediate", "即办件"
    PROMISED = "promised", "承诺件"
    JOINT = "joint", "联办件"
    REPORT_UP = "report_up", "上报件"


class HandlingLevel(LabelledEnum):
    """Who approves an item in a district: the town itself or the district (configuration, DESIGN §3)."""

    TOWN = "town", "镇街办理"
    DISTRICT = "district", "区级办理"


class ServicePeriod(LabelledEnum):
    """When an appointment slot or a duty shift falls (seed 000: 双休日服务、午间服务和延时服务)."""

    REGULAR = "regular", "工作时间"
    LUNCH = "lunch", "午间服务"
    EXTENDED = "extended", "延时服务"
    WEEKEND = "weekend", "双休日服务"


class AppointmentStatus(LabelledEnum):
    """An appointment at a window."""

    BOOKED = "booked", "已预约"
    ARRIVED = "arrived", "已到场"
    NO_SHOW = "no_show", "爽约"
    CANCELLED = "cancelled", "已取消"


class HomeServiceReason(LabelledEnum):
    """Why the window goes to the applicant (seed 000: 对老弱病残等弱势群体采取上门服务)."""

    ELDERLY = "elderly", "高龄老人"
    SICK = "sick", "患病"
    DISABLED = "disabled", "残疾"
    OTHER = "other", "其他行动不便"


class HomeTaskStatus(LabelledEnum):
    """A home-service visit task."""

    OPEN = "open", "待指派"
    ASSIGNED = "assigned", "已指派"
    DONE = "done", "已上门"
    CANCELLED = "cancelled", "已取消"


class RiskLevel(LabelledEnum):
    """How urgent a household's situation looked on a visit (民情走访日志)."""

    LOW = "low", "一般"
    MEDIUM = "medium", "关注"
    HIGH = "high", "紧急"


class WatchReason(LabelledEnum):
    """Why a household is on the watch list (主动发现)."""

    NOT_ACCEPTED = "not_accepted", "申请不予受理"
    BENEFIT_STOPPED = "benefit_stopped", "救助停发"
    VISIT_RISK = "visit_risk", "走访发现风险"
    MANUAL = "manual", "人工列入"


class NeedStatus(LabelledEnum):
    """A need published to social organisations (社会力量参与)."""

    OPEN = "open", "待认领"
    TAKEN = "taken", "已认领"
    WITHDRAWN = "withdrawn", "已撤回"


VOCABULARIES: dict[str, type[LabelledEnum]] = {
    "DepartmentType": DepartmentType,
    "SlipKind": SlipKind,
    "SlipState": SlipState,
    "ApplicationStatus": ApplicationStatus,
    "Role": Role,
    "SlipEventKind": SlipEventKind,
    "CaseEventKind": CaseEventKind,
    "Channel": Channel,
    "ConsultationChannel": ConsultationChannel,
    "ConsultationStatus": ConsultationStatus,
    "OnlineApplicationStatus": OnlineApplicationStatus,
    "CaseType": CaseType,
    "HandlingLevel": HandlingLevel,
    "ServicePeriod": ServicePeriod,
    "AppointmentStatus": AppointmentStatus,
    "HomeServiceReason": HomeServiceReason,
    "HomeTaskStatus": HomeTaskStatus,
    "RiskLevel": RiskLevel,
    "WatchReason": WatchReason,
    "NeedStatus": NeedStatus,
}
