"""Self-check of codebooks/cameo/actors/people.yaml, independent of the codebook loader.

Checks: at least 400 people; at least 60 countries with a GOV role; every role well formed (code, ISO dates), roles of
one person neither inverted nor overlapping nor same-code adjacent (those should be one role); no alias or name shared
by two people whose roles overlap in time. Run: .venv/bin/python tools/check_people.py [PATH]
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from ruamel.yaml import YAML

DEFAULT = Path(__file__).resolve().parents[1] / "codebooks" / "cameo" / "actors" / "people.yaml"
CODE = re.compile(r"^(?:[A-Z]{3})+$")
MIN_DAY, MAX_DAY = dt.date.min, dt.date.max


def fold(text: str) -> str:
    """Roughly the actor index's key: no case, no diacritics, hyphens as spaces."""
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("-", " ").lower()
    return " ".join(text.split())


def as_date(value: object, where: str, errors: list[str]) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        errors.append(f"{where}: bad date {value!r}")
        return None


def main(path: Path) -> int:
    people = YAML(typ="rt").load(path.read_text(encoding="utf-8"))
    errors: list[str] = []
    spans: list[list[tuple[dt.date, dt.date]]] = []
    gov_countries: set[str] = set()
    codes: set[str] = set()
    role_count = 0
    for i, person in enumerate(people):
        line = person.lc.line + 1
        where = f"{path.name}:{line} {person.get('name')!r}"
        unknown = set(person) - {"name", "aliases", "roles"}
        if unknown or not person.get("name") or not person.get("roles"):
            errors.append(f"{where}: needs name and roles, no other keys (got {sorted(person)})")
        ranges = []
        for role in person.get("roles") or []:
            role_count += 1
            code = role.get("code")
            if not isinstance(code, str) or not CODE.match(code):
                errors.append(f"{where}: bad code {code!r}")
                continue
            codes.add(code)
            if code.endswith("GOV") and len(code) == 6 and not code.startswith("IGO"):
                gov_countries.add(code[:3])
            since = as_date(role.get("since"), where, errors) or MIN_DAY
            until = as_date(role.get("until"), where, errors) or MAX_DAY
            if since > until:
                errors.append(f"{where}: {code} since {since} > until {until}")
            ranges.append((since, until, code))
        ranges.sort()
        for (s1, u1, c1), (s2, u2, c2) in zip(ranges, ranges[1:]):
            if s2 <= u1:
                errors.append(f"{where}: {c1} {s1}..{u1} overlaps {c2} {s2}..{u2}")
            elif c1 == c2 and u1 != MAX_DAY and s2 == u1 + dt.timedelta(days=1):
                errors.append(f"{where}: {c1} {s1}..{u1} and {s2}..{u2} are adjacent: merge them")
        spans.append([(s, u) for s, u, _ in ranges])

    owners: dict[str, list[int]] = defaultdict(list)
    for i, person in enumerate(people):
        aliases = [str(a).casefold() for a in person.get("aliases") or []]
        if len({str(person["name"]).casefold(), *aliases}) != 1 + len(aliases):
            errors.append(f"{path.name}:{person.lc.line + 1} {person['name']!r}: an alias repeats the name or another alias")
        names = {fold(str(person["name"]))} | {fold(a) for a in aliases}
        for name in names:
            owners[name].append(i)
    for name, idx in owners.items():
        for a_pos, a in enumerate(idx):
            for b in idx[a_pos + 1 :]:
                pair = f"alias {name!r} shared by {people[a]['name']!r} and {people[b]['name']!r}"
                if any(s1 <= u2 and s2 <= u1 for s1, u1 in spans[a] for s2, u2 in spans[b]):
                    errors.append(f"{pair} in overlapping years")
                else:
                    # not wrong, but today's actor index gives a shared alias to the first person listed
                    print(f"NOTE {pair} (roles do not overlap)")

    if len(people) < 400:
        errors.append(f"only {len(people)} people (want >= 400)")
    if len(gov_countries) < 60:
        errors.append(f"only {len(gov_countries)} countries with a GOV role (want >= 60)")
    for e in errors:
        print("ERROR", e)
    aliases = sum(len(p.get("aliases") or []) for p in people)
    print(
        f"people={len(people)} roles={role_count} aliases={aliases} gov_countries={len(gov_countries)} "
        f"codes={len(codes)} errors={len(errors)}"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
