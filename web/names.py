"""People, offices and roles by their Chinese names for the pages: never `window_hd`, `transfer`, `system`,
`department_staff` or `370211-education` in front of a person.

One `Names` per request (`names_for(request)`): departments from transfer's directory (fetched once per
request, kept a minute per process), staff names from what the page already knows (the case's first
responder and status history, the logged-in user, the administrator's account list), roles and Yimen's
own services from the vocabulary. Whoever stays unknown is named by role (“窗口工作人员”) or “工作人员”.
"""

import time

from fastapi import Request

from services.common.errors import ProblemError
from services.common.regions import region_name
from services.common.vocabulary import DepartmentType, Role
from web.session import current_user_optional

SERVICES = {
    "system": "系统自动",
    "intake": "受理系统",
    "eligibility": "事项目录系统",
    "transfer": "转办系统",
    "web": "窗口系统",
    "worker": "系统自动",
    "scheduler": "系统自动",
}
DIRECTORY_SECONDS = 60  # department names change rarely; a minute-old name is fine on a page


class Names:
    """Display names of staff, departments, roles and services, cached for one request."""

    def __init__(self, request: Request):
        self.request = request
        self.people: dict[str, str] = {}
        self.user = current_user_optional(request)
        user = self.user
        if user is not None:
            self.people[user.username] = user.display_name
        self._departments: dict[str, str] | None = None

    def learn(self, pairs) -> "Names":
        """Remember username → name pairs a page already carries (first responder, status history)."""
        for username, name in pairs:
            if username and name and name != username:
                self.people.setdefault(username, name)
        return self

    def _learn_accounts(self) -> None:
        """An administrator's pages may name anyone: the account list, once per request."""
        if getattr(self, "_accounts_loaded", False) or self.user is None or self.user.role != "admin":
            return
        self._accounts_loaded = True
        try:
            answer = self.request.app.state.intake.request("GET", "/v1/auth/accounts", token=self.user.token)
            accounts = answer.json()
        except (ProblemError, ValueError):
            return
        self.learn((a.get("username"), a.get("display_name")) for a in accounts if isinstance(a, dict))

    def departments(self) -> dict[str, str]:
        if self._departments is None:
            state = self.request.app.state
            cached = getattr(state, "department_names", None)
            if cached and cached[0] > time.monotonic():
                self._departments = cached[1]
            else:
                try:
                    rows = state.transfer.list_departments(token=self.user.token if self.user else None)
                    self._departments = {d.id: d.name for d in rows}
                    state.department_names = (time.monotonic() + DIRECTORY_SECONDS, self._departments)
                except ProblemError:
                    self._departments = {}  # transfer down: fall back to the office kind below
        return self._departments

    def department(self, department_id: str | None) -> str:
        """`370211-education` → 区教育局 (or the office kind of the region when transfer is down)."""
        if not department_id:
            return ""
        known = self.departments().get(department_id)
        if known:
            return known
        region, _, kind = department_id.partition("-")
        office = next((t.office for t in DepartmentType if t.value.startswith(kind)), "部门") if kind else ""
        return f"{region_name(region) or ''}{office}" or "协同部门"

    def role(self, role: str | None) -> str:
        return Role.label_of(role) if role in {r.value for r in Role} else ""

    def actor(self, actor: str | None, role: str | None = None, department_id: str | None = None) -> str:
        """Whoever did something: a person's name (with office), a department, a role or a service."""
        if not actor:
            return ""
        if actor.startswith("service:"):
            actor = actor.removeprefix("service:")
        if actor.split(":")[0] in SERVICES:  # system, system:demo, transfer…
            return SERVICES[actor.split(":")[0]]
        if not actor.isascii():  # already a person's or office's name (e.g. an A/B post written as 赵明)
            return actor
        if actor not in self.people:
            self._learn_accounts()
        if actor in self.people:
            name = self.people[actor]
            return f"{name}（{self.department(department_id)}）" if department_id else name
        if actor in self.departments() or (actor[:6].isdigit() and "-" in actor):
            return self.department(actor)
        if self.role(actor):
            return self.role(actor)
        office = self.department(department_id) if department_id else self.role(role)
        return office or "工作人员"


def names_for(request: Request) -> Names:
    """The request's Names (created on first use)."""
    names = getattr(request.state, "names", None)
    if names is None:
        names = request.state.names = Names(request)
    return names
