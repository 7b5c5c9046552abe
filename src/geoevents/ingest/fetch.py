"""Fetching one URL politely and defensively: scheme check, public addresses, byte cap, rate limit, retries.

``Fetcher.fetch`` returns a ``FetchResult`` or raises ``IngestError`` with the reject reason:
``bad_url``, ``blocked_address``, ``unreachable``, ``timeout``, ``too_large`` or ``http_error``.
Server errors (5xx, 429), timeouts and dropped connections are retried with exponential backoff;
client errors (4xx) and refused addresses are not. Clock and sleep are injectable.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

import httpx

from geoevents import __version__
from geoevents.errors import IngestError
from geoevents.ingest.netguard import GuardedTransport, Resolver, system_resolver
from geoevents.ingest.normalize import decode_bytes
from geoevents.settings import Settings

__all__ = ["FetchResult", "Fetcher", "HostRateLimiter", "check_url"]

log = logging.getLogger(__name__)

USER_AGENT = f"geoevents/{__version__} (+https://github.com/geoevents; research event coder)"
MAX_URL_CHARS = 2048
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def check_url(url: str) -> httpx.URL:
    """The URL parsed; ``IngestError('bad_url')`` unless it is an absolute http(s) URL with a host."""
    text = url.strip()
    if not text or len(text) > MAX_URL_CHARS or any(ch.isspace() or ord(ch) < 32 for ch in text):
        raise IngestError("bad_url", f"not a fetchable URL: {text[:120]!r}")
    try:
        parsed = httpx.URL(text)
    except (httpx.InvalidURL, ValueError, TypeError) as err:
        raise IngestError("bad_url", f"{text[:120]!r}: {err}") from err
    if parsed.scheme not in ("http", "https"):
        raise IngestError("bad_url", f"{text[:120]!r}: only http and https are fetched")
    if not parsed.host:
        raise IngestError("bad_url", f"{text[:120]!r}: no host")
    return parsed


class HostRateLimiter:
    """At most one request start per ``min_interval`` seconds to each host."""

    def __init__(self, min_interval: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.min_interval = max(0.0, min_interval)
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> float:
        """Block until ``host`` may be asked again; returns the seconds waited."""
        with self._lock:
            now = self._clock()
            due = self._next.get(host.lower(), now)
            delay = max(0.0, due - now)
            self._next[host.lower()] = max(now, due) + self.min_interval
        if delay > 0:
            self._sleep(delay)
        return delay


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A fetched body (already de-chunked and decompressed), with where it finally came from."""

    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes

    def text(self) -> str:
        """The body as text: the declared charset when it decodes, else BOM/UTF-8/cp1252 detection."""
        if self.charset:
            try:
                return self.body.decode(self.charset)
            except (LookupError, UnicodeDecodeError):
                log.debug("%s: declared charset %r does not decode; detecting", self.url, self.charset)
        return decode_bytes(self.body)


class Fetcher:
    """An httpx client with the guards of the brief; one per source, closed after it."""

    def __init__(self, *, settings: Settings, attempts: int = 3, backoff: float = 0.5,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep,
                 resolver: Resolver = system_resolver, transport: httpx.BaseTransport | None = None) -> None:
        self.settings = settings
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self._sleep = sleep
        self.limiter = HostRateLimiter(settings.host_min_interval, clock=clock, sleep=sleep)
        self._client = httpx.Client(
            transport=transport or GuardedTransport(allow_private=settings.allow_private_urls, resolver=resolver),
            timeout=httpx.Timeout(settings.fetch_timeout),
            follow_redirects=True, max_redirects=5, trust_env=False,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity",
                     "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                               "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"})

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str) -> FetchResult:
        """GET ``url`` with retries; raises ``IngestError`` with the reject reason when it cannot."""
        parsed = check_url(url)
        failure = IngestError("unreachable", "not attempted")
        for attempt in range(1, self.attempts + 1):
            self.limiter.wait(parsed.host)
            try:
                result = self._get(parsed)
            except httpx.TimeoutException as err:
                failure = IngestError("timeout", f"no answer within {self.settings.fetch_timeout:g}s "
                                                 f"({type(err).__name__}, attempt {attempt})")
            except httpx.UnsupportedProtocol as err:
                raise IngestError("bad_url", f"redirected to an unsupported scheme: {err}") from err
            except httpx.TooManyRedirects as err:
                raise IngestError("http_error", f"too many redirects: {err}") from err
            except (httpx.TransportError, httpx.DecodingError) as err:
                failure = IngestError("unreachable", f"{type(err).__name__}: {err}"[:300])
            else:
                if result.status < 400:
                    return result
                failure = IngestError("http_error", f"HTTP {result.status} from {result.url}")
                if result.status not in RETRY_STATUSES:
                    raise failure
            if attempt < self.attempts:
                log.info("%s: %s; retrying (%d/%d)", url, failure.detail, attempt, self.attempts)
                self._sleep(self.backoff * 2 ** (attempt - 1))
        raise failure

    def _get(self, url: httpx.URL) -> FetchResult:
        limit = self.settings.fetch_max_bytes
        deadline = time.monotonic() + 3 * self.settings.fetch_timeout  # a slow drip is a timeout too
        with self._client.stream("GET", url) as response:
            content_type = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
            status = response.status_code
            if status >= 400:
                return FetchResult(str(response.url), status, content_type, response.charset_encoding, b"")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise IngestError("too_large", f"{declared} bytes declared > fetch limit {limit}; not read")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise IngestError("too_large", f"more than {limit} bytes; stopped reading")
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("the body took too long to arrive")
                chunks.append(chunk)
            return FetchResult(str(response.url), status, content_type, response.charset_encoding, b"".join(chunks))
