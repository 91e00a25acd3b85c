"""Layer names (``derive.read.layer_names``): W_1, W_{1}, W^{[1]}, W^{(1)} declared are one name; what TeX reads
otherwise (W_12 is W_1 then 2) is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.latex_lexer import tokenize
from derive.read.layer_names import layer_name, merge_layers
from tests.read.page_reports import page_links, page_report


@pytest.mark.parametrize(
    ("key", "name"),
    [("W_1", "W_1"), ("W_{2}", "W_2"), ("W^{[1]}", "W_1"), ("b^{(2)}", "b_2"), ("\\theta_1", "theta_1"),
     ("W", None), ("W_i", None), ("W_{12}", None), ("W^{2}", None), ("\\frac_1", None)],
)  # fmt: skip
def test_a_front_matter_key_names_a_layer_s_matrix(key: str, name: str | None) -> None:
    assert layer_name(key) == name


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("W_1 x + b_1", ["W_1", "x", "+", "b_1"]),
        ("W^{[1]} x", ["W_1", "x"]),
        ("W^{(1)}", ["W_1"]),
        ("W_{1}^T", ["W_1", "^", "T"]),
        ("W_12", ["W", "_", "12"]),  # TeX: W_1 then 2, or the entry 12: not the layer's name
        ("W_2 x", ["W", "_", "2", "x"]),  # W_2 is not declared
        ("W^{[1] } x", ["W_1", "x"]),
    ],
)
def test_a_declared_layer_name_is_one_token(text: str, values: list[str]) -> None:
    assert [t.value for t in merge_layers(tokenize(text), {"W_1", "b_1"})] == values


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("\\frac{\\partial z^{[l]}}{\\partial b^{[l]}} = 1", "proven"),
        ("\\frac{\\partial z^{[l]}}{\\partial a^{[l-1]}} = W^{[l]}", "proven"),
        ("\\frac{\\partial z^{[l]}}{\\partial a^{[l-1]}} = W^{[l-1]}", "refuted"),  # another layer's weights
        ("\\frac{\\partial z^{[2]}}{\\partial b^{[2]}} = 0", "refuted"),
    ],
)
def test_a_layer_s_label_in_square_brackets_is_part_of_the_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """Andrew Ng's W^{[l]}, a^{[l-1]}, z^{[2]}: a layer's label, never a power (written ^{l}); each had been refused
    ("^{[l]} can be read two ways: a label, or the power l")."""
    page = "$$z^{[l]} = W^{[l]} a^{[l-1]} + b^{[l]}$$\n\n$$z^{[2]} = W^{[2]} a^{[1]} + b^{[2]}$$\n\n" + f"$${claim}$$\n"
    assert [status for status, *_ in page_links(page_report(tmp_path, capsys, page))] == [status]


@pytest.mark.parametrize("power", ["a^{[l+2]} = a^{l} a^{2}", "a^{[2l]} = (a^{l})^{2}"])
def test_a_bracketed_superscript_that_is_no_layer_label_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], power: str
) -> None:
    """A second probe of session 35: ^{[l+2]} had been read as a power of a and a^{[l+2]} = a^l a^2 proven."""
    report = page_report(tmp_path, capsys, f"$${power}$$\n")
    assert page_links(report) == []
    assert "can be read two ways: a label" in report["unchecked"][0]["reason"]
