"""Random audits (三随机, seed 001): draw a reproducible sample of cases, pick auditors, record findings.

Reproducibility: the population is every case whose window lies in `region` (and, when given, that
applied for `item_code` and was received within `date_from`…`date_to`), ordered by case id
ascending; the sample is `random.Random(seed).sample(ids, min(size, len(ids)))` in draw order, and
with a pool of auditors the same generator then picks one per case with `choice`, in draw order.
The same inputs over the same cases therefore give the same list on any machine and database.
"""

import random
from collections import defaultdict
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.errors import Forbidden, Invalid, NotFound
from services.common.regions import region_name
from services.intake.applications.models import Application, ApplicationItem
from services.intake.audits.models import AuditCase, AuditSample
from services.intake.audits.schemas import (
    CATEGORIES,
    AuditCasePublic,
    AuditReport,
    FindingCreate,
    ReportRow,
    SamplePublic,
    SampleRequest,
    SampleSummary,
)


def _population(session: Session, body: SampleRequest) -> list[int]:
    query = select(Application.id).where(Application.window_region.startswith(body.region))
    if body.item_code:
        has_item = select(ApplicationItem.application_id).where(ApplicationItem.item_code == body.item_code)
        query = query.where(Application.id.in_(has_item))
    if body.date_from:
        query = query.where(Application.received_date >= body.date_from)
    if body.date_to:
        query = query.where(Application.received_date <= body.date_to)
    return list(session.exec(query.order_by(Application.id)))


def draw(*, session: Session, principal: Principal, body: SampleRequest, now: datetime) -> SamplePublic:
    """Draw and record a sample; a region outside the caller's scope is 403 naming `region`."""
    if not principal.can_see_region(body.region):
        raise Forbidden(f"无权抽查区域 {body.region}", field="region")
    if body.date_from and body.date_to and body.date_from > body.date_to:
        raise Invalid("起始日期晚于截止日期", field="date_from")
    auditors = [a.strip() for a in body.auditors]
    if any(not a or len(a) > 64 for a in auditors):
        raise Invalid("检查人员用户名不能为空且不超过 64 字", field="auditors")
    ids = _population(session, body)
    rng = random.Random(body.seed)
    chosen = rng.sample(ids, min(body.size, len(ids)))
    picked = [rng.choice(auditors) if auditors else None for _ in chosen]
    sample = AuditSample(
        seed=body.seed,
        size=body.size,
        region=body.region,
        item_code=body.item_code,
        date_from=body.date_from,
        date_to=body.date_to,
        population=len(ids),
        auditors=auditors,
        drawn_by=principal.subject,
        drawn_by_name=principal.name,
        drawn_at=now,
    )
    session.add(sample)
    session.flush()
    streets = dict(
        session.exec(
            select(Application.id, Application.window_region).where(Application.id.in_(chosen))
        ).all()
        if chosen
        else []
    )
    items = _main_items(session, chosen, body.item_code)
    for position, (application_id, auditor) in enumerate(zip(chosen, picked, strict=True), start=1):
        session.add(
            AuditCase(
                sample_id=sample.id,
                position=position,
                application_id=application_id,
                street=streets[application_id],
                item_code=items.get(application_id, ""),
                auditor=auditor,
            )
        )
    session.flush()
    return _public(session, sample)


def _main_items(session: Session, ids: list[int], item_code: str | None) -> dict[int, str]:
    # the item a case is reported under: the one sampled for, else its first item code
    if item_code:
        return dict.fromkeys(ids, item_code)
    if not ids:
        return {}
    rows = session.exec(
        select(ApplicationItem.application_id, func.min(ApplicationItem.item_code))
        .where(ApplicationItem.application_id.in_(ids))
        .group_by(ApplicationItem.application_id)
    )
    return dict(rows.all())


def _visible_sample(session: Session, principal: Principal, sample_id: int) -> AuditSample:
    sample = session.get(AuditSample, sample_id)
    if sample is None or not principal.can_see_region(sample.region):
        raise NotFound(f"抽查 {sample_id} 不存在", field="sample_id")
    return sample


def _public(session: Session, sample: AuditSample) -> SamplePublic:
    rows = session.exec(
        select(AuditCase, Application.case_number)
        .join(Application, Application.id == AuditCase.application_id)
        .where(AuditCase.sample_id == sample.id)
        .order_by(AuditCase.position)
    )
    return SamplePublic(
        **sample.model_dump(exclude={"auditors"}),
        auditors=list(sample.auditors),
        cases=[_case_public(case, number) for case, number in rows],
    )


