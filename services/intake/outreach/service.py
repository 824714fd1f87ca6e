"""Proactive discovery (主动发现): households, visits with photos, coverage, not-visited, the watch list."""

from datetime import date, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from services.common.auth import Principal
from services.common.errors import Conflict, Forbidden, Invalid, NotFound
from services.common.identity import mask_id_number, normalize_id_number
from services.common.regions import REGIONS
from services.common.vocabulary import FIELD_ROLES, RiskLevel, Role, WatchReason
from services.intake.agents.service import own_profile
from services.intake.outreach.models import Household, OutreachVisit, VisitPhoto
from services.intake.outreach.schemas import (
    Coverage,
    CoverageRow,
    HouseholdCreate,
    HouseholdPlan,
    HouseholdPublic,
    NotVisited,
    PhotoStored,
    VisitCreate,
    VisitPublic,
)
from services.intake.outreach.watch import put_on_watch

MAX_BACKDATE = timedelta(days=30)  # a visit log written up later, but not a month later
MAX_PHOTO_BYTES = 5 * 1024 * 1024
MAX_PHOTOS_PER_VISIT = 6
# what a phone camera sends, recognised by the file's own first bytes (the declared type is not trusted)
SIGNATURES = {"image/jpeg": (b"\xff\xd8\xff",), "image/png": (b"\x89PNG\r\n\x1a\n",)}


def week_of(day: date) -> tuple[date, date]:
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


# scoping ------------------------------------------------------------------------------------------


def _scoped(query, session: Session, principal: Principal, region: str | None = None):
    """Field workers see their own 村居; staff their region (or a sub-region they may see)."""
    if principal.role in FIELD_ROLES:
        profile = own_profile(session=session, principal=principal)
        return query.where(Household.region == profile.region, Household.community == profile.community)
    if region:
        if not principal.can_see_region(region):
            raise Forbidden(f"无权查看区域 {region}", field="region")
        return query.where(col(Household.region).startswith(region))
    if principal.role in (Role.ADMIN, Role.SERVICE):
        return query
    return query.where(col(Household.region).startswith(principal.region))


def get_household(*, session: Session, principal: Principal, household_id: int) -> Household:
    row = session.exec(
        _scoped(select(Household).where(Household.id == household_id), session, principal)
    ).first()
    if row is None:
        raise NotFound(f"走访对象 {household_id} 不存在", field="household_id")
    return row


# households ---------------------------------------------------------------------------------------


def _last_visits(session: Session, ids: list[int]) -> dict[int, date]:
    if not ids:
        return {}
    rows = session.exec(
        select(OutreachVisit.household_id, func.max(OutreachVisit.visit_date))
        .where(col(OutreachVisit.household_id).in_(ids))
        .group_by(OutreachVisit.household_id)
    ).all()
    return dict(rows)


def _week_counts(session: Session, ids: list[int], day: date) -> dict[int, int]:
    if not ids:
        return {}
    start, end = week_of(day)
    rows = session.exec(
        select(OutreachVisit.household_id, func.count())
        .where(
            col(OutreachVisit.household_id).in_(ids),
            OutreachVisit.visit_date >= start,
            OutreachVisit.visit_date <= end,
        )
        .group_by(OutreachVisit.household_id)
    ).all()
    return dict(rows)


def household_public(h: Household, last: date | None, this_week: int) -> HouseholdPublic:
    reason = WatchReason(h.watch_reason) if h.watch_reason else None
    return HouseholdPublic(
        id=h.id,
        region=h.region,
        community=h.community,
        head_name=h.head_name,
        id_number_masked=mask_id_number(h.id_number) if h.id_number else None,
        phone=h.phone,
        address=h.address,
        situation=h.situation,
        visits_per_week=h.visits_per_week,
        watch=h.watch,
        watch_reason=reason,
        watch_reason_name=reason.label if reason else None,
        watch_note=h.watch_note,
        watch_since=h.watch_since,
        last_visit_date=last,
        visits_this_week=this_week,
    )


def households_public(session: Session, rows: list[Household], today: date) -> list[HouseholdPublic]:
    ids = [h.id for h in rows]
    last, week = _last_visits(session, ids), _week_counts(session, ids, today)
    return [household_public(h, last.get(h.id), week.get(h.id, 0)) for h in rows]


