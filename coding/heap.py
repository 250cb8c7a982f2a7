"""Keeping the garbage collector off the objects a coding process keeps for its whole life.

A process that codes articles first builds what it keeps until it ends: the spaCy model, the codebook and a
:class:`coding.engine.Coder`'s indexes, some 150,000 container objects. Coding then makes and drops many small
objects, and Python's cyclic garbage collector, every so often, walks all tracked objects (a full collection: one or
two per 150 bench articles, about 0.1 s each on this machine, more when it is loaded). :func:`settle` collects once and
then freezes what is alive (:func:`gc.freeze`): later collections never walk those objects again. Reference counting
still frees them; only a reference cycle among them would never be collected, which is why the collection comes
first.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Collect, then freeze every object alive now. Call it once the long-lived objects are built (a worker's Coder:
    ``flows.code_articles.coder_for``), before coding."""
    gc.collect()
    gc.freeze()
