"""A value defined with the whole vectors it depends on as its head (d2l.ai's ``l(\\mathbf{y}, \\hat{\\mathbf{y}}) =
-\\sum_j y_j \\log \\hat{y}_j``): bold arguments are whole vectors, never a function's parameters, so it is the value
l, read where it stands as l(y, ŷ) or l."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report

PAGE = (
    "---\nlength: q\nassume:\n  - \\sum_{j=1}^q y_j = 1\n---\n"
    "$$\\hat{y}_j = \\frac{\\exp(o_j)}{\\sum_k \\exp(o_k)}$$\n\n"
    "$$ l(\\mathbf{y}, \\hat{\\mathbf{y}}) = - \\sum_{j=1}^q y_j \\log \\hat{y}_j $$\n\n"
)


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("\\partial_{o_j} l(\\mathbf{y}, \\hat{\\mathbf{y}}) = \\mathrm{softmax}(\\mathbf{o})_j - y_j", "proven"),
        ("\\partial_{o_j} l(\\mathbf{y}, \\hat{\\mathbf{y}}) = y_j - \\mathrm{softmax}(\\mathbf{o})_j", "refuted"),
        ("l(\\mathbf{y}, \\hat{\\mathbf{y}}) = \\log \\sum_{k=1}^q \\exp(o_k) - \\sum_{j=1}^q y_j o_j", "proven"),
        ("l = \\log \\sum_{k=1}^q \\exp(o_k) + \\sum_{j=1}^q y_j o_j", "refuted"),
    ],
)
def test_a_value_labelled_by_bold_vectors_is_defined_and_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    found = report(tmp_path, capsys, "", PAGE + f"$${claim}$$\n")
    assert [link["status"] for link in found["links"]] == [status]
    assert [u["reason"].split(",")[0] for u in found["unchecked"]] == [
        "a definition of \\hat{y}_j",
        "a definition of l",
    ]


def test_a_label_naming_a_vector_the_value_does_not_depend_on_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = report(tmp_path, capsys, "", PAGE + "$$l(\\mathbf{y}, \\mathbf{x}) = l + x_1 - x_1$$\n")
    assert found["links"] == [] and any("which l does not depend on" in u["reason"] for u in found["unchecked"])
