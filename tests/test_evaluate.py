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
