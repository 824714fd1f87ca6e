"""Logging in (with lockout) and out, the password policy, and the demo accounts."""

import re
import secrets
import threading
import time
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

from sqlmodel import Session, col, delete, select

from services.common.auth import STAFF_ROLES, Principal, hash_password, issue_token, verify_password
from services.common.db import Database
from services.common.errors import Conflict, Invalid, NotFound, TooManyRequests, Unauthorized
from services.common.regions import region as find_region
from services.common.regions import region_name
from services.common.settings import PlatformSettings
from services.intake.accounts import throttle
from services.intake.accounts.models import RevokedToken, StaffAccount
from services.intake.accounts.schemas import AccountAdminView, AccountPublic, TokenResponse

DEMO_PASSWORD = "yimen-demo-2026"  # demo mode only; production never seeds these accounts
DEMO_ACCOUNTS = [
    # username, display name, role, region, department id
    ("window_hd", "王晓燕", "window_staff", "370211001", None),
    ("window_xa", "李建国", "window_staff", "370211002", None),
    ("window_qu", "陈静", "window_staff", "370211", None),
    ("dept_edu", "赵明", "department_staff", "370211", "370211-education"),
    ("dept_hd_ca", "孙丽", "department_staff", "370211001", "370211001-civil"),
    ("supervisor", "周正", "supervisor", "370211", None),
    ("admin", "系统管理员", "admin", "370211", None),
    (
        "agent_hd",
        "刘秀兰",
        "agent",
        "370211001",
        None,
    ),  # 戚家社区代办员 (profile: services/intake/demo_modes.py)
    ("grid_hd", "孙建华", "grid_worker", "370211001", None),  # 戚家社区网格员
    ("charity", "施静", "department_staff", "370211", "370211-charity"),  # 区慈善总会 (social organisation)
    # 辛安街道 handles 临时救助 in full (transfer/procedure): its office, a second investigator, the approval
    # group's leaders, and the district's checking body (核对机构)
    ("dept_xa_ca", "田野", "department_staff", "370211002", "370211002-civil"),
    ("dept_xa_ca2", "方圆", "department_staff", "370211002", "370211002-civil"),
    ("leader_xa", "赵主任", "department_staff", "370211002", "370211002-civil"),
    ("leader_xa2", "钱委员", "department_staff", "370211002", "370211002-civil"),
    ("check_qu", "韩冰", "department_staff", "370211", "370211-verification"),
]


def to_public(account: StaffAccount) -> AccountPublic:
    return AccountPublic(
        username=account.username,
        display_name=account.display_name,
        role=account.role,
        region=account.region,
        region_name=region_name(account.region),
        department_id=account.department_id,
    )


def principal_of(account: StaffAccount) -> Principal:
    return Principal(
        subject=account.username,
        role=account.role,
        region=account.region,
        name=account.display_name,
        department_id=account.department_id,
    )


ACCOUNT_LOCK_AFTER = 5  # wrong passwords for one account before it is locked, then back-off
ADDRESS_LOCK_AFTER = 20  # wrong passwords from one address, whichever accounts it tries
FIRST_LOCK = timedelta(minutes=1)
MIN_PASSWORD_LENGTH = 12
COMMON_PASSWORDS = Path(__file__).with_name("common_passwords.csv")


@cache
def _dummy_hash() -> str:
    # an unknown user costs one argon2 verification too, so the answer time does not tell who exists
    return hash_password(secrets.token_urlsafe(16))


def login(
    *, db: Database, platform: PlatformSettings, username: str, password: str, client: str, now: datetime
) -> TokenResponse:
    """Check the password and issue a signed token; the same answer (and time) for an unknown user.

    Failures are counted in their own transaction (a refused login must still count) per account
    and per address; a locked key is a 429 with Retry-After, even with the right password.
    """
    keys = {"account": f"login:user:{username}", "address": f"login:addr:{client}"}
    with db.session() as session:
        wait = throttle.retry_after(session=session, keys=list(keys.values()), now=now)
    if wait:
        raise TooManyRequests(
            f"登录失败次数过多，请 {max(1, wait // 60)} 分钟后再试", retry_after=wait, field="username"
        )
    with db.session() as session:
        account = session.exec(select(StaffAccount).where(StaffAccount.username == username)).first()
        matches = verify_password(account.password_hash if account else _dummy_hash(), password)
        if account is not None and account.active and matches:
            throttle.clear(session=session, key=keys["account"])
            token = issue_token(platform.auth_secret, principal_of(account))
            return TokenResponse(
                access_token=token, expires_in=platform.token_ttl_seconds, account=to_public(account)
            )
        for kind, limit in (("account", ACCOUNT_LOCK_AFTER), ("address", ADDRESS_LOCK_AFTER)):
            throttle.record(session=session, key=keys[kind], limit=limit, first_lock=FIRST_LOCK, now=now)
    raise Unauthorized("用户名或密码错误")


