"""Load a codebook folder into a frozen :class:`coding.codebook.model.Codebook`, validating it whole.

Every problem is collected first (YAML syntax, entry shape, duplicates, codes that must exist, dated roles, pattern
syntax, examples); then :class:`CodebookError` is raised with all of them, each located as ``file:line:col [path]``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import os
import pickle
import re
import sys
from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from coding.codebook import model as m
from coding.codebook import schema_models as s
from coding.codebook.errors import CodebookError, CodebookIssue, issue
from coding.codebook.yamlnodes import YamlSyntaxError, locate, node_at, read_yaml
from coding.patterns import PatternSyntaxError, parse_pattern

CODEBOOK_FILE = "codebook.yaml"
ACTOR_KINDS = ("countries", "organizations", "people")
_ACTOR_CODE = re.compile(r"^(?:[A-Z]{3})+$")
_ACTION_CODE = re.compile(r"^\d{2,4}$")
_GLOB = re.compile(r"[*?\[]")

# CAMEO actor role and group codes (CAMEO manual tables 3.1/3.2, GDELT type codes, PLOVER sectors): the three-letter
# chunks that may follow a country code in an example event (ARNGOV, GONMILREB).
ROLE_CODES = frozenset(
    ["COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "PTY", "AGR", "BUS", "CRM", "CVL", "DEV",
     "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "IGO", "IMG", "INT", "MNC", "NGM",
     "NGO", "UIS", "PKO", "SET", "PRM"]
)


# --- public API ------------------------------------------------------------------------------------------------------

_CACHE: dict[tuple[str, tuple[tuple[str, int], ...]], m.Codebook] = {}
_DISK_CACHE_FILES = 8  # compiled codebooks kept on disk (newest first); each is about 1 MB


def load_codebook(path: str | Path) -> m.Codebook:
    """Load and validate the codebook in folder ``path``; raise :class:`CodebookError` listing every problem.

    Cached in memory per folder and the modification times of its YAML files, and on disk (:func:`disk_cache_dir`)
    per folder, the bytes of its YAML files and the loader's own source: a worker process that starts with a codebook
    some other process already validated unpickles it (~0.1 s) instead of reading and validating the YAML (~2 s). A
    codebook with errors is never cached; an unreadable cache file is ignored and written again.
    """
    root = Path(path)
    if root.is_file():  # a path to codebook.yaml itself
        root = root.parent
    files = sorted(root.rglob("*.y*ml")) if root.is_dir() else []
    stamp = tuple((str(p), p.stat().st_mtime_ns) for p in files)
    key = (str(root.resolve()), stamp)
    cached = _CACHE.get(key)
    if cached is None:
        cached = _load_via_disk(root, files) if files else _Loader(root).load()
        _CACHE.clear()  # one codebook at a time is the common case; keep memory flat
        _CACHE[key] = cached
    return cached


def disk_cache_dir() -> Path:
    """Where compiled codebooks are kept: ``$DYAD_CACHE_DIR/codebooks``, else ``$XDG_CACHE_HOME/dyad/codebooks``,
    else ``~/.cache/dyad/codebooks``."""
    base = os.environ.get("DYAD_CACHE_DIR")
    if base:
        return Path(base) / "codebooks"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dyad" / "codebooks"


@functools.lru_cache(maxsize=1)
def _code_fingerprint() -> bytes:
    """The loader, the codebook model and the pattern parser, as they are in this process: a cached codebook built
    by other code is never read back."""
    digest = hashlib.sha256(f"{sys.version_info[:2]}|{pickle.HIGHEST_PROTOCOL}".encode())
    here = Path(__file__).resolve().parent
    for src in [*sorted(here.glob("*.py")), here.parent / "patterns.py"]:
        digest.update(src.read_bytes())
    return digest.digest()


def _load_via_disk(root: Path, files: list[Path]) -> m.Codebook:
    digest = hashlib.sha256(_code_fingerprint())
    digest.update(f"{root}\0{root.resolve()}".encode())
    for f in files:
        digest.update(b"\0" + f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes())
    try:
        folder = disk_cache_dir()  # RuntimeError where no home folder can be found
    except RuntimeError:
        return _Loader(root).load()
    target = folder / f"{digest.hexdigest()[:32]}.pickle"
    try:
        with open(target, "rb") as fh:
            codebook = pickle.load(fh)
        if isinstance(codebook, m.Codebook):
            return codebook
    except Exception:  # absent, half-written by a killed process, or from another library version: build it
        pass
    codebook = _Loader(root).load()  # raises CodebookError: nothing is cached
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            pickle.dump(codebook, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(target)
        for old in sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[_DISK_CACHE_FILES:]:
            old.unlink(missing_ok=True)
    except Exception:  # a read-only or full disk, a file pruned by another process: it costs speed, never the load
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return codebook


def validate_codebook(path: str | Path) -> list[CodebookIssue]:
    """Every problem in the codebook at ``path`` (empty if it loads)."""
    try:
        load_codebook(path)
    except CodebookError as err:
        return err.issues
    return []


# --- the loader ------------------------------------------------------------------------------------------------------


class _File:
    """One YAML file: its text, its data and its node tree (for positions)."""

    __slots__ = ("data", "node", "ok", "rel", "text")

    def __init__(self, rel: str, text: str) -> None:
        self.rel, self.text = rel, text
        self.data: Any = None
        self.node: Any = None
        self.ok = False

    def at(self, loc: Iterable[Any], *, key: bool = False) -> tuple[int, int]:
        return locate(self.node, tuple(loc), key=key)

    def where(self, loc: Iterable[Any]) -> m.Where:
        return m.Where(self.rel, self.at(loc)[0])


def _path_str(loc: Iterable[Any]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class _Loader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.issues: list[CodebookIssue] = []
        self.files: dict[str, _File] = {}

    # -- helpers --

    def add(self, code: str, f: _File, loc: tuple[Any, ...] = (), /, *, at_key: bool = False, **fields: Any) -> None:
        line, col = f.at(loc, key=at_key)
        self.issues.append(issue(code, f.rel, line, col, _path_str(loc), **fields))

    def read(self, rel: str) -> _File | None:
        if rel in self.files:
            return self.files[rel]
        try:
            text = (self.root / rel).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            self.issues.append(issue("E004", rel, 1, 1, "", detail=f"cannot read the file: {err}"))
            return None
        f = _File(rel, text)
        self.files[rel] = f
        try:
            doc = read_yaml(text)
        except YamlSyntaxError as err:
            # A tab in the indentation is the commonest cause; name every such line (a block scalar may hold tabs
            # legally, so look only once the file has failed to parse).
            tab_lines = [n for n, line in enumerate(text.splitlines(), 1) if "\t" in line[: len(line) - len(line.lstrip())]]
            for n in tab_lines:
                self.issues.append(issue("E002", rel, n, 1))
            if err.line not in tab_lines:
                self.issues.append(issue("E001", rel, err.line, err.col, "", detail=err.problem))
            return f
        f.data, f.node, f.ok = doc.data, doc.node, True
        for dup in doc.duplicate_keys:
            self.issues.append(issue("E004", rel, dup.line, dup.col, "", detail=f"key {dup.key!r} appears twice"))
        return f

    def validate(self, f: _File, model: type[BaseModel], item: Any, loc: tuple[Any, ...]) -> Any | None:
        """The entry as ``model``, else None after reporting its problems.

        An entry whose faulty keys all have defaults is returned without them, so that the cross-entry checks
        (duplicates, codes, patterns, examples) still see it: one run reports as much as it can.
        """
        try:
            return model.model_validate(item)
        except ValidationError as err:
            errors = err.errors(include_url=False)
            for e in errors:
                self._pydantic_issue(f, model, loc, e)
        if not isinstance(item, dict):
            return None
        faulty = {e["loc"][0] for e in errors if e["loc"]}
        try:
            return model.model_validate({k: v for k, v in item.items() if k not in faulty})
        except ValidationError:
            return None

    def _pydantic_issue(self, f: _File, model: type[BaseModel], base: tuple[Any, ...], e: Any) -> None:
        sub = tuple(e["loc"])
        loc = base + sub
        kind = e["type"]
        field = next((p for p in reversed(sub) if isinstance(p, str)), "value")
        value = e.get("input")
        if kind == "missing":
            self.add("E102", f, loc[:-1], key=loc[-1])
        elif kind == "extra_forbidden":
            allowed = ", ".join(_fields_at(model, sub[:-1])) or "none"
            self.add("E101", f, loc, at_key=True, key=loc[-1], allowed=allowed)
        elif field == "goldstein":
            self.add("E106", f, loc, value=value)
        elif field == "quad_class":
            self.add("E107", f, loc, value=value)
        elif kind == "date_format":
            self.add("E108", f, loc, field=field, value=_raw(f, loc, value))
        elif isinstance(value, (int, float)) and not isinstance(value, bool) and kind == "string_type":
            if field in ("code", "version", "id", "role", "country", "mode", "event"):
                self.add("E104", f, loc, field=field, raw=_raw(f, loc, value))
            else:
                self.add("E103", f, loc, field=field, detail=f"must be text, got the number {_raw(f, loc, value)}: quote it")
        elif kind == "literal_error":
            self.add("E105", f, loc, field=field, value=value, allowed=e.get("ctx", {}).get("expected", ""))
        elif kind == "string_pattern_mismatch":
            pattern = str(e.get("ctx", {}).get("pattern", ""))
            if "[A-Z]" in pattern:
                self.add("E301", f, loc, code=value, why=_actor_code_problem(str(value), pattern))
            elif "\\d" in pattern:
                self.add("E205", f, loc, code=value)
            else:
                self.add("E103", f, loc, field=field, detail=f"{value!r} may use only letters, digits and . _ -")
        else:
            self.add("E103", f, loc, field=field, detail=_lower_first(e["msg"]))

    # -- the whole codebook --

    def load(self) -> m.Codebook:
        if not (self.root / CODEBOOK_FILE).is_file():
            raise CodebookError(
                str(self.root),
                [issue("E004", CODEBOOK_FILE, 1, 1, "", detail=f"no {CODEBOOK_FILE} in {self.root}: is this a codebook folder?")],
            )
        head_file = self.read(CODEBOOK_FILE)
        head = None
        if head_file is not None and head_file.ok:
            if isinstance(head_file.data, dict):
                head = self.validate(head_file, s.CodebookFile, head_file.data, ())
            else:
                self.add("E004", head_file, (), detail="codebook.yaml must be a mapping (name, version, files …)")
        if head is None:
            raise CodebookError(str(self.root), self.issues)

        actions = self.load_actions(self.expand(head_file, "actions", [head.files.actions]))
        actors = self.load_actors(self.expand(head_file, "actors", head.files.actors))
        example_actors = self.load_actors(self.expand(head_file, "example_actors", head.files.example_actors))
        agents = self.load_agents(self.expand(head_file, "agents", head.files.agents))
        actions_name = head.files.actions
        world = _ExampleWorld(example_actors, {a.role for a in agents}, head.files.example_actors)
        if world.empty:  # no example world loaded (not listed, missing or broken: reported above): skip the check
            world = None
        verbs = self.load_verbs(self.expand(head_file, "verbs", head.files.verbs), actions, actions_name, world)
        filters = self.load_filters(self.expand(head_file, "filters", head.files.filters))
        verdicts = self.load_verdicts(self.expand(head_file, "verdicts", head.files.verdicts), actions, actions_name, world)

        if self.issues:
            raise CodebookError(str(self.root), self.issues)
        return m.Codebook(
            name=head.name,
            version=head.version,
            description=head.description,
            ontology=head.ontology,
            path=str(self.root),
            hash=self.content_hash(),
            file_hashes=self.file_hashes(),
            actions=actions,
            countries=tuple(actors["countries"]),
            organizations=tuple(actors["organizations"]),
            people=tuple(actors["people"]),
            agents=tuple(agents),
            verbs=tuple(verbs),
            filters=tuple(filters),
            verdicts=tuple(verdicts),
            example_countries=tuple(example_actors["countries"]),
            example_organizations=tuple(example_actors["organizations"]),
            example_people=tuple(example_actors["people"]),
        )

    @functools.cached_property
    def _canonical(self) -> dict[str, str]:
        """Each file's data as canonical JSON (what the hashes read), computed once."""
        return {rel: json.dumps(f.data, sort_keys=True, ensure_ascii=False, default=str) for rel, f in self.files.items()}

    def file_hashes(self) -> dict[str, str]:
        """Each file's own digest: what lets a recode reuse the footprint of the files an edit left alone."""
        return {rel: hashlib.sha256(self._canonical[rel].encode()).hexdigest()[:16] for rel in sorted(self.files)}

    def content_hash(self) -> str:
        digest = hashlib.sha256()
        for rel in sorted(self.files):
            canonical = self._canonical[rel]
            digest.update(rel.encode())
            digest.update(b"\0")
            digest.update(canonical.encode())
            digest.update(b"\0")
        return digest.hexdigest()[:16]

    def expand(self, head: _File, kind: str, patterns: list[str]) -> list[_File]:
        """Read the files listed under ``files.<kind>`` (globs allowed), reporting those that do not exist."""
        out: list[_File] = []
        for i, pattern in enumerate(patterns):
            loc = ("files", kind) if kind == "actions" else ("files", kind, i)
            if node_at(head.node, loc) is None:
                loc = ("files", kind)
            if _GLOB.search(pattern):
                rels = sorted(p.relative_to(self.root).as_posix() for p in self.root.glob(pattern) if p.is_file())
            else:
                rels = [pattern] if (self.root / pattern).is_file() else []
            if not rels:
                self.add("E003", head, loc, name=pattern, kind=kind)
            for rel in rels:
                f = self.read(rel)
                if f is not None and f.ok and f not in out:
                    out.append(f)
        return out

    def entries(self, f: _File, model: type[BaseModel], base: tuple[Any, ...] = ()) -> list[tuple[Any, tuple]]:
        """Validate each entry of a list-shaped file (or sub-list); return (model, loc) of the valid ones."""
        data = f.data if not base else _get(f.data, base)
        if data is None:
            return []
        if not isinstance(data, list):
            self.add("E004", f, base, detail=f"expected a list of entries (- …), got {_type_name(data)}")
            return []
        out = []
        for i, item in enumerate(data):
            loc = (*base, i)
            if not isinstance(item, dict):
                self.add("E103", f, loc, field="entry", detail=f"must be a mapping (key: value), got {_type_name(item)}")
                continue
            entry = self.validate(f, model, item, loc)
            if entry is not None:
                out.append((entry, loc))
        return out

    # -- actions --

    def load_actions(self, files: list[_File]) -> dict[str, m.Action]:
        actions: dict[str, m.Action] = {}
        for f in files:
            for entry, loc in self.entries(f, s.ActionEntry):
                where = f.where(loc)
                if entry.code in actions:
                    self.add("E201", f, (*loc, "code"), code=entry.code, first=actions[entry.code].where.line)
                    continue
                plover = entry.plover
                actions[entry.code] = m.Action(
                    code=entry.code,
                    name=entry.name,
                    goldstein=float(entry.goldstein),
                    quad_class=entry.quad_class,
                    plover_event=plover.event if plover else None,
                    plover_mode=(plover.mode or None) if plover else None,
                    where=where,
                )
        return actions

    # -- actors --

    def load_actors(self, files: list[_File]) -> dict[str, list]:
        out: dict[str, list] = {kind: [] for kind in ACTOR_KINDS}
        first_country: dict[str, m.Where] = {}
        for f in files:
            parts: list[tuple[str, tuple[Any, ...]]] = []
            stem = Path(f.rel).stem
            if isinstance(f.data, dict):
                for key in f.data:
                    if key in ACTOR_KINDS:
                        parts.append((key, (key,)))
                    else:
                        self.add("E101", f, (key,), at_key=True, key=key, allowed=", ".join(ACTOR_KINDS))
            elif isinstance(f.data, list) and stem in ACTOR_KINDS:
                parts.append((stem, ()))
            elif f.data is not None:
                self.add(
                    "E004",
                    f,
                    (),
                    detail="an actors file is a list named countries.yaml, organizations.yaml or people.yaml, "
                    "or a mapping with the keys countries, organizations, people",
                )
            for kind, base in parts:
                model = s.ENTRY_MODELS[kind]
                for entry, loc in self.entries(f, model, base):
                    if kind == "countries":
                        if entry.code in first_country:
                            self.add("E204", f, (*loc, "code"), code=entry.code, first=first_country[entry.code])
                            continue
                        first_country[entry.code] = f.where(loc)
                        out[kind].append(
                            m.Country(
                                entry.code, entry.name, tuple(entry.aliases), tuple(entry.adjectives),
                                tuple(entry.demonyms), tuple(entry.capitals), f.where(loc), tuple(entry.cities),
                            )
                        )
                    elif kind == "organizations":
                        out[kind].append(
                            m.Organization(
                                entry.code, entry.name, tuple(entry.aliases), entry.country, entry.role, entry.kind,
                                f.where(loc), self.dated(f, entry.roles, loc),
                            )
                        )
                    else:
                        out[kind].append(self.person(f, entry, loc))
        return out

    def person(self, f: _File, entry: s.PersonEntry, loc: tuple[Any, ...]) -> m.Person:
        return m.Person(name=entry.name, aliases=tuple(entry.aliases), roles=self.dated(f, entry.roles, loc), where=f.where(loc))

    def dated(self, f: _File, entries: list[s.RoleEntry], loc: tuple[Any, ...]) -> tuple[m.Role, ...]:
        """Dated roles (a person's, or an organization's dated codes), sorted by since; checks spans and overlaps."""
        roles = [(r, (*loc, "roles", i)) for i, r in enumerate(entries)]
        for r, rloc in roles:
            if r.since and r.until and r.since > r.until:
                self.add("E302", f, rloc, code=r.code, since=r.since, until=r.until)
        ordered = sorted(roles, key=lambda x: x[0].since or dt.date.min)
        for (a, _), (b, bloc) in pairwise(ordered):
            a_end = a.until or dt.date.max
            b_start = b.since or dt.date.min
            if b_start <= a_end:
                self.add("E303", f, bloc, code=b.code, span=_span(b), other=a.code, other_span=_span(a))
        return tuple(m.Role(r.code, r.since, r.until) for r, _ in ordered)

    # -- agents --

    def load_agents(self, files: list[_File]) -> list[m.Agent]:
        agents: list[m.Agent] = []
        seen: dict[str, m.Agent] = {}
        for f in files:
            for entry, loc in self.entries(f, s.AgentEntry):
                for i, term in enumerate(entry.terms):
                    words = " ".join(term.lower().split())
                    agent = m.Agent(words, entry.role, m.Where(f.rel, f.at((*loc, "terms", i))[0]))
                    other = seen.get(words)
                    if other is not None:
                        if other.role != entry.role:
                            self.add("E206", f, (*loc, "terms", i), term=words, role=entry.role, other=other.role,
                                     first=other.where)
                        continue
                    seen[words] = agent
                    agents.append(agent)
        return agents

    # -- verbs --

    def load_verbs(
        self, files: list[_File], actions: dict[str, m.Action], actions_name: str, world: _ExampleWorld | None
    ) -> list[m.VerbEntry]:
        verbs: list[m.VerbEntry] = []
        first: dict[str, m.Where] = {}
        for f in files:
            for entry, loc in self.entries(f, s.VerbEntry):
                where = f.where(loc)
                if entry.id in first:
                    self.add("E202", f, (*loc, "id"), id=entry.id, first=first[entry.id])
                else:
                    first[entry.id] = where
                if entry.code not in actions:
                    self.add("E401", f, (*loc, "code"), code=entry.code, actions=actions_name)
                patterns, lines = [], []
                for i, text in enumerate(entry.patterns):
                    ploc = (*loc, "patterns", i)
                    line, col = f.at(ploc)
                    try:
                        patterns.append(parse_pattern(text))
                        lines.append(line)
                    except PatternSyntaxError as err:
                        quoted = 1 if f.text.splitlines()[line - 1][col - 1 : col] in "\"'" else 0
                        self.issues.append(
                            issue("E402", f.rel, line, col + quoted + err.col - 1, _path_str(ploc), detail=str(err))
                        )
                if entry.dependency is not None:
                    self.check_dependency(f, entry.dependency, (*loc, "dependency"))
                if not entry.patterns and entry.dependency is None:
                    self.add("E404", f, loc, id=entry.id)
                examples, counter = self.cases_of(f, entry, loc, actions, actions_name, world)
                verbs.append(
                    m.VerbEntry(
                        id=entry.id,
                        code=entry.code,
                        patterns=tuple(patterns),
                        dependency=tuple(entry.dependency) if entry.dependency is not None else None,
                        examples=examples,
                        counterexamples=counter,
                        where=where,
                        pattern_lines=tuple(lines),
                        symmetric=bool(entry.symmetric),
                    )
                )
        return verbs

    def cases_of(
        self, f: _File, entry: Any, loc: tuple[Any, ...], actions: dict[str, m.Action], actions_name: str, world: _ExampleWorld | None
    ) -> tuple[tuple[m.Example, ...], tuple[m.Example, ...]]:
        """A verb or verdict entry's examples (each event checked) and counterexamples; E403 when it has no example."""
        if not entry.examples:
            self.add("E403", f, loc, id=entry.id)
        examples = []
        for i, ex in enumerate(entry.examples):
            eloc = (*loc, "examples", i)
            for j, event in enumerate(ex.events):
                self.check_event(f, event, (*eloc, "events", j), actions, actions_name, world)
            examples.append(m.Example(ex.text, tuple(" ".join(e.split()) for e in ex.events), ex.date, f.where(eloc)))
        counter = tuple(m.Example(c.text, (), c.date, f.where((*loc, "counterexamples", i))) for i, c in enumerate(entry.counterexamples))
        return tuple(examples), counter

    def check_dependency(self, f: _File, nodes: list[dict[str, Any]], loc: tuple[Any, ...]) -> None:
        if not nodes:
            self.add("E408", f, loc, detail="an empty list")
            return
        ids: set[str] = set()
        for i, node in enumerate(nodes):
            nloc = (*loc, i)
            right = node.get("RIGHT_ID")
            if not isinstance(right, str) or not isinstance(node.get("RIGHT_ATTRS"), dict):
                self.add("E408", f, nloc, detail="each node needs RIGHT_ID (a name) and RIGHT_ATTRS (a mapping)")
                continue
            if i == 0 and ("LEFT_ID" in node or "REL_OP" in node):
                self.add("E408", f, nloc, detail="the first node is the anchor: it takes no LEFT_ID or REL_OP")
            if i > 0 and (node.get("LEFT_ID") not in ids or not isinstance(node.get("REL_OP"), str)):
                self.add("E408", f, nloc, detail="a later node needs REL_OP and a LEFT_ID naming an earlier node")
            ids.add(right)
        if "anchor" not in ids:
            self.add("E408", f, loc, detail="no node is named 'anchor' (name the nodes anchor, source, target)")

    def check_event(
        self,
        f: _File,
        event: str,
        loc: tuple[Any, ...],
        actions: dict[str, m.Action],
        actions_name: str,
        world: _ExampleWorld | None,
    ) -> None:
        parts = event.split()
        if len(parts) != 3 or not all(_ACTOR_CODE.match(p) for p in parts[:2]) or not _ACTION_CODE.match(parts[2]):
            self.add("E405", f, loc, event=event)
            return
        for code in parts[:2]:
            why = world.problem(code) if world is not None else None
            if why:
                self.add("E406", f, loc, code=code, why=why)
        if parts[2] not in actions:
            self.add("E407", f, loc, code=parts[2], actions=actions_name)

    # -- filters --

    def load_filters(self, files: list[_File]) -> list[m.Filter]:
        filters: list[m.Filter] = []
        first: dict[str, m.Where] = {}
        for f in files:
            for entry, loc in self.entries(f, s.FilterEntry):
                where = f.where(loc)
                if entry.id in first:
                    self.add("E203", f, (*loc, "id"), id=entry.id, first=first[entry.id])
                    continue
                first[entry.id] = where
                filters.append(
                    m.Filter(
                        entry.id, entry.scope, tuple(t.lower() for t in entry.terms), tuple(entry.examples),
                        tuple(entry.counterexamples), where,
                    )
                )
        return filters

    # -- verdicts --

    def load_verdicts(
        self, files: list[_File], actions: dict[str, m.Action], actions_name: str, world: _ExampleWorld | None
    ) -> list[m.Verdict]:
        verdicts: list[m.Verdict] = []
        first: dict[str, m.Where] = {}
        owner: dict[str, tuple[str, m.Where]] = {}  # word -> (entry id, where it is listed first)
        for f in files:
            for entry, loc in self.entries(f, s.VerdictEntry):
                where = f.where(loc)
                if entry.id in first:
                    self.add("E207", f, (*loc, "id"), id=entry.id, first=first[entry.id])
                else:
                    first[entry.id] = where
                if entry.code not in actions:
                    self.add("E401", f, (*loc, "code"), code=entry.code, actions=actions_name)
                for i, word in enumerate(entry.words):
                    if word in owner:
                        self.add("E208", f, (*loc, "words", i), word=word, other=owner[word][0], first=owner[word][1])
                    else:
                        owner[word] = (entry.id, f.where((*loc, "words", i)))
                examples, counter = self.cases_of(f, entry, loc, actions, actions_name, world)
                verdicts.append(m.Verdict(entry.id, entry.code, tuple(entry.words), examples, counter, where))
        return verdicts


