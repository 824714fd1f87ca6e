"""The department directory: receivers of slips, AB post cover, partner secrets and tokens."""

from datetime import UTC, datetime, timedelta

from cryptography.fernet import Fernet
from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.clock import utcnow
from services.common.errors import Conflict, Invalid, NotFound
from services.common.regions import REGIONS, region_name
from services.common.vocabulary import OPEN_SLIP_STATES, DepartmentType, SlipKind
from services.transfer.delivery import alerts
from services.transfer.departments import secrets as sec
from services.transfer.departments.models import Department, PartnerToken, SigningSecret
from services.transfer.departments.schemas import (
    DepartmentCreate,
    DepartmentCreated,
    DepartmentPublic,
    DepartmentUpdate,
    SecretInfo,
    SecretRotated,
    TokenIssued,
)


def to_public(session: Session, dept: Department) -> DepartmentPublic:
    """A department with secret hints, token prefix and open alerts, never the secrets."""
    now = utcnow()
    keys = session.exec(
        select(SigningSecret).where(SigningSecret.department_id == dept.id).order_by(SigningSecret.id.desc())
    ).all()
    token = session.exec(
        select(PartnerToken)
        .where(PartnerToken.department_id == dept.id, PartnerToken.revoked_at.is_(None))
        .order_by(PartnerToken.id.desc())
    ).first()
    return DepartmentPublic(
        id=dept.id,
        name=dept.name,
        type=dept.type,
        type_name=DepartmentType.label_of(dept.type),
        region=dept.region,
        region_name=region_name(dept.region),
        is_window=dept.is_window,
        integration_mode=dept.integration_mode,
        callback_url=dept.callback_url,
        callback_disabled=dept.callback_disabled,
        handler_a=dept.handler_a,
        handler_b=dept.handler_b,
        a_away=dept.a_away,
        current_handler=dept.current_handler,
        head_name=dept.head_name,
        phone=dept.phone,
        active=dept.active,
        signing_secrets=[
            SecretInfo(hint=k.hint, created_at=k.created_at, expires_at=k.expires_at)
            for k in keys
            if k.expires_at is None or _aware(k.expires_at) > now
        ],
        client_token_prefix=token.prefix if token else None,
        open_alerts=[a.detail for a in alerts.open_alerts(session, department_id=dept.id)],
    )


