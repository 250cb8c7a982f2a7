"""The loaded, validated codebook as frozen records: what the engine consumes.

``coding.codebook.loader.load_codebook`` builds a :class:`Codebook` from a folder of YAML files. Every record keeps
``file`` and ``line`` so that explain, test reports and errors can point back into the YAML.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coding.patterns import Pattern


@dataclass(frozen=True, slots=True)
class Where:
    file: str  # path relative to the codebook folder, e.g. "verbs/02_appeal.yaml"
    line: int  # 1-based

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class Action:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_event: str | None
    plover_mode: str | None
    where: Where

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    where: Where
    cities: tuple[str, ...] = ()  # places that stand for the country, not its government


@dataclass(frozen=True, slots=True)
class Organization:
    code: str
    name: str
    aliases: tuple[str, ...]
    country: str | None  # None: the first three letters of code
    role: str | None
    kind: str
    where: Where
    roles: tuple[Role, ...] = ()  # dated codes, sorted by since (a party in government, then in opposition)

    def role_on(self, day: dt.date) -> Role | None:
        """The dated code in force on ``day`` (as Person.role_on); None when the organization has no dated codes."""
        return _role_on(self.roles, day) if self.roles else None


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    since: dt.date | None
    until: dt.date | None


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]  # sorted by since
    where: Where

    def role_on(self, day: dt.date) -> Role | None:
        """The role in force on ``day``; else the last one before it; else the first one."""
        return _role_on(self.roles, day)


def _role_on(roles: tuple[Role, ...], day: dt.date) -> Role | None:
    before = None
    for role in roles:
        if (role.since is None or role.since <= day) and (role.until is None or day <= role.until):
            return role
        if role.until is not None and role.until < day:
            before = role
    return before or (roles[0] if roles else None)


@dataclass(frozen=True, slots=True)
class Agent:
    term: str  # lower-case words, e.g. "foreign minister"
    role: str  # GOV, MIL, …
    where: Where


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    events: tuple[str, ...]  # "ARN GON 026"
    date: dt.date | None
    where: Where


@dataclass(frozen=True, slots=True)
class VerbEntry:
    id: str
    code: str
    patterns: tuple[Pattern, ...]
    dependency: tuple[dict, ...] | None  # raw spaCy DependencyMatcher pattern (escape hatch)
    examples: tuple[Example, ...]
    counterexamples: tuple[Example, ...]
    where: Where
    pattern_lines: tuple[int, ...] = ()  # the line of each pattern, for explain
    symmetric: bool = False  # reciprocal: "Arnor met Gondor" codes both directions


@dataclass(frozen=True, slots=True)
class Filter:
    id: str
    scope: str  # sentence | story
    terms: tuple[str, ...]
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]
    where: Where


@dataclass(frozen=True, slots=True)
class Verdict:
    """verdicts.yaml: nouns that, said of an act or an actor, are a judgement of the code's kind."""

    id: str
    code: str
    words: tuple[str, ...]
    examples: tuple[Example, ...]
    counterexamples: tuple[Example, ...]
    where: Where


@dataclass(frozen=True, slots=True)
class Codebook:
    name: str
    version: str
    description: str
    ontology: str
    path: str
    hash: str  # content hash of every loaded file; goes into every output row and cache key
    actions: dict[str, Action]
    countries: tuple[Country, ...]
    organizations: tuple[Organization, ...]
    people: tuple[Person, ...]
    agents: tuple[Agent, ...]
    verbs: tuple[VerbEntry, ...]
    filters: tuple[Filter, ...]
    verdicts: tuple[Verdict, ...] = field(default=())
    example_countries: tuple[Country, ...] = field(default=())
    example_organizations: tuple[Organization, ...] = field(default=())
    example_people: tuple[Person, ...] = field(default=())
    file_hashes: dict[str, str] = field(default_factory=dict)  # per loaded file (relative path): a digest of its data

    def example_world(self) -> "Codebook":
        """This codebook with the fictional example actors in place of the real ones."""
        from dataclasses import replace

        return replace(
            self,
            countries=self.example_countries,
            organizations=self.example_organizations,
            people=self.example_people,
            hash=self.hash + "-examples",
        )
