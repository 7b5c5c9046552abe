"""Outbound connections to public addresses only, checked where the socket is opened.

The host of every request (and of every redirect hop) is resolved once, every address is checked,
and the connection goes to one of the checked addresses: a DNS answer cannot change between the
check and the connect (no rebinding window). Private, loopback, link-local, multicast and reserved
addresses are refused unless ``allow_private`` is set (tests and intranet feeds).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from typing import Any

import httpcore
import httpx

from geoevents.errors import IngestError

__all__ = ["GuardedBackend", "GuardedTransport", "Resolver", "check_addresses", "is_public_address",
           "system_resolver"]

Resolver = Callable[[str, int], list[str]]
"""``(host, port) -> addresses``; raises ``OSError`` when the name does not resolve."""


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host`` (order kept, duplicates dropped)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    out: list[str] = []
    for info in infos:
        address = str(info[4][0])
        if address not in out:
            out.append(address)
    return out


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address (IPv4-mapped IPv6 judged by its IPv4 part)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return bool(ip.is_global) and not ip.is_multicast


def check_addresses(host: str, port: int, *, allow_private: bool, resolver: Resolver) -> list[str]:
    """Resolve ``host`` and return its addresses; ``IngestError('blocked_address')`` if any is not public."""
    try:
        addresses = resolver(host, port)
    except (OSError, UnicodeError) as err:
        raise IngestError("unreachable", f"cannot resolve {host!r}: {err}") from err
    if not addresses:
        raise IngestError("unreachable", f"{host!r} resolves to no address")
    if not allow_private:
        blocked = [a for a in addresses if not is_public_address(a)]
        if blocked:
            raise IngestError("blocked_address",
                              f"{host!r} resolves to non-public address {blocked[0]} (see allow_private_urls)")
    return addresses


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's socket backend with the address check in ``connect_tcp``."""

    def __init__(self, *, allow_private: bool, resolver: Resolver) -> None:
        self._inner = httpcore.SyncBackend()
        self._allow_private = allow_private
        self._resolver = resolver

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        addresses = check_addresses(host, port, allow_private=self._allow_private, resolver=self._resolver)
        failure: Exception | None = None
        for address in addresses:
            try:
                return self._inner.connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                               socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as err:
                failure = err
        assert failure is not None
        raise failure

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        raise IngestError("bad_url", "unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class GuardedTransport(httpx.HTTPTransport):
    """An httpx transport whose connections go through ``GuardedBackend`` (no proxies, no env)."""

    def __init__(self, *, allow_private: bool, resolver: Resolver = system_resolver, max_connections: int = 8) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=max_connections,
            max_keepalive_connections=max_connections,
            network_backend=GuardedBackend(allow_private=allow_private, resolver=resolver),
        )
