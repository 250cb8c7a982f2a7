"""How long does loading a full-size codebook take? Run: ``.venv/bin/python bench/codebook_load.py``.

Writes a synthetic codebook of default-codebook size (2,000 actor entries, 1,200 patterns) to a temporary folder and
reports ``load_codebook`` against a baseline measured in the same run: parsing the same files with ruamel.yaml's
round-trip loader alone (no validation).
"""

from __future__ import annotations

import string
import tempfile
import time
from pathlib import Path

from ruamel.yaml import YAML

from coding.codebook import loader


def _code(i: int) -> str:
    letters = string.ascii_uppercase
    return letters[i // 676 % 26] + letters[i // 26 % 26] + letters[i % 26]


def write_synthetic(root: Path, countries: int = 250, orgs: int = 500, people: int = 1250, verbs: int = 600) -> None:
    (root / "actors").mkdir(parents=True)
    (root / "verbs").mkdir()
    (root / "codebook.yaml").write_text(
        "name: synthetic\nversion: '1'\nfiles:\n  actions: actions.yaml\n"
        "  actors: [actors/countries.yaml, actors/organizations.yaml, actors/people.yaml]\n"
        "  agents: agents.yaml\n  verbs: [verbs/*.yaml]\n  example_actors: [actors/fictional.yaml]\n"
    )
    (root / "actions.yaml").write_text(
        "".join(f'- {{code: "{r:02d}{k}", name: Action {r} {k}, goldstein: 1.5, quad_class: {1 + (r - 1) // 5}}}\n'
                for r in range(1, 21) for k in range(10))
    )
    (root / "actors" / "countries.yaml").write_text("".join(
        f"- code: {_code(i)}\n  name: Country {i}\n  aliases: [Land {i}]\n  adjectives: [Countrian{i}]\n"
        f"  demonyms: [Countrians{i}]\n  capitals: [City {i}]\n" for i in range(countries)))
    (root / "actors" / "organizations.yaml").write_text("".join(
        f"- code: IGO{_code(i)}\n  name: Organization {i}\n  aliases: [O{i}]\n  kind: igo\n" for i in range(orgs)))
    (root / "actors" / "people.yaml").write_text("".join(
        f"- name: Person {i}\n  aliases: [P{i}]\n  roles:\n    - {{code: {_code(i % countries)}ELI, until: 2009-12-31}}\n"
        f"    - {{code: {_code(i % countries)}GOV, since: 2010-01-01}}\n" for i in range(people)))
    (root / "actors" / "fictional.yaml").write_text("countries:\n  - {code: ARN, name: Arnor}\n  - {code: GON, name: Gondor}\n")
    (root / "agents.yaml").write_text("- role: GOV\n  terms: [president, government]\n- role: MIL\n  terms: [troops]\n")
    for r in range(1, 21):
        (root / "verbs" / f"{r:02d}_root.yaml").write_text("".join(
            f'- id: root{r}.entry{i}\n  code: "{r:02d}{i % 10}"\n  patterns:\n'
            f'    - "SOURCE call on TARGET to negotiate|talk"\n    - "SOURCE urge TARGET to [hold|resume] talks"\n'
            f'  examples:\n    - text: "Arnor called on Gondor to negotiate."\n      events: ["ARN GON {r:02d}{i % 10}"]\n'
            f'  counterexamples:\n    - "Arnor called on its citizens to stay calm."\n'
            for i in range(verbs // 20)))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_synthetic(root)
        size = sum(p.stat().st_size for p in root.rglob("*.yaml"))
        t0 = time.perf_counter()
        yaml = YAML(typ="rt")
        for p in sorted(root.rglob("*.yaml")):
            yaml.load(p.read_text())
        baseline = time.perf_counter() - t0
        t0 = time.perf_counter()
        cb = loader._Loader(root).load()  # uncached
        ours = time.perf_counter() - t0
        patterns = sum(len(v.patterns) for v in cb.verbs)
        print(f"synthetic codebook: {size / 1e3:.0f} kB, {len(cb.countries) + len(cb.organizations) + len(cb.people)} "
              f"actor entries, {len(cb.verbs)} verb entries, {patterns} patterns")
        print(f"ruamel.yaml round-trip parse only (baseline): {baseline:.2f} s")
        print(f"load_codebook (parse + validate + build):     {ours:.2f} s  ({baseline / ours:.1f}x faster)")


if __name__ == "__main__":
    main()
