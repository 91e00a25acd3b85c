"""Ng's ``a^{[1]T}``: a layer's label and a transpose in one superscript. Read as the power a^{[1]·T}, with T a
new number, a newcomer's step was refuted by a complex right side; it is the transpose of a^{[1]}."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.label_transposes import with_label_transposes
from tests.read.page_reports import page_report as _report


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("a^{[1]T}", "{a^{[1]}}^{T}"),
        ("A^{[L-1]T} dz", "{A^{[L-1]}}^{T} dz"),
        ("\\mathbf{x}^{(i)\\top}", "{\\mathbf{x}^{(i)}}^{\\top}"),
        ("x^{(i)}", "x^{(i)}"),  # no transpose: as written
        ("x^{(i)2}", "x^{(i)2}"),  # a power after the label: as written (refused where read)
        ("\\exp^{[1]T}", "{\\exp^{[1]}}^{T}"),
    ],
)
def test_a_label_then_a_transpose_is_the_labelled_name_transposed(written: str, read: str) -> None:
    assert with_label_transposes(written) == read


def test_ng_s_transpose_of_a_layer_is_not_a_power(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = (
        "$$a^{[1]} = \\tanh(W^{[1]} x), \\quad z^{[2]} = W^{[2]} a^{[1]}$$\n\n"
        "$$\\frac{\\partial z^{[2]}}{\\partial W^{[2]}} = a^{[1]T}$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert report["links"] == []  # it was refuted, with a^{[1]T} a power of a new number T
    assert "cannot transpose it" in report["unchecked"][-1]["reason"]
