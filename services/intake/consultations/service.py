"""The consultation register: record, list and search, follow up, count, and turn into an application."""

import csv
import io
from collections import Counter as Tally
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_
from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.calendar import WorkingDayCalendar
from services.common.clock import beijing_date
from services.common.errors import Conflict, Forbidden, Invalid, NotFound
from services.common.identity import normalize_id_number
from services.common.regions import REGIONS, region_name
from services.common.regions import region as region_of
from services.common.vocabulary import ConsultationChannel, ConsultationStatus, Role
from services.intake.applications import service as applications
from services.intake.applications.audit import timeline
from services.intake.applications.models import Application
from services.intake.applications.numbering import next_value
from services.intake.applications.schemas import ApplicationCreate, RegistrationPublic
from services.intake.consultations.models import Consultation, ConsultationAccess
from services.intake.consultations.schemas import (
    ApplicantDraft,
    ApplicationDraft,
    ConsultationCreate,
    ConsultationPage,
    ConsultationPublic,
    ConsultationRow,
    ConsultationStatistics,
    CountBy,
)

S = ConsultationStatus
BACKDATE_LIMIT = timedelta(days=30)  # a register is kept as it happens; late entries within a month
EXPORT_LIMIT = 10_000
RECORDERS = (Role.WINDOW_STAFF, Role.DEPARTMENT_STAFF)  # 首问责任制 第四条: every staff member who is asked


def mask_contact(contact: str) -> str:
    """A phone number as 138****0000; anything else keeps its first three characters."""
    digits = "".join(c for c in contact if c.isdigit())
    if len(digits) >= 7 and len(digits) >= len(contact.replace("-", "").replace(" ", "")) - 1:
        return digits[:3] + "****" + digits[-4:]
    return contact[:3] + "****" if contact else ""


def _items(eligibility, codes: list[str]) -> tuple[list[dict], dict]:
    """Names of the asked-about items from the catalogue (unknown codes are a 422 naming the index)."""
    if not codes:
        return [], {}
    catalogue = applications.catalogue(eligibility)
    applications.check_items(codes, catalogue)
    return [{"code": c, "name": catalogue[c].name} for c in codes], catalogue


def record(
    *,
    session: Session,
    calendar: WorkingDayCalendar,
    principal: Principal,
    body: ConsultationCreate,
    eligibility,
    now: datetime,
) -> Consultation:
    """Register a visit or call; the logged-in staff member is the first responder (首问责任人)."""
    if principal.role not in RECORDERS or not principal.region:
        raise Forbidden("只有窗口或部门工作人员可以登记来访")
    at = body.at or now
    if at.tzinfo is None:
        raise Invalid("时间须带时区（如 +08:00）", field="at")
    if at > now or at < now - BACKDATE_LIMIT:
        raise Invalid("来访时间不能晚于现在或早于30天前", field="at")
    id_number = normalize_id_number(body.id_number, field="id_number") if body.id_number else None
    if body.hukou_region and body.hukou_region not in REGIONS:
        raise Invalid("未知的户籍地", field="hukou_region")
    if body.one_time_notice and not body.item_codes:
        raise Invalid("一次性告知须选择所咨询的救助事项", field="item_codes")
    items, _ = _items(eligibility, body.item_codes)
    notice: list[dict] = []
    if body.one_time_notice:
        checklist = eligibility.checklist(body.item_codes, [])
        notice = [
            {"code": m.code, "name": m.name, "copies": m.copies, "original": m.original, "shared_data": False}
            for m in checklist.missing
        ] + [{"code": m.code, "name": m.name, "shared_data": True} for m in checklist.shared_data]
    today = beijing_date(now)
    visit_date = beijing_date(at)
    due = calendar.add_working_days(today, body.follow_up_days).due_date if body.follow_up_days else None
    reg = region_of(principal.region)
    seq = next_value(session=session, scope="consultation", region=principal.region, year=visit_date.year)
    row = Consultation(
        number=f"{reg.prefix if reg else principal.region}-LF-{visit_date.year}-{seq:05d}",
        region=principal.region,
        channel=body.channel.value,
        status=(S.FOLLOW_UP if due else S.ANSWERED).value,
        visitor_name=body.visitor_name.strip(),
        contact=body.contact.strip(),
        id_number=id_number,
        hukou_region=body.hukou_region,
        matter=body.matter.strip(),
        items=items,
        answer=body.answer.strip(),
        notice_materials=notice,
        staff_username=principal.subject,
        staff_name=principal.name or principal.subject,
        at=at,
        visit_date=visit_date,
        follow_up_due_date=due,
    )
    session.add(row)
    session.flush()
    return row


