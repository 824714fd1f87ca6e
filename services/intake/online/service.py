"""Online self-application: SMS verification codes, the resident's submission, the window's confirmation."""

import hashlib
import hmac
import logging
import secrets
from datetime import date, datetime, timedelta
from math import ceil

from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.calendar import WorkingDayCalendar
from services.common.clock import beijing_date
from services.common.db import Database
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, ServiceUnavailable, TooManyRequests
from services.common.identity import mask_id_number, normalize_id_number
from services.common.regions import REGIONS, region_name
from services.common.regions import region as region_of
from services.common.sms import SmsGateway, mask_phone, send_or_unavailable
from services.common.vocabulary import Channel, OnlineApplicationStatus, Role
from services.intake.applications import service as applications
from services.intake.applications.audit import timeline
from services.intake.applications.models import Application
from services.intake.applications.numbering import next_value
from services.intake.applications.schemas import Applicant, ApplicationCreate, RegistrationPublic
from services.intake.online.models import OnlineApplication, PhoneVerification
from services.intake.online.schemas import (
    CodeSent,
    OnlineApplicationCreate,
    OnlineConfirm,
    OnlinePublic,
    OnlineReceipt,
    OnlineRow,
)

S = OnlineApplicationStatus
log = logging.getLogger("yimen.online")
CODE_TTL = timedelta(minutes=5)
MAX_ATTEMPTS = 5  # wrong guesses per code; then the code is spent and a new one must be asked for
RESEND_AFTER = timedelta(seconds=60)
HOUR = timedelta(hours=1)
CODES_PER_PHONE_PER_HOUR = 5
CODES_PER_ADDRESS_PER_HOUR = 10
NOTICE_DAYS = 5  # 一次性告知制度 第三条: the notice of what is missing within 5 working days of receipt


def _digest(secret: str, *parts: str) -> str:
    """HMAC of a code or an ID number: the database never holds a usable code."""
    return hmac.new(secret.encode(), ":".join(parts).encode(), hashlib.sha256).hexdigest()


def send_code(
    *,
    session: Session,
    gateway: SmsGateway,
    secret: str,
    client: str,
    phone: str,
    id_number: str,
    now: datetime,
) -> CodeSent:
    """Send a 6-digit code valid for 5 minutes; limited per phone and per address, older codes void."""
    number = normalize_id_number(id_number, field="id_number")
    recent = session.exec(
        select(PhoneVerification)
        .where(PhoneVerification.sent_at > now - HOUR)
        .where((PhoneVerification.phone == phone) | (PhoneVerification.client == client[:64]))
        .order_by(PhoneVerification.sent_at)
    ).all()
    by_phone = [r for r in recent if r.phone == phone]
    by_client = [r for r in recent if r.client == client[:64]]
    if by_phone and by_phone[-1].sent_at > now - RESEND_AFTER:
        wait = (by_phone[-1].sent_at + RESEND_AFTER - now).total_seconds()
        raise TooManyRequests("验证码已发送，请稍后再获取", retry_after=max(1, ceil(wait)))
    for rows, limit in ((by_phone, CODES_PER_PHONE_PER_HOUR), (by_client, CODES_PER_ADDRESS_PER_HOUR)):
        if len(rows) >= limit:
            wait = (rows[-limit].sent_at + HOUR - now).total_seconds()
            raise TooManyRequests("获取验证码过于频繁，请1小时后再试", retry_after=max(1, ceil(wait)))
    for older in by_phone:
        if older.used_at is None:
            older.used_at = now  # only the newest code counts
            session.add(older)
    code = f"{secrets.randbelow(10**6):06d}"
    session.add(
        PhoneVerification(
            phone=phone,
            subject_hash=_digest(secret, "id", number),
            code_hash=_digest(secret, "code", phone, code),
            client=client[:64],
            sent_at=now,
            expires_at=now + CODE_TTL,
        )
    )
    session.flush()
    text = f"【一门受理】您的网上申请验证码为{code}，5分钟内有效。如非本人操作，请忽略。"
    send_or_unavailable(gateway, phone, text)
    return CodeSent(
        phone=mask_phone(phone),
        expires_in=int(CODE_TTL.total_seconds()),
        resend_after=int(RESEND_AFTER.total_seconds()),
    )