def revoke(*, session: Session, principal: Principal, platform: PlatformSettings, now: datetime) -> None:
    """Logout: the caller's own token is refused from now on (and expired entries are dropped)."""
    if not principal.jti:
        return  # a token from before token ids: it expires on its own
    session.exec(delete(RevokedToken).where(col(RevokedToken.expires_at) < now))
    if session.get(RevokedToken, principal.jti) is None:
        expires = now + timedelta(seconds=platform.token_ttl_seconds)
        session.add(RevokedToken(jti=principal.jti, expires_at=expires))
        session.flush()


REVOCATION_REFRESH_SECONDS = 2.0  # a logout in another process is refused here at most this late


class RevokedTokens:
    """The revoked token ids held in memory, so that an authenticated request runs no query for them.

    A logout in this process is seen at once (`add`); one in another process (replica, CLI) when the
    set is next read from the database: at most `refresh_seconds` later. The whole set is read (a
    logout adds one row, expired rows are dropped on every logout), one statement per refresh, by the
    one request that finds it stale; requests meanwhile check against the set as it stands."""

    def __init__(self, db: Database, refresh_seconds: float = REVOCATION_REFRESH_SECONDS):
        self.db, self.refresh_seconds = db, refresh_seconds
        self._jtis: frozenset[str] = frozenset()
        self._added: dict[str, float] = {}  # revoked here -> when (kept until a read surely holds it)
        self._read_at: float | None = None  # monotonic time of the last read
        self._lock = threading.Lock()

    def stale(self) -> bool:
        return self._read_at is None or time.monotonic() - self._read_at >= self.refresh_seconds

    def cached(self, jti: str) -> bool | None:
        """Whether the token is revoked, from memory; None when the set must first be read (`__call__`)."""
        if self.stale():
            return None
        return jti in self._jtis or jti in self._added

    def __call__(self, _request, jti: str) -> bool:
        """Whether the token is revoked, reading the set from the database first if it is stale."""
        if self.stale():
            # one reader; the others use the set as it stands — except before the first read, when there
            # is none yet: they wait for it
            never_read = self._read_at is None
            if self._lock.acquire(blocking=never_read):
                try:
                    if self.stale():  # a waiter finds the first read done
                        self._read()
                finally:
                    self._lock.release()
        return jti in self._jtis or jti in self._added

    def _read(self) -> None:
        started = time.monotonic()
        with self.db.session() as session:
            rows = session.exec(select(RevokedToken.jti)).all()
        self._jtis, self._read_at = frozenset(rows), started
        # a logout's row is committed before its answer: a read a minute later holds it
        self._added = {j: at for j, at in self._added.items() if started - at < 60}

    def add(self, jti: str) -> None:
        """A logout in this process: refused from this moment."""
        if jti:
            self._added = self._added | {jti: time.monotonic()}


def demo_accounts_left(*, session: Session) -> list[str]:
    """Active accounts that still open with the published demo password (production must not start)."""
    names = [name for name, *_ in DEMO_ACCOUNTS]
    rows = session.exec(
        select(StaffAccount).where(col(StaffAccount.username).in_(names), StaffAccount.active)
    ).all()
    return sorted(a.username for a in rows if verify_password(a.password_hash, DEMO_PASSWORD))


@cache
def _common_passwords() -> frozenset[str]:
    return frozenset(COMMON_PASSWORDS.read_text(encoding="utf-8").split())


