"""Eligibility service settings (env prefix YIMEN_ELIGIBILITY_)."""

from pydantic_settings import SettingsConfigDict

from services.common.settings import ServiceSettings


class EligibilitySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="YIMEN_ELIGIBILITY_", env_file=".env", extra="ignore")

    def model_post_init(self, _context) -> None:
        if not self.database_url:
            self.database_url = self.sqlite_default("eligibility")
