"""What the case page offers and foretells: the actions the case allows (and why others are not
available), the routing preview before 受理 and the slips with kind and receiver after it."""

from dataclasses import dataclass

from fastapi import Request

from services.common.errors import ProblemError
from services.common.regions import region_name
from services.common.vocabulary import ApplicationStatus as S
from services.common.vocabulary import DepartmentType, SlipKind

ANSWER_WORKING_DAYS = 3  # the receiving department answers a slip within 3 working days (seed 004)


@dataclass
class Unavailable:
    """An action the clerk cannot take now, and why (shown instead of a button that would fail)."""

    action: str
    reason: str


def unavailable_actions(case, checklist) -> list[Unavailable]:
    """Why 受理 / 一次性告知 are not offered on this case, in the clerk's words."""
    out = []
    if case.status not in (S.DRAFT, S.AWAITING_MATERIALS):
        return out
    if not case.items:
        out.append(Unavailable("受理", "尚未确定申请事项：先在上方勾选申请事项"))
        return out
    missing = [m.name for m in (checklist.missing if checklist else [])]
    if checklist is None:
        out.append(Unavailable("受理", "事项目录暂不可用，无法核对材料，请稍后刷新"))
    elif missing:
        where = "登记补正材料" if case.notice else "登记收取材料，或出具一次性告知清单"
        out.append(Unavailable("受理", f"材料未齐（尚缺 {'、'.join(missing)}）：请先{where}"))
    if case.notice:
        out.append(Unavailable("一次性告知", f"已出具告知清单 {case.notice.number}，不再重复出具"))
    elif checklist is not None and not missing:
        out.append(Unavailable("一次性告知", "材料已齐，无需一次性告知，可直接受理"))
    return out


def material_names(request: Request, token: str) -> dict[str, str]:
    """Material code → name from the catalogue (empty when eligibility is down)."""
    try:
        items = request.app.state.eligibility.list_items(token=token)
    except ProblemError:
        return {}
    return {m.code: m.name for item in items for m in item.materials}


def _receiver(departments: list, kind: str, region: str) -> str:
    for d in departments:
        if d.type == kind and d.region == region and not d.is_window:
            return d.name
    office = DepartmentType(kind).office if kind in {t.value for t in DepartmentType} else "协同部门"
    return f"{region_name(region) or ''}{office}"


def routing_preview(request: Request, token: str, *, item_codes, window_level, window_region, hukou_region):
    """Per item: slip kind, receiving department and the date its answer is due if accepted today."""
    eligibility, intake, transfer = (
        request.app.state.eligibility,
        request.app.state.intake,
        request.app.state.transfer,
    )
    try:
        departments = transfer.list_departments(token=token)
    except ProblemError:
        departments = []
    try:
        answer_by = intake.working_days(_today(request), ANSWER_WORKING_DAYS, token=token).due_date
    except ProblemError:
        answer_by = None
    rows = []
    for code in item_codes:
        try:
            route = eligibility.route(code, window_level, window_region, hukou_region, token=token)
        except ProblemError as exc:
            rows.append({"item_code": code, "problem": exc.detail})
            continue
        rows.append(
            {
                "item_code": code,
                "kind_name": SlipKind.label_of(route.kind),
                "receiver": _receiver(departments, route.receiver_department_type, route.receiver_region),
                "reason": route.reason,
                "answer_by": answer_by,
            }
        )
    return rows


def _today(request: Request) -> str:
    from services.common.clock import get_clock

    return get_clock(request).today().isoformat()


def case_slips(request: Request, token: str, case) -> list[dict]:
    """The case's slips with kind and receiver from transfer (a forwarded slip too), newest event from intake."""
    events = {s.slip_id: s for s in case.slips}
    try:
        slips = request.app.state.transfer.list_slips(case_id=case.id, token=token)
    except ProblemError:
        slips = []
    rows = []
    for s in slips:
        seen = events.get(s.id)
        rows.append(
            {
                "id": s.id,
                "number": s.number,
                "item_name": s.item_name,
                "kind_name": s.kind_name,
                "receiver_name": s.receiver_name,
                "state_name": s.state_name,
                "due_date": s.due_date,
                "last_event_name": seen.last_event_name if seen else s.state_name,
            }
        )
    known = {r["id"] for r in rows}
    for s in case.slips:  # transfer down or not visible: what intake recorded
        if s.slip_id not in known:
            rows.append(
                {
                    "id": s.slip_id,
                    "number": s.number,
                    "item_name": "",
                    "kind_name": s.kind_name or "（待转办系统确认）",
                    "receiver_name": s.receiver_name or "（待转办系统确认）",
                    "state_name": "",
                    "due_date": None,
                    "last_event_name": s.last_event_name,
                }
            )
    return rows
