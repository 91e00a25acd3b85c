"""Layer names (``derive.read.layer_names``): W_1, W_{1}, W^{[1]}, W^{(1)} declared are one name; what TeX reads
otherwise (W_12 is W_1 then 2) is left alone."""

from __future__ import annotations

import pytest

from derive.read.latex_lexer import tokenize
from derive.read.layer_names import layer_name, merge_layers


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
