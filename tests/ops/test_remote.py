"""Feed and URL-list sources produce the same Documents as folders; every URL ends somewhere."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geoevents.errors import IngestError
from geoevents.ingest.remote import UrlListSource, UrlSource, source_for
from geoevents.models import Document, Reject
from geoevents.pipeline import make_sources, read_inputs
from geoevents.settings import Settings
from tests.ops.httpd import LocalSite, Route
from tests.ops.pages import article_html, billion_laughs, nav_only_html, rfc822, rss

SETTINGS = Settings(allow_private_urls=True, fetch_timeout=0.5, host_min_interval=0.0)
NOW = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)


def _by_origin(records: list[Document | Reject]) -> dict[str, Document | Reject]:
    return {r.origin: r for r in records}


def test_source_for_dispatch(tmp_path: Path) -> None:
    urls = tmp_path / "list.urls"
    urls.write_text("http://a.example/\n")
    assert isinstance(source_for("https://feeds.example/world.xml", settings=SETTINGS), UrlSource)
    assert isinstance(source_for(str(urls), settings=SETTINGS), UrlListSource)
    for missing in (str(tmp_path / "nope.txt"), str(tmp_path / "nope"), "ftp://a.example/feed"):
        with pytest.raises(IngestError) as err:
            source_for(missing, settings=SETTINGS)
        assert err.value.reason == "not_found"
    other = tmp_path / "data.csv"
    other.write_text("a,b\n")
    with pytest.raises(IngestError, match="URL list"):
        source_for(str(other), settings=SETTINGS)


def test_feed_entries_become_documents_with_feed_or_page_metadata() -> None:
    with LocalSite() as site:
        a = site.add("/a.html", Route(body=article_html("chile-peru-water")))
        b = site.add("/b.html", Route(body=article_html("norway-russia-fishing", date=dt.date(2024, 4, 3),
                                                        with_title=False)))
        nav = site.add("/nav.html", Route(body=nav_only_html()))
        feed = site.add("/feed.xml", Route(content_type="application/rss+xml", body=rss([
            {"title": "Chile and Peru agree to share glacier data", "link": a, "pubDate": rfc822(dt.date(2024, 3, 5))},
            {"title": "Norway accuses Russia over cod quota", "link": b},
            {"title": "Section page", "link": nav, "pubDate": rfc822(dt.date(2024, 3, 6))},
            {"title": "Gone", "link": site.url("/gone.html"), "pubDate": rfc822(dt.date(2024, 3, 6))},
        ])))
        records = list(source_for(feed, settings=SETTINGS, now=NOW).records())
    got = _by_origin(records)
    assert set(got) == {a, b, nav, site.url("/gone.html")}
    doc_a, doc_b = got[a], got[b]
    assert isinstance(doc_a, Document) and isinstance(doc_b, Document)
    assert doc_a.published_at == dt.datetime(2024, 3, 5, 9, 30, tzinfo=dt.UTC)  # from the feed
    assert doc_a.title == "Chile and Peru agree to share glacier data" and doc_a.url == a
    assert doc_a.source_name == "127.0.0.1"
    assert "Navigation" not in doc_a.text and "Copyright" not in doc_a.text
    assert doc_b.published_at is not None and doc_b.published_at.date() == dt.date(2024, 4, 3)  # from the page
    assert isinstance(got[nav], Reject) and got[nav].reason == "no_text"
    assert isinstance(got[site.url("/gone.html")], Reject) and got[site.url("/gone.html")].reason == "http_error"


def test_a_page_url_is_one_article_and_a_bomb_is_refused() -> None:
    with LocalSite() as site:
        page = site.add("/story.html", Route(body=article_html("ghana-imf-loan", date=dt.date(2024, 5, 20))))
        bomb = site.add("/bomb.xml", Route(content_type="application/rss+xml", body=billion_laughs()))
        empty = site.add("/empty.xml", Route(content_type="application/rss+xml", body=rss([])))
        docs, rejects = read_inputs(make_sources([page, bomb, empty], settings=SETTINGS, now=NOW))
    assert [d.origin for d in docs] == [page]
    assert docs[0].title == "Ghana secures new IMF loan tranche"
    assert {(r.origin, r.reason) for r in rejects} == {(bomb, "xml_bomb"), (empty, "empty")}


def test_url_list_comments_bad_lines_and_retries(tmp_path: Path) -> None:
    with LocalSite() as site:
        ok = site.add("/ok.html", Route(body=article_html("kenya-somalia-border", date=dt.date(2024, 5, 2))))
        flaky = site.add("/flaky.html", Route(body=article_html("poland-belarus-protest", date=dt.date(2024, 5, 4)),
                                              statuses=[500]))
        slow = site.add("/slow.html", Route(body=b"late", delay=3.0))
        listing = tmp_path / "today.urls"
        listing.write_text(f"# morning list\n\n{ok}   # kenya\nftp://files.example/x\nnot a url\n"
                           f"{flaky}\n{slow}\n" + "http://x.example/" + "a" * 9000 + "\n", encoding="utf-8")
        records = list(UrlListSource(listing, settings=SETTINGS, now=NOW).records())
    got = {r.origin: (type(r).__name__, getattr(r, "reason", None)) for r in records}
    assert got == {
        ok: ("Document", None),
        "today.urls:4": ("Reject", "bad_url"),
        "today.urls:5": ("Reject", "bad_url"),
        flaky: ("Document", None),
        slow: ("Reject", "timeout"),
        "today.urls:8": ("Reject", "bad_url"),
    }
    assert site.hits["/flaky.html"] == 2 and site.hits["/slow.html"] == 3


def test_blocked_address_is_a_reject_not_a_failure() -> None:
    with LocalSite() as site:
        page = site.add("/p.html", Route(body=article_html("vietnam-philippines-coast-guard")))
        docs, rejects = read_inputs(make_sources([page], settings=SETTINGS.with_(allow_private_urls=False), now=NOW))
        assert site.hits["/p.html"] == 0
    assert docs == [] and [(r.origin, r.reason) for r in rejects] == [(page, "blocked_address")]
