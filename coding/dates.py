"""Event dates from time expressions attached to the event's clause, resolved against the article date.

`In March` → that March (the most recent one not after the article date), `on February 24, 2022`, `yesterday`,
`last year`, `on Monday`. Without such an expression the event takes the article date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from spacy.tokens import Token

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS.pop("may", None)  # "may" is far more often the modal; "in May" is handled below
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_YEAR = re.compile(r"^(19[5-9]\d|20[0-4]\d)$")
_DAY = re.compile(r"^([12]?\d|3[01])(st|nd|rd|th)?$")


def _month_before(month: int, base: dt.date, year: int | None) -> dt.date:
    if year is not None:
        return dt.date(year, month, 1)
    y = base.year if month <= base.month else base.year - 1
    return dt.date(y, month, 1)


def _parse_phrase(tokens: list[Token], base: dt.date) -> dt.date | None:
    words = [t.lower_ for t in tokens]
    text = " ".join(words)
    if "yesterday" in words:
        return base - dt.timedelta(days=1)
    if text.startswith("last year") or text == "last year":
        return dt.date(base.year - 1, 1, 1)
    if "last" in words and "week" in words:
        return base - dt.timedelta(days=7)
    if "last" in words and "month" in words:
        m = base.month - 1 or 12
        return dt.date(base.year if base.month > 1 else base.year - 1, m, 1)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    if month is None and "may" in words and any(t.pos_ == "PROPN" and t.lower_ == "may" for t in tokens):
        month = 5
    year = next((int(w) for w in words if _YEAR.match(w)), None)
    if month is not None:
        day = next((int(_DAY.match(w).group(1)) for w in words if _DAY.match(w)), None)
        start = _month_before(month, base, year)
        if day is not None:
            try:
                start = start.replace(day=day)
            except ValueError:
                pass
        return start
    if year is not None and len(words) <= 3:
        return dt.date(year, 1, 1)
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if weekday is not None:
        delta = (base.weekday() - weekday) % 7
        return base - dt.timedelta(days=delta)
    return None


def event_date(anchor: Token, base: dt.date) -> tuple[dt.date, str]:
    """The date of the event anchored at ``anchor``: (date, "text") from a time expression, else (base, "article")."""
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "during", "since", "at"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = _parse_phrase(list(pobj.subtree), base)
                    if found is not None:
                        return found, "text"
        elif child.dep_ in ("npadvmod", "advmod", "tmod", "obl"):
            found = _parse_phrase(list(child.subtree), base)
            if found is not None:
                return found, "text"
    return base, "article"
