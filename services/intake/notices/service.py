"""Materials, the one-time notice (一次性告知), supplements (补正) and formal acceptance (受理)."""

from datetime import date

from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.calendar import WorkingDayCalendar
from services.common.clock import utcnow
from services.common.errors import Conflict, Invalid, ProblemError
from services.common.vocabulary import ApplicationStatus
from services.intake.applications.models import Application
from services.intake.applications.service import (
    catalogue,
    check_materials,
    items_of,
    log_access,
    members_of,
    timeline,
    transition,
)
from services.intake.deadlines import service as deadlines
from services.intake.handoff.service import enqueue_handoff
from services.intake.notices.models import OneTimeNotice, Supplement, ToleratedAcceptance
from services.intake.notices.schemas import TolerateMissing

TOLERATED_DUE_WORKING_DAYS = 5  # default time to bring materials accepted as missing (容缺)


def notice_of(session: Session, app: Application) -> OneTimeNotice | None:
    return session.exec(select(OneTimeNotice).where(OneTimeNotice.application_id == app.id)).first()


def supplements_of(session: Session, app: Application) -> list[Supplement]:
    return list(
        session.exec(
            select(Supplement).where(Supplement.application_id == app.id).order_by(Supplement.seq)
        ).all()
    )


def tolerated_of(session: Session, app: Application) -> ToleratedAcceptance | None:
    return session.exec(
        select(ToleratedAcceptance).where(ToleratedAcceptance.application_id == app.id)
    ).first()


def _check_date(value: date, app: Application, field: str, today: date) -> None:
    if value > today:
        raise Invalid("日期不能晚于今天", field=field)
    if value < app.received_date:
        raise Invalid("日期不能早于申请登记日", field=field)


def record_materials(
    *,
    session: Session,
    app: Application,
    principal: Principal,
    materials: list[str],
    items: dict,
    today: date,
    received_date: date | None = None,
) -> Supplement | None:
    """Before a notice: what the applicant brought. After it: a supplement (补正), with any omission found.

    `items` is the eligibility catalogue (code -> item): every material code must be one of its materials."""
    received = received_date or today
    _check_date(received, app, "received_date", today)
    codes = sorted(set(materials))
    tolerated = tolerated_of(session, app)
    if tolerated is not None and tolerated.completed_at is None and app.status not in _BEFORE_ACCEPTANCE:
        _receive_tolerated(session, app, tolerated, principal, codes, received)
        return None
    notice = notice_of(session, app)
    if notice is None:
        if app.status != ApplicationStatus.DRAFT:
            raise Conflict("申请已受理或已结束，不能再登记材料", field="status")
        check_materials(materials, items, field="materials")
        app.provided_materials = sorted(set(app.provided_materials) | set(codes))
        session.add(app)
        timeline(session, app, "materials", f"收取材料：{'、'.join(codes)}", principal.subject)
        log_access(session, app, principal, "materials")
        return None
    if app.status != ApplicationStatus.AWAITING_MATERIALS:
        raise Conflict("申请不在待补正状态", field="status")
    check_materials(materials, items, field="materials")
    previous = supplements_of(session, app)
    if previous and received < previous[-1].received_date:
        raise Invalid("补正日期不能早于上一次补正", field="received_date")
    asked = {m["code"] for m in notice.missing}
    # only a paper one of the case's items needs can be the issuer's omission; an extra paper is not
    needed = {
        m.code for i in items_of(session, app) if i.item_code in items for m in items[i.item_code].materials
    }
    omitted = [c for c in codes if c in needed and c not in asked and c not in app.provided_materials]
    row = Supplement(
        application_id=app.id,
        seq=len(previous) + 1,
        received_date=received,
        materials=codes,
        omitted=omitted,
        recorded_by=principal.subject,
    )
    session.add(row)
    app.provided_materials = sorted(set(app.provided_materials) | set(codes))
    names = {m["code"]: m["name"] for m in notice.missing}
    detail = f"第{row.seq}次补正：{'、'.join(names.get(c, c) for c in codes)}"
    if omitted and not app.notice_omission:
        # 一次性告知制度 第七条: the issuer is accountable; the applicant is not made to wait for it
        app.notice_omission = True
        detail += f"；其中{'、'.join(omitted)}未列入告知清单（告知遗漏，经办人：{notice.issued_by_name}）"
    session.add(app)
    timeline(session, app, "supplement", detail, principal.subject)
    log_access(session, app, principal, "supplement")
    session.flush()
    return row


