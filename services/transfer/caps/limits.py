"""The 临时救助 caps as eligibility's parameters say on a date, read through its client and cached briefly."""

import logging
import threading
from dataclasses import dataclass
from datetime import date

from services.common.clock import Clock
from services.common.errors import ProblemError, ServiceUnavailable
from services.common.money import yuan_to_fen

log = logging.getLogger("yimen.transfer.caps")
MAX_GRANTS = "max_grants_per_year"
ANNUAL_CAP = "annual_cap"


@dataclass(frozen=True)
class CapLimits:
    """The two caps in force on one date, with the dates they took effect."""

    max_grants: int
    annual_cap_fen: int
    max_grants_from: date
    annual_cap_from: date


def _value_on(rows: list, name: str, on: date):
    current = [r for r in rows if r.name == name and r.superseded_at is None and r.effective_from <= on]
    if not current:
        raise ServiceUnavailable(
            f"资格服务未设定 {on.isoformat()} 适用的参数 {name}，无法核对临时救助年度上限", field="parameters"
        )
    return max(current, key=lambda r: r.effective_from)


class CapLimitsSource:
    """Asks eligibility for its parameters at most once per `ttl_seconds`; never pays unchecked."""

    def __init__(self, eligibility, clock: Clock, ttl_seconds: float = 60.0):
        self._eligibility, self._clock, self._ttl = eligibility, clock, ttl_seconds
        self._rows: list | None = None
        self._fetched_at = None
        self._lock = threading.Lock()

    def _parameters(self) -> list:
        with self._lock:
            now = self._clock.now()
            if self._rows is not None and (now - self._fetched_at).total_seconds() < self._ttl:
                return self._rows
            try:
                rows = self._eligibility.list_parameters()
            except ProblemError as exc:
                log.warning("eligibility parameters unavailable: %s", exc.detail)
                raise ServiceUnavailable(
                    "资格服务暂不可用，无法核对临时救助每户每年次数与金额上限，本次未登记，请稍后重试",
                    field="parameters",
                ) from exc
            self._rows, self._fetched_at = list(rows), now
            return self._rows

    def on(self, day: date) -> CapLimits:
        """The caps that apply to a grant dated `day`."""
        rows = self._parameters()
        times, money = _value_on(rows, MAX_GRANTS, day), _value_on(rows, ANNUAL_CAP, day)
        return CapLimits(
            max_grants=int(times.value),
            annual_cap_fen=yuan_to_fen(str(money.value), field=ANNUAL_CAP),
            max_grants_from=times.effective_from,
            annual_cap_from=money.effective_from,
        )

    def forget(self) -> None:
        """Drop the cached values (tests, or after an administrator changed a cap)."""
        with self._lock:
            self._rows = None
