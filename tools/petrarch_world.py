"""Build a temporary codebook for the PETRARCH-1 validation world.

The result is a copy of ``codebooks/cameo`` whose actors are the PETR validation actors (Arnor ARN, Gondor GON, …)
and whose agents.yaml also holds the PETR agents whose code appends a role (``[~GOV]``). dyad's own verbs, actions and
filters are kept: the point is to measure them. The PETR dictionaries are read at run time from
``../shared/reference/petrarch/validation`` and never copied into the project.

Run: ``.venv/bin/python tools/petrarch_world.py OUT_DIR [--reference DIR]``. It prints a summary of what was converted
and of every entry dyad's format cannot express, with the reason.

Mapping, by the shape of an actor's codes:
- one undated three-letter code: a country (entries sharing a code are merged: the first phrase is the name);
- one undated longer code: an organization (country = first three letters, role = next three);
- dated codes: a person whose roles are the dates' codes; PETR's first-match-wins order is turned into
  non-overlapping periods (``<D`` ends the day before D, ``>D`` starts on D, ``D1-D2`` is inclusive);
- null and discard codes (``---``, ``###``, ``+++``), codes that are not whole three-letter parts (``ITHTV``) and
  phrases already taken by an earlier entry are skipped; of multi-actor codes (``ELR/GAL``) the first is kept.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
CAMEO = REPO / "codebooks" / "cameo"
REFERENCE = REPO.parent / "shared" / "reference" / "petrarch" / "validation"
NULL_CODES = {"---", "###", "+++"}
_CODE_OK = re.compile(r"^(?:[A-Z]{3})+$")
_BRACKET = re.compile(r"\[([^\]]*)\]")
_CODE_SPEC = re.compile(r"^(?P<code>[^\s<>]+)?\s*(?:(?P<op>[<>])\s*(?P<d>\d{6,8})|(?P<d1>\d{6,8})\s*-\s*(?P<d2>\d{6,8}))?$")
_DAY = dt.timedelta(days=1)


@dataclass
class Skip:
    what: str
    reason: str


@dataclass
class Summary:
    countries: int = 0
    organizations: int = 0
    people: int = 0
    agents_added: int = 0
    agents_present: int = 0
    skipped: list[Skip] = field(default_factory=list)
    notes: list[Skip] = field(default_factory=list)  # converted, but not quite as PETR meant

    def text(self) -> str:
        lines = [
            f"actors: {self.countries} countries, {self.organizations} organizations, {self.people} people (dated)",
            f"agents: {self.agents_added} terms added or moved to the PETR role, {self.agents_present} already present with that role",
            f"skipped ({len(self.skipped)}):",
            *(f"  - {s.what}: {s.reason}" for s in self.skipped),
            f"converted with a difference ({len(self.notes)}):",
            *(f"  - {s.what}: {s.reason}" for s in self.notes),
        ]
        return "\n".join(lines)


# ----------------------------------------------------------------------------------------------- reading PETR files


def _petr_date(text: str) -> dt.date:
    """YYMMDD (years 00-30 are 20xx) or YYYYMMDD."""
    if len(text) == 6:
        yy = int(text[:2])
        return dt.date(2000 + yy if yy <= 30 else 1900 + yy, int(text[2:4]), int(text[4:6]))
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def _strip_comments(text: str) -> list[str]:
    # <!-- … --> blocks (also the odd "<! -- … -->"), kept as blank lines so that line numbers stay true
    text = re.sub(r"<!.*?-->", lambda m: "\n" * m.group().count("\n"), text, flags=re.DOTALL)
    lines = []
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            lines.append("")
            continue
        line = line.split(";", 1)[0]
        line = re.sub(r"\s#(?!##).*$", "", line)  # a trailing "# comment", not the "###" code
        lines.append(line.rstrip())
    return lines


def _phrase(raw: str) -> str:
    """PETR phrase → words as written in news: '_' joins words; upper case becomes capitalised words."""
    words = raw.replace("_", " ").split()
    return " ".join(w if "." in w else w.capitalize() if w.isupper() else w for w in words)


@dataclass
class PetrActor:
    phrase: str
    line: int
    synonyms: list[str] = field(default_factory=list)
    codes: list[tuple[str, dt.date | None, dt.date | None]] = field(default_factory=list)  # (code, since, until)


def read_actors(path: Path) -> list[PetrActor]:
    actors: list[PetrActor] = []
    for number, line in enumerate(_strip_comments(path.read_text(encoding="utf-8", errors="replace")), 1):
        stripped = line.strip()
        if not stripped:
            continue
        head = _BRACKET.split(stripped)[0].strip()
        if stripped.startswith("+"):
            if actors:
                actors[-1].synonyms.append(_phrase(head[1:]))
        elif not stripped.startswith("["):
            actors.append(PetrActor(_phrase(head), number))
        if not actors:
            continue
        for spec in _BRACKET.findall(stripped):
            m = _CODE_SPEC.match(spec.strip())
            if not m or not m["code"]:
                actors[-1].codes.append((spec.strip(), None, None))  # unreadable: reported later
                continue
            since = until = None
            if m["op"] == "<":
                until = _petr_date(m["d"]) - _DAY
            elif m["op"] == ">":
                since = _petr_date(m["d"])
            elif m["d1"]:
                since, until = _petr_date(m["d1"]), _petr_date(m["d2"])
            actors[-1].codes.append((m["code"], since, until))
    return actors


@dataclass
class PetrAgent:
    term: str
    code: str
    line: int
    plural: str | None


def read_agents(path: Path) -> list[PetrAgent]:
    sets: dict[str, list[str]] = {}
    agents: list[PetrAgent] = []
    for number, line in enumerate(_strip_comments(path.read_text(encoding="utf-8", errors="replace")), 1):
        stripped = line.strip()
        if not stripped:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", stripped)
        if m:
            sets[m[1]] = [v.strip() for v in m[2].split(",") if v.strip()]
            continue
        m = re.match(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]", stripped)
        if not m:
            continue
        phrases = [m["phrase"]]
        for marker, values in sets.items():
            phrases = [p.replace(marker, v) for p in phrases for v in values] if any(marker in p for p in phrases) else phrases
        for phrase in phrases:
            term = phrase.replace("_", " ").lower().strip()
            plural = (m["plural"] or "").replace("_", " ").lower().strip() or None
            agents.append(PetrAgent(term, m["code"].replace(" ", ""), number, plural))
    return agents


# ----------------------------------------------------------------------------------------------- conversion


def _periods(codes: list[tuple[str, dt.date | None, dt.date | None]]) -> list[tuple[str, dt.date | None, dt.date | None]]:
    """First-match-wins dated codes → non-overlapping (code, since, until) periods, in date order."""
    cuts = sorted({d for _, s, u in codes for d in (s, u + _DAY if u else None) if d})
    bounds = [None, *cuts]
    periods: list[list] = []
    for k, start in enumerate(bounds):
        end = bounds[k + 1] - _DAY if k + 1 < len(bounds) else None
        probe = start or (end if end else dt.date(2000, 1, 1))
        code = next((c for c, s, u in codes if (s is None or s <= probe) and (u is None or probe <= u)), None)
        if periods and periods[-1][0] == code:
            periods[-1][2] = end
        else:
            periods.append([code, start, end])
    return [tuple(p) for p in periods]


def convert_actors(actors: list[PetrActor], summary: Summary) -> tuple[list[dict], list[dict], list[dict]]:
    countries: dict[str, dict] = {}
    organizations: list[dict] = []
    people: list[dict] = []
    taken: dict[str, str] = {}  # folded phrase → the entry that has it (PETR: the first match in file order wins)

    def claim(names: list[str], owner: str) -> list[str]:
        kept = []
        for name in names:
            key = name.lower()
            if not name:
                continue
            if key in taken:
                summary.skipped.append(Skip(f"phrase '{name}' of {owner}", f"already the phrase of {taken[key]} (first match wins)"))
                continue
            taken[key] = owner
            kept.append(name)
        return kept

    for actor in actors:
        label = f"{actor.phrase} (actors line {actor.line})"
        codes = []
        for code, since, until in actor.codes:
            code = code.strip().upper()
            if "/" in code:
                parts = code.split("/")
                summary.notes.append(Skip(label, f"multi-actor code {code}: dyad gives a phrase one actor; kept {parts[0]}"))
                code = parts[0]
            codes.append((code, since, until))
        if not codes:
            summary.skipped.append(Skip(label, "no code"))
            continue
        bad = [c for c, _, _ in codes if c not in NULL_CODES and not _CODE_OK.match(c)]
        if bad:
            summary.skipped.append(Skip(label, f"code {bad[0]} is not whole three-letter parts (dyad codes are AAA, AAABBB, …)"))
            continue
        dated = [c for c in codes if c[1] or c[2]]
        if not dated:
            code = codes[0][0]
            if len(codes) > 1:
                summary.notes.append(Skip(label, f"several undated codes; kept the first, {code}"))
            if code in NULL_CODES:
                summary.skipped.append(Skip(label, f"null/discard code {code}: dyad has no 'known but uncoded' actor"))
                continue
            names = claim([actor.phrase, *actor.synonyms], code)
            if not names:
                continue
            if len(code) == 3:
                if code in countries:
                    countries[code]["aliases"].extend(names)
                else:
                    countries[code] = {"code": code, "name": names[0], "aliases": names[1:]}
            else:
                organizations.append({"code": code, "name": names[0], "aliases": names[1:], "country": code[:3], "role": code[3:6], "kind": "other"})
            continue
        # Dated: a person. An undated code among dated ones is PETR's default for the days no date covers.
        undated = [c for c in codes if not (c[1] or c[2])]
        periods = _periods(dated + undated)
        roles = []
        for code, since, until in periods:
            if code is None or code in NULL_CODES:
                summary.notes.append(Skip(label, f"{code or 'no code'} from {since or 'the start'} to {until or 'the end'}: dyad cannot leave a dated actor uncoded; the nearest role applies"))
                continue
            role = {"code": code}
            if since:
                role["since"] = since.isoformat()
            if until:
                role["until"] = until.isoformat()
            roles.append(role)
        names = claim([actor.phrase, *actor.synonyms], f"person {actor.phrase}")
        if not roles or not names:
            summary.skipped.append(Skip(label, "no codable period" if not roles else "every phrase already taken"))
            continue
        people.append({"name": names[0], "aliases": names[1:], "roles": roles})
    summary.countries, summary.organizations, summary.people = len(countries), len(organizations), len(people)
    return list(countries.values()), organizations, people


def merge_agents(base: list[dict], agents: list[PetrAgent], summary: Summary) -> list[dict]:
    """Add PETR role agents to dyad's agents (a term already under another role moves to the PETR role)."""
    roles = {entry["role"]: list(entry["terms"]) for entry in base}
    owner = {term.lower(): role for role, terms in roles.items() for term in terms}
    for agent in agents:
        label = f"agent '{agent.term}' [{agent.code}] (agents line {agent.line})"
        if not agent.code.startswith("~"):
            summary.skipped.append(Skip(label, "the code goes before the actor's code; dyad agents only append a role"))
            continue
        full = agent.code[1:]
        if not _CODE_OK.match(full):
            summary.skipped.append(Skip(label, f"code {full} is not whole three-letter parts"))
            continue
        role = full[:3]
        if len(full) > 3:
            summary.notes.append(Skip(label, f"a dyad agent appends one role: {full} becomes {role}"))
        for term in [agent.term, *([agent.plural] if agent.plural else [])]:
            current = owner.get(term)
            if current == role:
                summary.agents_present += 1
                continue
            if current is not None:
                roles[current].remove(next(t for t in roles[current] if t.lower() == term))
                summary.notes.append(Skip(label, f"'{term}' moved from dyad's {current} to PETR's {role}"))
            roles.setdefault(role, []).append(term)
            owner[term] = role
            summary.agents_added += 1
    return [{"role": role, "terms": terms} for role, terms in roles.items() if terms]


