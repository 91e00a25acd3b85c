"""The identity matrix stated in the prose (Bishop's "where $I_{kj}$ are the elements of the identity matrix") is
read as I_{kj} = δ_kj, as the front matter's ``define: I_{kj}: \\delta_{kj}`` is, and the report says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report

SOFTMAX = (
    "---\n---\nWith $y_k = \\frac{\\exp(a_k)}{\\sum_j \\exp(a_j)}$, {said}\n\n"
    "$$\\frac{\\partial y_k}{\\partial a_j} = {value}$$\n"
)


@pytest.mark.parametrize(
    ("said", "value", "status"),
    [
        ("where $I_{kj}$ are the elements of the identity matrix,", "y_k (I_{kj} - y_j)", "proven"),
        ("where $I_{kj}$ are the elements of the identity matrix,", "y_k (I_{kj} + y_j)", "refuted"),
        ("where $I$ is the identity matrix,", "y_k (I_{kj} - y_j)", "proven"),
        ("where $\\mathbf{I}$ denotes the identity matrix,", "y_k (\\mathbf{I}_{kj} - y_j)", "proven"),
        ("where $\\mathbf{I}$ denotes the identity matrix,", "y_k (\\mathbf{I}_{jj} - y_j)", "refuted"),
        ("with the identity matrix $I$,", "y_k I_{kj} - y_k y_j", "proven"),
        ("with the identity matrix $I$,", "y_k I_{jk} - y_j y_j", "refuted"),
    ],
)
def test_the_identity_matrix_stated_in_the_prose(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str, value: str, status: str
) -> None:
    found = report(tmp_path, capsys, "", SOFTMAX.replace("{said}", said).replace("{value}", value))
    assert [link["status"] for link in found["links"]] == [status]
    assert any("the identity matrix, as the text says" in reading for reading in found["readings"])


def test_without_the_statement_i_is_an_arbitrary_array(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Nothing says what I is: the right formula for the identity is refuted for an arbitrary I."""
    found = report(tmp_path, capsys, "", SOFTMAX.replace("{said}", "we have").replace("{value}", "y_k (I_{kj} - y_j)"))
    assert [link["status"] for link in found["links"]] == ["refuted"]