def _case_public(case: AuditCase, case_number: str) -> AuditCasePublic:
    return AuditCasePublic(
        **case.model_dump(exclude={"sample_id"}),
        case_number=case_number,
        street_name=region_name(case.street),
        category_name=CATEGORIES.get(case.category) if case.category else None,
    )


def get(*, session: Session, principal: Principal, sample_id: int) -> SamplePublic:
    """One sample with its cases (404 outside the caller's scope)."""
    return _public(session, _visible_sample(session, principal, sample_id))


def list_samples(*, session: Session, principal: Principal, limit: int = 100) -> list[SampleSummary]:
    """Samples the caller may see, newest first, with their progress."""
    samples = [
        s
        for s in session.exec(select(AuditSample).order_by(AuditSample.id.desc()))
        if principal.can_see_region(s.region)
    ][:limit]
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    if samples:
        for sample_id, outcome in session.exec(
            select(AuditCase.sample_id, AuditCase.outcome).where(
                AuditCase.sample_id.in_([s.id for s in samples])
            )
        ):
            c = counts[sample_id]
            c[0] += 1
            c[1] += outcome is not None
            c[2] += outcome == "problem"
    return [
        SampleSummary(
            id=s.id,
            seed=s.seed,
            size=s.size,
            region=s.region,
            item_code=s.item_code,
            drawn_by=s.drawn_by,
            drawn_at=s.drawn_at,
            cases=counts[s.id][0],
            recorded=counts[s.id][1],
            problems=counts[s.id][2],
        )
        for s in samples
    ]


def record_finding(
    *,
    session: Session,
    principal: Principal,
    sample_id: int,
    case_id: int,
    body: FindingCreate,
    now: datetime,
) -> AuditCasePublic:
    """Record (or correct) the finding on one sampled case; only its assigned auditor when one was picked."""
    sample = _visible_sample(session, principal, sample_id)
    case = session.get(AuditCase, case_id)
    if case is None or case.sample_id != sample.id:
        raise NotFound(f"抽查案件 {case_id} 不存在", field="case_id")
    if case.auditor and case.auditor != principal.subject and principal.role != "admin":
        raise Forbidden(f"本件由 {case.auditor} 检查", field="case_id")
    if body.outcome == "problem":
        if body.category not in CATEGORIES:
            raise Invalid("请选择问题类别：" + "、".join(CATEGORIES), field="category")
        if not body.finding.strip():
            raise Invalid("请写明发现的问题", field="finding")
    elif body.category:
        raise Invalid("无问题时不填问题类别", field="category")
    case.outcome, case.category = body.outcome, body.category
    case.finding = body.finding.strip()
    case.recorded_by, case.recorded_at = principal.subject, now
    session.add(case)
    session.flush()
    number = session.get(Application, case.application_id).case_number
    return _case_public(case, number)


def report(*, session: Session, principal: Principal, region: str, sample_id: int | None) -> AuditReport:
    """Findings by street and item over the samples in `region` (or one sample)."""
    if not principal.can_see_region(region):
        raise Forbidden(f"无权查看区域 {region}", field="region")
    query = select(AuditCase).where(AuditCase.street.startswith(region))
    if sample_id is not None:
        query = query.where(AuditCase.sample_id == _visible_sample(session, principal, sample_id).id)
    rows: dict[tuple[str, str], ReportRow] = {}
    for case in session.exec(query):
        key = (case.street, case.item_code)
        row = rows.get(key) or ReportRow(
            street=case.street,
            street_name=region_name(case.street),
            item_code=case.item_code,
            item_name=case.item_code,
            cases=0,
            recorded=0,
            ok=0,
            problems=0,
            by_category={},
        )
        rows[key] = row
        row.cases += 1
        row.recorded += case.outcome is not None
        row.ok += case.outcome == "ok"
        if case.outcome == "problem":
            row.problems += 1
            row.by_category[case.category] = row.by_category.get(case.category, 0) + 1
    codes = {code for _, code in rows}
    if codes:
        names = dict(
            session.exec(
                select(ApplicationItem.item_code, func.min(ApplicationItem.item_name))
                .where(ApplicationItem.item_code.in_(codes))
                .group_by(ApplicationItem.item_code)
            ).all()
        )
        for row in rows.values():
            row.item_name = names.get(row.item_code, row.item_code)
    return AuditReport(region=region, sample_id=sample_id, rows=[rows[k] for k in sorted(rows)])
