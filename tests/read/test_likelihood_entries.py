"""A likelihood written with a bar, P(y_i | x_i; w), that the page defines: every occurrence of that form is the
entry P_i of one name, so the loss written with it is checked (true and false). A form the page never defines, or a
letter it also writes otherwise, is left as written and refused where read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

PAGE = """---
---
Assume $0 < p_i < 1$. The likelihood of example $i$ is

$$P(y_i \\mid x_i; w) = p_i^{y_i} (1 - p_i)^{1 - y_i}$$

and the loss is

$$L = -\\sum_{i=1}^n \\log P(y_i \\mid x_i; w)$$

$$L = CLAIM$$
"""


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("-\\sum_{i=1}^n \\log\\left(p_i^{y_i} (1 - p_i)^{1 - y_i}\\right)", "proven"),
        ("-\\sum_{i=1}^n \\log\\left((1 - p_i)^{y_i} p_i^{1 - y_i}\\right)", "refuted"),
    ],
)
def test_a_defined_likelihood_is_read_where_the_loss_writes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    report = check(tmp_path, capsys, PAGE.replace("CLAIM", claim))
    assert [(link["line"], link["status"]) for link in report["links"]] == [(11, status)], report["unchecked"]
    assert any("read as the entry P_i" in r for r in report["readings"]), report["readings"]


@pytest.mark.parametrize(
    "other",
    ["\n$$\\log P(y \\mid X; w) = 0$$\n", "\nwhere $P$ is a probability.\n\n$$P = 1$$\n"],
)
def test_a_likelihood_beside_another_use_of_its_letter_is_left_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], other: str
) -> None:
    """P(y | X; w), the whole data's, or P written alone: which P a display means is not for derive to say."""
    claim = "-\\sum_{i=1}^n \\log\\left(p_i^{y_i} (1 - p_i)^{1 - y_i}\\right)"
    report = check(tmp_path, capsys, PAGE.replace("CLAIM", claim) + other)
    assert not any("read as the entry P_i" in r for r in report["readings"]), report["readings"]
    assert not [link for link in report["links"] if link["line"] == 11 and link["status"] == "proven"]


@pytest.mark.parametrize(
    "page",
    [
        # the probability of one outcome, "when y_i = 1": no definition of the form (had proven Σ(σ − 1)x_i)
        "Let $\\sigma(t) = \\frac{1}{1+e^{-t}}$. The model gives $P(y_i \\mid x_i; w) = \\sigma(w x_i)$ when $y_i = 1$."
        "\n\n$$L = -\\sum_{i=1}^n \\log P(y_i \\mid x_i; w)$$\n\n"
        "$$\\frac{\\partial L}{\\partial w} = \\sum_{i=1}^n (\\sigma(w x_i) - 1) x_i$$\n",
        # P written alone in a \\( \\) formula, or in a code fence beside a second use in math
        PAGE.replace("CLAIM", "-\\sum_{i=1}^n \\log\\left(p_i^{y_i} (1 - p_i)^{1 - y_i}\\right)")
        + "\nwhere \\(P\\) is the model's probability.\n",
    ],
)
def test_what_is_no_definition_of_the_form_is_not_read_as_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    report = check(tmp_path, capsys, page if page.startswith("---") else "---\n---\n" + page)
    assert not any("read as the entry P_i" in r for r in report["readings"]), report["readings"]
    assert not [link for link in report["links"] if link["status"] == "proven" and "P" in link["lhs"] + link["rhs"]]
