"""Incremental recodes (coding/footprint.py, coding/recode.py): an edit codes again only the articles it can touch,
and the output is row for row that of a full recode."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from _mini import mini_codebook, verb

from coding.codebook.model import Agent, Filter, Verdict, Where
from coding.footprint import _footprint, compare, footprint, letters

REPO = Path(__file__).resolve().parents[1]


_N = iter(range(10**6))


def _fp(cb, **changes):
    """The footprint of an edited copy (footprints are memoised by codebook hash: each copy gets its own)."""
    return footprint(dataclasses.replace(cb, hash=f"edited-{next(_N)}", **changes))


def test_the_same_codebook_changes_nothing():
    cb = mini_codebook()
    change = compare(footprint(cb), _fp(cb, version="9", description="moved lines, new comments"))
    assert change.nothing and not change.everything


def test_a_run_without_a_footprint_or_with_other_filters_is_recoded_whole():
    cb = mini_codebook()
    assert compare(None, footprint(cb)).everything
    sports = Filter("sports", "sentence", ("world cup",), (), (), Where("filters.yaml", 1))
    assert compare(footprint(cb), _fp(cb, filters=(sports,))).everything


def test_a_changed_pattern_reaches_only_articles_with_its_anchor_as_a_verb():
    cb = mini_codebook()
    verbs = tuple(verb("attack", "190", "SOURCE attack|shell|bomb TARGET") if v.id == "attack" else v for v in cb.verbs)
    change = compare(footprint(cb), _fp(cb, verbs=verbs))
    assert change.anchors == {"attack", "shell", "bomb"} and not change.words and not change.terms
    assert change.touches(words={"arnor", "bomb", "bombed"}, anchors={"bomb", "bombed"}, text="Arnor bombed Gondor.")
    # the anchor found only as a noun ("the attack") cannot anchor a pattern
    assert not change.touches(words={"arnor", "attack", "condemn"}, anchors={"condemn"}, text="Arnor condemned the attack.")
    # the engine looks anchors up by suffix stems too, so must the check: "shelled" → "shell"
    assert change.touches(words={"shelled"}, anchors={"shelled"}, text="")
    # an article whose words were not kept is always recoded
    assert change.touches(words=None, anchors=None, text="")


def test_only_the_touched_pattern_of_an_entry_counts():
    cb = mini_codebook()
    verbs = tuple(verb("consult.meet", "040", "SOURCE meet TARGET", "SOURCE speak|talk with TARGET", symmetric=True)
                  if v.id == "consult.meet" else v for v in cb.verbs)
    change = compare(footprint(cb), _fp(cb, verbs=verbs))
    assert change.anchors == {"meet"}  # "SOURCE meet with TARGET" went; "meet TARGET" and "speak|talk" stayed
    recoded = tuple(dataclasses.replace(v, code="041") if v.id == "consult.meet" else v for v in cb.verbs)
    assert compare(footprint(cb), _fp(cb, verbs=recoded)).anchors == {"meet", "speak", "talk"}


def test_moving_an_entry_before_another_touches_it_and_not_the_others():
    cb = mini_codebook()
    moved = (cb.verbs[-1], *cb.verbs[:-1])
    change = compare(footprint(cb), _fp(cb, verbs=moved))
    assert change.anchors == {"demonstrate", "rally", "stage"}


def test_a_changed_action_reaches_its_events_and_its_patterns():
    cb = mini_codebook()
    actions = {**cb.actions, "190": dataclasses.replace(cb.actions["190"], goldstein=-9.0)}
    change = compare(footprint(cb), _fp(cb, actions=actions))
    assert change.codes == {"190"} and change.anchors == {"attack", "shell"}
    assert change.touches(words=set(), anchors=set(), text="", codes={"190"})
    assert not change.touches(words=set(), anchors=set(), text="", codes={"111"})


def test_a_changed_verdict_reaches_articles_with_its_words_old_and_new():
    cb = mini_codebook()
    sham = Verdict("verdict.criticism", "111", ("sham", "farce"), (), (), Where("verdicts.yaml", 1))
    before = _fp(cb, verdicts=(sham,))
    # a word added and one taken away: articles with either may code otherwise now
    change = compare(before, _fp(cb, verdicts=(dataclasses.replace(sham, words=("sham", "travesty")),)))
    assert change.words == {"sham", "farce", "travesty"} and not change.everything and not change.anchors
    assert change.touches(words={"arnor", "farce"}, anchors=set(), text="")
    assert not change.touches(words={"arnor", "attack"}, anchors={"attack"}, text="")
    # a new code for the same words
    assert compare(before, _fp(cb, verdicts=(dataclasses.replace(sham, code="112"),))).words == {"sham", "farce"}
    # examples are not coding: editing them touches nothing
    assert compare(before, _fp(cb, verdicts=(dataclasses.replace(sham, where=Where("verdicts.yaml", 7)),))).nothing


def test_a_changed_name_reaches_articles_that_contain_its_letters():
    cb = mini_codebook()
    people = (*cb.people[:1], dataclasses.replace(cb.people[1], aliases=("Lord Denethor",)), *cb.people[2:])
    change = compare(footprint(cb), _fp(cb, people=people))
    assert change.terms == {"denethor", "lorddenethor"}
    assert change.touches(words=set(), anchors=set(), text="DENÉTHOR’s men left.")
    assert not change.touches(words=set(), anchors=set(), text="Elessar met Éomer.")
    agents = (*cb.agents, Agent("spokesman", "GOV", Where("agents.yaml", 9)))
    assert compare(footprint(cb), _fp(cb, agents=agents)).terms == {"spokesman", "spokesmen"}


def test_letters_fold_case_diacritics_and_punctuation():
    assert letters("Zelenskyy's  Kyiv-based ÉLYSÉE") == "zelenskyyskyivbasedelysee"
    assert "barad" + "dur" in letters("Barad-dûr said")


# ---------------------------------------------------------------- the real thing: incremental == full


def _sub(path: str, old: str, new: str):
    def edit(cb: Path) -> None:
        text = (cb / path).read_text(encoding="utf-8")
        assert old in text, f"{path} no longer has {old!r}: update this test's edit"
        (cb / path).write_text(text.replace(old, new, 1), encoding="utf-8")

    return edit


def _move_fight_generic(cb: Path) -> None:
    path = cb / "verbs" / "19_fight.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("- id: fight.generic\n")
    end = text.index("\n- id: ", start + 1)
    path.write_text(text[:start] + text[end + 1 :], encoding="utf-8")
    (cb / "verbs" / "00_moved.yaml").write_text(text[start:end] + "\n", encoding="utf-8")


EDITS = {
    # name: (edit, do the events change?, is it recoded whole?)
    "readme_edit": (_sub("verbs/14_protest.yaml", "storm|ransack|attack|torch", "storm|ransack|torch"), True, False),
    "drop_a_pattern": (_sub("verbs/19_fight.yaml", '    - "SOURCE attack TARGET"\n', ""), True, False),
    "new_code": (_sub("verbs/19_fight.yaml", '- id: fight.generic\n  code: "190"', '- id: fight.generic\n  code: "193"'), True, False),
    "goldstein": (_sub("actions.yaml", '- code: "190"\n  name: Use conventional military force, not specified below\n  goldstein: -10.0',
                       '- code: "190"\n  name: Use conventional military force, not specified below\n  goldstein: -9.5'), True, False),
    "drop_an_adjective": (_sub("actors/countries.yaml", "adjectives: [Ukrainian]", "adjectives: []"), True, False),
    "drop_an_agent": (_sub("agents.yaml", "spokesman, spokeswoman,", "spokeswoman,"), None, False),
    "move_an_entry": (_move_fight_generic, None, False),
    "filters": (_sub("filters.yaml", "friendly match, qualifier", "friendly match"), None, True),
}


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    """The sample articles and the loop article coded once with a snapshot of the default codebook, as `dyad run`
    keeps them."""
    from coding.cache import ParseCache
    from coding.codebook.loader import load_codebook
    from coding.engine import Coder
    from coding.nlp import load_model
    from coding.output import shard_key
    from coding.recode import code_into, save_articles
    from coding.records import Article

    root = tmp_path_factory.mktemp("incremental")
    base = root / "codebook"
    shutil.copytree(REPO / "codebooks" / "cameo", base)
    nlp = load_model()
    coder = Coder(load_codebook(base), nlp)
    out = root / "run"
    coder.cache = ParseCache.for_coder(out, coder)
    articles = []
    lines = (REPO / "examples" / "sample_articles.jsonl").read_text(encoding="utf-8").splitlines()
    lines += (REPO / "examples" / "loop_article.jsonl").read_text(encoding="utf-8").splitlines()  # docs/loop.md's
    for line in lines:
        d = json.loads(line)
        articles.append(Article(d["id"], d["text"], dt.date.fromisoformat(d["date"])))
    for chunk in (articles[:12], articles[12:]):  # two shards
        key = shard_key(a.id for a in chunk)
        code_into(out, key, chunk, coder)
        save_articles(out, key, chunk)
    return root, nlp, len(articles)


def _rows(out: Path) -> tuple[pl.DataFrame, pl.DataFrame]:
    events = pl.read_parquet(str(out / "events" / "**" / "*.parquet"), hive_partitioning=False).sort("event_id")
    coverage = pl.read_parquet(str(out / "coverage" / "*.parquet")).sort(["article_id", "sentence_index", "kind", "text"])
    return events, coverage.drop("shard")


@pytest.mark.model
@pytest.mark.parametrize("name", list(EDITS))
def test_an_incremental_recode_writes_the_rows_of_a_full_one(first_run, name):
    from coding.cache import ParseCache
    from coding.codebook.loader import load_codebook
    from coding.engine import Coder
    from coding.recode import recode

    root, nlp, n_articles = first_run
    edit, events_change, whole = EDITS[name]
    cb = root / f"cb-{name}"
    shutil.copytree(root / "codebook", cb)
    edit(cb)
    coder = Coder(load_codebook(cb), nlp)
    # the new footprint, built on the old one as read back from disk, is the one built from nothing; no edit here
    # touches the people files, whose units it takes over as they are
    old = json.loads(json.dumps(footprint(load_codebook(root / "codebook"))))
    reused = _footprint(coder.codebook, old)
    assert reused == _footprint(coder.codebook)
    assert reused["actors"]["person"] and all(a is b for a, b in zip(reused["actors"]["person"], old["actors"]["person"], strict=True))
    results = {}
    for full in (False, True):
        out = root / f"{name}-{'full' if full else 'incremental'}"
        shutil.copytree(root / "run", out)
        coder.cache = ParseCache.for_coder(out, coder)
        summary = recode(out, coder, full=full)
        assert coder.cache.misses == 0  # nothing parsed again: no edit here adds an actor to an unparsed sentence
        results[full] = (summary, _rows(out))
    (inc, (inc_events, inc_cov)), (full, (full_events, full_cov)) = results[False], results[True]
    assert full["n_recoded"] == n_articles
    assert inc_events.equals(full_events), f"{name}: incremental and full recodes differ"
    assert inc_cov.equals(full_cov)
    assert set(inc_events["codebook_hash"]) == {coder.codebook.hash}
    if whole:
        assert inc["n_recoded"] == n_articles
    else:
        assert 0 < inc["n_recoded"] < n_articles, inc
    if events_change is not None:
        before, _ = _rows(root / "run")
        changed = not before.drop("codebook_hash", "codebook").equals(full_events.drop("codebook_hash", "codebook"))
        assert changed == events_change, f"{name}: expected the edit {'to' if events_change else 'not to'} change events"


def test_a_raw_pattern_reaches_articles_through_its_most_telling_words():
    from coding.footprint import _raw_words

    nodes = [
        {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LEMMA": {"IN": ["kill", "wound"]}}},
        {"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": "in", "RIGHT_ATTRS": {"LOWER": "in"}},  # in every article
        {"LEFT_ID": "in", "REL_OP": ">", "RIGHT_ID": "what", "RIGHT_ATTRS": {"LEMMA": {"IN": ["attack", "raid", "strike"]}}},
    ]
    assert _raw_words(nodes) == ["kill", "wound"]  # the anchor's, not the one-word preposition's
    assert _raw_words(nodes[1:]) == ["attack", "raid", "strike"]  # no anchor words: the content words
    assert _raw_words(nodes[1:2]) == ["in"]  # only function words: still a necessary condition
    assert _raw_words([{"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"DEP": "ROOT"}}]) is None  # names no words
