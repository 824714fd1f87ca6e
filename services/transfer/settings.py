"""Transfer service settings (env prefix YIMEN_TRANSFER_)."""

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from services.common.files import S3Settings, check_location
from services.common.settings import ServiceSettings


class TransferSettings(ServiceSettings, S3Settings):
    """Deadlines, retry schedule and worker intervals of the transfer service."""

    model_config = SettingsConfigDict(env_prefix="YIMEN_TRANSFER_", env_file=".env", extra="ignore")

    # Fernet key for webhook signing secrets at rest; empty = derived from the platform secret
    secret_key: str = ""
    # seed 003: opinion within 3 working days of receipt, feedback within 3 working days of handling
    opinion_working_days: int = 3
    feedback_working_days: int = 3
    # emergency cases: paperwork (补齐手续) due this many working days after the case was accepted
    paperwork_working_days: int = 10
    # a deadline this many working days away (or less) is "near due" and earns a reminder (催办)
    near_due_working_days: int = 1
    secret_overlap_hours: int = 24
    webhook_timeout_seconds: float = 10.0
    # retry schedule (seconds) for partner webhooks: about 31 hours in all, then the endpoint is disabled
    webhook_retry_schedule: list[int] = [30, 120, 600, 1800, 3600, 7200, 14400, 21600, 21600, 21600, 21600]
    intake_max_attempts: int = 20
    # each partner endpoint is sent to by its own lane, one batch in flight per endpoint (order kept),
    # at most this many endpoints at once; intake events have a lane of their own
    webhook_parallel_endpoints: int = Field(default=8, ge=1, le=64)
    webhook_batch_per_endpoint: int = Field(default=5, ge=1, le=100)
    # partner callbacks: a Standard Webhooks signature (the department's whsec_ secret) is always checked
    # when present; true = required on every write as well as the ymp_ token
    partner_signatures_required: bool = False
    sweep_interval_seconds: float = 60.0
    calendar_refresh_seconds: float = 300.0
    # scans and photos of the item procedure (pledges, home visits): a directory (empty =
    # data/transfer-files) or s3://bucket/prefix, reached with the YIMEN_TRANSFER_S3_* options
    files_dir: str = ""
    max_file_bytes: int = 5 * 1024 * 1024
    # 公示: the public list shows grants of this many months, the current one included
    disclosure_months: int = Field(default=3, ge=1, le=24)

    def model_post_init(self, _context) -> None:
        check_location(self.files_dir)
        if not self.database_url:
            self.database_url = self.sqlite_default("transfer")
