"""Typed client for the eligibility service: what other services and the web front call.

Every method takes `token=` so the web front can act with the logged-in user's token;
without it the caller's service token is used. Answers are the eligibility service's public
schemas (docs/contracts.md, docs/eligibility.md).
"""

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import TypeAdapter

from services.common.http import ServiceClient
from services.common.observability import request_id_var
from services.eligibility.catalogue.public import GuideItem
from services.eligibility.catalogue.schemas import ChangePublic, ItemPublic, MaterialPublic
from services.eligibility.guidance.schemas import (
    ChecklistResponse,
    RouteDecision,
    SuggestionResponse,
    SuggestionRulePublic,
)
from services.eligibility.rules.schemas import EvaluationResult, ParameterPublic, RuleSetPublic

__all__ = [  # the public schemas other services may use
    "ChangePublic",
    "ChecklistResponse",
    "EligibilityClient",
    "EvaluationResult",
    "GuideItem",
    "ItemPublic",
    "MaterialPublic",
    "ParameterPublic",
    "RouteDecision",
    "RuleSetPublic",
    "SuggestionResponse",
    "SuggestionRulePublic",
]


def _clean(params: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in params.items() if v is not None}


ITEMS = TypeAdapter(list[ItemPublic])  # built once: a TypeAdapter per call cost more than the parse


@dataclass(frozen=True)
class _HeldCatalogue:
    etag: str
    items: list[ItemPublic]
    asked_in: tuple[str, str | None]  # (request id, token) of the call that last confirmed it