def _overdue(row: Consultation, today: date) -> bool:
    return row.status == S.FOLLOW_UP and row.follow_up_due_date is not None and row.follow_up_due_date < today


def public(row: Consultation, today: date) -> ConsultationPublic:
    """The full record, as its region's staff read it."""
    return ConsultationPublic(
        **row.model_dump(exclude={"created_at"}),
        region_name=region_name(row.region),
        channel_name=ConsultationChannel.label_of(row.channel),
        status_name=S.label_of(row.status),
        follow_up_overdue=_overdue(row, today),
    )


def row_of(row: Consultation, today: date) -> ConsultationRow:
    """A register line: contact masked."""
    return ConsultationRow(
        **row.model_dump(include=set(ConsultationRow.model_fields) - {"contact"}),
        contact=mask_contact(row.contact),
        region_name=region_name(row.region),
        channel_name=ConsultationChannel.label_of(row.channel),
        status_name=S.label_of(row.status),
        follow_up_overdue=_overdue(row, today),
    )


def _query(
    principal: Principal,
    *,
    today: date,
    region: str | None = None,
    channel: ConsultationChannel | None = None,
    status: ConsultationStatus | None = None,
    staff: str | None = None,
    item_code: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    overdue: bool | None = None,
    q: str | None = None,
):
    """The filtered register, scoped to what the caller may see (in SQL, so pages count right)."""
    if principal.role not in (Role.ADMIN, Role.SERVICE) and not principal.region:
        raise Forbidden("无权查看来访登记")
    query = select(Consultation)
    if principal.role not in (Role.ADMIN, Role.SERVICE):
        query = query.where(Consultation.region.startswith(principal.region))
    if principal.role == Role.DEPARTMENT_STAFF:
        # a department's staff answer calls too, but the street's register is not theirs to browse
        query = query.where(Consultation.staff_username == principal.subject)
    if region:
        if not principal.can_see_region(region):
            raise Forbidden("无权查看该区域的来访登记")
        query = query.where(Consultation.region.startswith(region))
    if date_from and date_to and date_from > date_to:
        raise Invalid("开始日期不能晚于结束日期", field="date_from")
    conditions = [
        (channel, lambda: Consultation.channel == channel),
        (status, lambda: Consultation.status == status),
        (staff, lambda: Consultation.staff_username == staff),
        (date_from, lambda: Consultation.visit_date >= date_from),
        (date_to, lambda: Consultation.visit_date <= date_to),
    ]
    for value, condition in conditions:
        if value:
            query = query.where(condition())
    if overdue is not None:
        late = (Consultation.status == S.FOLLOW_UP) & (Consultation.follow_up_due_date < today)
        query = query.where(late if overdue else ~late)
    if q:
        like = f"%{q.strip()}%"
        query = query.where(
            or_(
                Consultation.visitor_name.ilike(like),
                Consultation.matter.ilike(like),
                Consultation.number.ilike(like),
                Consultation.contact.ilike(like),
                Consultation.answer.ilike(like),
            )
        )
    if item_code:
        # items is a JSON list: filter in Python after SQL narrowed it (same on SQLite and PostgreSQL)
        return query, lambda r: any(i.get("code") == item_code for i in r.items)
    return query, None


def register_page(
    *, session: Session, principal: Principal, today: date, page: int = 1, page_size: int = 50, **filters
) -> ConsultationPage:
    """The register, newest first, a page at a time."""
    query, keep = _query(principal, today=today, **filters)
    ordered = query.order_by(Consultation.at.desc(), Consultation.id.desc())
    if keep is None:
        total = session.exec(select(func.count()).select_from(query.subquery())).one()
        rows = session.exec(ordered.offset((page - 1) * page_size).limit(page_size)).all()
    else:
        matching = [r for r in session.exec(ordered).all() if keep(r)]
        total, rows = len(matching), matching[(page - 1) * page_size : page * page_size]
    return ConsultationPage(
        total=total, page=page, page_size=page_size, rows=[row_of(r, today) for r in rows]
    )


EXPORT_COLUMNS = [
    ("number", "登记编号"),
    ("visit_date", "日期"),
    ("channel_name", "方式"),
    ("visitor_name", "来访人"),
    ("contact", "联系方式（脱敏）"),
    ("region_name", "登记窗口"),
    ("matter", "咨询事项"),
    ("items", "涉及救助事项"),
    ("staff_name", "首问责任人"),
    ("status_name", "状态"),
    ("follow_up_due_date", "回访期限"),
    ("case_number", "转申请案件编号"),
]


