"""What an adversarial pass over the reader found (issue 15): each display below was proven, refuted or read
wrong, or crashed the file, before; now each is refused at its line with the reason, and the file goes on."""

from __future__ import annotations

from pathlib import Path

import pytest
from refusals import refusal

from tests.read.page_reports import page_links, page_report

FRONT = (
    "---\nvectors: [z, y]\nscalars: [x]\ndefine:\n  \\sigma(v): \\frac{1}{1+e^{-v}}\n  u: x^2\n  L: x^2\n"
    "  J: x^3\n---\n"
)


@pytest.mark.parametrize(
    ("display", "words"),
    [
        ("x = x \\, \\text{GELU}(x)", "the upright name GELU is not known"),  # an upright name, not a remark
        ("\\frac{d}{dx}(x) \\cdot x = 2x", "a derivative operator before a product"),
        ("\\partial_x x \\cdot x = 2x", "a derivative operator before a product"),
        ("\\frac{d}{dx} x^2 + 3x = 5x", "a derivative operator before a sum"),  # 2x + 3x, or (x² + 3x)'?
        ("\\frac{d}{dx} x^2 + 3x = 2x + 3", "a derivative operator before a sum"),
        ("{d \\over dx} x^2 - x = x", "a derivative operator before a sum"),
        ("\\frac{dL}{du} = 0", "write without u but with what it is made of"),
        ("\\frac{\\partial x}{\\partial u} = 0", "write without u but with what it is made of"),
        ("J(2) = 2 J", "can be read two ways"),
        ("J(z) = J", "which J does not depend on"),
        ("z_1(x) = x z_1", "can be read two ways"),
        ("z^{(l)} = z^{l}", "a label"),
        ("\\mathbb{E}[x] = x", "indicator"),
        ("\\delta_{ik} = 0, \\forall i = 1, 3", "a remark after the math states a relation"),
        ("x = x \\text{ since } [1 = 2]", "a remark after the math states a relation"),
        ("\\sigma(z) = 1", "of a whole vector"),
        ("\\frac{y}{z} = 1", "a division by a vector"),
        ("\\log (z z^T) = z", "of a whole matrix reads two ways"),  # entry by entry, or the matrix logarithm?
        ("z^2 = z", "a power of a whole vector"),
        ("\\frac{d}{d} x = 1", "names no variable"),
    ],
)
def test_what_read_wrong_before_is_refused_at_its_line(tmp_path: Path, display: str, words: str) -> None:
    path = tmp_path / "d.md"
    path.write_text(f"{FRONT}\n$$ {display} $$\n\n$$ x = x $$\n", encoding="utf-8")
    message = refusal(path)
    assert words in message and message.startswith(f"{path}:11: ")


def test_nothing_goes_on_across_a_heading(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(f"{FRONT}\n$$ x = x $$\n\n## Part 2\n\n$$ \\Rightarrow 2 $$\n", encoding="utf-8")
    assert "continuing nothing" in refusal(path)


@pytest.mark.parametrize(
    "display",
    [
        "(\\frac{d}{dx} x^2) + 3x = 5x",
        "\\frac{d}{dx}(x^2 + 3x) = 2x + 3",
        "\\frac{d}{dx} L + x = 3x",  # a name other than the variable: L alone (L := x^2), as \\nabla_w J(w) + λw
        "\\frac{d}{dx} x^2 + \\partial_x x^3 = 2x + 3x^2",
    ],
)
def test_a_sum_after_a_bounded_operand_or_before_another_operator_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    """The brackets bound the operand, or each term has its own operator: one reading, checked."""
    report = page_report(tmp_path, capsys, f"{FRONT}\n$$ {display} $$\n")
    assert [status for status, *_ in page_links(report)] == ["proven"]
