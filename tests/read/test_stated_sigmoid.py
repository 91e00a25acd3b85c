"""A function the page never defines but whose derivative it states in prose, σ'(z) = σ(z)(1 − σ(z)), is read as
the logistic sigmoid: the steps that use that derivative are proven, a false one refuted, and any other statement
(or a σ the page defines) is not taken for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

PAGE = """---
---
Binary cross-entropy, with $\\hat y = \\sigma(z)$:

$$L = -\\big( y \\log \\hat y + (1-y) \\log(1 - \\hat y) \\big)$$

We have {statement}, so

$$\\frac{{dL}}{{dz}} = -\\left( \\frac{{y}}{{\\hat y}} - \\frac{{1-y}}{{1-\\hat y}} \\right) \\hat y (1 - \\hat y)
= {last}$$
"""


def report(tmp_path: Path, capsys: pytest.CaptureFixture[str], statement: str, last: str) -> dict[str, list[str]]:
    path = tmp_path / "d.md"
    path.write_text(PAGE.format(statement=statement, last=last), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    found = json.loads(capsys.readouterr().out)
    return {
        "links": [link["status"] for link in found["links"]],
        "unchecked": [u["reason"] for u in found["unchecked"]] + found["readings"],
    }


@pytest.mark.parametrize(
    "statement",
    [
        "$\\sigma'(z) = \\sigma(z)(1-\\sigma(z))$",
        "$\\sigma^\\prime(z) = \\left(1 - \\sigma(z)\\right) \\cdot \\sigma(z)$",
    ],
)
def test_the_stated_sigmoid_derivative_reads_sigma_as_the_sigmoid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], statement: str
) -> None:
    found = report(tmp_path, capsys, statement, "\\hat y - y")
    assert found["links"] == ["proven", "proven"]
    assert any("read as the logistic sigmoid" in reason for reason in found["unchecked"])


def test_a_false_step_after_it_is_refuted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert report(tmp_path, capsys, "$\\sigma'(z) = \\sigma(z)(1-\\sigma(z))$", "y - \\hat y")["links"] == [
        "proven",
        "refuted",
    ]


def test_another_stated_derivative_is_not_the_sigmoid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """σ' = σ(1 + σ) is no sigmoid: σ stays undeclared, and the chain is not proven."""
    found = report(tmp_path, capsys, "$\\sigma'(z) = \\sigma(z)(1+\\sigma(z))$", "\\hat y - y")
    assert "proven" not in found["links"]
    assert not any("logistic sigmoid" in reason for reason in found["unchecked"])


def test_a_sigma_the_page_defines_keeps_its_definition(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """σ(z) = e^z defined inline: the stated derivative is not taken for a definition, and the chain (true only for
    the sigmoid) is refuted."""
    statement = "$\\sigma(z) = e^{z}$ and $\\sigma'(z) = \\sigma(z)(1-\\sigma(z))$"
    found = report(tmp_path, capsys, statement, "\\hat y - y")
    assert "refuted" in found["links"]
    assert not any("logistic sigmoid" in reason for reason in found["unchecked"])


SOFTPLUS = """---
---
The softplus function is $\\zeta(x) = \\log(1 + e^x)$. Its derivative is the {word}:

$$\\frac{{d}}{{dx}} \\zeta(x) = \\frac{{1}}{{1 + e^{{-x}}}} = {last}$$
"""


def softplus(tmp_path: Path, capsys: pytest.CaptureFixture[str], word: str, last: str) -> list[str]:
    path = tmp_path / "d.md"
    path.write_text(SOFTPLUS.format(word=word, last=last), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    return [link["status"] for link in json.loads(capsys.readouterr().out)["links"]]


@pytest.mark.parametrize(
    ("word", "last", "statuses"),
    [
        ("logistic sigmoid", "\\sigma(x)", ["proven", "proven"]),
        ("logistic sigmoid", "\\sigma(-x)", ["proven", "refuted"]),
        ("logistic function", "\\sigma(x)", ["proven", "proven"]),  # the sigmoid's other name (a newcomer's sweep)
        ("logistic activation", "\\sigma(x)", ["proven", "proven"]),  # "a hidden layer of logistic units" too
        ("function below", "\\sigma(x)", ["proven"]),  # no sigmoid named: σ(x) reads two ways, its side unread
    ],
)
def test_sigma_on_a_page_whose_prose_names_the_sigmoid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], word: str, last: str, statuses: list[str]
) -> None:
    assert softplus(tmp_path, capsys, word, last) == statuses


