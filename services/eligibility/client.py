"""Typed client for the eligibility service: what other services and the web front call.

Every method takes `token=` so the web front can act with the logged-in user's token;
without it the caller's service token is used.
"""

from services.common.http import ServiceClient


class EligibilityClient(ServiceClient):
    service_name = "eligibility"
