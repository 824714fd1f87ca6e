"""The catalogue list, built once per catalogue version and served from memory until the next edit.

The version is one cheap statement over the catalogue tables (row counts, highest ids, summed item and
material versions, and the change log that every admin edit appends to), so an edit committed by
ANY replica changes it; in this process every flush and commit that touches a catalogue table also
moves a generation counter, so even an in-place change that logs nothing is never served stale.
The ETag is derived from the version alone: a caller that already holds the list gets 304 for one
statement, without the list being built or encoded.
"""

import hashlib
import threading
from dataclasses import dataclass
from datetime import date

from pydantic import TypeAdapter
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session

from services.eligibility.catalogue.models import (
    AssistanceItem,
    CatalogueChange,
    HandlingLevel,
    ItemMaterial,
    Material,
)
from services.eligibility.catalogue.schemas import ItemPublic
from services.eligibility.rules.models import RuleSet

TABLES = (AssistanceItem, Material, ItemMaterial, HandlingLevel, RuleSet, CatalogueChange)
MAX_ENTRIES = 64  # districts × include_inactive × days: a handful in practice
ITEMS = TypeAdapter(list[ItemPublic])


@dataclass(frozen=True)
class Listing:
    """One district's catalogue as answered: the items, their JSON and its ETag."""

    etag: str
    items: list[ItemPublic]
    body: bytes


class _Generation:
    """Moves on every flush or commit of this process that wrote a catalogue table."""

    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()

    def bump(self) -> None:
        with self.lock:
            self.value += 1


generation = _Generation()
_cache: dict[tuple, Listing] = {}


def _touches_catalogue(session: OrmSession) -> bool:
    return any(isinstance(o, TABLES) for o in (*session.new, *session.dirty, *session.deleted))


@event.listens_for(OrmSession, "after_flush")
def _after_flush(session: OrmSession, _context) -> None:
    if _touches_catalogue(session) or session.info.get("catalogue_written"):
        session.info["catalogue_written"] = True
        generation.bump()


@event.listens_for(OrmSession, "after_commit")
def _after_commit(session: OrmSession) -> None:
    # again at commit: a reader that cached between this flush and this commit saw the old rows
    if session.info.pop("catalogue_written", False):
        generation.bump()


@event.listens_for(OrmSession, "after_rollback")
def _after_rollback(session: OrmSession) -> None:
    if session.info.pop("catalogue_written", False):
        generation.bump()


def _aggregates() -> list:
    columns = []
    for table in TABLES:
        columns += [select(func.count()).select_from(table).scalar_subquery()]
        columns += [select(func.coalesce(func.max(table.id), 0)).scalar_subquery()]
    for table in (AssistanceItem, Material):
        columns += [select(func.coalesce(func.sum(table.version), 0)).scalar_subquery()]
    return columns


VERSION_QUERY = select(*_aggregates())


def version(*, session: Session) -> tuple:
    """The catalogue's version: one statement, plus this process's generation and the database."""
    return (generation.value, id(session.get_bind()), tuple(session.exec(VERSION_QUERY).one()))


def etag_for(key: tuple) -> str:
    return '"' + hashlib.sha256(repr(key).encode()).hexdigest()[:32] + '"'


def listing_key(*, session: Session, district: str, today: date, include_inactive: bool) -> tuple:
    """What a list depends on: the catalogue version, the district, the day (acceptance dates) and
    whether inactive items are included."""
    return (version(session=session), district, today.isoformat(), include_inactive)


def cached(key: tuple) -> Listing | None:
    return _cache.get(key)


def store(key: tuple, items: list[ItemPublic]) -> Listing:
    """Remember a freshly built list under its key; the oldest entries go first."""
    listing = Listing(etag=etag_for(key), items=items, body=ITEMS.dump_json(items))
    while len(_cache) >= MAX_ENTRIES:
        _cache.pop(next(iter(_cache)), None)
    _cache[key] = listing
    return listing


def clear() -> None:
    """Forget every list (tests)."""
    _cache.clear()