def verify_code(*, db: Database, secret: str, phone: str, id_number: str, code: str, now: datetime) -> None:
    """Spend the phone's newest code; a wrong guess is counted in its own transaction (it survives the 422)."""
    with db.session() as session:
        row = session.exec(
            select(PhoneVerification)
            .where(PhoneVerification.phone == phone, PhoneVerification.used_at.is_(None))
            .order_by(PhoneVerification.id.desc())
            .with_for_update()
        ).first()
        if row is None or row.expires_at <= now:
            problem = "验证码已过期或未获取，请重新获取"
        elif not (
            hmac.compare_digest(row.code_hash, _digest(secret, "code", phone, code))
            and hmac.compare_digest(row.subject_hash, _digest(secret, "id", id_number))
        ):
            row.attempts += 1
            left = MAX_ATTEMPTS - row.attempts
            if left <= 0:
                row.used_at = now
                problem = "验证码错误次数过多，请重新获取"
            else:
                problem = f"验证码不正确，还可尝试{left}次"
            session.add(row)
        else:
            row.used_at, problem = now, None
            session.add(row)
    if problem:
        raise Invalid(problem, field="verification_code")


def submit(
    *,
    session: Session,
    db: Database,
    secret: str,
    eligibility,
    body: OnlineApplicationCreate,
    now: datetime,
) -> OnlineReceipt:
    """Check everything, spend the code, and queue the application at the chosen street."""
    applicant_id = normalize_id_number(body.applicant.id_number, field="applicant.id_number")
    members, seen = [], {applicant_id}
    for i, m in enumerate(body.members):
        number = normalize_id_number(m.id_number, field=f"members[{i}].id_number")
        if number in seen:
            raise Invalid("家庭成员身份证号码重复", field=f"members[{i}].id_number")
        seen.add(number)
        members.append({"name": m.name, "id_number": number, "relation": m.relation})
    if body.region not in REGIONS or REGIONS[body.region].is_district:
        raise Invalid("请选择要申请的镇街", field="region")
    if body.applicant.hukou_region not in REGIONS:
        raise Invalid("未知的户籍地", field="applicant.hukou_region")
    if not body.item_codes and not body.dont_know:
        raise Invalid("请选择申请的救助事项，或选择“不清楚”由窗口推荐", field="item_codes")
    if body.item_codes:
        applications.check_items(body.item_codes, applications.catalogue(eligibility))
    verify_code(
        db=db,
        secret=secret,
        phone=body.applicant.phone,
        id_number=applicant_id,
        code=body.verification_code,
        now=now,
    )
    today = beijing_date(now)
    reg = region_of(body.region)
    seq = next_value(session=session, scope="online", region=body.region, year=today.year)
    row = OnlineApplication(
        reference=f"{reg.prefix}-WS-{today.year}-{seq:05d}",
        region=body.region,
        status=S.SUBMITTED.value,
        applicant_name=body.applicant.name.strip(),
        applicant_id_number=applicant_id,
        phone=body.applicant.phone,
        hukou_region=body.applicant.hukou_region,
        members=members,
        difficulty=body.difficulty.strip(),
        item_codes=list(body.item_codes),
        dont_know=body.dont_know,
        emergency=body.emergency,
        submitted_at=now,
        submitted_date=today,
    )
    session.add(row)
    session.flush()
    return OnlineReceipt(
        reference=row.reference,
        region=row.region,
        region_name=region_name(row.region),
        submitted_date=today,
        status=S.SUBMITTED,
        message=f"申请已提交至{region_name(row.region)}便民服务中心。工作人员确认登记后，将以短信告知案件编号"
        "（可查询办理进度），并一次性告知还需补充的材料。请记下申请编号。",
    )


def _notice_due(calendar: WorkingDayCalendar, row: OnlineApplication) -> date:
    return calendar.add_working_days(row.submitted_date, NOTICE_DAYS).due_date


def _common(row: OnlineApplication, calendar: WorkingDayCalendar, today: date) -> dict:
    due = _notice_due(calendar, row)
    return {
        "region_name": region_name(row.region),
        "status_name": S.label_of(row.status),
        "notice_due_date": due,
        "notice_overdue": row.status == S.SUBMITTED and due < today,
    }