def check_password(password: str, *, username: str = "") -> None:
    """The password policy: 12+ characters, not the demo password, not a common one, not the username."""
    lowered = password.lower()
    if len(password) < MIN_PASSWORD_LENGTH:
        raise Invalid(f"密码至少 {MIN_PASSWORD_LENGTH} 位", field="password")
    if lowered == DEMO_PASSWORD:
        raise Invalid("不能使用公开的演示密码", field="password")
    # "Password2026!" is "password" with a suffix: strip trailing digits and punctuation too
    stem = re.sub(r"[\d\W_]+$", "", lowered)
    if lowered in _common_passwords() or stem in _common_passwords() or len(set(lowered)) < 5:
        raise Invalid("密码过于常见或简单，请换一个", field="password")
    if username and username.lower() in lowered:
        raise Invalid("密码不能包含用户名", field="password")


def seed_demo_accounts(*, session: Session) -> int:
    """Create the demo accounts that do not exist yet; returns how many were added."""
    added = 0
    for username, name, role, region, dept in DEMO_ACCOUNTS:
        if session.exec(select(StaffAccount).where(StaffAccount.username == username)).first():
            continue
        session.add(
            StaffAccount(
                username=username,
                display_name=name,
                role=role,
                region=region,
                department_id=dept,
                password_hash=hash_password(DEMO_PASSWORD),
            )
        )
        added += 1
    return added


def create_account(
    *,
    session: Session,
    username: str,
    display_name: str,
    role: str,
    region: str,
    password: str,
    department_id: str | None = None,
) -> StaffAccount:
    """Add a staff account (e.g. the first admin of a production install); refuses duplicates and weak input."""
    if role not in STAFF_ROLES:
        raise Invalid(f"role 须为 {', '.join(STAFF_ROLES)} 之一", field="role")
    if find_region(region) is None:
        raise Invalid(f"未知的区域代码 {region}", field="region")
    check_password(password, username=username)
    if session.exec(select(StaffAccount).where(StaffAccount.username == username)).first():
        raise Conflict(f"用户名 {username} 已存在", field="username")
    account = StaffAccount(
        username=username,
        display_name=display_name,
        role=role,
        region=region,
        department_id=department_id,
        password_hash=hash_password(password),
    )
    session.add(account)
    session.flush()
    return account


def set_active(*, session: Session, username: str, active: bool) -> StaffAccount:
    """Deactivate (or reactivate) an account, e.g. a demo account left in a production database."""
    account = session.exec(select(StaffAccount).where(StaffAccount.username == username)).first()
    if account is None:
        raise Invalid(f"用户名 {username} 不存在", field="username")
    account.active = active
    session.add(account)
    return account


def set_password(*, session: Session, username: str, password: str) -> StaffAccount:
    """Give an account a new password that passes the policy."""
    check_password(password, username=username)
    account = session.exec(select(StaffAccount).where(StaffAccount.username == username)).first()
    if account is None:
        raise Invalid(f"用户名 {username} 不存在", field="username")
    account.password_hash = hash_password(password)
    session.add(account)
    return account


def to_admin_view(account: StaffAccount) -> AccountAdminView:
    return AccountAdminView(**to_public(account).model_dump(), active=account.active)


def list_accounts(*, session: Session) -> list[AccountAdminView]:
    """Every staff account, active first, then by region and username."""
    rows = session.exec(select(StaffAccount)).all()
    return [to_admin_view(a) for a in sorted(rows, key=lambda a: (not a.active, a.region, a.username))]


def update_account(*, session: Session, username: str, changes: dict, actor: str) -> StaffAccount:
    """Change name, role, region, department or active of an account; an admin cannot lock themself out."""
    account = session.exec(select(StaffAccount).where(StaffAccount.username == username)).first()
    if account is None:
        raise NotFound(f"用户名 {username} 不存在", field="username")
    if username == actor and (changes.get("active") is False or changes.get("role", "admin") != "admin"):
        raise Conflict("不能停用自己的账号或取消自己的管理员角色", field="username")
    if "role" in changes and changes["role"] not in STAFF_ROLES:
        raise Invalid("角色不合法", field="role")
    if "region" in changes and find_region(changes["region"]) is None:
        raise Invalid(f"未知的区域代码 {changes['region']}", field="region")
    for name, value in changes.items():
        setattr(account, name, value)
    session.add(account)
    session.flush()
    return account
