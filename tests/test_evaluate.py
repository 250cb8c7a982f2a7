"""Gold readers of `dyad evaluate` (coding/evaluate.py)."""

from __future__ import annotations

import datetime as dt
import json

from coding.evaluate import GoldEvent, GoldItem, GoldSet, load_gold, score
from coding.records import Article, Event


def _plover_record(source: str, target: str) -> dict:
    return {
        "id": "PLOVER-TEST-0001", "date": "1991-07-02", "event": "SANCTION",
        "text": "Japan said on Tuesday it had halted economic aid to Serbia.",
        "source": [{"code": source, "text": "Japan"}], "target": [{"code": target, "text": "Serbia"}],
    }


def test_plover_legacy_country_codes_are_read_as_iso(tmp_path):
    path = tmp_path / "plover.txt"
    path.write_text(json.dumps([_plover_record("JAP", "SRB"), {**_plover_record("ITLGOV", "VTN"), "id": "PLOVER-TEST-0002"}]))
    gold = load_gold(path)
    pairs = [(e.source, e.target, e.code) for item in gold.items for e in item.events]
    assert pairs == [("JPN", "SRB", "SANCTION"), ("ITAGOV", "VNM", "SANCTION")]


def test_the_shared_plover_gold_has_no_legacy_codes_left(shared_dir):
    gold = load_gold(shared_dir / "reference" / "plover" / "PLOVER_GSR_CAMEO.txt")
    countries = {c[:3] for item in gold.items for e in item.events for c in (e.source, e.target)}
    assert not countries & {"JAP", "ITL", "VTN"}
    assert {"JPN", "ITA", "VNM"} <= countries


def test_phoenix_kosovo_code_is_read_as_dyads_in_every_gold_format(tmp_path):
    (tmp_path / "articles.jsonl").write_text(json.dumps({"id": "k1", "date": "2023-05-30", "text": "Serbia criticised Kosovo."}) + "\n")
    seed = tmp_path / "gold.json"
    seed.write_text(json.dumps({"id": "k1", "events": [{"source": "SRBGOV", "target": "KSVGOV", "code": "111"}],
                                "negatives": [{"source": "KSV", "target": "SRB", "code": "19"}]}))
    sentences = tmp_path / "sentences.jsonl"
    sentences.write_text(json.dumps({"text": "Kosovo police detained a Serb.", "events": ["KSVCOP SRB 173"]}) + "\n")
    petrarch = tmp_path / "petrarch.jsonl"
    petrarch.write_text(json.dumps({"id": "p1", "text": "Kosovo thanked NATO.", "expected": [{"source": "KSV", "target": "IGONAT", "code": "051"}]}) + "\n")
    seed_item = load_gold(seed).items[0]
    assert [(e.source, e.target) for e in seed_item.events] == [("SRBGOV", "XKXGOV")]
    assert [(e.source, e.target) for e in seed_item.negatives] == [("XKX", "SRB")]
    assert [(e.source, e.target) for e in load_gold(sentences).items[0].events] == [("XKXCOP", "SRB")]
    assert [(e.source, e.target) for e in load_gold(petrarch).items[0].events] == [("XKX", "IGONAT")]


def _event(article_id: str, source: str, target: str, code: str) -> Event:
    return Event(
        event_id=f"{source}-{target}-{code}", article_id=article_id, date=dt.date(2024, 5, 1), date_source="article",
        source=source, target=target, source_country=source[:3], target_country=target[:3], source_role=source[3:] or None,
        target_role=target[3:] or None, source_text=source, target_text=target, action=code, action_root=code[:2],
        action_name="", quad_class=0, goldstein=0.0, sentence_index=0, sentence="", verb_text="", rule_id="test",
        url=None, publisher=None, codebook="test", codebook_hash="", model="", pipeline_version="",
    )


def _item(*events: GoldEvent) -> GoldSet:
    article = Article(id="a1", date=dt.date(2024, 5, 1), title="", text="A story.")
    return GoldSet("test", "seed", (GoldItem(article, events),))


def test_an_optional_event_listed_first_does_not_take_the_prediction_a_core_event_needs():
    # one prediction fits both gold events: it must count for the core one, not leave it missed
    gold = _item(GoldEvent("NPLGOV", "NPLCVL", "0831", level="optional"), GoldEvent("NPLGOV", "NPLCVL", "0831", level="core"))
    s = score(gold, {"a1": [_event("a1", "NPLGOV", "NPLCVL", "0831")]})
    assert (s.tp, s.fn, s.fp) == (1, 0, 0)


def test_the_matching_is_the_largest_one_to_one_pairing():
    # the first gold event also accepts a code of another root; a greedy pass gives it the 111 (its exact code) and
    # leaves the second gold event, which only the 111 fits, unmatched
    gold = _item(GoldEvent("USAGOV", "CHNGOV", "111", accept=("120",)), GoldEvent("USAGOV", "CHNGOV", "111"))
    preds = [_event("a1", "USAGOV", "CHNGOV", "111"), _event("a1", "USAGOV", "CHNGOV", "120")]
    s = score(gold, {"a1": preds})
    assert (s.tp, s.fn, s.fp) == (2, 0, 0)
    # with one prediction only, one gold event is found and the other is a miss; nothing is counted twice
    s = score(gold, {"a1": preds[:1]})
    assert (s.tp, s.fn, s.fp) == (1, 1, 0)


def test_a_missed_optional_event_is_no_miss_and_a_prediction_that_fits_nothing_is_a_false_positive():
    gold = _item(GoldEvent("FRAGOV", "MARGOV", "042", level="optional"), GoldEvent("FRAGOV", "MARGOV", "057"))
    s = score(gold, {"a1": [_event("a1", "FRAGOV", "MARGOV", "0571"), _event("a1", "MARGOV", "FRAGOV", "190")]})
    assert (s.tp, s.fn, s.fp) == (1, 0, 1)
