"""Counts that describe a loaded codebook (``dyad codebook stats``)."""

from __future__ import annotations

from coding.codebook.model import Codebook


def codebook_stats(cb: Codebook) -> dict[str, object]:
    """Entry counts, and how much of the action taxonomy the verb entries cover."""
    verb_codes = {v.code for v in cb.verbs}

    def covered(width: int) -> dict[str, int]:
        defined = {c for c in cb.actions if len(c) == width}
        return {"covered": len({c for c in verb_codes if len(c) == width} & defined), "defined": len(defined)}

    roots = {a.root for a in cb.actions.values()}
    return {
        "name": cb.name,
        "version": cb.version,
        "hash": cb.hash,
        "actions": len(cb.actions),
        "countries": len(cb.countries),
        "organizations": len(cb.organizations),
        "people": len(cb.people),
        "agents": len(cb.agents),
        "verb_entries": len(cb.verbs),
        "patterns": sum(len(v.patterns) + (1 if v.dependency is not None else 0) for v in cb.verbs),
        "examples": sum(len(v.examples) for v in cb.verbs),
        "counterexamples": sum(len(v.counterexamples) for v in cb.verbs),
        "filters": len(cb.filters),
        "verdict_words": sum(len(v.words) for v in cb.verdicts),
        "roots": {"covered": len({c[:2] for c in verb_codes} & roots), "defined": len(roots)},
        "codes_3digit": covered(3),
        "codes_4digit": covered(4),
    }
