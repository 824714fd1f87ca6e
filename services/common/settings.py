"""Settings shared by every service: run mode, the token secret and where the others live."""

from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Known only to demo mode; production refuses to start with it (see check_production).
DEMO_AUTH_SECRET = "demo-only-auth-secret-change-me-0123456789"
DATA_DIR = Path("data")
MIN_SECRET_LENGTH = 32
MIN_SECRET_VARIETY = 8  # distinct characters: "aaaa…" or "abab…" is not a secret, whatever its length


def weak_secret(value: str, *, demo_value: str) -> bool:
    """True for a secret production must refuse: the published demo value, a placeholder, short or repetitive."""
    return (
        value == demo_value
        or len(value) < MIN_SECRET_LENGTH
        or "CHANGE_ME" in value
        or len(set(value)) < MIN_SECRET_VARIETY
    )


class PlatformSettings(BaseSettings):
    """What all services agree on; env prefix YIMEN_."""

    model_config = SettingsConfigDict(env_prefix="YIMEN_", env_file=".env", extra="ignore")

    mode: Literal["demo", "production"] = "demo"
    auth_secret: str = DEMO_AUTH_SECRET
    token_ttl_seconds: int = 8 * 3600
    intake_url: str = "http://127.0.0.1:8001"
    eligibility_url: str = "http://127.0.0.1:8002"
    transfer_url: str = "http://127.0.0.1:8003"
    web_url: str = "http://127.0.0.1:8000"
    # Every business day is counted in Beijing time, whatever the server's TZ.
    timezone: str = "Asia/Shanghai"
    log_level: str = "INFO"
    log_json: bool = True
    # Peers whose X-Forwarded-For is believed (comma-separated addresses or CIDR networks, e.g. the
    # reverse proxy's). Empty: nobody's; the rate limits then count the connecting address itself.
    trusted_proxies: str = ""
    # Demo and tests only: the process clock starts at this instant and runs on (services/common/clock.py).
    clock_start: datetime | None = None

    @model_validator(mode="after")
    def check_production(self) -> "PlatformSettings":
        # A production deployment must never run with the secret that is published in the README.
        if self.mode == "production" and self.clock_start is not None:
            raise ValueError("YIMEN_CLOCK_START is for demo and tests only; unset it in production")
        if self.mode == "production":
            if weak_secret(self.auth_secret, demo_value=DEMO_AUTH_SECRET):
                raise ValueError(
                    "YIMEN_AUTH_SECRET must be set to a private, random value of 32+ characters"
                    f" ({MIN_SECRET_VARIETY}+ different ones) in production"
                )
        return self

    @property
    def is_demo(self) -> bool:
        return self.mode == "demo"


class ServiceSettings(BaseSettings):
    """Base for one service's own settings; subclasses set env_prefix (YIMEN_INTAKE_ …)."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = ""
    # Per process; size it so replicas × (pool + overflow) stays under PostgreSQL's max_connections.
    db_pool_size: int = Field(default=10, ge=1, le=200)
    db_max_overflow: int = Field(default=20, ge=0, le=200)
    # Background workers (outbox delivery, deadline sweeps) run in-process unless disabled,
    # so that `make run` needs one process per service; production runs them as their own replicas.
    run_workers: bool = True
    worker_interval_seconds: float = 2.0
    platform: PlatformSettings = Field(default_factory=PlatformSettings)

    def sqlite_default(self, service: str) -> str:
        """The embedded default: one SQLite file per service under data/ (demo mode only)."""
        if not self.platform.is_demo:
            # an empty file would start a blank system silently: production names what is missing
            raise ValueError(
                f"YIMEN_{service.upper()}_DATABASE_URL must be set in production"
                " (e.g. postgresql://user:password@host:5432/yimen_" + service + ")"
            )
        DATA_DIR.mkdir(exist_ok=True)
        return f"sqlite:///{DATA_DIR / (service + '.db')}"
