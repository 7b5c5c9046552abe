"""Event dates: date phrases resolved against the publication date.

Weekdays, month-days, months, "last week/month/year", "N days ago" are resolved by rules here (they
depend on tense: "arrived on Wednesday" looks back, "is due to arrive on Wednesday" looks ahead);
anything else goes to ``dateparser`` with the publication date as ``RELATIVE_BASE``.
Header dates never override the publication date: only phrases attached to an event are used.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import dateparser

__all__ = ["ResolvedDate", "ahead_of", "is_duration", "resolve_date", "warm_up"]

WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"])}
MONTHS.update({m[:3]: n for m, n in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_MD = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
_DM = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?\b(?:,?\s+(\d{{4}}))?")
_MY = re.compile(rf"\b({_MONTH_RE})\.?(?:\s+(?:of\s+|in\s+)?(\d{{4}}))?\b")
_MAY_MONTH = re.compile(r"\b(in|early|mid|late|since|until|by|during|last|next|this|of)[\s-]+may\b")  # (not "may")
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
# what dateparser is asked about must name a month or hold a number: without either it can only guess ("a day",
# "a second week" came back as the first of some month)
_DATE_WORD = re.compile(rf"\d|\b({_MONTH_RE})\b")
_AGO = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b")
_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10}
_DURATION = re.compile(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a half|half)[\s-]+"
                       r"(and a half\s+)?(day|week|month|year|decade|hour|minute)s?\b|\b(decades?|centuries)\b|-long\b")


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    date: dt.date
    precision: str
    """day, week, month or year"""


def is_duration(phrase: str) -> bool:
    """'two and a half years', 'two-day': spans of time, not points."""
    p = phrase.lower()
    return bool(_DURATION.search(p)) and not re.search(r"\b(ago|last|this|next|since|earlier)\b", p)


def _shift_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return dt.date(y, m + 1, 1)


def _pick_year(month: int, day: int, pub: dt.date, future: bool) -> dt.date | None:
    def make(year: int) -> dt.date | None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    this = make(pub.year)
    if this is None:
        return None
    if future and this < pub - dt.timedelta(days=7):
        return make(pub.year + 1)
    if not future and this > pub + dt.timedelta(days=60):
        return make(pub.year - 1)  # a past event on a day later in the year: last year's
    return this


def resolve_date(phrase: str, pub: dt.date, *, future: bool = False) -> ResolvedDate | None:
    """Resolve one date phrase against the publication date; None when it is not a point in time."""
    p = " ".join(phrase.lower().replace(",", " ").replace("(", " ").replace(")", " ").split())
    if not p or is_duration(p):
        return None
    year_shift = -1 if "last year" in p else (1 if "next year" in p else 0)
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", p):
        return ResolvedDate(pub, "day")
    if "yesterday" in p:
        return ResolvedDate(pub - dt.timedelta(days=1), "day")
    if "tomorrow" in p:
        return ResolvedDate(pub + dt.timedelta(days=1), "day")
    m = _AGO.search(p)
    if m:
        n, unit = _NUM.get(m.group(1)) or int(m.group(1)), m.group(2)
        if unit == "day":
            return ResolvedDate(pub - dt.timedelta(days=n), "day")
        if unit == "week":
            return ResolvedDate(pub - dt.timedelta(weeks=n), "week")
        if unit == "month":
            return ResolvedDate(_shift_months(pub, -n), "month")
        return ResolvedDate(dt.date(pub.year - n, 1, 1), "year")
    for name, wd in WEEKDAYS.items():
        if re.search(rf"\b{name}\b", p):
            if "next" in p or (future and "last" not in p):
                delta = (wd - pub.weekday()) % 7 or (7 if "next" in p else 0)
                return ResolvedDate(pub + dt.timedelta(days=delta), "day")
            delta = (pub.weekday() - wd) % 7 or (7 if "last" in p else 0)
            return ResolvedDate(pub - dt.timedelta(days=delta), "day")
    for rx, order in ((_MD, "md"), (_DM, "dm")):
        m = rx.search(p)
        if m:
            mon_s, day_s = (m.group(1), m.group(2)) if order == "md" else (m.group(2), m.group(1))
            month, day = MONTHS[mon_s], int(day_s)
            if m.group(3):
                try:
                    return ResolvedDate(dt.date(int(m.group(3)), month, day), "day")
                except ValueError:
                    return None
            d = _pick_year(month, day, pub, future)
            if d is not None and year_shift:
                d = d.replace(year=pub.year + year_shift) if d.year == pub.year else d
            return None if d is None else ResolvedDate(d, "day")
    if re.search(r"\b(last|this|next|past|previous)\s+week\b", p) or "earlier this week" in p:
        shift = -7 if re.search(r"\b(last|past|previous)\b", p) else (7 if "next" in p else 0)
        d = pub + dt.timedelta(days=shift)
        return ResolvedDate(d - dt.timedelta(days=d.weekday()), "week")
    if re.search(r"\b(last|this|next|past|previous)\s+month\b", p) or "earlier this month" in p:
        shift = -1 if re.search(r"\b(last|past|previous)\b", p) else (1 if "next" in p else 0)
        return ResolvedDate(_shift_months(pub, shift), "month")
    m = _MY.search(p)
    if m and (m.group(1) != "may" or m.group(2) or _MAY_MONTH.search(p)):
        assert m is not None
        month = MONTHS[m.group(1)]
        if m.group(2):
            return ResolvedDate(dt.date(int(m.group(2)), month, 1), "month")
        year = pub.year + year_shift
        if not year_shift:
            if future and month < pub.month - 1:
                year += 1
            elif not future and month > pub.month:
                year -= 1
        return ResolvedDate(dt.date(year, month, 1), "month")
    if re.search(r"\b(last|this|next|past|previous)\s+year\b", p):
        return ResolvedDate(dt.date(pub.year + year_shift, 1, 1), "year")
    m = _YEAR.search(p)
    if m:
        return ResolvedDate(dt.date(int(m.group(1)), 1, 1), "year")
    return _dateparser(phrase, pub, future) if _DATE_WORD.search(p) else None


def warm_up() -> None:
    """Pay dateparser's one-time set-up (locale data, time-zone patterns: ~1 s) when the coder is loaded."""
    _dateparser("the 3rd of March 2020", dt.date(2020, 3, 10), False)


def _dateparser(phrase: str, pub: dt.date, future: bool) -> ResolvedDate | None:
    base = dt.datetime(pub.year, pub.month, pub.day, 12)
    parsed = dateparser.parse(phrase, languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "future" if future else "past",
        "REQUIRE_PARTS": ["month"], "STRICT_PARSING": False})
    if parsed is None:
        return None
    d = parsed.date()
    if not pub - dt.timedelta(days=365 * 30) <= d <= pub + dt.timedelta(days=366 * 2):
        return None
    precision = "day" if re.search(r"\d", phrase) or any(w in phrase.lower() for w in WEEKDAYS) else "month"
    return ResolvedDate(d if precision == "day" else d.replace(day=1), precision)


def ahead_of(day: dt.date, phrase: str | None, code: str, pub: dt.date) -> bool:
    """Whether an event coded as realised (no intent 03x, no threat 13x) is dated by its own phrase more than a
    day after publication: "to launch a satellite on Dec 12" has not happened, whatever the parse made of it."""
    return phrase is not None and day > pub + dt.timedelta(days=1) and code[:2] not in ("03", "13")