class _ExampleWorld:
    """The fictional actors that example events must resolve to."""

    def __init__(self, actors: dict[str, list], agent_roles: set[str], files: list[str]) -> None:
        self.files = files
        self.full: set[str] = set()
        self.heads: set[str] = set()
        for c in actors["countries"]:
            self.full.add(c.code)
            self.heads.add(c.code)
        for o in actors["organizations"]:
            self.full.add(o.code)
            self.heads.add(o.code)
        for p in actors["people"]:
            self.full.update(r.code for r in p.roles)
        self.roles = ROLE_CODES | agent_roles

    @property
    def empty(self) -> bool:
        return not self.full

    def problem(self, code: str) -> str | None:
        """None if ``code`` resolves: a known actor code, or a known actor followed by role codes (ARNGOV)."""
        if code in self.full:
            return None
        unknown_roles: list[str] = []
        for head in self.heads:
            if code.startswith(head):
                rest = code[len(head) :]
                unknown = [rest[i : i + 3] for i in range(0, len(rest), 3) if rest[i : i + 3] not in self.roles]
                if not unknown:
                    return None
                unknown_roles = unknown
        files = ", ".join(self.files)
        if unknown_roles:
            return (
                f"{', '.join(unknown_roles)} is not a role code (CAMEO roles such as GOV, MIL, COP, REB, or a role "
                "of agents.yaml)"
            )
        heads = sorted(self.heads)
        known = ", ".join(heads[:12]) + (" …" if len(heads) > 12 else "")
        return f"no actor of {files} has the code {code[:3]} (known: {known})"


