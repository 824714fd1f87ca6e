"""Prior grants from our own records: a minimal typed call to transfer's POST /v1/grants/summary.

Kept inside the eligibility service (not transfer's client) so this service depends only on the
published contract; tests inject a fake or an in-process transfer app.
"""

from pydantic import BaseModel

from services.common.http import ServiceClient


class GrantsSummary(BaseModel):
    """The part of transfer's answer an evaluation reads (money as a yuan string)."""

    grants_this_year: int
    granted_amount_this_year: str


class GrantsSource(ServiceClient):
    """Asks transfer how often and how much a household was aided this year."""

    service_name = "transfer"

    def summary(self, id_numbers: list[str], year: int, item_code: str | None = None) -> GrantsSummary:
        body = {"id_numbers": list(id_numbers), "year": year}  # in the body: no ID number in a URL
        if item_code:
            body["item_code"] = item_code
        return self.post_json("/v1/grants/summary", GrantsSummary, body)
