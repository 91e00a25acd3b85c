"""A letter the prose names as a function derive knows by its words ("Let $g$ be the exponential function.") is read
as that function, and the report says so (``derive.read.named_particular``): read as any function, g' = g had been
refuted with the stand-in g = sin (a probe's R6). A hedge or a definition keeps the letter as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import one_verdict, page_report


@pytest.mark.parametrize(
    ("said", "claim", "verdict"),
    [
        ("Let $g$ be the exponential function.", "g'(x) = g(x)", "proven"),
        ("Let $f$ be the sigmoid function.", "f'(x) = f(x)(1 - f(x))", "proven"),
        ("Let $f$ be the logistic function.", "f'(x) = f(x)(1 - f(x))", "proven"),
        ("Here $h$ denotes the hyperbolic tangent.", "h'(x) = 1 - h(x)^2", "proven"),
        ("Let $g$ be the exponential function.", "g'(x) = 2 g(x)", "refuted"),  # a slip, still caught
        ("Let $f$ be the sigmoid function.", "f'(x) = f(x)(1 - f(x))^2", "refuted"),
    ],
)
def test_a_letter_named_as_a_known_function_is_read_as_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str, claim: str, verdict: str
) -> None:
    report = page_report(tmp_path, capsys, f"{said}\n\n$$ {claim} $$\n", "--no-cache")
    assert one_verdict(report) == verdict
    assert any("read as" in reading and "the prose names it so" in reading for reading in report["readings"])


@pytest.mark.parametrize(
    "said",
    [
        "Let $g$ be any function, such as the exponential function.",
        "Let $g$ not be the exponential function.",
        "Let $g$ be the exponential function or the sigmoid function.",
    ],
)
def test_a_hedged_naming_reads_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str) -> None:
    report = page_report(tmp_path, capsys, f"{said}\n\n$$g'(x) = g(x)$$\n", "--no-cache")
    assert not any("the prose names it so" in reading for reading in report["readings"])


def test_a_definition_keeps_its_own_meaning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Let $g$ be the exponential function.\n\n$$g(x) = x^2$$\n\n$$g'(x) = 2x$$\n"
    report = page_report(tmp_path, capsys, text, "--no-cache")
    assert not any("the prose names it so" in reading for reading in report["readings"])


@pytest.mark.parametrize(
    "page",
    [
        "Let $g$ be the exponential function, with base 2.\n\n$$ g'(x) = g(x) $$\n",
        "Let $g$ be the exponential function:\n\n"
        "$$\\begin{aligned} g(x) &= 2^{x} \\\\ g'(x) &= g(x) \\end{aligned}$$\n",
        "Let $g$ be the exponential function:\n\n$$ g(x) \\stackrel{\\text{def}}{=} 2^{x} $$\n\n$$ g'(x) = g(x) $$\n",
        "Let $g$ be the exponential function:\n\n$$ g = 2^{x} $$\n\n$$ g'(x) = g(x) $$\n",
        "Let $g$ be the exponential function.\n\n$$ g'(x) = g(x) $$\n\nNow let $g$ be any function.\n\n"
        "$$ g'(x) = g(x) $$\n",
        "It is false that $g$ is the exponential function.\n\n$$ g'(x) = g(x) $$\n",
        "```\nLet $g$ be the exponential function.\n```\n\n"
        "Let $g$ be a differentiable function.\n\n$$ g'(x) = g(x) $$\n",
        "Let $h$ be the tanh function, rescaled to the unit interval.\n\n$$ h'(x) = 1 - h(x)^2 $$\n",
    ],
)
def test_a_naming_with_anything_more_reads_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """A probe's false proofs: a qualifier, the page's own definition (&=, \\stackrel, a bare g), a later naming, a
    denial or a code block had let g' = g be proven with g = e^x."""
    report = page_report(tmp_path, capsys, page, "--no-cache")
    assert "proven" not in [link["status"] for link in report["links"]]
    assert not any("the prose names it so" in reading for reading in report["readings"])


def test_euler_s_letter_is_never_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "Let $e$ be the identity function.' had stopped the page (exit 2) for a definition derive made itself."""
    report = page_report(
        tmp_path, capsys, "Let $e$ be the identity function.\n\n$$ e(2) + e^{0} = 3 $$\n", "--no-cache"
    )
    assert report["exit"] == 1
