"""A client library for accessing Yimen 资格服务 (eligibility)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
