"""Prose that names a sigmoid, a one-hot target, a sum to one or an index's values, but hedges or denies it, is
never read as an assumption or a definition: a claim true only under it must not be proven."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

SOFTMAX = "With $p_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}$ and $L = -\\sum_k y_k \\log p_k$"
GRADIENT = "\n\nThen\n\n$$\\frac{\\partial L}{\\partial z_k} = p_k - y_k$$\n"


def statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> list[str]:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    return [link["status"] for link in json.loads(capsys.readouterr().out)["links"]]


@pytest.mark.parametrize(
    "text",
    [
        # σ any function: the sigmoid's derivative is no identity of it
        "For an arbitrary activation $\\sigma$, not necessarily the sigmoid,\n\n"
        "$$\\frac{d}{dz}\\sigma(z) = \\sigma(z)(1 - \\sigma(z))$$\n",
        "Any activation such as the sigmoid will do.\n\n$$\\frac{d}{dz}\\sigma(z) = \\sigma(z)(1 - \\sigma(z))$$\n",
        SOFTMAX + ". Unlike a one-hot target $y_k$, here $y$ is any vector." + GRADIENT,
        SOFTMAX + ", where $\\sum_k y_k = 1$ does not hold." + GRADIENT,
        SOFTMAX + ", where $y$ is not one-hot." + GRADIENT,
        # a remark giving some values of c only: no definition for every c
        "$$y_c = 0 \\quad \\text{for } c = 2, \\dots, C$$\n\n$$y_1 = 0$$\n",
    ],
)
def test_hedged_or_denied_prose_proves_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    assert "proven" not in statuses(tmp_path, capsys, text)


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("2 w x^2 - 2 x y \\text{err}", "refuted"),
        ("2 w x^2 - 2 x y", "proven"),
        ("2 x \\text{err} \\cdot (-1)", "proven"),
    ],
)
def test_an_upright_name_of_the_page_at_the_end_of_a_side_is_no_remark(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """\\text{err}, defined by the page, at the end of a side had been dropped as a remark (a probe: ∂err²/∂w =
    2wx² − 2xy·err proven, the side read without its last factor). It is the page's err there too."""
    text = f"$$\\text{{err}} = y - w x$$\n\n$$\\frac{{\\partial \\text{{err}}^2}}{{\\partial w}} = {claim}$$\n"
    assert statuses(tmp_path, capsys, text) == [status]


@pytest.mark.parametrize(
    "prose",
    [
        "The target $y$ is a one-of-$K$ encoding of the label.",
        "The label vector $y$ has a single 1 and zeros elsewhere.",
        "The target $y$ is a categorical label in dummy coding.",
        "The target $y$ uses one-of-C coding.",
        "The target $y$ lies on the probability simplex.",
    ],
)
def test_targets_said_one_hot_in_other_words_refute_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str
) -> None:
    """A probe's wordings of a one-hot (or summing to one) target: unread, a true step was refuted with y_1 = −9/5,
    a point the page rules out. Derive does not read them as the assumption, so no link is refuted."""
    text = f"{prose}\n\n$$L = -\\sum_i y_i \\log p_i$$\n\n$$\\sum_i y_i (1 - p_i) = 1 - \\sum_i y_i p_i$$\n"
    assert statuses(tmp_path, capsys, text) == ["unproven"]


def test_a_batch_whose_rows_sum_to_one_in_an_inline_formula_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "each with a one-hot target over $K$ classes, where $\\sum_{k=1}^{K} y_{nk} = 1$": the rows of y, which
    derive does not read there; a counterexample with rows summing elsewhere had refuted Σ_n Σ_k y_nk = K."""
    text = (
        "We average over the $N$ examples of the batch, each with a one-hot target over $K$ classes, where "
        "$\\sum_{k=1}^{K} y_{nk} = 1$.\n\n$$L = -\\frac{1}{N}\\sum_n \\sum_{k=1}^{K} y_{nk}\\log p_{nk}$$\n\n"
        "$$\\sum_n \\sum_{k=1}^{K} y_{nk} = K$$\n"
    )
    assert statuses(tmp_path, capsys, text) == ["unproven"]
