"""Gold readers of `dyad evaluate` (coding/evaluate.py)."""

from __future__ import annotations

import json

from coding.evaluate import load_gold


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