def queue(
    *,
    session: Session,
    calendar: WorkingDayCalendar,
    principal: Principal,
    today: date,
    status: OnlineApplicationStatus | None = None,
) -> list[OnlineRow]:
    """The street's queue, oldest first (the first to come is the first to be confirmed)."""
    if principal.role not in (Role.ADMIN, Role.SERVICE) and not principal.region:
        raise Forbidden("无权查看网上申请")
    query = select(OnlineApplication).order_by(OnlineApplication.submitted_at, OnlineApplication.id)
    if principal.role not in (Role.ADMIN, Role.SERVICE):
        query = query.where(OnlineApplication.region.startswith(principal.region))
    if status:
        query = query.where(OnlineApplication.status == status)
    return [
        OnlineRow(
            **r.model_dump(include=set(OnlineRow.model_fields) - {"applicant_id_number", "phone"}),
            applicant_id_number=mask_id_number(r.applicant_id_number),
            phone=mask_phone(r.phone),
            **_common(r, calendar, today),
        )
        for r in session.exec(query).all()
    ]


def get(*, session: Session, principal: Principal, online_id: int) -> OnlineApplication:
    row = session.get(OnlineApplication, online_id)
    if row is None or not principal.can_see_region(row.region):
        raise NotFound(f"网上申请 {online_id} 不存在", field="id")
    return row


def public(row: OnlineApplication, calendar: WorkingDayCalendar, today: date) -> OnlinePublic:
    return OnlinePublic(**row.model_dump(exclude={"created_at"}), **_common(row, calendar, today))


def confirm(
    *,
    session: Session,
    calendar: WorkingDayCalendar,
    principal: Principal,
    row: OnlineApplication,
    body: OnlineConfirm,
    eligibility,
    transfer,
    now: datetime,
    gateway: SmsGateway | None = None,
) -> RegistrationPublic:
    """Register the case at the confirming window; received on the day the resident submitted it."""
    if row.status != S.SUBMITTED:
        raise Conflict(f"该网上申请已{S.label_of(row.status)}", field="status", case_number=row.case_number)
    item_codes = row.item_codes if body.item_codes is None else body.item_codes
    create = ApplicationCreate(
        applicant=Applicant(
            name=row.applicant_name,
            id_number=row.applicant_id_number,
            phone=row.phone,
            hukou_region=row.hukou_region,
        ),
        members=row.members,
        difficulty=row.difficulty,
        item_codes=item_codes,
        dont_know=row.dont_know and not item_codes,
        emergency=row.emergency,
        channel=Channel.ONLINE,
        provided_materials=body.provided_materials,
        # received = the day the street received it online (限时办结制度 第八条 "收到申报材料"; docs/service-modes.md)
        received_date=row.submitted_date,
        duplicate_acknowledgement=body.duplicate_acknowledgement,
    )
    registration = applications.register(
        session=session,
        calendar=calendar,
        principal=principal,
        body=create,
        eligibility=eligibility,
        transfer=transfer,
        today=beijing_date(now),
    )
    app = session.get(Application, registration.id)
    timeline(
        session,
        app,
        "online_confirmed",
        f"网上申请 {row.reference}（{row.submitted_date} 提交）经窗口确认登记",
        principal.subject,
    )
    row.status, row.application_id, row.case_number = S.CONFIRMED.value, app.id, app.case_number
    row.handled_by, row.handled_name, row.handled_at = principal.subject, principal.name, now
    session.add(row)
    if gateway is not None:
        _tell_case_number(gateway, row)
    return registration


def _tell_case_number(gateway: SmsGateway, row: OnlineApplication) -> None:
    """The resident learns the case number (for the progress query); a failed text never undoes the case."""
    text = (
        f"【一门受理】您的网上申请{row.reference}已由{region_name(row.region)}确认登记，案件编号{row.case_number}，"
        "可凭案件编号和身份证号后6位查询办理进度。"
    )
    try:
        send_or_unavailable(gateway, row.phone, text)
    except ServiceUnavailable:
        log.warning("online application %s confirmed but the SMS could not be sent", row.reference)


def close(*, session: Session, principal: Principal, row: OnlineApplication, reason: str, now: datetime):
    """Close a submission without registering it (a repeat, or not the applicant's own request)."""
    if row.status != S.SUBMITTED:
        raise Conflict(f"该网上申请已{S.label_of(row.status)}", field="status")
    row.status, row.close_reason = S.CLOSED.value, reason.strip()
    row.handled_by, row.handled_name, row.handled_at = principal.subject, principal.name, now
    session.add(row)
    return row
