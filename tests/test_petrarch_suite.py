"""The PETRARCH-1 validation suite, coded with dyad's verbs in the PETR world (tools/petrarch_world.py).

The floors sit just under the figures measured on 2026-11 (docs/petrarch_suite.md), so that losing one true positive
fails the test. Raise them when the engine or the verbs get better.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(f"tools.{name}", REPO / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


world = _tool("petrarch_world")


@pytest.fixture(scope="module")
def petr_dir(shared_dir: Path) -> Path:
    return shared_dir / "reference" / "petrarch" / "validation"


def test_dated_codes_become_non_overlapping_roles():
    d = dt.date
    # PETR's first match wins: ORCHOB cuts a hole in HOBMIL; "<D" ends the day before D, ">D" starts on D.
    codes = [
        ("HOBCIV", None, d(2008, 1, 19)),
        ("ORCHOB", d(2010, 1, 9), d(2010, 1, 12)),
        ("HOBMIL", d(2008, 1, 20), d(2012, 11, 9)),
        ("HOBGOV", d(2012, 11, 9), d(2013, 1, 19)),
        ("HOBELI", d(2013, 1, 19), None),
    ]
    assert world._periods(codes) == [
        ("HOBCIV", None, d(2008, 1, 19)),
        ("HOBMIL", d(2008, 1, 20), d(2010, 1, 8)),
        ("ORCHOB", d(2010, 1, 9), d(2010, 1, 12)),
        ("HOBMIL", d(2010, 1, 13), d(2012, 11, 9)),
        ("HOBGOV", d(2012, 11, 10), d(2013, 1, 19)),
        ("HOBELI", d(2013, 1, 20), None),
    ]


def test_world_codebook_validates_and_reports_what_it_skips(tmp_path: Path, petr_dir: Path):
    from coding.codebook.loader import load_codebook

    summary = world.build_world(tmp_path / "petr", petr_dir)
    cb = load_codebook(tmp_path / "petr")  # raises on any validation error
    countries = {c.code: c for c in cb.countries}
    assert {"ARN", "GON", "MOR", "OSG", "DAG"} <= set(countries)
    assert "Minas Tirith" in countries["GON"].aliases
    gollum = next(p for p in cb.people if p.name == "Gollum")
    assert gollum.role_on(dt.date(1999, 1, 1)).code == "HOBGOV"
    assert gollum.role_on(dt.date(2001, 1, 1)).code == "HOBREB"
    skipped = " ".join(s.what for s in summary.skipped)
    assert "Boromir" in skipped and "Ithilen Television" in skipped
    assert any("ELR/GAL" in n.reason for n in summary.notes)


@pytest.mark.model
def test_petrarch_suite_floors(tmp_path: Path, petr_dir: Path):
    suite = _tool("petrarch_suite")
    world.build_world(tmp_path / "petr", petr_dir)
    result = suite.run_suite(tmp_path / "petr", petr_dir / "petr1_validation_gold.jsonl", classify=False)
    for key, f in result.scores.items():
        print(f"{key:<12} P={f['p']:.3f} R={f['r']:.3f} F1={f['f1']:.3f} (tp={f['tp']} fp={f['fp']} fn={f['fn']})")
    assert result.items == 276
    root = result.scores["cameo/root"]
    # Measured at first: P=0.171 R=0.022 (tp=6 fp=29 fn=270); after the engine gained intents, symmetric acts and
    # reported demands: P=0.093 R=0.029 (tp=8 fp=78 fn=268). Most CAMEO-looking codes of the suite are its own test
    # labels (restore ties = 064, welcome = 041, said = 023; docs/petrarch_suite.md), so root precision here measures
    # agreement with those labels, not accuracy: only the recall floor is kept at root level.
    assert root["r"] >= 0.025, root
    dyad = result.scores["cameo/dyad"]
    # Measured: P=0.857 R=0.109 at first; now P=0.826 R=0.257 (tp=71 fp=15 fn=205): who acts on whom, any code.
    assert dyad["r"] >= 0.24, dyad
    assert dyad["p"] >= 0.78, dyad
