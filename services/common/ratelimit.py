"""A per-process sliding-window limit for public read endpoints (no personal data, nothing to share).

Write endpoints that must hold across replicas (logins, complaints, SMS codes) count in the database
instead; a read-only public page only needs each replica to refuse a flood from one address.
"""

from collections import deque
from datetime import datetime, timedelta
from math import ceil
from threading import Lock

from services.common.errors import TooManyRequests

MAX_KEYS = 50_000  # forget the oldest addresses first rather than grow without bound


class SlidingWindowLimit:
    """At most `limit` hits per `window` for one key (the caller's address)."""

    def __init__(self, limit: int, window: timedelta):
        self.limit, self.window = limit, window
        self._hits: dict[str, deque[datetime]] = {}
        self._lock = Lock()

    def hit(self, key: str, now: datetime) -> None:
        """Count one request; past the limit, 429 with Retry-After."""
        with self._lock:
            hits = self._hits.pop(key, None) or deque()
            while hits and now - hits[0] >= self.window:
                hits.popleft()
            self._hits[key] = hits  # re-inserted last: the dict stays ordered by recent use
            if len(hits) >= self.limit:
                wait = ceil((hits[0] + self.window - now).total_seconds())
                raise TooManyRequests("访问过于频繁，请稍后再试", retry_after=max(wait, 1))
            hits.append(now)
            while len(self._hits) > MAX_KEYS:
                self._hits.pop(next(iter(self._hits)))
