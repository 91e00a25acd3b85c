"""Superscripts that label a name (``derive.read.script_labels``): a layer's L or l on a name with a subscript
(Nielsen's ``a^L_j``, ``w^l_{jk}``, ``a^{l-1}_k``), and a word of capitals or an upright word (``y_k^{LS}``,
``\\mathcal{L}^{\\text{CE}}``). Each reading is checked through ``derive check``: the right claim proven, a false one
refuted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main
from derive.read.latex_lexer import tokenize
from derive.read.script_labels import labelled_head, labelled_name
from tests.read.page_reports import one_verdict, page_report


def report(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[list[tuple[int, str]], str]:
    """Each link's line and status, and the text report's lines before the first chain."""
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    links = [(link["line"], link["status"]) for link in json.loads(capsys.readouterr().out)["links"]]
    main(["check", str(path)])
    return links, capsys.readouterr().out


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("a^L_j", ["a^L", "_", "j"]),
        ("a_j^L", ["a^L", "_", "j"]),
        ("w^l_{jk}", ["w^l", "_", "{", "j", "k", "}"]),
        ("a^{l-1}_k", ["a^{l-1}", "_", "k"]),
        ("\\delta^L_j", ["delta^L", "_", "j"]),
        ("y_k^{LS}", ["y^{LS}", "_", "k"]),
        ("y^{\\text{smooth}}_k", ["y^{\\text{smooth}}", "_", "k"]),
        ("\\mathcal{L}^{\\text{CE}}", ["Lcal^{\\text{CE}}"]),
        ("x^L", ["x", "^", "L"]),  # no subscript: the power the page shows
        ("z_j^2", ["z", "_", "j", "^", "2"]),
        ("e^{L}_j", ["e", "^", "{", "L", "}", "_", "j"]),  # e is Euler's number
        ("x^{\\mathrm{T}}", ["x", "^", "{", "mathrm", "{", "T", "}", "}"]),  # one upright letter: a transpose's
        ("a^{L-2}_j", ["a", "^", "{", "L", "-", "2", "}", "_", "j"]),
    ],
)
def test_a_labelled_name_is_one_token(text: str, values: list[str]) -> None:
    assert [t.value for t in tokenize(text)] == values


def test_a_labelled_name_in_a_key_or_a_definition_s_head() -> None:
    assert labelled_name("\\delta^L") == "delta^L"
    assert labelled_name("a") is None
    assert labelled_head("y_k^{LS}") == ("y^{LS}", "k", None)
    assert labelled_head("a^L_{j}") == ("a^L", "j", None)
    assert labelled_head("a^L_j(x)") is None


NIELSEN = (
    "---\n---\nThe activations are $a^L_j = \\sigma(z^L_j)$ and the cost is $C = \\frac{1}{2} \\sum_k (y_k - a^L_k)^2$."
    "\n\n$$\n\\delta^L_j = \\frac{\\partial C}{\\partial z^L_j}\n$$\n\n"
    "$$\n\\delta^L_j = \\sum_k \\frac{\\partial C}{\\partial a^L_k} \\frac{\\partial a^L_k}{\\partial z^L_j} "
    "= \\frac{\\partial C}{\\partial a^L_j} \\sigma'(z^L_j)\n$$\n\n"
    "$$\n\\frac{\\partial C}{\\partial a_j^L} = {SIDE}\n$$\n"
)


@pytest.mark.parametrize(("side", "status"), [("a^L_j - y_j", "proven"), ("y_j - a^L_j", "refuted")])
def test_nielsen_s_layer_superscripts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, status: str
) -> None:
    """a^L_j is the entry j of the layer-L activations a^L, a name of its own; σ is any function."""
    links, text = report(tmp_path, capsys, NIELSEN.replace("{SIDE}", side))
    assert links == [(10, "proven"), (10, "proven"), (14, status)]
    assert "vectors y, z^L" in text and "definitions a^L_j (line 3), C (line 3), \\delta^L_j (line 6)" in text


def test_a_layer_s_weights_and_the_layer_before(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """z^l_j = Σ_k w^l_{jk} a^{l-1}_k + b^l_j: w^l an array, a^{l-1} and b^l vectors of their own."""
    text = (
        "---\n---\nThe weighted input is $z^l_j = \\sum_k w^l_{jk} a^{l-1}_k + b^l_j$.\n\n"
        "$$\n\\frac{\\partial z^l_j}{\\partial w^l_{jk}} = a^{l-1}_k\n$$\n\n"
        "$$\n\\frac{\\partial z^l_j}{\\partial b^l_j} = a^{l-1}_j\n$$\n"
    )
    links, shown = report(tmp_path, capsys, text)
    assert links == [(6, "proven"), (10, "refuted")]
    assert "arrays w^l" in shown


@pytest.mark.parametrize(("side", "status"), [("x^{L+1}", "proven"), ("x^{L}", "refuted")])
def test_a_letter_l_without_a_subscript_stays_a_power(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, status: str
) -> None:
    links, _ = report(tmp_path, capsys, f"---\nassume: [x > 0]\n---\n$$\nx^L x = {side}\n$$\n")
    assert links == [(5, status)]


def test_a_layer_s_name_written_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """a^L alone, on a page that writes a^L_j, is the whole vector a^L (never a scalar a to the power L); where a is
    also a name of the page, a^L alone reads two ways and is refused naming both."""
    text = (
        "---\nvectors: [y]\n---\nWith $a^L_j = z^L_j + 1$ and a number $a$:\n\n"
        "$$\n\\frac{\\partial a^L_j}{\\partial z^L_j} = 1 + a - a\n$$\n\n$$\na^L a = a^{L+1}\n$$\n"
    )
    links, shown = report(tmp_path, capsys, text)
    assert links == [(7, "proven")]
    assert "line 11: not checked — unreadable: a^L can be read two ways: the layer-L vector a^L" in shown
    whole = "---\n---\nWith $a^L_j = 2 z^L_j$:\n\n$$\n\\frac{\\partial (a^L)^T a^L}{\\partial z^L_j} = {SIDE}\n$$\n"
    for side, status in (("8 z^L_j", "proven"), ("4 z^L_j", "refuted")):
        assert report(tmp_path, capsys, whole.replace("{SIDE}", side))[0] == [(6, status)]


LABEL_SMOOTHING = (
    "---\nassume: [y one-hot]\n---\nLabel smoothing replaces $y_k$ by $y_k^{LS} = y_k (1 - \\alpha) + \\alpha / K$ "
    "over $K$ classes. With $p_k = \\frac{e^{z_k}}{\\sum_{j=1}^K e^{z_j}}$ and "
    "$\\mathcal{L}^{\\text{CE}} = -\\sum_{k=1}^K y_k^{LS} \\log p_k$,\n\n"
    "$$\\frac{\\partial \\mathcal{L}^{\\text{CE}}}{\\partial z_k} = {SIDE}$$\n"
)


@pytest.mark.parametrize(
    ("side", "status"),
    [("p_k - y_k^{LS}", "proven"), ("p_k - y_k", "refuted"), ("p_k - y^{\\text{smooth}}_k", "refuted")],
)
def test_a_superscript_word_labels_a_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, status: str
) -> None:
    """y_k^{LS} is the entry k of a vector of its own (not y_k to the power L·S); so is \\mathcal{L}^{\\text{CE}}."""
    links, shown = report(tmp_path, capsys, LABEL_SMOOTHING.replace("{SIDE}", side))
    assert links == [(6, status)]
    assert "definitions y_k^{LS} (line 4), p_k (line 4), \\mathcal{L}^{\\text{CE}} (line 4)" in shown
    if "smooth" in side:  # another label: a vector of its own, any values
        assert "vectors y, y^{\\text{smooth}}, z;" in shown


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("---\n---\n$$\n\\sum_{l=1}^{n} a^l_j = n a^l_j\n$$\n", "a layer that changes with the index l"),
        ("---\nscalars: [L]\n---\n$$\nx_j^L = x_j\n$$\n", "x_j to the power L, written (x_j)^L"),
        ("---\nsizes: {K: symbolic, N: symbolic}\n---\n$$\nx^{K N} = x\n$$\n", "x to the power K · N"),
    ],
)
def test_a_layer_s_letter_that_is_a_name_of_the_page_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, reason: str
) -> None:
    """l summed over (a^l_j would change with it), L a declared number (x_j^L a power), or capitals each a name of
    the page (x^{KN}, a power by K·N): refused, naming both."""
    links, shown = report(tmp_path, capsys, text)
    assert links == []
    assert "name of the page can be read two ways: the name " in shown and reason in shown


@pytest.mark.parametrize(
    ("display", "verdict"),
    [("a^0 = x", "unreadable"), ("a^{0} w = x w", "unreadable"), ("{a}^0 = 1", "proven"), ("e^0 = 1", "proven")],
)
def test_a_zeroth_power_of_a_name_reads_as_a_label_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, verdict: str
) -> None:
    """Koerbitz's backprop post: ``a^0 = x``, layer 0's a, had been refuted as 1 = x; the power is written {a}^0."""
    assert one_verdict(page_report(tmp_path, capsys, f"$$\n{display}\n$$\n")) == verdict
