"""A bare function in a display about its own variable alone: (1 + e^{-x})σ = 1 beside σ(x) := 1/(1 + e^{-x}) (a
math.SE answer's implicit differentiation) reads σ as σ(x). A display that names anything else (∂L/∂w = (σ − y) x,
where σ is σ(wx + b) to its author), or writes the letter as another's entry (x_i), still refuses the bare name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main
from tests.read.test_reads_pages import statuses

SIGMOID = "---\ndefine:\n  \\sigma(x): \\frac{1}{1+e^{-x}}\n---\n"
REFUSED = "unreadable: the function \\sigma needs its arguments, as in \\sigma(x)"


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("(1+e^{-x})\\sigma = 1", "proven"),
        ("(1+e^{-x})\\sigma = 2", "refuted"),
        ("\\sigma^2 e^{-x} = \\sigma - \\sigma^2", "proven"),
        ("\\sigma^2 e^{-x} = \\sigma + \\sigma^2", "refuted"),
        ("\\sigma' = \\sigma(1-\\sigma) + 0 x", "proven"),
    ],
)
def test_a_bare_function_in_a_display_about_its_own_letter_is_applied_to_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    assert statuses(tmp_path, capsys, SIGMOID + f"$${display}$$\n") == ([(5, status)], [])


@pytest.mark.parametrize(
    "display",
    [
        "\\frac{d}{dw} w^2 x = 2 w x \\sigma",  # another name beside x: σ may be σ(wx)
        "\\sigma x_i = x_i",  # x_i an entry of a vector x, no argument of σ(x)
        "(1 + e^{-z}) \\sigma = 1",  # the display is about z, not x
        # a power before the parentheses, or -1: σ^2(x) was read σ(x)^2 · x, and σ^{-1}(x) = x(1 + e^{-x}) proven
        "\\sigma^{-1}(x) = x(1 + e^{-x})",
        "\\sigma^{2}(x) = x \\sigma(x)^2",
        "\\sigma^{-1} = 1 + e^{-x}",  # the inverse function, or the reciprocal?
        "\\frac{d\\sigma}{dx} = \\sigma^{2}(x) e^{-x}",
    ],
)
def test_a_bare_function_beside_another_name_is_still_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    assert statuses(tmp_path, capsys, SIGMOID + f"$${display}$$\n") == ([], [REFUSED])


def test_a_claim_false_whatever_the_values_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """(1 + e^{-x})σ(x) is 1 at every x: the counterexample holds at any values, and says so (it showed none)."""
    path = tmp_path / "d.md"
    path.write_text(SIGMOID + "$$(1+e^{-x})\\sigma(x) = 2$$\n", encoding="utf-8")
    assert main(["check", str(path)]) == 1
    assert "refuted — counterexample: any values; left side = 1" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("page", "claim"),
    [
        ("$$o = \\frac{1}{1+e^{-z}}$$\n\n$$L(o) = -\\log o$$\n\n", "\\frac{dL}{dz} = -\\frac{1}{z}"),
        ("$$f(x) = x^2$$\n\n$$x = 3t$$\n\n", "\\frac{df}{dt} = 2t"),
        (
            "$$\\sigma(a) = \\frac{1}{1+e^{-a}}$$\n\n$$a = wx + b$$\n\n",
            "\\frac{d\\sigma}{dw} = \\sigma(w)(1-\\sigma(w))",
        ),
        (
            "$$o = \\frac{1}{1+e^{-z}}$$\n\n$$\\mathcal{L}(o) = -\\log o$$\n\n",
            "\\frac{d\\mathcal{L}}{dz} = -(1 - o)",
        ),
        ("$$\\hat{f}(x) = x^2$$\n\n$$x = 3t$$\n\n", "\\frac{d\\hat{f}}{dt} = 2t"),
        ("$$o = \\frac{1}{1+e^{-z}}$$\n\n$$\\mathcal{L}(o) = -\\log o$$\n\n", "\\frac{d\\mathcal L}{dz} = o - 1"),
    ],
)
def test_a_bare_function_of_a_letter_the_page_defines_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, claim: str
) -> None:
    """dL/dz beside L(o) := −log o and o = σ(z): L at z (as f'(x) reads), or L of the page's o (the chain rule)?
    A probe's pages proved dL/dz = −1/z, df/dt = 2t for f = x², x = 3t, and dσ/dw = σ(w)(1 − σ(w)) for a = wx + b:
    each true only of the first reading. Refused, naming both; written with its argument, each is read. So is an
    accented name (𝓛, f̂): 𝓛 alone had gone unseen, and d𝓛/dz = −(1 − o) was proven through o alone."""
    path = tmp_path / "d.md"
    path.write_text(page + f"$${claim}$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert report["links"] == []
    assert any("written alone, defined of" in u["reason"] and "can be read two ways" in u["reason"]
               for u in report["unchecked"])  # fmt: skip
