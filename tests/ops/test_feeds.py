"""Feeds are vetted by defusedxml before feedparser: bombs and XXE are refused, never expanded."""

from __future__ import annotations

import datetime as dt
import resource
import time

import pytest

from geoevents.errors import IngestError
from geoevents.ingest.feeds import looks_like_feed, looks_like_html, parse_feed
from tests.ops.pages import article_html, billion_laughs, rfc822, rss

URL = "http://feeds.example/world.xml"


def _reason(data: bytes) -> str:
    with pytest.raises(IngestError) as err:
        parse_feed(data, url=URL)
    return err.value.reason


def test_billion_laughs_is_refused_quickly_and_small() -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    assert _reason(billion_laughs(levels=12)) == "xml_bomb"
    assert time.monotonic() - started < 1.0
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50_000  # KiB: nothing was expanded


@pytest.mark.parametrize("data", [
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel>'
    b"<title>&xxe;</title></channel></rss>",
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaa">]><rss><channel><title>&a;&a;&a;'
    b"</title></channel></rss>",
    b'<!DOCTYPE r [<!ENTITY a "x">]><rss><channel><title>&a; &nbsp;</title></rss>',  # malformed and declaring
])
def test_entity_declarations_are_refused(data: bytes) -> None:
    assert _reason(data) == "xml_bomb"


@pytest.mark.parametrize("data", [b"", b"   ", b"<?xml version='1.0'?><catalog><book/></catalog>", b"<rss><chan"])
def test_not_a_feed(data: bytes) -> None:
    assert _reason(data) == "bad_feed"


def test_rss_entries_dates_and_lenient_entities() -> None:
    feed = parse_feed(rss([
        {"title": "Chile and Peru agree", "link": "http://news.example/a", "pubDate": rfc822(dt.date(2024, 3, 5))},
        {"title": "No date here", "link": "http://news.example/b"},
    ]), url=URL)
    assert feed.title == "Example Wire - World"
    assert [e.link for e in feed.entries] == ["http://news.example/a", "http://news.example/b"]
    assert feed.entries[0].published == dt.datetime(2024, 3, 5, 9, 30, tzinfo=dt.UTC)
    assert feed.entries[1].published is None
    sloppy = parse_feed(b"<rss version='2.0'><channel><title>A&nbsp;B</title><item><title>t</title>"
                        b"<link>http://news.example/c</link></item></channel></rss>", url=URL)
    assert [e.link for e in sloppy.entries] == ["http://news.example/c"]


def test_atom_and_netscape_dtd() -> None:
    atom = (b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>'
            b'<entry><title>One</title><link href="/stories/1"/><updated>2024-02-01T10:00:00Z</updated>'
            b"<content type='html'>&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>")
    feed = parse_feed(atom, url=URL)
    assert feed.entries[0].link == "http://feeds.example/stories/1"  # resolved against the feed URL
    assert feed.entries[0].published == dt.datetime(2024, 2, 1, 10, tzinfo=dt.UTC)
    assert feed.entries[0].content and "Body" in feed.entries[0].content
    old = (b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
           b'"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old</title>'
           b"<item><title>t</title><link>http://news.example/old</link></item></channel></rss>")
    assert [e.link for e in parse_feed(old, url=URL).entries] == ["http://news.example/old"]


def test_sniffing() -> None:
    page = article_html("ghana-imf-loan")
    assert looks_like_html(page, "text/html") and not looks_like_feed(page, "text/html")
    assert looks_like_feed(rss([]), "text/html")  # the bytes win over a wrong header
    assert looks_like_feed(billion_laughs(), "application/octet-stream")
    assert looks_like_html(b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"></html>', "")
    assert not looks_like_feed(b"Plain words of an article.", "text/plain")
