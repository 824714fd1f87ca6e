"""A client library for accessing Yimen 受理服务 (intake)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
