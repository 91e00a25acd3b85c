"""A numeral in parentheses over a name that carries a subscript labels the layer (``derive.read.script_labels``):
Bishop's ``w^{(1)}_{ji}`` and ``w_{kj}^{(2)}`` are two arrays, never the entries raised to a power. Each reading is
checked through ``derive check``: the right claim proven, a false one refuted; what reads two ways stays refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.latex_lexer import tokenize
from tests.read.test_reads_pages import statuses

NETWORK = "---\n---\n$$z_j = \\sum_i w^{(1)}_{ji} x_i, \\qquad y_k = \\sum_j w_{kj}^{(2)} z_j$$\n\n"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("w^{(1)}_{ji}", ["w_1", "_", "{", "j", "i", "}"]),
        ("w_{kj}^{(2)}", ["w_2", "_", "{", "k", "j", "}"]),
        ("x^{(2)}", ["x", "^", "{", "(", "2", ")", "}"]),  # no subscript: a label or a power, refused later
        ("f_k^{(2)}(x)", ["f", "_", "k", "^", "{", "(", "2", ")", "}", "(", "x", ")"]),  # a derivative's order?
        ("w_j^{(0)}", ["w", "_", "j", "^", "{", "(", "0", ")", "}"]),
    ],
)
def test_a_numbered_label_with_a_subscript_is_one_name(text: str, values: list[str]) -> None:
    assert [t.value for t in tokenize(text)] == values


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("\\frac{\\partial y_k}{\\partial w^{(1)}_{ji}} = w_{kj}^{(2)} x_i", "proven"),
        ("\\frac{\\partial y_k}{\\partial w^{(1)}_{ji}} = w_{kj}^{(1)} x_i", "refuted"),  # the other layer's
        ("\\frac{\\partial y_k}{\\partial w_{kj}^{(2)}} = z_j", "proven"),
        ("\\frac{\\partial y_k}{\\partial w_{kj}^{(2)}} = z_k", "refuted"),
        ("\\frac{\\partial z_j}{\\partial w_{ji}^{(1)}} = x_i", "proven"),  # the label after the subscript too
        ("\\frac{\\partial z_j}{\\partial w_{ji}^{(1)}} = x_j", "refuted"),
    ],
)
def test_two_layers_weights_are_two_arrays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    assert statuses(tmp_path, capsys, NETWORK + f"$${claim}$$\n")[0] == [(5, status)]


@pytest.mark.parametrize(
    "claim",
    [
        "\\frac{d}{dx} f_k^{(2)}(x) = 0",  # f_k's second derivative, or f_k labelled 2, applied?
        "\\frac{d}{dx} x^{(2)} = 2 x",  # no subscript, no example: a label or the power 2
    ],
)
def test_what_reads_two_ways_stays_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str) -> None:
    found, unchecked = statuses(tmp_path, capsys, f"---\n---\n$${claim}$$\n")
    assert found == []
    assert ["can be read two ways" in reason for reason in unchecked] == [True]