def _aware(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; every stored time is UTC
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def list_departments(
    *, session: Session, region: str | None = None, type: str | None = None, include_inactive: bool = False
) -> list[DepartmentPublic]:
    """The directory, optionally by region (and the towns below a district) and type."""
    query = select(Department).order_by(Department.region, Department.id)
    if region:
        query = query.where(Department.region.startswith(region))
    if type:
        query = query.where(Department.type == type)
    if not include_inactive:
        query = query.where(Department.active.is_(True))
    return [to_public(session, d) for d in session.exec(query).all()]


def get(*, session: Session, department_id: str) -> Department:
    """One department, or 404 naming department_id."""
    dept = session.get(Department, department_id)
    if dept is None:
        raise NotFound(f"部门 {department_id} 不存在", field="department_id")
    return dept


def _check_callback(mode: str, url) -> None:
    if mode == "callback" and not url:
        raise Invalid("对接模式为 callback 时必须填写回调地址", field="callback_url")


def create_department(*, session: Session, cipher: Fernet, body: DepartmentCreate) -> DepartmentCreated:
    """Add a receiver; a callback-mode department gets its signing secret and client token, shown once."""
    if body.region not in REGIONS:
        raise Invalid(f"未知的区划代码 {body.region}", field="region")
    _check_callback(body.integration_mode, body.callback_url)
    if session.get(Department, body.id):
        raise Conflict(f"部门 {body.id} 已存在", field="id")
    dept = Department(
        **body.model_dump(exclude={"callback_url"}),
        callback_url=str(body.callback_url) if body.callback_url else None,
    )
    session.add(dept)
    session.flush()
    secret = token = None
    if dept.integration_mode == "callback":
        secret = _add_secret(session, cipher, dept.id)
        token = _add_token(session, dept.id)
    return DepartmentCreated(
        **to_public(session, dept).model_dump(), signing_secret=secret, client_token=token
    )


def update_department(*, session: Session, department_id: str, body: DepartmentUpdate) -> DepartmentPublic:
    """Change handlers, A-away, mode or URL; re-enabling an endpoint resumes its held deliveries."""
    dept = get(session=session, department_id=department_id)
    changes = body.model_dump(exclude_unset=True)
    if "callback_url" in changes:
        changes["callback_url"] = str(body.callback_url) if body.callback_url else None
    re_enabled = dept.callback_disabled and changes.get("callback_disabled") is False
    handler_before = dept.current_handler
    for key, value in changes.items():
        setattr(dept, key, value)
    if dept.current_handler != handler_before:
        _hand_over_open_slips(session, dept, handler_before)
    _check_callback(dept.integration_mode, dept.callback_url)
    dept.updated_at = utcnow()
    session.add(dept)
    if re_enabled:
        alerts.endpoint_re_enabled(session, department_id=dept.id)
    session.flush()
    return to_public(session, dept)


def _hand_over_open_slips(session: Session, dept: Department, before: str) -> None:
    """AB岗: open slips follow the post, so B works them while A is away (and back again)."""
    from services.transfer.slips import notify
    from services.transfer.slips.models import Slip

    reason = "A岗不在岗，由B岗接办" if dept.a_away else "A岗返岗接回"
    for slip in session.exec(
        select(Slip).where(Slip.receiver_id == dept.id, Slip.state.in_(OPEN_SLIP_STATES))
    ).all():
        slip.handler = dept.current_handler
        session.add(slip)
        notify.record(
            session,
            slip,
            kind="handler_changed",
            intake_kind=None,
            actor="系统（AB岗）",
            detail=f"{dept.name}经办人由 {before or '—'} 改为 {dept.current_handler}（{reason}）",
        )


def _add_secret(session: Session, cipher: Fernet, department_id: str) -> str:
    secret = sec.new_signing_secret()
    session.add(
        SigningSecret(
            department_id=department_id, secret_encrypted=sec.encrypt(cipher, secret), hint=secret[-4:]
        )
    )
    return secret


def _add_token(session: Session, department_id: str) -> str:
    now = utcnow()
    for old in session.exec(
        select(PartnerToken).where(
            PartnerToken.department_id == department_id, PartnerToken.revoked_at.is_(None)
        )
    ).all():
        old.revoked_at = now
        session.add(old)
    token = sec.new_client_token()
    session.add(
        PartnerToken(department_id=department_id, token_hash=sec.hash_token(token), prefix=token[:10])
    )
    session.flush()
    return token


def rotate_secret(
    *, session: Session, cipher: Fernet, department_id: str, overlap_hours: int
) -> SecretRotated:
    """A new signing secret; the current one keeps signing too until the overlap ends."""
    dept = get(session=session, department_id=department_id)
    now = utcnow()
    valid_until = now + timedelta(hours=overlap_hours)
    previous = None
    for old in session.exec(select(SigningSecret).where(SigningSecret.department_id == dept.id)).all():
        if old.expires_at is None or _aware(old.expires_at) > valid_until:
            old.expires_at = valid_until
            previous = valid_until
            session.add(old)
    secret = _add_secret(session, cipher, dept.id)
    session.flush()
    return SecretRotated(signing_secret=secret, hint=secret[-4:], previous_valid_until=previous)


def issue_client_token(*, session: Session, department_id: str) -> TokenIssued:
    """A new partner token (shown once); the department's earlier tokens stop working."""
    dept = get(session=session, department_id=department_id)
    token = _add_token(session, dept.id)
    return TokenIssued(client_token=token, prefix=token[:10])


def signing_secrets(*, session: Session, cipher: Fernet, department_id: str) -> list[str]:
    """Every secret that signs now: the newest first, then those still inside their overlap."""
    now = utcnow()
    rows = session.exec(
        select(SigningSecret)
        .where(SigningSecret.department_id == department_id)
        .order_by(SigningSecret.id.desc())
    ).all()
    out = [
        sec.decrypt(cipher, r.secret_encrypted)
        for r in rows
        if r.expires_at is None or _aware(r.expires_at) > now
    ]
    return [s for s in out if s]


def resolve_partner_token(*, session: Session, token: str) -> Principal | None:
    """The partner department behind an opaque token, or None."""
    if not token.startswith(sec.TOKEN_PREFIX):
        return None
    row = session.exec(
        select(PartnerToken).where(
            PartnerToken.token_hash == sec.hash_token(token), PartnerToken.revoked_at.is_(None)
        )
    ).first()
    if row is None:
        return None
    dept = session.get(Department, row.department_id)
    if dept is None or not dept.active:
        return None
    return Principal(
        subject=f"partner:{dept.id}",
        role="partner",
        region=dept.region,
        name=dept.name,
        department_id=dept.id,
    )


def choose_receiver(
    *, session: Session, kind: str, department_type: str, region: str, field: str = "route"
) -> Department:
    """The directory entry that receives a slip of this kind: a window for `escalate`, else an office."""
    if region not in REGIONS:
        raise Invalid(f"未知的区划代码 {region}", field=f"{field}.receiver_region")
    rows = session.exec(
        select(Department)
        .where(Department.type == department_type, Department.region == region, Department.active.is_(True))
        .order_by(Department.id)
    ).all()
    if not rows:
        raise Invalid(
            f"目录中没有 {region_name(region)} 的 {DepartmentType.label_of(department_type)} 部门",
            field=f"{field}.receiver_department_type",
        )
    want_window = kind == SlipKind.ESCALATE
    preferred = [d for d in rows if d.is_window == want_window]
    return (preferred or rows)[0]


DEMO_HANDLERS = {
    "370211-window": ("陈静", "刘洋", "王主任"),
    "370211-civil": ("马俊", "高红", "韩科长"),
    "370211-education": ("赵明", "钱芳", "孙局长"),
    "370211-housing": ("吴刚", "郑丽", "冯局长"),
    "370211-hr": ("何平", "许敏", "曹局长"),
    "370211-medical": ("彭涛", "袁媛", "蒋局长"),
    "370211-disabled": ("沈磊", "韦娜", "杨理事长"),
    "370211-emergency": ("秦勇", "尤佳", "朱局长"),
    "370211-charity": ("施静", "吕楠", "张会长"),
    "370211-verification": ("韩冰", "葛亮", "秦主任"),
}
# A, B and the head of each town's civil-affairs office (dept_hd_ca 孙丽 is 黄岛's A)
TOWN_HANDLERS = {
    "370211001": ("孙丽", "周婷", "李主任"),
    "370211002": ("田野", "方圆", "赵主任"),
    "370211003": ("邓超", "石磊", "钱主任"),
    "370211004": ("贾玲", "范伟", "孙主任"),
    "370211005": ("任杰", "温馨", "周主任"),
}
DEMO_DISTRICT = [
    ("370211-window", "区民政局社会救助窗口", DepartmentType.CIVIL_AFFAIRS, True),
    ("370211-civil", "区民政局社会救助科", DepartmentType.CIVIL_AFFAIRS, False),
    ("370211-education", "区教育局", DepartmentType.EDUCATION, False),
    ("370211-housing", "区住建局", DepartmentType.HOUSING, False),
    ("370211-hr", "区人社局", DepartmentType.HUMAN_RESOURCES, False),
    ("370211-medical", "区医保局", DepartmentType.HEALTH_INSURANCE, False),
    ("370211-disabled", "区残联", DepartmentType.DISABLED_FEDERATION, False),
    ("370211-emergency", "区应急管理局", DepartmentType.EMERGENCY_MANAGEMENT, False),
    ("370211-charity", "区慈善总会", DepartmentType.SOCIAL_ORGANISATION, False),
    ("370211-verification", "区社会救助家庭经济状况核对中心", DepartmentType.VERIFICATION, False),
]


def seed_demo_departments(*, session: Session) -> int:
    """The directory of docs/contracts.md (fixed ids); returns how many were added."""
    rows = [(i, n, t, "370211", w, *DEMO_HANDLERS[i]) for i, n, t, w in DEMO_DISTRICT]
    rows += [
        (f"{code}-civil", f"{r.name}民政办", DepartmentType.CIVIL_AFFAIRS, code, False, *TOWN_HANDLERS[code])
        for code, r in REGIONS.items()
        if not r.is_district
    ]
    added = 0
    for dept_id, name, dtype, region, is_window, a, b, head in rows:
        if session.get(Department, dept_id):
            continue
        session.add(
            Department(
                id=dept_id,
                name=name,
                type=dtype,
                region=region,
                is_window=is_window,
                handler_a=a,
                handler_b=b,
                head_name=head,
            )
        )
        added += 1
    session.flush()
    return added
