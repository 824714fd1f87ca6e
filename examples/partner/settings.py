"""The example partner's configuration, read from the environment (see README.md)."""

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PartnerSettings:
    """Where Yimen is, the partner's own credentials, where it listens and keeps its state."""

    transfer_url: str = "http://127.0.0.1:8003"
    token: str = ""  # ymp_… from the Yimen administrator: reads our slips, posts our answers
    # whsec_… signing secrets, newest first; during a rotation keep the old one until Yimen stops using it
    webhook_secrets: tuple[str, ...] = ()
    host: str = "127.0.0.1"
    port: int = 8010
    database: Path = Path("partner.db")
    # How long this "department" takes between two answers (a real one: days; the demo: seconds)
    answer_delay_seconds: float = 0.0
    handler: str = "协同系统"
    head_name: str = "部门负责人"
    approved_amount: str = "800.00"
    poll_seconds: float = 0.3

    @classmethod
    def from_env(cls, env=None) -> "PartnerSettings":
        """Settings from YIMEN_TRANSFER_URL and PARTNER_* variables (unset ones keep their defaults)."""
        env = os.environ if env is None else env
        defaults = cls()
        secrets = env.get("PARTNER_WEBHOOK_SECRET", "")
        return cls(
            transfer_url=env.get("YIMEN_TRANSFER_URL", defaults.transfer_url).rstrip("/"),
            token=env.get("PARTNER_TOKEN", ""),
            webhook_secrets=tuple(s.strip() for s in secrets.split(",") if s.strip()),
            host=env.get("PARTNER_HOST", defaults.host),
            port=int(env.get("PARTNER_PORT", defaults.port)),
            database=Path(env.get("PARTNER_DATABASE", defaults.database)),
            answer_delay_seconds=float(
                env.get("PARTNER_ANSWER_DELAY_SECONDS", defaults.answer_delay_seconds)
            ),
            handler=env.get("PARTNER_HANDLER", defaults.handler),
            head_name=env.get("PARTNER_HEAD_NAME", defaults.head_name),
            approved_amount=env.get("PARTNER_APPROVED_AMOUNT", defaults.approved_amount),
            poll_seconds=float(env.get("PARTNER_POLL_SECONDS", defaults.poll_seconds)),
        )

    def check(self) -> None:
        """Refuse to start without the two credentials a partner cannot work without."""
        if not self.token.startswith("ymp_"):
            raise SystemExit("PARTNER_TOKEN must be the ymp_… token issued by the Yimen administrator")
        if not self.webhook_secrets or not all(s.startswith("whsec_") for s in self.webhook_secrets):
            raise SystemExit(
                "PARTNER_WEBHOOK_SECRET must be the whsec_… secret (two, comma-separated, while rotating)"
            )
