"""Shared fixtures. Reference data is read from ../shared, beside the checkout, never copied in."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_CODEBOOK = REPO / "codebooks" / "cameo"


@pytest.fixture(scope="session", autouse=True)
def _dyad_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Compiled codebooks (coding.codebook.loader.disk_cache_dir) go to this session's folder, not the user's cache;
    worker processes that tests spawn inherit it."""
    import os

    os.environ["DYAD_CACHE_DIR"] = str(tmp_path_factory.mktemp("dyad-cache"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"the reference folder {SHARED} is missing: tests read ../shared beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    return REPO


@pytest.fixture(scope="session")
def cameo_coder():
    """One Coder over the full CAMEO codebook and the real model, for every test that codes text with it (model and
    codebook load once a session; a Coder keeps no state between articles)."""
    from coding.codebook.loader import load_codebook
    from coding.engine import Coder
    from coding.nlp import load_model

    return Coder(load_codebook(DEFAULT_CODEBOOK), load_model())


@pytest.fixture(scope="session")
def prefect_harness():
    """One ephemeral Prefect backend for the whole session (starting one costs seconds)."""
    import os

    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
