"""examples/analysis.ipynb runs top to bottom against a fixture run (DYAD_OUT points the notebook at it)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from analysis_data import EXPECTED, write_output
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "analysis.ipynb"


def test_analysis_notebook_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = write_output(tmp_path / "run")
    monkeypatch.setenv("DYAD_OUT", str(out))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()

    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert f"{EXPECTED['rows']} event mentions from 6 articles" in text
    assert any("image/png" in o.get("data", {}) for o in outputs), "the dyad timeline was not shown"
    tables = "\n".join(o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "one-a-day" in tables and "ASSAULT" in tables
