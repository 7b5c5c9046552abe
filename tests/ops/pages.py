"""Web pages and feeds the ops tests serve (our own short wire-style texts)."""

from __future__ import annotations

import datetime as dt
from html import escape

ARTICLES: dict[str, tuple[str, str]] = {
    "chile-peru-water": (
        "Chile and Peru agree to share data on Andean glaciers",
        "Chile and Peru signed an agreement in Lima on Tuesday to share monitoring data on the glaciers that "
        "feed rivers on both sides of their border. The foreign ministers of the two countries said the "
        "accord would help farmers plan for drier summers. Peru's foreign minister praised Chile for "
        "opening its records to Peruvian scientists.",
    ),
    "norway-russia-fishing": (
        "Norway accuses Russia of breaking Barents Sea fishing quota",
        "Norway accused Russia on Wednesday of exceeding its agreed cod quota in the Barents Sea. The "
        "Norwegian fisheries ministry said inspectors had found Russian trawlers landing far more fish than "
        "reported. Moscow rejected the claim and said its fleet had followed the joint commission's rules.",
    ),
    "kenya-somalia-border": (
        "Kenya reopens border crossing with Somalia",
        "Kenya reopened the Mandera border crossing with Somalia on Thursday after a two-year closure. "
        "Kenyan officials said traders would be allowed to move goods under new security checks. The "
        "Somali government welcomed the decision and promised to cooperate with Kenyan police at the post.",
    ),
    "vietnam-philippines-coast-guard": (
        "Vietnam and Philippines hold first joint coast guard drill",
        "The coast guards of Vietnam and the Philippines held their first joint exercise off Manila on "
        "Friday. Officials from both countries said the drill practised search and rescue and fire "
        "fighting at sea. China criticised the exercise and warned against outside interference in the "
        "South China Sea.",
    ),
    "ghana-imf-loan": (
        "Ghana secures new IMF loan tranche",
        "The International Monetary Fund approved a new loan payment to Ghana on Monday after a review of "
        "its economic programme. Ghana's finance minister thanked the fund and said the money would support "
        "the budget. The IMF urged Accra to keep cutting spending to bring debt under control.",
    ),
    "poland-belarus-protest": (
        "Poland summons Belarus envoy over border balloon flights",
        "Poland summoned the charge d'affaires of Belarus in Warsaw on Saturday to protest against balloons "
        "flown across the border. The Polish foreign ministry said the flights endangered civil aviation. "
        "Belarus denied any involvement and accused Poland of staging provocations.",
    ),
}


def article_html(key: str, *, date: dt.date | None = None, with_title: bool = True) -> bytes:
    title, body = ARTICLES[key]
    meta = f'<meta property="article:published_time" content="{date.isoformat()}">' if date else ""
    sentences = body.split(". ")
    paras = "".join(f"<p>{escape(s.rstrip('.'))}.</p>" for s in sentences)
    head_title = f"<title>{escape(title)}</title>" if with_title else ""
    h1 = f"<h1>{escape(title)}</h1>" if with_title else ""
    return (f"<!DOCTYPE html><html><head>{head_title}{meta}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
            f"<article>{h1}{paras}</article>"
            f"<footer>Copyright 2024 Example Wire. All rights reserved.</footer></body></html>").encode()


def nav_only_html() -> bytes:
    links = "".join(f"<li><a href='/section/{i}'>Section {i}</a></li>" for i in range(30))
    return (f"<!DOCTYPE html><html><head><title>Example Wire</title></head><body><nav><ul>{links}</ul></nav>"
            "<footer>Copyright 2024 Example Wire. All rights reserved. Cookie settings.</footer></body></html>"
            ).encode()


def rss(items: list[dict[str, str]], *, title: str = "Example Wire - World") -> bytes:
    parts = []
    for item in items:
        fields = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in item.items())
        parts.append(f"<item>{fields}</item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"<link>http://example.invalid/</link><description>World news</description>{''.join(parts)}"
            "</channel></rss>").encode()


def billion_laughs(levels: int = 9) -> bytes:
    ents = ['<!ENTITY lol0 "lol">']
    ents += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels + 1)]
    return (f'<?xml version="1.0"?><!DOCTYPE rss [{"".join(ents)}]><rss version="2.0"><channel>'
            f"<title>&lol{levels};</title><item><title>x</title><link>http://example.invalid/a</link></item>"
            "</channel></rss>").encode()


def rfc822(day: dt.date) -> str:
    return dt.datetime(day.year, day.month, day.day, 9, 30, tzinfo=dt.UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
