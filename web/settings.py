"""Web front settings (env prefix YIMEN_WEB_)."""

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from services.common.settings import MIN_SECRET_VARIETY, PlatformSettings, weak_secret

DEMO_SESSION_SECRET = "demo-only-session-secret-change-me-0123456789"


class WebSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="YIMEN_WEB_", env_file=".env", extra="ignore")

    session_secret: str = DEMO_SESSION_SECRET
    session_max_age_seconds: int = 8 * 3600
    # Cookies only over HTTPS in production (nginx terminates TLS).
    secure_cookies: bool = False
    platform: PlatformSettings = Field(default_factory=PlatformSettings)

    @model_validator(mode="after")
    def check_production(self) -> "WebSettings":
        if self.platform.mode == "production" and weak_secret(
            self.session_secret, demo_value=DEMO_SESSION_SECRET
        ):
            raise ValueError(
                "YIMEN_WEB_SESSION_SECRET must be a private, random value of 32+ characters"
                f" ({MIN_SECRET_VARIETY}+ different ones) in production"
            )
        return self
