"""Intake service settings (env prefix YIMEN_INTAKE_)."""

from pydantic_settings import SettingsConfigDict

from services.common.files import S3Settings, check_location
from services.common.settings import ServiceSettings


class IntakeSettings(ServiceSettings, S3Settings):
    model_config = SettingsConfigDict(env_prefix="YIMEN_INTAKE_", env_file=".env", extra="ignore")

    # who sends verification codes: "log" (writes them to the log, phone masked) or "package.module:factory"
    sms_gateway: str = "log"
    # 资料归档: where scans are kept — a directory (empty = data/intake-archive) or s3://bucket/prefix —
    # and the largest scan accepted
    archive_dir: str = ""
    archive_max_bytes: int = 20 * 1024 * 1024

    def model_post_init(self, _context) -> None:
        check_location(self.archive_dir)
        if not self.database_url:
            self.database_url = self.sqlite_default("intake")