def export_csv(*, session: Session, principal: Principal, today: date, **filters) -> str:
    """The filtered register as CSV (UTF-8 with BOM so that spreadsheet programs read the Chinese)."""
    query, keep = _query(principal, today=today, **filters)
    rows = session.exec(query.order_by(Consultation.at.desc()).limit(EXPORT_LIMIT)).all()
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow([title for _, title in EXPORT_COLUMNS])
    for r in rows:
        if keep is not None and not keep(r):
            continue
        line = row_of(r, today).model_dump()
        line["items"] = "、".join(i["name"] for i in line["items"])
        writer.writerow([_cell(line.get(key)) for key, _ in EXPORT_COLUMNS])
    return out.getvalue()


def _cell(value) -> str:
    text = "" if value is None else str(value)
    # a cell starting with = + - @ would be run as a formula by a spreadsheet (CSV injection)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def get(
    *, session: Session, principal: Principal, consultation_id: int, action: str = "read"
) -> Consultation:
    """One consultation in the caller's region (else 404); the read of personal data is logged."""
    row = session.get(Consultation, consultation_id)
    own = (
        principal.role != Role.DEPARTMENT_STAFF or row is not None and row.staff_username == principal.subject
    )
    if row is None or not principal.can_see_region(row.region) or not own:
        raise NotFound(f"来访登记 {consultation_id} 不存在", field="id")
    session.add(
        ConsultationAccess(
            consultation_id=row.id, actor=principal.subject, role=principal.role, action=action
        )
    )
    return row


def follow_up(
    *, session: Session, row: Consultation, principal: Principal, note: str, now: datetime
) -> Consultation:
    """Record the follow-up (回访) that was due."""
    if row.status != S.FOLLOW_UP:
        raise Conflict(f"该登记状态为“{S.label_of(row.status)}”，无需回访", field="status")
    row.status, row.follow_up_note, row.followed_up_at = S.FOLLOWED_UP.value, note.strip(), now
    row.followed_up_by = principal.name or principal.subject
    session.add(row)
    return row


def draft(*, row: Consultation) -> ApplicationDraft:
    """The intake wizard's first page, filled from the consultation (转为申请)."""
    digits = "".join(c for c in row.contact if c.isdigit() or c in "+- ")
    phone = row.contact if row.contact and digits == row.contact and len(row.contact) >= 7 else None
    applicant = ApplicantDraft(
        name=row.visitor_name, id_number=row.id_number, phone=phone, hukou_region=row.hukou_region
    )
    missing = [f"applicant.{k}" for k in ("id_number", "phone", "hukou_region") if not getattr(applicant, k)]
    codes = [i["code"] for i in row.items]
    return ApplicationDraft(
        applicant=applicant,
        difficulty=row.matter,
        item_codes=codes,
        dont_know=not codes,
        missing=missing,
    )


def convert(
    *,
    session: Session,
    calendar: WorkingDayCalendar,
    principal: Principal,
    row: Consultation,
    body: ApplicationCreate,
    eligibility,
    transfer,
    today: date,
) -> RegistrationPublic:
    """Register the application and link the consultation to it, in one transaction."""
    if row.application_id is not None:
        raise Conflict(f"该来访已转为申请 {row.case_number}", field="id", case_number=row.case_number)
    registration = applications.register(
        session=session,
        calendar=calendar,
        principal=principal,
        body=body,
        eligibility=eligibility,
        transfer=transfer,
        today=today,
    )
    app = session.get(Application, registration.id)
    timeline(session, app, "from_consultation", f"由来访登记 {row.number} 转为申请", principal.subject)
    row.application_id, row.case_number, row.status = app.id, app.case_number, S.CONVERTED.value
    session.add(row)
    return registration


def statistics(*, session: Session, principal: Principal, year: int, today: date) -> ConsultationStatistics:
    """The register counted by channel, region, staff member and month."""
    query, _ = _query(principal, today=today, date_from=date(year, 1, 1), date_to=date(year, 12, 31))
    rows = session.exec(query).all()
    channels = Tally(r.channel for r in rows)
    regions = Tally(r.region for r in rows)
    staff = Tally((r.staff_username, r.staff_name) for r in rows)
    months = Tally(r.visit_date.month for r in rows)
    return ConsultationStatistics(
        year=year,
        total=len(rows),
        converted=sum(r.application_id is not None for r in rows),
        follow_up_open=sum(r.status == S.FOLLOW_UP for r in rows),
        follow_up_overdue=sum(_overdue(r, today) for r in rows),
        by_channel=[CountBy(key=c, name=c.label, total=channels[c]) for c in ConsultationChannel],
        by_region=[CountBy(key=k, name=region_name(k), total=n) for k, n in sorted(regions.items())],
        by_staff=[CountBy(key=u, name=n, total=c) for (u, n), c in staff.most_common()],
        by_month=[CountBy(key=str(m), name=f"{m}月", total=months[m]) for m in range(1, 13)],
    )