def issue_notice(
    *, session: Session, app: Application, principal: Principal, eligibility, today: date
) -> OneTimeNotice:
    """Issue the numbered one-time notice listing EVERY missing material; it never changes afterwards."""
    if notice_of(session, app) is not None:
        raise Conflict("一次性告知清单已出具，不可修改", field="notice")
    if app.status != ApplicationStatus.DRAFT:
        raise Conflict("只有已登记、未受理的申请可以出具一次性告知", field="status")
    codes = [i.item_code for i in items_of(session, app)]
    if not codes:
        raise Conflict("请先确定申请的救助事项", field="item_codes")
    checklist = eligibility.checklist(codes, app.provided_materials)
    if not checklist.missing:
        raise Conflict("材料已齐全，无需一次性告知，可直接受理", field="materials")
    notice = OneTimeNotice(
        application_id=app.id,
        number=f"{app.case_number}-GZ",
        missing=[m.model_dump() for m in checklist.missing],
        provided=list(checklist.provided),
        issued_by=principal.subject,
        issued_by_name=principal.name,
        issued_date=today,
        due_date=app.notice_due_date,
    )
    session.add(notice)
    transition(
        session=session,
        app=app,
        to=ApplicationStatus.AWAITING_MATERIALS,
        principal=principal,
        reason=f"出具一次性告知清单 {notice.number}",
    )
    late = "（已超过5个工作日告知期限）" if today > app.notice_due_date else ""
    timeline(
        session,
        app,
        "notice_issued",
        f"出具一次性告知清单 {notice.number}，缺{len(checklist.missing)}项材料{late}",
        principal.subject,
    )
    log_access(session, app, principal, "notice")
    session.flush()
    return notice


def catalogue_before_lock(eligibility) -> dict | None:
    """The catalogue, read before the acceptance's transaction; None if eligibility failed (the acceptance
    then answers its 404/409 first, else asks again: the 503)."""
    try:
        return catalogue(eligibility)
    except ProblemError:
        return None


def missing_by_catalogue(eligibility, codes: list[str], provided: list[str], items: dict | None) -> dict:
    """Code -> name of every material the case's items need and the applicant has not brought.

    From the catalogue intake already holds (`items`, version-checked per request; read here if None)
    — eligibility's checklist answers the same from the same catalogue, at one more HTTP call. A
    material obtained by data sharing is never asked for. An item the active catalogue no longer lists
    (withdrawn after registration) is asked of the checklist, which still knows it."""
    items = items if items is not None else catalogue(eligibility)
    if any(code not in items for code in codes):
        return {m.code: m.name for m in eligibility.checklist(codes, provided).missing}
    have = set(provided)
    return {
        m.code: m.name
        for code in dict.fromkeys(codes)
        for m in items[code].materials
        if not m.shared_data and m.code not in have
    }


def accept(
    *,
    session: Session,
    calendar: WorkingDayCalendar,
    app: Application,
    principal: Principal,
    eligibility,
    today: date,
    accepted_date: date | None = None,
    tolerate: TolerateMissing | None = None,
    items_catalogue: dict | None = None,
    known: dict | None = None,
) -> Application:
    """Formal acceptance: receipt with the promised date; the handoff to transfer commits with it.

    Materials still missing are a 409 naming them, unless the window decides 容缺受理 with a reason."""
    # nothing read here depends on what this acceptance writes: one flush at the end, not one per query
    with session.no_autoflush:
        accepted = accepted_date or today
        _check_date(accepted, app, "accepted_date", today)
        if app.status not in _BEFORE_ACCEPTANCE:
            raise Conflict(f"当前状态不能受理: {ApplicationStatus.label_of(app.status)}", field="status")
        items = items_of(session, app)
        if not items:
            raise Conflict("请先确定申请的救助事项", field="item_codes")
        notice = notice_of(session, app)
        still = [m for m in notice.missing if m["code"] not in app.provided_materials] if notice else []
        if still and tolerate is None:
            raise Conflict(
                "一次性告知清单所列材料尚未补齐: " + "、".join(m["name"] for m in still),
                field="materials",
                missing=[m["code"] for m in still],
            )
        last = (
            supplements_of(session, app) if notice is not None else []
        )  # supplements exist only after a notice
        if notice is not None:
            if last and accepted < last[-1].received_date:
                raise Invalid("受理日期不能早于补正材料收到日", field="accepted_date")
        codes = [i.item_code for i in items]
        # `items_catalogue` was read before this transaction; if it could not be, asking now gives the 503
        missing = missing_by_catalogue(eligibility, codes, list(app.provided_materials), items_catalogue) | {
            m["code"]: m["name"] for m in still
        }
        decision = (
            _tolerated(calendar, app, principal, missing, tolerate, accepted) if missing or tolerate else None
        )
        transition(
            session=session,
            app=app,
            to=ApplicationStatus.ACCEPTED,
            principal=principal,
            reason=f"容缺受理：{decision.reason}" if decision else "材料齐全，作出受理决定",
        )
        app.accepted_date = accepted
        app.receipt_number = f"{app.case_number}-HZ"
        deadlines.recompute(
            session=session,
            calendar=calendar,
            app=app,
            today=today,
            known={"notice": notice, "supplements": last},  # read above: not again
        )
        warn = "；" + "；".join(app.due_warnings) if app.due_warnings else ""
        timeline(
            session,
            app,
            "accepted",
            f"受理，回执 {app.receipt_number}，承诺办结日期 {app.due_date}{warn}",
            principal.subject,
        )
        if decision:
            session.add(decision)
            names = "、".join(m["name"] for m in decision.materials)
            timeline(
                session,
                app,
                "tolerated",
                f"容缺受理：尚缺{names}，须于 {decision.due_date} 前补齐；理由：{decision.reason}",
                principal.subject,
            )
        log_access(session, app, principal, "accept")
        members = members_of(session, app)
        enqueue_handoff(session=session, app=app, items=items, members=members)
        session.flush()
        if known is not None:  # what the case page needs and this transaction already holds (not read again)
            # a case accepted just now has no slips yet: they come with the handoff, after the commit
            known |= dict(
                items=items, members=members, notice=notice, supplements=last, tolerated=decision, slips=[]
            )
        return app


