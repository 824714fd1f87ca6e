"""A client library for accessing Yimen 转办服务 (transfer)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
