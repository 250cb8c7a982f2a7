"""Keeping the garbage collector off the objects a coding process keeps for its whole life.

A process that codes articles first builds what it keeps until it ends: the spaCy model, the codebook and a
:class:`coding.engine.Coder`'s indexes, some 150,000 container objects. Coding then makes and drops many small
objects, and Python's cyclic garbage collector, every so often, walks all tracked objects (a full collection: one or
two per 150 bench articles, about 0.1 s each on this machine, more when it is loaded). :func:`settle` collects once and
then freezes what is alive (:func:`gc.freeze`): later collections never walk those objects again. Reference counting
still frees them; only a reference cycle among them would never be collected, which is why the collection comes
first. It also lets more allocations pass between young collections (:data:`YOUNG_THRESHOLD`).
"""

from __future__ import annotations

import gc

# Allocations between two collections of the youngest generation (Python's default: 700). Coding allocates fast and
# makes little cyclic garbage (docs/performance.md): at 700 a 150-article run made ~120 young collections and ~10 of
# the middle generation; at 10,000, eight young ones (~65 ms of CPU, none of them finding any garbage: what they walk
# is the batch's parsed Docs and their column views, alive until the batch is coded); at 100,000, none. The count is
# of container objects alive, not allocated (a freed one counts back), so a stream whose batches come and go stays
# under it; cyclic garbage, if any, waits for at most that many objects (a few MB).
YOUNG_THRESHOLD = 100_000


def settle() -> None:
    """Collect, then freeze every object alive now, and collect the youngest generation less often. Call it once the
    long-lived objects are built (a worker's Coder: ``flows.code_articles.coder_for``), before coding."""
    gc.collect()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(YOUNG_THRESHOLD, young), middle, old)