class EligibilityClient(ServiceClient):
    service_name = "eligibility"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._catalogue: dict[tuple[str | None, bool], _HeldCatalogue] = {}

    # catalogue
    def list_items(
        self, *, district: str | None = None, include_inactive: bool = False, token: str | None = None
    ) -> list[ItemPublic]:
        """GET /v1/items: the catalogue, handling levels for `district` (default: the caller's).

        Kept with its ETag: the next call asks with If-None-Match and gets a 304 of one cheap statement
        while the catalogue is unchanged; within one incoming request (same request id and token) the
        list is asked for once at most. The list is shared: read it, do not change it.
        """
        key = (district, include_inactive)
        held = self._catalogue.get(key)
        asked_in = (request_id_var.get(), token)
        if held is not None and asked_in[0] != "-" and held.asked_in == asked_in:
            return held.items
        params = _clean({"district": district, "include_inactive": "true" if include_inactive else None})
        headers = {"if-none-match": held.etag} if held is not None else None
        response = self.request("GET", "/v1/items", params=params, token=token, headers=headers)
        if response.status_code == 304 and held is not None:
            self._catalogue[key] = _HeldCatalogue(held.etag, held.items, asked_in)
            return held.items
        items = ITEMS.validate_python(response.json())
        if etag := response.headers.get("etag"):
            if len(self._catalogue) >= 32:  # districts × include_inactive: a handful
                self._catalogue.clear()
            self._catalogue[key] = _HeldCatalogue(etag, items, asked_in)
        return items

    def get_item(self, code: str, *, district: str | None = None, token: str | None = None) -> ItemPublic:
        """GET /v1/items/{code}."""
        return self.get_json(
            f"/v1/items/{code}", ItemPublic, params=_clean({"district": district}), token=token
        )

    def guide_items(self, *, client_ip: str = "") -> list[GuideItem]:
        """GET /v1/public/items: the public service guide (办事指南); `client_ip` is the browser's, for the limit."""
        headers = {"x-forwarded-for": client_ip} if client_ip else None
        return self.get_json("/v1/public/items", list[GuideItem], headers=headers)

    def guide_item(self, code: str, *, client_ip: str = "") -> GuideItem:
        """GET /v1/public/items/{code}: one item of the public service guide."""
        headers = {"x-forwarded-for": client_ip} if client_ip else None
        return self.get_json(f"/v1/public/items/{code}", GuideItem, headers=headers)

    def checklist(
        self, item_codes: list[str], provided: list[str] | None = None, *, token: str | None = None
    ) -> ChecklistResponse:
        """POST /v1/materials/checklist: the one de-duplicated list of what is still missing."""
        body = {"item_codes": list(item_codes), "provided": list(provided or [])}
        return self.post_json("/v1/materials/checklist", ChecklistResponse, body, token=token)

    def route(
        self,
        item_code: str,
        window_level: str,
        window_region: str,
        hukou_region: str,
        *,
        token: str | None = None,
    ) -> RouteDecision:
        """POST /v1/routes: slip kind and receiver for one item."""
        body = {
            "item_code": item_code,
            "window_level": window_level,
            "window_region": window_region,
            "hukou_region": hukou_region,
        }
        return self.post_json("/v1/routes", RouteDecision, body, token=token)

    def suggest(
        self, difficulty: str, facts: dict[str, Any] | None = None, *, token: str | None = None
    ) -> SuggestionResponse:
        """POST /v1/suggestions: items that may apply to the described difficulty, with reasons."""
        return self.post_json(
            "/v1/suggestions",
            SuggestionResponse,
            {"difficulty": difficulty, "facts": facts or {}},
            token=token,
        )

    def evaluate(
        self,
        item_code: str,
        as_of: date | str,
        facts: dict[str, Any],
        household_id_numbers: list[str] | None = None,
        *,
        token: str | None = None,
    ) -> EvaluationResult:
        """POST /v1/evaluations: outcome with every condition explained (prior grants from records when ids given)."""
        body: dict[str, Any] = {"item_code": item_code, "as_of": str(as_of), "facts": facts}
        if household_id_numbers is not None:
            body["household_id_numbers"] = list(household_id_numbers)
        return self.post_json("/v1/evaluations", EvaluationResult, body, token=token)

    def evaluate_batch(
        self, item_code: str, as_of: date | str, records: list[dict[str, Any]], *, token: str | None = None
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """POST /v1/evaluations/batch (JSON array in, NDJSON out): the header and one answer line per record.

        The header is the `batch` line (item_code, as_of, rule_version, parameters); progress and summary
        lines are left out; a record eligibility could not read comes back with its `error` (field,
        detail) instead of an `outcome`.
        """
        response = self.request(
            "POST",
            "/v1/evaluations/batch",
            json=list(records),
            params={"item_code": item_code, "as_of": str(as_of)},
            token=token,
        )
        lines = [json.loads(raw) for raw in response.text.splitlines() if raw.strip()]
        header = next((line["batch"] for line in lines if "batch" in line), {})
        return header, [line for line in lines if "row" in line]

    # administration (admin role)
    def item_history(self, code: str, *, token: str | None = None) -> list[ChangePublic]:
        return self.get_json(f"/v1/items/{code}/history", list[ChangePublic], token=token)

    def create_item(self, body: dict[str, Any], *, token: str | None = None) -> ItemPublic:
        return self.post_json("/v1/items", ItemPublic, body, token=token)

    def update_item(self, code: str, body: dict[str, Any], *, token: str | None = None) -> ItemPublic:
        return ItemPublic.model_validate(
            self.request("PUT", f"/v1/items/{code}", json=body, token=token).json()
        )

    def set_item_materials(self, code: str, body: dict[str, Any], *, token: str | None = None) -> ItemPublic:
        return ItemPublic.model_validate(
            self.request("PUT", f"/v1/items/{code}/materials", json=body, token=token).json()
        )

    def set_handling_level(
        self, code: str, district: str, level: str, note: str = "", *, token: str | None = None
    ) -> ItemPublic:
        return ItemPublic.model_validate(
            self.request(
                "PUT",
                f"/v1/items/{code}/handling-levels/{district}",
                json={"level": level, "note": note},
                token=token,
            ).json()
        )

    def list_materials(self, *, token: str | None = None) -> list[MaterialPublic]:
        return self.get_json("/v1/materials", list[MaterialPublic], token=token)

    def list_parameters(self, *, token: str | None = None) -> list[ParameterPublic]:
        return self.get_json("/v1/parameters", list[ParameterPublic], token=token)

    def set_parameter(self, name: str, body: dict[str, Any], *, token: str | None = None) -> ParameterPublic:
        return self.post_json(f"/v1/parameters/{name}", ParameterPublic, body, token=token)

    def get_rules(self, item_code: str, *, token: str | None = None) -> RuleSetPublic:
        return self.get_json(f"/v1/rules/{item_code}", RuleSetPublic, token=token)

    def list_suggestion_rules(self, *, token: str | None = None) -> list[SuggestionRulePublic]:
        return self.get_json("/v1/suggestion-rules", list[SuggestionRulePublic], token=token)

    def changes(self, *, limit: int = 50, token: str | None = None) -> list[ChangePublic]:
        return self.get_json("/v1/changes", list[ChangePublic], params={"limit": limit}, token=token)
