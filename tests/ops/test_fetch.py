"""The fetcher: URL and address guards, byte cap, retries with backoff, per-host rate limit."""

from __future__ import annotations

import pytest

from geoevents.errors import IngestError
from geoevents.ingest.fetch import Fetcher, HostRateLimiter, check_url
from geoevents.ingest.netguard import is_public_address
from geoevents.settings import Settings
from tests.ops.httpd import LocalSite, Route

LOCAL = Settings(allow_private_urls=True, fetch_timeout=0.5, host_min_interval=0.0, fetch_max_bytes=100_000)


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def _reason(fetcher: Fetcher, url: str) -> str:
    with pytest.raises(IngestError) as err:
        fetcher.fetch(url)
    return err.value.reason


@pytest.mark.parametrize("url", ["ftp://example.org/a", "file:///etc/passwd", "javascript:alert(1)", "example.org/a",
                                 "http://", "http://exa mple.org/", "gopher://x/", "http://a/\nb", ""])
def test_only_http_urls(url: str) -> None:
    with pytest.raises(IngestError) as err:
        check_url(url)
    assert err.value.reason == "bad_url"


@pytest.mark.parametrize(("address", "public"), [
    ("127.0.0.1", False), ("10.1.2.3", False), ("172.16.0.9", False), ("192.168.1.1", False),
    ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False), ("224.0.0.1", False),
    ("::1", False), ("fe80::1", False), ("fc00::1", False), ("::ffff:127.0.0.1", False),
    ("93.184.216.34", True), ("2606:4700:4700::1111", True), ("::ffff:8.8.8.8", True),
])
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public_address(address) is public


def test_private_and_mixed_answers_are_blocked_before_connecting() -> None:
    answers = {"intranet.example": ["10.0.0.7"], "metadata.example": ["169.254.169.254"],
               "mixed.example": ["93.184.216.34", "127.0.0.1"], "v6.example": ["::1"]}

    def resolver(host: str, port: int) -> list[str]:
        if host not in answers:
            raise OSError("unknown host")
        return answers[host]

    fake = FakeTime()
    with Fetcher(settings=Settings(host_min_interval=0), resolver=resolver, sleep=fake.sleep,
                 clock=fake.clock) as fetcher:
        for host in answers:
            assert _reason(fetcher, f"http://{host}/story") == "blocked_address", host
        assert _reason(fetcher, "http://nowhere.example/") == "unreachable"
    with LocalSite() as site:
        url = site.add("/a", Route(body=b"hello"))
        with Fetcher(settings=Settings(host_min_interval=0)) as fetcher:
            assert _reason(fetcher, url) == "blocked_address"  # loopback, allow_private_urls off
        assert site.hits["/a"] == 0


def test_retries_5xx_then_succeeds_and_gives_up_on_timeouts() -> None:
    fake = FakeTime()
    with LocalSite() as site, Fetcher(settings=LOCAL, sleep=fake.sleep, clock=fake.clock) as fetcher:
        flaky = site.add("/flaky", Route(body=b"<html><body>ok</body></html>", statuses=[500]))
        result = fetcher.fetch(flaky)
        assert result.status == 200 and result.body.startswith(b"<html>") and site.hits["/flaky"] == 2
        assert fake.sleeps == [0.5]
        fake.sleeps.clear()
        down = site.add("/down", Route(statuses=[503, 503, 503, 503]))
        assert _reason(fetcher, down) == "http_error" and site.hits["/down"] == 3
        assert fake.sleeps == [0.5, 1.0]  # exponential backoff between the three attempts
        missing = site.url("/missing")
        assert _reason(fetcher, missing) == "http_error" and site.hits["/missing"] == 1  # 4xx: no retry
        slow = site.add("/slow", Route(body=b"late", delay=2.0))
        assert _reason(fetcher, slow) == "timeout" and site.hits["/slow"] == 3


def test_byte_cap_by_header_and_by_stream() -> None:
    with LocalSite() as site, Fetcher(settings=LOCAL) as fetcher:
        big = site.add("/big", Route(body=b"x" * 300_000))
        chunked = site.add("/chunked", Route(body=b"y" * 300_000, chunked=True))
        fine = site.add("/fine", Route(body=b"z" * 50_000, chunked=True))
        assert _reason(fetcher, big) == "too_large"
        assert _reason(fetcher, chunked) == "too_large"
        assert len(fetcher.fetch(fine).body) == 50_000


def test_redirects_are_followed_but_not_to_other_schemes() -> None:
    with LocalSite() as site, Fetcher(settings=LOCAL) as fetcher:
        target = site.add("/target", Route(body=b"<html><body>here</body></html>"))
        moved = site.add("/moved", Route(statuses=[301], headers={"Location": target}))
        result = fetcher.fetch(moved)
        assert result.url == target and result.body.endswith(b"</html>")
        sneaky = site.add("/sneaky", Route(statuses=[302], headers={"Location": "file:///etc/passwd"}))
        assert _reason(fetcher, sneaky) == "bad_url"


def test_declared_charset_and_detection() -> None:
    with LocalSite() as site, Fetcher(settings=LOCAL) as fetcher:
        latin = site.add("/latin", Route(body="café São Paulo".encode("latin-1"),
                                         content_type="text/plain; charset=iso-8859-1"))
        undeclared = site.add("/undeclared", Route(body="“quoted” café".encode("cp1252"), content_type="text/plain"))
        assert fetcher.fetch(latin).text() == "café São Paulo"
        assert fetcher.fetch(undeclared).text() == "“quoted” café"


def test_rate_limit_per_host_with_injected_clock() -> None:
    fake = FakeTime()
    limiter = HostRateLimiter(2.0, clock=fake.clock, sleep=fake.sleep)
    assert limiter.wait("a.example") == 0
    assert limiter.wait("b.example") == 0
    fake.now += 0.5
    assert limiter.wait("a.example") == pytest.approx(1.5)
    assert limiter.wait("A.EXAMPLE") == pytest.approx(2.0)  # hosts are case-insensitive; requests queue up
    fake.now += 10
    assert limiter.wait("a.example") == 0
    assert fake.sleeps == [pytest.approx(1.5), pytest.approx(2.0)]


def test_fetcher_spaces_requests_to_one_host() -> None:
    fake = FakeTime()
    with LocalSite() as site, Fetcher(settings=LOCAL.with_(host_min_interval=1.0), clock=fake.clock,
                                      sleep=fake.sleep) as fetcher:
        url = site.add("/a", Route(body=b"ok"))
        for _ in range(3):
            fetcher.fetch(url)
    assert fake.sleeps == [1.0, 1.0]