_BEFORE_ACCEPTANCE = (ApplicationStatus.DRAFT, ApplicationStatus.AWAITING_MATERIALS)


def _tolerated(
    calendar: WorkingDayCalendar,
    app: Application,
    principal: Principal,
    missing: dict[str, str],
    tolerate: TolerateMissing | None,
    accepted: date,
) -> ToleratedAcceptance:
    """The explicit 容缺 decision: it must name exactly the materials still missing, with a reason."""
    if tolerate is None:
        raise Conflict(
            "材料不齐，不能受理：尚缺"
            + "、".join(missing.values())
            + "。如确需容缺受理，请说明理由并列明容缺材料",
            field="materials",
            missing=sorted(missing),
        )
    if not missing:
        raise Invalid("材料已齐全，无需容缺受理", field="tolerate_missing")
    listed = set(tolerate.materials)
    if extra := sorted(listed - set(missing)):
        raise Invalid(
            f"以下材料并不缺少，不能列为容缺：{'、'.join(extra)}", field="tolerate_missing.materials"
        )
    if absent := [name for code, name in missing.items() if code not in listed]:
        raise Conflict(
            f"尚缺材料未全部列为容缺：{'、'.join(absent)}",
            field="tolerate_missing.materials",
            missing=sorted(c for c in missing if c not in listed),
        )
    due = tolerate.due_date or calendar.add_working_days(accepted, TOLERATED_DUE_WORKING_DAYS).due_date
    if due < accepted:
        raise Invalid("容缺材料补齐期限不能早于受理日期", field="tolerate_missing.due_date")
    return ToleratedAcceptance(
        application_id=app.id,
        reason=tolerate.reason,
        materials=[{"code": c, "name": missing[c]} for c in sorted(missing)],
        due_date=due,
        decided_by=principal.subject,
        decided_by_name=principal.name or principal.subject,
    )


def _receive_tolerated(
    session: Session,
    app: Application,
    tolerated: ToleratedAcceptance,
    principal: Principal,
    codes: list[str],
    received: date,
) -> None:
    """Materials accepted as missing arrive after acceptance; the decision is complete when all have."""
    owed = {m["code"]: m["name"] for m in tolerated.materials}
    if extra := [c for c in codes if c not in owed]:
        raise Invalid(f"以下材料不在容缺材料之中：{'、'.join(extra)}", field="materials")
    tolerated.received = sorted(set(tolerated.received) | set(codes))
    app.provided_materials = sorted(set(app.provided_materials) | set(codes))
    late = "（已超过补齐期限）" if received > tolerated.due_date else ""
    detail = f"收到容缺材料：{'、'.join(owed[c] for c in codes)}{late}"
    if set(owed) <= set(tolerated.received):
        tolerated.completed_at = utcnow()
        detail += "；容缺材料已全部补齐"
    session.add(tolerated)
    session.add(app)
    timeline(session, app, "tolerated_received", detail, principal.subject)
    log_access(session, app, principal, "materials")
    session.flush()