def add_household(*, session: Session, principal: Principal, body: HouseholdCreate) -> Household:
    """Record a household to follow; a field worker's goes to its own 村居."""
    if principal.role in FIELD_ROLES:
        profile = own_profile(session=session, principal=principal)
        region, community = profile.region, profile.community
    else:
        region = body.region or (principal.region if not principal.is_district else "")
        community = body.community or ""
        if region not in REGIONS or len(region) != 9:
            raise Invalid("请选择走访对象所在的镇街", field="region")
        if not principal.can_see_region(region):
            raise Forbidden("无权在该区域登记走访对象", field="region")
        if not community:
            raise Invalid("请填写所在村居", field="community")
    id_number = normalize_id_number(body.id_number, field="id_number") if body.id_number else None
    if id_number and session.exec(select(Household).where(Household.id_number == id_number)).first():
        raise Conflict("该身份证号的家庭已在走访名单中", field="id_number")
    row = Household(
        region=region,
        community=community,
        head_name=body.head_name,
        id_number=id_number,
        phone=body.phone,
        address=body.address,
        situation=body.situation,
        visits_per_week=body.visits_per_week,
        created_by=principal.subject,
    )
    session.add(row)
    session.flush()
    return row


def list_households(
    *,
    session: Session,
    principal: Principal,
    today: date,
    region: str | None = None,
    watch: bool | None = None,
    q: str | None = None,
) -> list[HouseholdPublic]:
    query = _scoped(select(Household), session, principal, region).order_by(
        col(Household.watch).desc(), Household.community, Household.id
    )
    if watch is not None:
        query = query.where(Household.watch == watch)
    if q:
        query = query.where(col(Household.head_name).contains(q) | col(Household.address).contains(q))
    return households_public(session, list(session.exec(query.limit(1000)).all()), today)


def update_plan(
    *, session: Session, row: Household, principal: Principal, body: HouseholdPlan, today: date
) -> Household:
    """Staff change the visit plan or the watch flag (field workers only record visits)."""
    if principal.role in FIELD_ROLES:
        raise Forbidden("走访计划和关注名单由镇街工作人员调整")
    if body.visits_per_week is not None:
        row.visits_per_week = body.visits_per_week
    if body.watch is True and not row.watch:
        row.watch, row.watch_reason, row.watch_since = True, WatchReason.MANUAL.value, today
    elif body.watch is False:
        row.watch, row.watch_reason, row.watch_since = False, None, None
    if body.watch_note is not None:
        row.watch_note = body.watch_note
    session.add(row)
    session.flush()
    return row


# visits -------------------------------------------------------------------------------------------


def visit_public(session: Session, v: OutreachVisit, h: Household) -> VisitPublic:
    photos = session.exec(
        select(VisitPhoto.id).where(VisitPhoto.visit_id == v.id).order_by(VisitPhoto.id)
    ).all()
    risk = RiskLevel(v.risk_level)
    return VisitPublic(
        id=v.id,
        household_id=h.id,
        household_name=h.head_name,
        community=h.community,
        region=v.region,
        visitor_username=v.visitor_username,
        visitor_name=v.visitor_name,
        visit_date=v.visit_date,
        situation=v.situation,
        risk_level=risk,
        risk_name=risk.label,
        photos=list(photos),
        application_id=v.application_id,
        consultation_id=v.consultation_id,
    )


def record_visit(*, session: Session, principal: Principal, body: VisitCreate, today: date) -> OutreachVisit:
    """A visit to a household the caller may see; a high-risk finding puts it on the watch list."""
    household = get_household(session=session, principal=principal, household_id=body.household_id)
    day = body.visit_date or today
    if day > today:
        raise Invalid("走访日期不能晚于今天", field="visit_date")
    if day < today - MAX_BACKDATE:
        raise Invalid("走访日期不能早于30天前", field="visit_date")
    visit = OutreachVisit(
        household_id=household.id,
        region=household.region,
        visitor_username=principal.subject,
        visitor_name=principal.name or principal.subject,
        visit_date=day,
        situation=body.situation,
        risk_level=body.risk_level.value,
    )
    session.add(visit)
    if body.risk_level == RiskLevel.HIGH and not household.watch:
        put_on_watch(
            session=session,
            household=household,
            reason=WatchReason.VISIT_RISK,
            note=body.situation[:500],
            today=day,
        )
    session.flush()
    return visit


def get_visit(*, session: Session, principal: Principal, visit_id: int) -> tuple[OutreachVisit, Household]:
    visit = session.get(OutreachVisit, visit_id)
    if visit is None:
        raise NotFound(f"走访记录 {visit_id} 不存在", field="visit_id")
    try:
        household = get_household(session=session, principal=principal, household_id=visit.household_id)
    except NotFound:
        raise NotFound(f"走访记录 {visit_id} 不存在", field="visit_id") from None
    return visit, household


