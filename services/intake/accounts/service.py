"""Logging in, and the demo accounts."""

from sqlmodel import Session, select

from services.common.auth import STAFF_ROLES, Principal, hash_password, issue_token, verify_password
from services.common.errors import Conflict, Invalid, Unauthorized
from services.common.regions import region as find_region
from services.common.regions import region_name
from services.common.settings import PlatformSettings
from services.intake.accounts.models import StaffAccount
from services.intake.accounts.schemas import AccountPublic, TokenResponse

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


def login(*, session: Session, platform: PlatformSettings, username: str, password: str) -> TokenResponse:
    """Check the password and issue a signed token; the same answer for unknown user and bad password."""
    account = session.exec(select(StaffAccount).where(StaffAccount.username == username)).first()
    if account is None or not account.active or not verify_password(account.password_hash, password):
        raise Unauthorized("用户名或密码错误")
    token = issue_token(platform.auth_secret, principal_of(account))
    return TokenResponse(
        access_token=token, expires_in=platform.token_ttl_seconds, account=to_public(account)
    )


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
    if len(password) < 12:
        raise Invalid("密码至少 12 位", field="password")
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
