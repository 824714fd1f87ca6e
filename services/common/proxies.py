"""Who is really calling: the client address behind trusted reverse proxies only.

X-Forwarded-For is written by whoever sends the request, so it is believed only when the peer
that connected to us is one of the configured proxies (YIMEN_TRUSTED_PROXIES); the chain is then
read from the right, skipping trusted hops, and the first untrusted address is the client.
"""

import ipaddress
from functools import cache

from fastapi import Request

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@cache
def parse_networks(spec: str) -> tuple[Network, ...]:
    """`"10.0.0.0/8, 127.0.0.1"` → networks; a bad entry is a startup error, never silently skipped."""
    return tuple(ipaddress.ip_network(part.strip(), strict=False) for part in spec.split(",") if part.strip())


def _trusted(address: str, networks: tuple[Network, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in networks)


def forwarded_client(peer: str, forwarded_for: str, trusted: str) -> str:
    """The client's address: the peer itself unless it is a trusted proxy, then the last untrusted hop."""
    networks = parse_networks(trusted)
    if not networks or not _trusted(peer, networks):
        return peer
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, networks):
            return hop[:64]
    return hops[0][:64] if hops else peer


def client_address(request: Request) -> str:
    """The address a rate limit should count for this request (the peer, or behind a trusted proxy the client)."""
    peer = request.client.host if request.client else "unknown"
    trusted = request.app.state.settings.platform.trusted_proxies
    return forwarded_client(peer, request.headers.get("x-forwarded-for", ""), trusted)


def caller_address(request: Request) -> str:
    """Like client_address, but a Yimen service (the web front) may speak for its browser's address."""
    from .auth import signed_principal  # local: auth does not need this module
    from .errors import ProblemError

    forwarded = request.headers.get("x-forwarded-for", "").split(",")[0].strip()
    if forwarded and request.headers.get("authorization"):
        try:
            if signed_principal(request).role == "service":
                return forwarded[:64]
        except ProblemError:
            pass
    return client_address(request)