def test_a_sigma_defined_in_a_chain_of_definitions_is_not_redefined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ŷ = σ(z) = 1/(1 + e^{z}) (a σ of the page's own, not the sigmoid): the prose naming the sigmoid changes
    nothing, and the sigmoid's derivative is refuted for it."""
    path = tmp_path / "d.md"
    path.write_text(
        "---\n---\nWith the sigmoid $\\hat{y} = \\sigma(z) = \\frac{1}{1+e^{z}}$,\n\n"
        "$$\\frac{d\\hat y}{dz} = \\hat y (1 - \\hat y)$$\n",
        encoding="utf-8",
    )
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    assert [link["status"] for link in json.loads(capsys.readouterr().out)["links"]] == ["refuted"]


@pytest.mark.parametrize(
    ("prose", "statuses"),
    [
        ("Here $\\sigma$ is the derivative of the logistic function.", []),
        ("The output uses the logistic function.\n\nThe hidden units use $\\sigma$, the hyperbolic tangent.", []),
        ("Here $\\sigma$ is $\\tanh$, a rescaled sigmoid.", []),
        ("Here $\\sigma$ is the hard sigmoid.", []),
        ("The activation $\\sigma$ is the logistic function.", ["proven"]),
        ("I've seen the derivative of the weights for a sigmoid output layer.", ["proven"]),  # C-10's words
    ],
)
def test_a_sigma_the_prose_says_is_another_function_is_not_the_sigmoid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str, statuses: list[str]
) -> None:
    """Each but the last proved σ(1) = 1/(1 + e^{-1}) of a σ the page says is another function (a probe)."""
    path = tmp_path / "d.md"
    path.write_text(f"{prose}\n\n$$\\frac{{1}}{{1+e^{{-1}}}} = \\sigma(1)$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    assert [link["status"] for link in json.loads(capsys.readouterr().out)["links"]] == statuses


@pytest.mark.parametrize(("last", "status"), [("\\hat{y}(1 - \\hat{y})", "proven"), ("\\hat{y}^2", "refuted")])
def test_a_sigma_the_front_matter_applies_on_a_page_naming_the_sigmoid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, status: str
) -> None:
    """σ applied only in the front matter's define (C-04's helper wrote \\hat{y}: \\sigma(z)) is σ applied on the
    page: the prose naming the sigmoid makes it the sigmoid there too (it had stopped the file, exit 2)."""
    path = tmp_path / "d.md"
    path.write_text(
        f"---\ndefine:\n  \\hat{{y}}: \\sigma(z)\n---\nThe output unit is a sigmoid.\n\n"
        f"$$\\frac{{d\\hat{{y}}}}{{dz}} = {last}$$\n",
        encoding="utf-8",
    )
    assert main(["check", str(path), "--format", "json", "--timeout", "60"]) == 1 - (status == "proven")
    assert [link["status"] for link in json.loads(capsys.readouterr().out)["links"]] == [status]


@pytest.mark.parametrize(
    "prose",
    [
        "The output unit uses the sigmoid. The hidden activation $\\sigma$ is the softsign.",
        "The output layer is a sigmoid. The hidden activation $\\sigma$ is the ELU.",
        "The hidden activation is the softsign; we write it $\\sigma$. The output layer is a sigmoid.",
        "Here $\\sigma$ is the sigmoid $2/(1+e^{-z}) - 1$.",
        "Here $\\sigma$ is the sigmoid squared.",
        "Here $\\sigma$ is a sigmoid curve: the arctangent.",
        "Here $\\sigma$ is the sigmoid with gain 2, so its output saturates twice as fast.",
        "Here $\\sigma$ is the bipolar sigmoid, with values in $(-1, 1)$.",
        "Since $\\sigma$ is tanh on this page, we cannot use $\\sigma'(z) = \\sigma(z)(1-\\sigma(z))$ here.",
        "A common mistake is to write $\\sigma'(z) = \\sigma(z)(1-\\sigma(z))$ for every activation; it holds only for "
        "the logistic one, and our $\\sigma$ is the ELU.",
        "Recall the sigmoid. Below, $\\sigma$ is the log-sigmoid.",
        "Let $\\sigma$ be the antiderivative of the sigmoid.",
        "We use the sigmoid of $2z$ throughout.",
        "We use the sigmoid. Below, $\\sigma(z)$ is the exponential $e^z$.",
        "We use the sigmoid. Below, ${\\sigma}$ denotes its logarithm.",
        "We use the sigmoid output, and $\\sigma = \\tanh$ in the hidden layer.",
    ],
)
def test_a_sigma_the_prose_says_is_not_the_logistic_one_is_not_read_as_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str
) -> None:
    """A probe's pages: the prose names a sigmoid, or states its derivative, but says σ is another function (or
    denies the statement); ∂h/∂z = σ(z)(1 − σ(z)) for h = σ(z) had been proven, σ read as the logistic sigmoid."""
    path = tmp_path / "d.md"
    path.write_text(
        f"{prose}\n\n$$h = \\sigma(z)$$\n\n$$\\frac{{\\partial h}}{{\\partial z}} = \\sigma(z)(1-\\sigma(z))$$\n",
        encoding="utf-8",
    )
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    assert "proven" not in [link["status"] for link in json.loads(capsys.readouterr().out)["links"]]


@pytest.mark.parametrize(
    "definition",
    [
        "\\begin{aligned}\n\\sigma(z) &= \\frac{1}{1+e^{-2z}}\n\\end{aligned}",
        "\\sigma(z) \\equiv \\frac{1}{1+e^{-2z}}",
        "\\sigma(z) \\stackrel{\\text{def}}{=} \\frac{1}{1+e^{-2z}}",
        "\\boldsymbol{\\sigma}(z) = \\frac{1}{1+e^{-2z}}",
        "\\sigma(z) \\doteq \\frac{1}{1+e^{-2z}}",
        "\\frac{1}{1+e^{-2z}} =: \\sigma(z)",
        "y = w x, \\quad \\sigma(z) = \\frac{1}{1+e^{-2z}}",
    ],
)
def test_a_sigma_the_page_defines_on_an_aligned_row_keeps_its_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], definition: str
) -> None:
    """σ(z) = 1/(1 + e^{−2z}) on an aligned row, or with ≡, beside prose naming the sigmoid: the page's σ, not the
    logistic one (a probe's page refuted its own definition and proved dσ/dz = σ(1 − σ))."""
    path = tmp_path / "d.md"
    path.write_text(
        f"The output layer uses the sigmoid. The hidden layer uses the activation below.\n\n$$\n{definition}\n$$\n\n"
        "$$\\frac{d \\sigma(z)}{d z} = \\sigma(z)(1-\\sigma(z))$$\n",
        encoding="utf-8",
    )
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    assert "proven" not in [link["status"] for link in json.loads(capsys.readouterr().out)["links"]]