def _dump(path: Path, data, header: str) -> None:
    path.write_text(f"# {header}\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def build_world(out: Path, reference: Path = REFERENCE, base: Path = CAMEO) -> Summary:
    """Write the PETR-world codebook into ``out`` (replaced if it exists) and return the conversion summary."""
    summary = Summary()
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(base, out)
    countries, organizations, people = convert_actors(read_actors(reference / "PETR.Validate.actors.txt"), summary)
    header = f"generated by tools/petrarch_world.py from {reference.name}/; temporary, do not commit"
    _dump(out / "actors" / "countries.yaml", countries, header)
    _dump(out / "actors" / "organizations.yaml", organizations, header)
    _dump(out / "actors" / "people.yaml", people, header)
    base_agents = yaml.safe_load((base / "agents.yaml").read_text(encoding="utf-8"))
    _dump(out / "agents.yaml", merge_agents(base_agents, read_agents(reference / "PETR.Validate.agents.txt"), summary), header)
    meta = yaml.safe_load((out / "codebook.yaml").read_text(encoding="utf-8"))
    meta["name"] = "cameo-petr-world"
    meta["description"] = "dyad's CAMEO codebook with the PETRARCH-1 validation world as its actors (temporary)."
    _dump(out / "codebook.yaml", meta, header)
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="output codebook folder (replaced)")
    parser.add_argument("--reference", type=Path, default=REFERENCE, help="folder of the PETR.Validate.* dictionaries")
    args = parser.parse_args(argv)
    summary = build_world(args.out, args.reference)
    print(f"wrote {args.out}")
    print(summary.text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
