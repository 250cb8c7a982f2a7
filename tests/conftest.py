"""Shared fixtures. Reference data is read from ../shared, beside the checkout, never copied in."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_CODEBOOK = REPO / "codebooks" / "cameo"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"the reference folder {SHARED} is missing: tests read ../shared beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    return REPO
