"""A numeral in parentheses or brackets over a bold name labels it (``derive.read.bold_labels``): d2l's
``\\mathbf{W}^{(1)}`` and ``\\mathbf{W}^{(2)}`` are two names, never powers, read with no front matter. Each reading
is checked through ``derive check``: the right claim proven, a false one refuted; a derivative's order stays refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.latex_lexer import tokenize
from tests.read.test_reads_pages import statuses

LAYERS = "---\n---\n$$a = \\mathbf{W}^{(1)} u + \\mathbf{W}^{(2)} u^2$$\n\n"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("\\mathbf{W}^{(1)} \\mathbf{x}", ["W_1", "mathbf", "{", "x", "}"]),
        ("{\\mathbf{W}^{(2)}}^\\top", ["{", "W_2", "}", "^", "top"]),
        ("\\boldsymbol{\\theta}^{[2]}", ["theta_2"]),
        ("\\mathbf{f}^{(1)}(x)", ["mathbf", "{", "f", "}", "^", "{", "(", "1", ")", "}", "(", "x", ")"]),  # an order?
        ("\\mathbf{x}^{(i)}", ["mathbf", "{", "x", "}", "^", "{", "(", "i", ")", "}"]),  # a letter: examples' rule
        ("\\mathbf{W}^{(0)}", ["mathbf", "{", "W", "}", "^", "{", "(", "0", ")", "}"]),
        ("W^{(1)}", ["W", "^", "{", "(", "1", ")", "}"]),  # not bold, no subscript: refused later
    ],
)
def test_a_bold_name_numbered_in_parentheses_is_one_name(text: str, values: list[str]) -> None:
    assert [t.value for t in tokenize(text)] == values


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("\\frac{\\partial a}{\\partial u} = \\mathbf{W}^{(1)} + 2 \\mathbf{W}^{(2)} u", "proven"),
        ("\\frac{\\partial a}{\\partial u} = \\mathbf{W}^{(2)} + 2 \\mathbf{W}^{(1)} u", "refuted"),  # swapped layers
        ("\\frac{\\partial a}{\\partial \\mathbf{W}^{(2)}} = u^2", "proven"),
        ("\\frac{\\partial a}{\\partial \\mathbf{W}^{(2)}} = 2 u", "refuted"),
    ],
)
def test_two_bold_numbered_names_are_two_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    assert statuses(tmp_path, capsys, LAYERS + f"$${claim}$$\n")[0] == [(5, status)]


def test_a_plain_numbered_power_stays_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """t^{(2)} not in bold and with no subscript: a label or a derivative's order, as before."""
    found, unchecked = statuses(tmp_path, capsys, "---\n---\n$$\\frac{d}{dt} t^{(2)} = 2 t$$\n")
    assert found == [] and any("can be read two ways" in reason for reason in unchecked)


PLAIN = "---\n---\n$$a = W^{(1)} u + W^{(2)} u^2$$\n\n"


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("\\frac{\\partial a}{\\partial u} = W^{(1)} + 2 W^{(2)} u", "proven"),
        ("\\frac{\\partial a}{\\partial u} = W^{(2)} + 2 W^{(1)} u", "refuted"),
    ],
)
def test_one_letter_with_two_numerals_is_two_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """W^{(1)} beside W^{(2)} (``derive.read.numbered_layers``): labels, not bold, with no front matter."""
    assert statuses(tmp_path, capsys, PLAIN + f"$${claim}$$\n")[0] == [(5, status)]


def test_two_numerals_on_an_applied_letter_stay_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """f^{(1)}(x), f^{(2)}(x): derivatives' orders perhaps; never read as two names."""
    text = "---\n---\n$$\\frac{d}{dx} f^{(1)}(x) = f^{(2)}(x)$$\n\n$$\\frac{d}{dx} f^{(1)}(x) = 2 f^{(2)}(x)$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [] and len(unchecked) == 2
