"""actions.yaml against the two reference files: every difference is listed, and each must be deliberate.

The reference files are read from ../shared/reference beside the checkout (never copied in). The codebook YAML is read
directly, not through the loader, so this test checks the data and not the loader.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

# (code, field) → why the codebook departs from the reference. Keep this in step with codebooks/README.md.
DELIBERATE: dict[tuple[str, str], str] = {
    ("0355", "name"): "typo in the table: 'Express intent allow' lacks 'to'",
    ("083", "name"): "comma before 'not specified below', as in every other name",
    ("086", "name"): "comma before 'not specified below', as in every other name",
    ("183", "name"): "'not spec below' abbreviation written out",
    ("1245", "name"): "'(non mediation)' hyphenated as in 0255 and 1055",
    ("08", "plover"): "the crosswalk lists root 08 twice (CONCEDE, RETREAT); the root keeps the first, as 080-083 do",
    ("1213", "code"): "in the PLOVER crosswalk only; not a CAMEO 1.1b3 code",
    ("1214", "code"): "in the PLOVER crosswalk only; not a CAMEO 1.1b3 code",
}

CROSSWALK_LINE = re.compile(r"^(\d{2,4}):\s*([^#]*?)\s*(?:#.*)?$")


def reference_codes(shared: Path) -> dict[str, dict[str, str]]:
    with open(shared / "reference" / "cameo_codes.tsv", encoding="utf-8", newline="") as fh:
        return {row["code"]: row for row in csv.DictReader(fh, delimiter="\t")}


def reference_crosswalk(shared: Path) -> dict[str, list[tuple[str, str]]]:
    """code → every (event, mode) line the crosswalk gives it, in file order."""
    lines: dict[str, list[tuple[str, str]]] = {}
    text = (shared / "reference" / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        match = CROSSWALK_LINE.match(line.strip())
        if match:
            fields = [part.strip() for part in match.group(2).split(",")]
            pair = (fields[0], fields[1] if len(fields) > 1 else "")
            if pair not in lines.setdefault(match.group(1), []):
                lines[match.group(1)].append(pair)
    return lines


def expected_name(reference: str) -> str:
    return reference[0] + reference[1:].lower() if reference.isupper() else reference


def differences(actions: list[dict], codes: dict[str, dict[str, str]], crosswalk: dict) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    ours = {str(a["code"]): a for a in actions}
    for code in sorted(set(codes) - set(ours)):
        found[(code, "code")] = "in cameo_codes.tsv, missing from actions.yaml"
    for code in sorted(set(ours) - set(codes)):
        found[(code, "code")] = "in actions.yaml, not in cameo_codes.tsv"
    for code in sorted(set(crosswalk) - set(codes)):
        found.setdefault((code, "code"), "in the crosswalk, not in cameo_codes.tsv")
    for code, action in ours.items():
        ref = codes.get(code)
        if ref is None:
            continue
        if action["name"] != expected_name(ref["name"]):
            found[(code, "name")] = f"{action['name']!r} != {expected_name(ref['name'])!r}"
        if float(action["goldstein"]) != float(ref["goldstein"]):
            found[(code, "goldstein")] = f"{action['goldstein']} != {ref['goldstein']}"
        if action["quad_class"] != int(ref["quadclass"]):
            found[(code, "quad_class")] = f"{action['quad_class']} != {ref['quadclass']}"
        plover = action.get("plover")
        mine = None if plover is None else (plover["event"], plover.get("mode") or "")
        theirs = crosswalk.get(code, [])
        if (mine is None and theirs) or (mine is not None and theirs != [mine]):
            found[(code, "plover")] = f"{mine} != crosswalk {theirs or None}"
    return found


@pytest.fixture(scope="module")
def actions(repo_dir: Path) -> list[dict]:
    return YAML(typ="safe").load((repo_dir / "codebooks" / "cameo" / "actions.yaml").read_text(encoding="utf-8"))


def test_every_difference_from_the_reference_is_deliberate(actions, shared_dir):
    found = differences(actions, reference_codes(shared_dir), reference_crosswalk(shared_dir))
    unexplained = {key: why for key, why in found.items() if key not in DELIBERATE}
    stale = sorted(key for key in DELIBERATE if key not in found)
    assert not unexplained, "differences from the reference:\n" + "\n".join(
        f"  {code} {field}: {why}" for (code, field), why in sorted(unexplained.items())
    )
    assert not stale, f"listed as deliberate but no longer different: {stale}"


def test_shape_of_actions(actions):
    codes = [a["code"] for a in actions]
    assert all(isinstance(c, str) and c.isdigit() and len(c) in (2, 3, 4) for c in codes)
    assert len(codes) == len(set(codes)) == 311
    assert sum(len(c) == 2 for c in codes) == 20
    for action in actions:
        assert action["quad_class"] in (1, 2, 3, 4)
        assert -10.0 <= action["goldstein"] <= 10.0
        assert action["name"][0].isupper() and not action["name"].isupper()
        if len(action["code"]) > 2:  # every code sits under its root, and every 4-digit code under its 3-digit one
            assert action["code"][:2] in codes and action["code"][:3] in codes


def test_plover_gaps_are_exactly_roots_01_and_02(actions):
    without = {a["code"][:2] for a in actions if a["plover"] is None}
    assert without == {"01", "02"}
