"""The codebook loader: every mistake is reported at once, each with its file, line and error code."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coding.codebook.errors import MESSAGES, CodebookError, CodebookIssue
from coding.codebook.jsonschema import REGENERATE, SCHEMA_DIR, generate_schemas
from coding.codebook.loader import load_codebook, validate_codebook
from dyad.cli import app

# A small valid codebook; each test breaks one or more of its files.
MINI: dict[str, str] = {
    "codebook.yaml": """\
name: mini
version: "0.1"
ontology: CAMEO 1.1b3
files:
  actions: actions.yaml
  actors: [actors/countries.yaml, actors/people.yaml]
  agents: agents.yaml
  verbs: [verbs/*.yaml]
  filters: filters.yaml
  example_actors: [actors/fictional.yaml]
""",
    "actions.yaml": """\
- {code: "02", name: Appeal, goldstein: 3.0, quad_class: 1}
- code: "026"
  name: Appeal to others to meet or negotiate
  goldstein: 3.0
  quad_class: 1
  plover: {event: CONSULT, mode: ""}
- {code: "111", name: Criticize or denounce, goldstein: -2, quad_class: 3}
""",
    "actors/countries.yaml": """\
- code: UKR
  name: Ukraine
  adjectives: [Ukrainian]
  capitals: [Kyiv, Kiev]
""",
    "actors/people.yaml": """\
- name: Volodymyr Zelensky
  aliases: [Zelensky]
  roles:
    - {code: UKRELI, until: 2019-05-19}
    - {code: UKRGOV, since: 2019-05-20}
""",
    "actors/fictional.yaml": """\
countries:
  - {code: ARN, name: Arnor}
  - {code: GON, name: Gondor}
people:
  - name: Aragorn
    roles: [{code: ARNGOV}]
""",
    "agents.yaml": """\
- role: GOV
  terms: [president, Foreign Minister]
- role: MIL
  terms: [troops]
""",
    "verbs/02_appeal.yaml": """\
- id: appeal.negotiate.call_on
  code: "026"
  patterns:
    - "SOURCE call on TARGET to negotiate|talk"
    - "SOURCE urge TARGET to [hold|resume] talks"
  examples:
    - text: "Arnor called on Gondor to negotiate."
      events: ["ARN GON 026"]
    - text: "The Arnor government urged Gondor to resume talks."
      events: ["ARNGOV GON 026"]
      date: 2024-05-01
  counterexamples:
    - "Arnor called on its citizens to stay calm."
""",
    "filters.yaml": """\
- id: sports
  scope: sentence
  terms: [football match, World Cup]
  examples: ["Arnor beat Gondor 2-0 in the World Cup qualifier."]
""",
}

# verdicts.yaml, for the cases that list it under files: (MINI does not)
VERDICTS = """\
- id: verdict.criticism
  code: "111"
  words: [violation, provocation]
  examples:
    - text: "Arnor said Gondor's blockade was a violation of the truce."
      events: ["ARN GON 111"]
"""


def make_codebook(root: Path, **changes: str | None) -> Path:
    """Write MINI to ``root``; ``changes`` replace files (key: path with / written as __, . as _), None deletes."""
    files = dict(MINI)
    for key, text in changes.items():
        rel = key.replace("__", "/").replace("_yaml", ".yaml")
        if text is None:
            files.pop(rel, None)
        else:
            files[rel] = text
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def issues_of(root: Path) -> list[CodebookIssue]:
    with pytest.raises(CodebookError) as caught:
        load_codebook(root)
    return caught.value.issues


def only(issues: list[CodebookIssue], code: str) -> list[CodebookIssue]:
    return [i for i in issues if i.code == code]


# --- a valid codebook ------------------------------------------------------------------------------------------------


def test_mini_codebook_loads_into_records(tmp_path: Path) -> None:
    cb = load_codebook(make_codebook(tmp_path))
    assert (cb.name, cb.version, cb.ontology) == ("mini", "0.1", "CAMEO 1.1b3")
    assert re.fullmatch(r"[0-9a-f]{16}", cb.hash)
    assert list(cb.actions) == ["02", "026", "111"]
    assert cb.actions["111"].goldstein == -2.0 and cb.actions["026"].plover_event == "CONSULT"
    assert cb.actions["026"].where.line == 2
    (zelensky,) = cb.people
    assert zelensky.role_on(dt.date(2024, 1, 1)).code == "UKRGOV"
    assert zelensky.role_on(dt.date(2010, 1, 1)).code == "UKRELI"
    assert [(a.term, a.role) for a in cb.agents] == [("president", "GOV"), ("foreign minister", "GOV"), ("troops", "MIL")]
    (verb,) = cb.verbs
    assert verb.pattern_lines == (4, 5)
    assert verb.patterns[0].has_target and verb.examples[1].date == dt.date(2024, 5, 1)
    assert verb.examples[0].events == ("ARN GON 026",) and verb.examples[0].where.line == 7
    assert verb.counterexamples[0].events == ()
    assert [c.code for c in cb.example_countries] == ["ARN", "GON"] and cb.countries[0].capitals == ("Kyiv", "Kiev")
    assert cb.filters[0].terms == ("football match", "world cup")
    assert validate_codebook(tmp_path) == []


def test_hash_follows_content_not_comments(tmp_path: Path) -> None:
    a = make_codebook(tmp_path / "a")
    b = make_codebook(tmp_path / "b", actions_yaml="# the taxonomy\n" + MINI["actions.yaml"])
    c = make_codebook(tmp_path / "c", actions_yaml=MINI["actions.yaml"].replace("goldstein: -2", "goldstein: -2.5"))
    assert load_codebook(a).hash == load_codebook(b).hash
    assert load_codebook(a).hash != load_codebook(c).hash


def test_cache_sees_an_edit(tmp_path: Path) -> None:
    root = make_codebook(tmp_path)
    before = load_codebook(root)
    assert load_codebook(root) is before
    path = root / "filters.yaml"
    path.write_text(MINI["filters.yaml"].replace("World Cup", "Grand Slam"), encoding="utf-8")
    import os

    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    after = load_codebook(root)
    assert after.hash != before.hash and after.filters[0].terms[-1] == "grand slam"


# --- one mistake at a time: code, file and line ------------------------------------------------------------------------

CASES = [
    # (id, changes, code, file, line)
    ("yaml-syntax", {"verbs__02_appeal_yaml": '- id: x\n  code: "026"\n  patterns: ["SOURCE meet TARGET"\n'}, "E001",
     "verbs/02_appeal.yaml", 4),
    ("tab-indent", {"agents_yaml": "- role: GOV\n\tterms: [president]\n"}, "E002", "agents.yaml", 2),
    ("missing-file", {"filters_yaml": None}, "E003", "codebook.yaml", 9),
    ("not-a-list", {"agents_yaml": "role: GOV\nterms: [president]\n"}, "E004", "agents.yaml", 1),
    ("duplicate-key", {"agents_yaml": "- role: GOV\n  role: MIL\n  terms: [x]\n"}, "E004", "agents.yaml", 2),
    ("unknown-key", {"actors__countries_yaml": "- code: UKR\n  name: Ukraine\n  capital: [Kyiv]\n"}, "E101",
     "actors/countries.yaml", 3),
    ("unknown-actor-kind", {"actors__fictional_yaml": "countries: []\nleaders: []\n"}, "E101", "actors/fictional.yaml", 2),
    ("missing-field", {"actions_yaml": MINI["actions.yaml"] + "- {code: \"112\", goldstein: -2, quad_class: 3}\n"},
     "E102", "actions.yaml", 8),
    ("wrong-type", {"filters_yaml": "- id: s\n  terms: football\n"}, "E103", "filters.yaml", 2),
    ("code-as-number", {"actions_yaml": MINI["actions.yaml"] + "- code: 010\n  name: Statement\n  goldstein: 0\n"
                        "  quad_class: 1\n"}, "E104", "actions.yaml", 8),
    ("bad-scope", {"filters_yaml": "- id: s\n  scope: paragraph\n  terms: [x]\n"}, "E105", "filters.yaml", 2),
    ("goldstein-text", {"actions_yaml": MINI["actions.yaml"].replace("goldstein: -2", "goldstein: minus two")},
     "E106", "actions.yaml", 7),
    ("quad-class-5", {"actions_yaml": MINI["actions.yaml"].replace("quad_class: 3", "quad_class: 5")}, "E107",
     "actions.yaml", 7),
    ("bad-date", {"actors__people_yaml": MINI["actors/people.yaml"].replace("2019-05-20", "20 May 2019")}, "E108",
     "actors/people.yaml", 5),
    ("bad-date-short", {"actors__people_yaml": MINI["actors/people.yaml"].replace("2019-05-20", "2019-5-20")}, "E108",
     "actors/people.yaml", 5),
    ("duplicate-action", {"actions_yaml": MINI["actions.yaml"] + "- {code: \"026\", name: Again, goldstein: 3, "
                          "quad_class: 1}\n"}, "E201", "actions.yaml", 8),
    ("duplicate-verb-id", {"verbs__11_disapprove_yaml": "- id: appeal.negotiate.call_on\n  code: \"111\"\n"
                           "  patterns: [\"SOURCE criticize TARGET\"]\n"
                           "  examples: [{text: Arnor criticized Gondor., events: [ARN GON 111]}]\n"},
     "E202", "verbs/11_disapprove.yaml", 1),
    ("duplicate-filter-id", {"filters_yaml": MINI["filters.yaml"] + "- id: sports\n  terms: [goalkeeper]\n"}, "E203",
     "filters.yaml", 5),
    ("duplicate-country", {"actors__countries_yaml": MINI["actors/countries.yaml"] + "- {code: UKR, name: Ukr}\n"},
     "E204", "actors/countries.yaml", 5),
    ("malformed-action-code", {"actions_yaml": MINI["actions.yaml"] + "- {code: \"1a\", name: X, goldstein: 0, "
                               "quad_class: 1}\n"}, "E205", "actions.yaml", 8),
    ("duplicate-verdict-id", {"codebook_yaml": MINI["codebook.yaml"] + "  verdicts: verdicts.yaml\n",
                              "verdicts_yaml": VERDICTS + "- id: verdict.criticism\n  code: \"111\"\n  words: [sham]\n"
                              "  examples: [{text: t, events: []}]\n"}, "E207", "verdicts.yaml", 7),
    ("verdict-word-twice", {"codebook_yaml": MINI["codebook.yaml"] + "  verdicts: verdicts.yaml\n",
                            "verdicts_yaml": VERDICTS + "- id: verdict.other\n  code: \"111\"\n  words: [sham, violation]\n"
                            "  examples: [{text: t, events: []}]\n"}, "E208", "verdicts.yaml", 9),
    ("agent-two-roles", {"agents_yaml": MINI["agents.yaml"] + "- role: MIL\n  terms: [president]\n"}, "E206",
     "agents.yaml", 6),
    ("actor-code-lower", {"actors__people_yaml": MINI["actors/people.yaml"].replace("UKRGOV", "UkrGOV")}, "E301",
     "actors/people.yaml", 5),
    ("actor-code-length", {"actors__people_yaml": MINI["actors/people.yaml"].replace("UKRGOV", "UKRGO")}, "E301",
     "actors/people.yaml", 5),
    ("country-code-length", {"actors__countries_yaml": "- {code: UKRA, name: Ukraine}\n"}, "E301",
     "actors/countries.yaml", 1),
    ("role-inverted", {"actors__people_yaml": "- name: A\n  roles:\n    - {code: UKRGOV, since: 2020-01-01, "
                       "until: 2019-01-01}\n"}, "E302", "actors/people.yaml", 3),
    ("role-overlap", {"actors__people_yaml": MINI["actors/people.yaml"].replace("since: 2019-05-20", "since: 2019-05-19")},
     "E303", "actors/people.yaml", 5),
    ("verb-code-missing", {"verbs__02_appeal_yaml": MINI["verbs/02_appeal.yaml"].replace('code: "026"', 'code: "027"')},
     "E401", "verbs/02_appeal.yaml", 2),
    ("pattern-syntax", {"verbs__02_appeal_yaml": MINI["verbs/02_appeal.yaml"].replace("[hold|resume]", "[hold|resume")},
     "E402", "verbs/02_appeal.yaml", 5),
    ("no-example", {"verbs__02_appeal_yaml": "- id: x\n  code: \"026\"\n  patterns: [\"SOURCE meet TARGET\"]\n"},
     "E403", "verbs/02_appeal.yaml", 1),
    ("no-pattern", {"verbs__02_appeal_yaml": "- id: x\n  code: \"026\"\n  examples: [{text: t, events: []}]\n"},
     "E404", "verbs/02_appeal.yaml", 1),
    ("event-malformed", {"verbs__02_appeal_yaml": MINI["verbs/02_appeal.yaml"].replace('["ARN GON 026"]', '["ARN->GON 026"]')},
     "E405", "verbs/02_appeal.yaml", 8),
    ("event-actor-unknown", {"verbs__02_appeal_yaml": MINI["verbs/02_appeal.yaml"].replace('["ARN GON 026"]', '["ARN MOR 026"]')},
     "E406", "verbs/02_appeal.yaml", 8),
    ("event-code-unknown", {"verbs__02_appeal_yaml": MINI["verbs/02_appeal.yaml"].replace('["ARN GON 026"]', '["ARN GON 029"]')},
     "E407", "verbs/02_appeal.yaml", 8),
    ("dependency-no-anchor", {"verbs__02_appeal_yaml": "- id: raw\n  code: \"026\"\n  dependency:\n"
                              "    - {RIGHT_ID: verb, RIGHT_ATTRS: {LEMMA: shell}}\n"
                              "  examples: [{text: t, events: []}]\n"}, "E408", "verbs/02_appeal.yaml", 4),
]


@pytest.mark.parametrize(("changes", "code", "file", "line"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_mistake_is_located(tmp_path: Path, changes: dict, code: str, file: str, line: int) -> None:
    issues = issues_of(make_codebook(tmp_path, **changes))
    found = only(issues, code)
    assert found, f"expected {code}, got: {[str(i) for i in issues]}"
    assert (found[0].file, found[0].line) == (file, line), [str(i) for i in issues]
    assert found[0].col >= 1


def test_verdicts_load_with_their_examples_and_a_bad_code_is_located(tmp_path: Path) -> None:
    root = make_codebook(tmp_path, codebook_yaml=MINI["codebook.yaml"] + "  verdicts: verdicts.yaml\n", verdicts_yaml=VERDICTS)
    cb = load_codebook(root)
    assert [(v.id, v.code, v.words) for v in cb.verdicts] == [("verdict.criticism", "111", ("violation", "provocation"))]
    assert cb.verdicts[0].examples[0].events == ("ARN GON 111",)
    bad = VERDICTS.replace('code: "111"', 'code: "119"') + "- id: verdict.loud\n  code: \"111\"\n  words: [Sham]\n"
    issues = issues_of(make_codebook(tmp_path / "bad", codebook_yaml=MINI["codebook.yaml"] + "  verdicts: verdicts.yaml\n", verdicts_yaml=bad))
    # the unknown code where it is written; a word that is not a lower-case lemma ("Sham") where it is listed
    assert sorted((i.code, i.file, i.line) for i in issues) == [("E103", "verdicts.yaml", 9), ("E401", "verdicts.yaml", 2)]


def test_every_error_code_is_exercised() -> None:
    assert {c[2] for c in CASES} == set(MESSAGES)


def test_messages_say_what_to_write(tmp_path: Path) -> None:
    changes = dict(CASES[[c[0] for c in CASES].index("code-as-number")][1])
    changes["actors__countries_yaml"] = "- code: UKR\n  name: Ukraine\n  capital: [Kyiv]\n"
    issues = issues_of(make_codebook(tmp_path, **changes))
    (number,) = only(issues, "E104")
    assert '"010"' in number.message and number.path == "[3].code"
    assert str(number) == f"actions.yaml:8:9 [[3].code] {number.message}"
    (unknown,) = only(issues, "E101")
    assert "'capital'" in unknown.message and "capitals" in unknown.message and unknown.col == 3


def test_pattern_error_points_at_the_column(tmp_path: Path) -> None:
    text = MINI["verbs/02_appeal.yaml"].replace("SOURCE call on TARGET", "SOURCE call on target")
    (err,) = only(issues_of(make_codebook(tmp_path, verbs__02_appeal_yaml=text)), "E402")
    # line 4 is `    - "SOURCE call on target to …"`: the quote is column 7, `target` starts at column 23
    assert (err.line, err.col) == (4, 23) and err.path == "[0].patterns[0]"


def test_ten_mistakes_are_all_reported_at_once(tmp_path: Path) -> None:
    root = make_codebook(
        tmp_path,
        actions_yaml=MINI["actions.yaml"].replace('"111"', "111").replace("quad_class: 3", "quad_class: 9"),
        actors__countries_yaml="- code: ukr\n  name: Ukraine\n  flag: blue-yellow\n",
        actors__people_yaml="- name: A\n  roles:\n    - {code: UKRGOV, since: 2020-01-01, until: 2019-01-01}\n"
        "- name: B\n  roles: [{code: UKRELI, since: 01/01/2018}]\n",
        agents_yaml="- role: GOV\n\tterms: [president]\n",
        verbs__02_appeal_yaml=MINI["verbs/02_appeal.yaml"].replace('code: "026"', 'code: "099"')
        .replace("[hold|resume]", "(hold")
        .replace('["ARN GON 026"]', '["ARN MOR 026", "nonsense"]'),
        verbs__03_intend_yaml="- id: appeal.negotiate.call_on\n  code: \"026\"\n  patterns: [\"SOURCE meet TARGET\"]\n",
        filters_yaml="- id: sports\n  scope: everywhere\n  terms: [football]\n",
    )
    issues = issues_of(root)
    codes = {i.code for i in issues}
    assert len(issues) >= 10, [str(i) for i in issues]
    assert {"E104", "E107", "E301", "E101", "E302", "E108", "E002", "E401", "E402", "E406", "E405", "E202", "E403",
            "E105"} <= codes
    files = {i.file for i in issues}
    assert {"actions.yaml", "actors/countries.yaml", "actors/people.yaml", "agents.yaml", "verbs/02_appeal.yaml",
            "verbs/03_intend.yaml", "filters.yaml"} <= files


def test_not_a_codebook_folder(tmp_path: Path) -> None:
    (err,) = issues_of(tmp_path)
    assert err.code == "E004" and "codebook.yaml" in err.message


# --- JSON Schema -----------------------------------------------------------------------------------------------------


def test_committed_json_schemas_are_current() -> None:
    generated = generate_schemas()
    stale = [name for name, text in generated.items()
             if not (SCHEMA_DIR / name).is_file() or (SCHEMA_DIR / name).read_text(encoding="utf-8") != text]
    assert not stale, f"codebooks/schema/ is out of date ({', '.join(stale)}): run `{REGENERATE}` and commit the result"


def test_json_schema_forbids_unknown_keys() -> None:
    verbs = json.loads(generate_schemas()["verbs.schema.json"])
    entry = verbs["$defs"]["VerbEntry"]
    assert verbs["type"] == "array" and entry["additionalProperties"] is False
    assert set(entry["required"]) == {"id", "code"}


# --- the CLI ---------------------------------------------------------------------------------------------------------

runner = CliRunner()


def test_cli_validate_ok(tmp_path: Path) -> None:
    result = runner.invoke(app, ["codebook", "validate", str(make_codebook(tmp_path))])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("OK mini 0.1") and "3 actions" in result.output


def test_cli_validate_exits_2_and_lists_errors(tmp_path: Path) -> None:
    root = make_codebook(tmp_path, filters_yaml="- id: s\n  scope: paragraph\n  terms: [x]\n", agents_yaml="- role: gov\n  terms: [x]\n")
    result = runner.invoke(app, ["codebook", "validate", str(root)])
    assert result.exit_code == 2
    assert "filters.yaml:2:10 [[0].scope]" in result.output and "(E105)" in result.output
    assert "agents.yaml:1:9 [[0].role]" in result.output and "(E301)" in result.output


def test_cli_stats_json(tmp_path: Path) -> None:
    result = runner.invoke(app, ["codebook", "stats", str(make_codebook(tmp_path)), "--json"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.output)
    assert (stats["actions"], stats["countries"], stats["people"], stats["agents"]) == (3, 1, 1, 3)
    assert (stats["verb_entries"], stats["patterns"]) == (1, 2)
    assert stats["roots"] == {"covered": 1, "defined": 2}
    assert stats["codes_3digit"] == {"covered": 1, "defined": 2}


def test_cli_new_copies_and_refuses_to_overwrite(tmp_path: Path, repo_dir: Path) -> None:
    target = tmp_path / "mine"
    result = runner.invoke(app, ["codebook", "new", str(target)])
    assert result.exit_code == 0, result.output
    assert (target / "codebook.yaml").read_text(encoding="utf-8").count("name: cameo") == 1
    copied = sorted(p.relative_to(target).as_posix() for p in target.rglob("*.yaml"))
    original = sorted(p.relative_to(repo_dir / "codebooks" / "cameo").as_posix()
                      for p in (repo_dir / "codebooks" / "cameo").rglob("*.yaml"))
    assert copied == original
    for path in target.rglob("*.yaml"):  # editors still find the schemas from the copy
        for uri in re.findall(r"^# yaml-language-server: \$schema=(\S+)", path.read_text(encoding="utf-8"), re.M):
            assert uri.startswith("file://") and Path(uri.removeprefix("file://")).is_file(), (path, uri)
    again = runner.invoke(app, ["codebook", "new", str(target)])
    assert again.exit_code == 1 and "not overwriting" in again.output


# --- the two YAML composers agree ------------------------------------------------------------------------------------


def test_ruamel_fallback_gives_the_same_codebook_and_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from coding.codebook import loader, yamlnodes

    good = make_codebook(tmp_path / "good")
    bad = make_codebook(tmp_path / "bad", **CASES[0][1], agents_yaml="- role: GOV\n\tterms: [x]\n",
                        actions_yaml=MINI["actions.yaml"].replace('"111"', "0111"))
    fast = loader._Loader(good).load()
    fast_issues = [(i.file, i.line, i.code) for i in issues_of(bad)]
    monkeypatch.setattr(yamlnodes, "_CLoader", None)
    slow = loader._Loader(good).load()
    with pytest.raises(CodebookError) as caught:
        loader._Loader(bad).load()
    assert slow == fast
    assert [(i.file, i.line, i.code) for i in caught.value.issues] == fast_issues


def test_a_tab_inside_a_block_scalar_is_fine(tmp_path: Path) -> None:
    actions = MINI["actions.yaml"] + '- code: "010"\n  name: Statement\n  goldstein: 0\n  quad_class: 1\n' \
        "  description: |\n    first line\n    \tindented with a tab\n"
    cb = load_codebook(make_codebook(tmp_path, actions_yaml=actions))
    assert "010" in cb.actions


def test_an_entry_with_an_unknown_key_is_still_checked(tmp_path: Path) -> None:
    text = MINI["verbs/02_appeal.yaml"].replace("  patterns:\n", "  note: why\n  patterns:\n").replace(
        "[hold|resume]", "hold]"
    )
    head = MINI["codebook.yaml"] + "author: me\n"
    issues = issues_of(make_codebook(tmp_path, verbs__02_appeal_yaml=text, codebook_yaml=head))
    assert sorted((i.file, i.code) for i in issues) == [
        ("codebook.yaml", "E101"), ("verbs/02_appeal.yaml", "E101"), ("verbs/02_appeal.yaml", "E402")
    ]


def test_json_schemas_accept_the_mini_codebook_and_reject_an_unknown_key() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from coding.codebook.yamlnodes import read_yaml

    kinds = {"codebook.yaml": "codebook", "actions.yaml": "actions", "actors/countries.yaml": "countries",
             "actors/people.yaml": "people", "actors/fictional.yaml": "actors", "agents.yaml": "agents",
             "verbs/02_appeal.yaml": "verbs", "filters.yaml": "filters"}
    schemas = {name: json.loads(text) for name, text in generate_schemas().items()}
    for rel, kind in kinds.items():
        data = json.loads(json.dumps(read_yaml(MINI[rel]).data, default=str))  # dates as an editor sees them: text
        jsonschema.validate(data, schemas[f"{kind}.schema.json"])
    bad = json.loads(json.dumps(read_yaml(MINI["filters.yaml"] + "  colour: red\n").data))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schemas["filters.schema.json"])


# --- the compiled codebook on disk -----------------------------------------------------------------------------------


def test_disk_cache_serves_a_fresh_process_and_follows_the_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from coding.codebook import loader

    monkeypatch.setenv("DYAD_CACHE_DIR", str(tmp_path / "cache"))
    built = []
    real_load = loader._Loader.load
    monkeypatch.setattr(loader._Loader, "load", lambda self: built.append(self.root) or real_load(self))
    root = make_codebook(tmp_path / "cb")
    first = load_codebook(root)
    (cached,) = (tmp_path / "cache" / "codebooks").glob("*.pickle")

    loader._CACHE.clear()  # what a new worker process starts with
    second = load_codebook(root)
    assert second == first and second is not first and len(built) == 1

    # same modification time, other bytes: the in-memory stamp cannot tell, the disk key does
    path = root / "filters.yaml"
    stat = path.stat()
    path.write_text(MINI["filters.yaml"].replace("World Cup", "Grand Slam"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    loader._CACHE.clear()
    edited = load_codebook(root)
    assert edited.filters[0].terms[-1] == "grand slam" and edited.hash != first.hash and len(built) == 2

    # a damaged file (a process killed while writing it, another version) is rebuilt, not trusted
    for f in (tmp_path / "cache" / "codebooks").glob("*.pickle"):
        f.write_bytes(b"not a pickle")
    loader._CACHE.clear()
    assert load_codebook(root) == edited and len(built) == 3
    loader._CACHE.clear()  # and written again: the next load reads it
    assert load_codebook(root) == edited and len(built) == 3


def test_a_broken_codebook_is_never_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DYAD_CACHE_DIR", str(tmp_path / "cache"))
    bad = make_codebook(tmp_path / "bad", actions_yaml=MINI["actions.yaml"].replace('"111"', "0111"))
    assert issues_of(bad) and issues_of(bad)  # reported both times
    assert not list((tmp_path / "cache").rglob("*.pickle"))


def test_an_unwritable_cache_costs_speed_not_the_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from coding.codebook import loader

    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder would go")  # mkdir fails: NotADirectoryError / FileExistsError
    monkeypatch.setenv("DYAD_CACHE_DIR", str(blocker))
    root = make_codebook(tmp_path / "cb")
    loader._CACHE.clear()
    assert load_codebook(root).name == "mini"
    assert blocker.read_text().startswith("a file")