# --- small helpers ---------------------------------------------------------------------------------------------------


def _get(data: Any, loc: tuple[Any, ...]) -> Any:
    for part in loc:
        data = data.get(part) if isinstance(data, dict) else None
    return data


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "text", int: "a number", float: "a number", bool: "true/false"}.get(
        type(value), type(value).__name__
    )


def _raw(f: _File, loc: tuple[Any, ...], value: Any) -> str:
    """The value as written in the file (``010``, not 10)."""
    node = node_at(f.node, loc)
    if node is not None and isinstance(getattr(node, "value", None), str):
        return node.value
    return str(value)


def _span(role: Any) -> str:
    return f"{role.since or '…'} to {role.until or '…'}"


def _actor_code_problem(code: str, pattern: str) -> str:
    if pattern == r"^[A-Z]{3}$":
        return "write exactly three upper-case letters, e.g. UKR"
    if code != code.upper():
        return "write upper-case letters only, e.g. UKRGOV"
    if len(code) % 3:
        return f"its length {len(code)} is not a multiple of 3: write three-letter parts, e.g. UKR, UKRGOV"
    return "write upper-case letters in three-letter parts, e.g. UKR, UKRGOV, IGOUNO"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _unwrap(tp: Any) -> Any:
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            tp = get_args(tp)[0]
        elif origin is Union or str(origin) == "<class 'types.UnionType'>":
            members = [a for a in get_args(tp) if a is not type(None)]
            tp = members[0] if len(members) == 1 else next(
                (a for a in members if isinstance(a, type) and issubclass(a, BaseModel)), members[0]
            )
        else:
            return tp


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The field names of the model found at ``loc`` inside ``model`` (for 'allowed keys' in messages)."""
    tp: Any = model
    for part in loc:
        tp = _unwrap(tp)
        if isinstance(part, int):
            tp = get_args(tp)[0] if get_origin(tp) is list else None
        elif isinstance(tp, type) and issubclass(tp, BaseModel) and part in tp.model_fields:
            tp = tp.model_fields[part].annotation
        else:
            return []
    tp = _unwrap(tp)
    return list(tp.model_fields) if isinstance(tp, type) and issubclass(tp, BaseModel) else []