def list_visits(
    *,
    session: Session,
    principal: Principal,
    household_id: int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    region: str | None = None,
) -> list[VisitPublic]:
    query = _scoped(
        select(OutreachVisit, Household).join(Household, Household.id == OutreachVisit.household_id),
        session,
        principal,
        region,
    ).order_by(col(OutreachVisit.visit_date).desc(), col(OutreachVisit.id).desc())
    if household_id:
        query = query.where(OutreachVisit.household_id == household_id)
    if date_from:
        query = query.where(OutreachVisit.visit_date >= date_from)
    if date_to:
        query = query.where(OutreachVisit.visit_date <= date_to)
    return [visit_public(session, v, h) for v, h in session.exec(query.limit(500)).all()]


def sniff_image(data: bytes) -> str | None:
    """The image type the bytes really are (JPEG or PNG), whatever the upload claimed."""
    for content_type, heads in SIGNATURES.items():
        if any(data.startswith(h) for h in heads):
            return content_type
    return None


def add_photo(
    *, session: Session, principal: Principal, visit: OutreachVisit, data: bytes, declared: str
) -> VisitPhoto:
    """Keep a photo of a visit: JPEG or PNG by content, at most 5 MB, at most 6 per visit; only its visitor or staff."""
    if principal.role in FIELD_ROLES and visit.visitor_username != principal.subject:
        raise Forbidden("只能为自己的走访记录上传照片")
    if not data:
        raise Invalid("照片为空", field="photo")
    if len(data) > MAX_PHOTO_BYTES:
        raise Invalid(f"照片不能超过 {MAX_PHOTO_BYTES // 1024 // 1024} MB", field="photo")
    kind = sniff_image(data)
    if kind is None:
        raise Invalid("只接受 JPEG 或 PNG 照片", field="photo")
    if declared and declared not in ("application/octet-stream", kind) and declared.startswith("image/"):
        raise Invalid(f"文件内容为 {kind}，与声明的 {declared} 不符", field="photo")
    count = session.exec(select(func.count()).where(VisitPhoto.visit_id == visit.id)).one()
    if count >= MAX_PHOTOS_PER_VISIT:
        raise Conflict(f"每次走访最多 {MAX_PHOTOS_PER_VISIT} 张照片", field="photo")
    photo = VisitPhoto(visit_id=visit.id, content_type=kind, size=len(data), content=data)
    session.add(photo)
    session.flush()
    return photo


def photo_stored(p: VisitPhoto) -> PhotoStored:
    return PhotoStored(id=p.id, visit_id=p.visit_id, content_type=p.content_type, size=p.size)


def get_photo(*, session: Session, principal: Principal, photo_id: int) -> VisitPhoto:
    photo = session.get(VisitPhoto, photo_id)
    if photo is None:
        raise NotFound(f"照片 {photo_id} 不存在", field="photo_id")
    get_visit(session=session, principal=principal, visit_id=photo.visit_id)
    return photo


# supervision --------------------------------------------------------------------------------------


def coverage(*, session: Session, principal: Principal, day: date, region: str | None = None) -> Coverage:
    """Planned households and whether each got its visits in the week of `day` (seed 001: ≥3 a week)."""
    rows = list(
        session.exec(
            _scoped(select(Household).where(Household.visits_per_week > 0), session, principal, region)
        ).all()
    )
    counts = _week_counts(session, [h.id for h in rows], day)
    out = [
        CoverageRow(
            household_id=h.id,
            head_name=h.head_name,
            community=h.community,
            visits_per_week=h.visits_per_week,
            visits=counts.get(h.id, 0),
            met=counts.get(h.id, 0) >= h.visits_per_week,
            watch=h.watch,
        )
        for h in rows
    ]
    out.sort(key=lambda r: (r.met, r.visits - r.visits_per_week, r.community))
    met = sum(r.met for r in out)
    start, end = week_of(day)
    return Coverage(
        week_start=start,
        week_end=end,
        planned=len(out),
        met=met,
        rate=round(met / len(out), 4) if out else None,
        rows=out,
    )


def not_visited(
    *, session: Session, principal: Principal, today: date, days: int, region: str | None = None
) -> list[NotVisited]:
    """Households on a plan or the watch list not visited for more than `days` days (or never)."""
    rows = list(
        session.exec(
            _scoped(
                select(Household).where((Household.visits_per_week > 0) | col(Household.watch)),
                session,
                principal,
                region,
            )
        ).all()
    )
    last = _last_visits(session, [h.id for h in rows])
    cutoff = today - timedelta(days=days)
    out = [
        NotVisited(
            household_id=h.id,
            head_name=h.head_name,
            community=h.community,
            region=h.region,
            watch=h.watch,
            visits_per_week=h.visits_per_week,
            last_visit_date=last.get(h.id),
            days_since=(today - last[h.id]).days if h.id in last else None,
        )
        for h in rows
        if h.id not in last or last[h.id] < cutoff
    ]
    out.sort(key=lambda r: (r.last_visit_date is not None, r.last_visit_date or today, not r.watch))
    return out
