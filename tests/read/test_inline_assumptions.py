"""A sum to one stated in prose ("where $\\sum_i y_i = 1$") is an assumption of the whole page: the softmax
cross-entropy gradient that needs it is proven, a false one refuted, and without the statement it is refuted."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest

from derive.cli import main

PAGE = """---
---
With $p_i = \\frac{{e^{{z_i}}}}{{\\sum_j e^{{z_j}}}}$ and $L = -\\sum_i y_i \\log p_i${stated}.

Then

$$\\frac{{\\partial L}}{{\\partial z_k}} = {gradient}$$
"""


def report(tmp_path: Path, capsys: pytest.CaptureFixture[str], stated: str, gradient: str) -> tuple[list[str], str]:
    path = tmp_path / "d.md"
    path.write_text(PAGE.format(stated=stated, gradient=gradient), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    found = json.loads(capsys.readouterr().out)
    return [link["status"] for link in found["links"]], " ".join(found["readings"])


@pytest.mark.parametrize(
    ("stated", "gradient", "status"),
    [
        (", where $\\sum_i y_i = 1$", "p_k - y_k", "proven"),
        (", where $\\sum_{i=1}^{n} y_{i} = 1$", "p_k - y_k", "proven"),
        (", where $\\sum_i y_i = 1$", "p_k + y_k", "refuted"),
        ("", "p_k - y_k", "refuted"),  # nothing stated: targets summing to 2 refute it
        (", where $\\sum_i y_i = 2$", "p_k - y_k", "unproven"),  # a total derive does not hold: nothing refuted
    ],
)
def test_a_sum_to_one_stated_in_prose_is_assumed_on_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stated: str, gradient: str, status: str
) -> None:
    statuses, notes = report(tmp_path, capsys, stated, gradient)
    assert statuses == [status]
    assert ("assumption of the whole page" in notes) == ("= 1$" in stated)


def test_the_sum_of_a_defined_vector_is_no_assumption(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """$\\sum_i p_i = 1$ with p the softmax is a claim about p, not something assumed: y stays free and the gradient
    that needs Σ y = 1 is refuted."""
    statuses, notes = report(tmp_path, capsys, ", so that $\\sum_i p_i = 1$", "p_k - y_k")
    assert statuses == ["refuted"]
    assert "assumption of the whole page" not in notes


def test_a_domain_in_the_front_matter_keeps_the_sum_stated_in_prose(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A front matter that states y_i ∈ (0, 1] says nothing of Σ y: the prose's Σ_i y_i = 1 is still assumed (it
    was dropped, and the gradient refuted by targets summing to 1.5)."""
    path = tmp_path / "d.md"
    path.write_text(
        "---\nassume:\n  - y_i \\in (0, 1]\n---\n"
        + PAGE.split("---\n", 2)[2].format(stated=", where $\\sum_i y_i = 1$", gradient="p_k - y_k"),
        encoding="utf-8",
    )
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    assert [link["status"] for link in json.loads(capsys.readouterr().out)["links"]] == ["proven"]


ONE_HOT = """With $p_k = \\frac{{e^{{z_k}}}}{{\\sum_j e^{{z_j}}}}$ and {prose},
the loss $L = -\\sum_k t_k \\log p_k$ has

$$\\frac{{\\partial L}}{{\\partial z_k}} = {gradient}$$
"""


@pytest.mark.parametrize(
    ("prose", "gradient", "status"),
    [
        ("the one-hot target $t_k$", "p_k - t_k", "proven"),
        ("$\\mathbf{t}$ a one-hot vector", "p_k - t_k", "unproven"),  # "a", not "is": not read, nor refuted
        ("where $\\mathbf{t}$ is a one-hot vector", "p_k - t_k", "proven"),
        ("the one-hot encoded label vector $\\mathbf{t}$", "p_k - t_k", "proven"),
        ("the one-hot target $t_k$", "p_k + t_k", "refuted"),
        ("the target $t_k$", "p_k - t_k", "refuted"),  # not said to be one-hot: targets summing to 2 refute it
        ("in the case where $\\mathbf{t}$ is one-hot", "p_k - t_k", "refuted"),  # a case, not the page's targets
        ("if $\\mathbf{t}$ is a one-hot vector", "p_k - t_k", "refuted"),
        ("the target $t_k$, because $\\mathbf{t}$ is a one-hot vector", "p_k - t_k", "proven"),  # a fact: its reason
        ("the target $t_k$, because $\\mathbf{t}$ is a one-hot vector", "p_k + t_k", "refuted"),
        ("if we like, because $\\mathbf{t}$ is a one-hot vector", "p_k - t_k", "refuted"),  # a case all the same
        ("with $\\mathbf{t}$ one-hot", "p_k - t_k", "proven"),  # it was refuted with targets summing to 2
        ("with $t$ one-hot", "p_k + t_k", "refuted"),
        ("$t$ one-hot only for classification", "p_k - t_k", "unproven"),  # hedged: neither held nor set aside
        ("where $\\mathbf{t}$ uses a 1-of-K coding scheme", "p_k - t_k", "proven"),  # Bishop's words
        ("where $\\mathbf{t}$ uses a 1-of-K coding scheme", "p_k + t_k", "refuted"),
    ],
)
def test_a_vector_the_prose_calls_one_hot_is_one_hot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str, gradient: str, status: str
) -> None:
    path = tmp_path / "d.md"
    path.write_text(ONE_HOT.format(prose=prose, gradient=gradient), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    found = json.loads(capsys.readouterr().out)
    assert [link["status"] for link in found["links"]] == [status]
    said = any("'t one-hot' read from the prose" in reading for reading in found["readings"])
    assert said == (status == "proven" or "p_k +" in gradient)


KL = """With $q_i = \\frac{{e^{{z_i}}}}{{\\sum_j e^{{z_j}}}}$, when $p$ is a fixed target distribution{stated}, so

$$\\frac{{\\partial}}{{\\partial z_k}} \\left(-\\sum_i p_i \\log q_i\\right) = -\\sum_i p_i (\\delta_{{ik}} - q_k)
= q_k - p_k$$

$$\\frac{{\\partial}}{{\\partial z_k}} \\left(-\\sum_i p_i \\log q_i\\right) = q_k - p_k$$
"""


@pytest.mark.parametrize(("stated", "statuses"), [(" ($\\sum_i p_i = 1$)", ["proven", "proven", "refuted"]),
                                                  ("", ["proven", "unproven", "refuted"])])  # fmt: skip
def test_a_sum_to_one_in_the_line_before_a_chain_is_that_chain_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stated: str, statuses: list[str]
) -> None:
    """However the sentence words it ("when …"), a sum to one written just before a display holds for its chain,
    and only there: the next display, with the same claim, is refuted by targets that do not sum to one. Unstated,
    "when $p$ is a fixed target distribution" is the chain's case, unread: its last link is not refuted."""
    path = tmp_path / "d.md"
    path.write_text(KL.format(stated=stated), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    found = json.loads(capsys.readouterr().out)
    assert [link["status"] for link in found["links"]] == statuses


def test_a_sum_to_one_beside_one_hot_targets_is_implied(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Σ y = 1 stated for a chain on a page whose y is one-hot: the concrete cross-check puts both in force with
    the targets alone (it substituted y_n twice, and left a true step unproven)."""
    path = tmp_path / "d.md"
    path.write_text(
        "---\nassume:\n  - y one-hot\n---\nWith $s_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$, $L = -\\sum_i y_i \\log s_i$."
        "\n\nAssuming $\\sum_i y_i = 1$:\n\n"
        "$$\\frac{\\partial L}{\\partial z_k} = -y_k + s_k \\sum_i y_i = s_k - y_k$$\n",
        encoding="utf-8",
    )
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    assert [link["status"] for link in json.loads(capsys.readouterr().out)["links"]] == ["proven", "proven"]


@pytest.mark.parametrize(
    ("lead", "status"),
    [
        ("Without $\\sum_i y_i = 1$, the shortcut fails:", "refuted"),
        ("The constraint $\\sum_i y_i = 1$ need not hold, so", "refuted"),
        ("If $\\sum_i y_i = 1$, then", "proven"),  # the condition the chain holds under, as "Assuming" states it
        ("Here, where $\\sum_i y_i = 1$,", "proven"),
    ],
)
def test_a_sum_to_one_that_the_line_before_denies_is_not_assumed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, status: str
) -> None:
    """The line before a chain must state the sum to one for it; one it denies or only names is no assumption
    (a shortcut that needs it would be proven)."""
    path = tmp_path / "d.md"
    path.write_text(
        f"With $s_i = \\frac{{e^{{z_i}}}}{{\\sum_j e^{{z_j}}}}$.\n\n{lead}\n\n$$s_k \\sum_i y_i - y_k = s_k - y_k$$\n",
        encoding="utf-8",
    )
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    assert [link["status"] for link in json.loads(capsys.readouterr().out)["links"]] == [status]


SETUP = """Let $q_i = \\frac{{e^{{z_i}}}}{{\\sum_j e^{{z_j}}}}$ and $D = -\\sum_i p_i \\log q_i$, where $p$ holds \
fixed weights{stated}.

$$\\frac{{\\partial D}}{{\\partial z_k}} = -\\sum_i \\frac{{p_i}}{{q_i}} \\frac{{\\partial q_i}}{{\\partial z_k}}$$

Then

$$\\frac{{\\partial D}}{{\\partial z_k}} = q_k \\sum_i p_i - p_k = q_k - p_k$$
"""


@pytest.mark.parametrize(("stated", "statuses"), [(" with $\\sum_i p_i = 1$", ["proven", "proven", "proven"]),
                                                  ("", ["proven", "proven", "refuted"])])  # fmt: skip
def test_a_sum_to_one_in_the_sentence_that_defines_the_page_is_the_page_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stated: str, statuses: list[str]
) -> None:
    """A sentence that defines the page's names and states the sum sets up the page, though it stands right before
    the first display: the second chain was refuted with p_1 = 47/25, a target the page rules out."""
    path = tmp_path / "d.md"
    path.write_text(SETUP.format(stated=stated), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    found = json.loads(capsys.readouterr().out)
    assert [link["status"] for link in found["links"]] == statuses


@pytest.mark.parametrize(
    ("prose", "gradient", "status"),
    [
        ("where $q$ is a probability distribution", "p_k - q_k", "proven"),
        ("for a target distribution $q$", "p_k - q_k", "proven"),
        ("where $q$ is a probability distribution", "p_k + q_k", "refuted"),
        ("where $q$ holds counts", "p_k - q_k", "refuted"),  # no distribution: targets summing to 2 refute it
        ("if $q$ is a probability distribution", "p_k - q_k", "unproven"),  # the display's case: refutes nothing
        ("where $q$ is any probability vector", "p_k - q_k", "proven"),
        # its paragraph says "not" (weighed whole since session 33): not held, and no refutation (session 35)
        ("where $q$ is not one-hot: it is any probability vector", "p_k - q_k", "unproven"),
        ("where $q$ is not one-hot: it is any probability vector", "p_k + q_k", "unproven"),
    ],
)
def test_a_vector_the_prose_calls_a_distribution_sums_to_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str, gradient: str, status: str
) -> None:
    """ "where $q$ is a probability distribution": Σ_k q_k = 1 on the page (the KL gradient was refuted with
    q_1 = 47/25, a distribution the page rules out; a newcomer's sweep)."""
    page = (
        f"Let $p_i = \\frac{{e^{{z_i}}}}{{\\sum_j e^{{z_j}}}}$ and $D = -\\sum_i q_i \\log p_i$, {prose}.\n\n"
        f"$$\\frac{{\\partial D}}{{\\partial z_k}} = {gradient}$$\n"
    )
    path = tmp_path / "d.md"
    path.write_text(page, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    found = json.loads(capsys.readouterr().out)
    assert [link["status"] for link in found["links"]] == [status]


@pytest.mark.parametrize(("right", "status"), [("\\hat{y} - y", "proven"), ("y - \\hat{y}", "refuted")])
def test_one_hot_targets_written_only_inline_and_whole_in_the_claim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """y_k written only in the inline definition, y whole in the display: "where $y$ is one-hot" had been dropped,
    and ∂L/∂z = ŷ − y refuted with y = (47/25, 3/20) (a newcomer's sweep)."""
    page = (
        "Let $\\hat{y} = \\operatorname{softmax}(z)$ and $L = -\\sum_k y_k \\log \\hat{y}_k$ where $y$ is one-hot.\n\n"
        f"$$\\frac{{\\partial L}}{{\\partial z}} = {right}$$\n"
    )
    path = tmp_path / "d.md"
    path.write_text(page, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    assert [link["status"] for link in json.loads(capsys.readouterr().out)["links"]] == [status]


@pytest.mark.parametrize(
    "prose",
    [
        "The target $y$ is a one-hot vector smoothed by $\\epsilon$.",
        "The target $y$ is any probability vector plus noise.",
        "The target $y$ is any probability vector before normalisation.",
        "$\\mathbf{y}$ uses a 1-of-K coding scheme in the next section only.",
    ],
)
def test_a_one_hot_or_a_distribution_qualified_after_it_is_not_assumed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str
) -> None:
    """Read up to its noun, each proved Σ y² = 1 or Σ y = 1, which the words after it make false (a probe); not
    held, and not plainly set aside, so nothing is refuted either (session 35: a counterexample might break it)."""
    path = tmp_path / "d.md"
    path.write_text(f"---\nn: 3\n---\n{prose}\n\n$$\\sum_{{i=1}}^{{n}} y_i^2 = \\sum_{{i=1}}^{{n}} y_i$$\n", "utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    found = json.loads(capsys.readouterr().out)
    assert [link["status"] for link in found["links"]] == ["unproven"]
    assert not any("read from the prose" in reading for reading in found["readings"])


BISHOP = (
    "$$y_k = \\frac{{\\exp(a_k)}}{{\\sum_j \\exp(a_j)}}, \\quad E = -\\sum_{{k}} t_k \\ln y_k$$\n\n{prose}\n\n"
    "$$\\frac{{\\partial E}}{{\\partial a_k}} = {right}$$\n"
)


@pytest.mark.parametrize(
    "prose",
    [
        "The targets satisfy $\\sum_k t_k = 1$.",
        "We use a 1-of-K coding scheme for the target vector $\\mathbf{t}$.",
        "Since $\\mathbf{t}$ is a one-hot vector,",  # the chain's, as d2l words it
    ],
)
@pytest.mark.parametrize(("right", "status"), [("y_k - t_k", "proven"), ("y_k + t_k", "refuted")])
def test_targets_stated_as_bishop_and_d2l_state_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str, right: str, status: str
) -> None:
    """Each had been dropped, and y_k − t_k refuted at targets summing to −2.48 (a newcomer's sweep)."""
    path = tmp_path / "d.md"
    path.write_text(BISHOP.format(prose=prose, right=right), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    links = json.loads(capsys.readouterr().out)["links"]
    assert [link["status"] for link in links] == [status]
    if status == "refuted":
        values = links[0]["counterexample"]["values"]
        assert sum(Fraction(v) for name, v in values.items() if name.startswith("t_")) == 1


def test_a_sum_to_one_asked_is_no_assumption(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "Do the targets satisfy $\\sum_k t_k = 1$?" had been read as the chain's Σ t = 1, and y_k − t_k proven (a
    probe); a question states nothing."""
    path = tmp_path / "d.md"
    path.write_text(BISHOP.format(prose="Do the targets satisfy $\\sum_k t_k = 1$?", right="y_k - t_k"), "utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    assert [link["status"] for link in json.loads(capsys.readouterr().out)["links"]] == ["refuted"]


@pytest.mark.parametrize(
    ("stated", "status"),
    [
        ("The targets satisfy $\\sum_i y_i = 2$.", "unproven"),  # a total derive does not hold: nothing refuted
        ("where $\\sum_{i=2}^{n} y_i = 1$.", "unproven"),
        ("where $\\sum_i |y_i| = 1$.", "unproven"),
        ("where $\\sum_i 2 y_i = 1$.", "unproven"),
        ("The targets satisfy $\\sum_i y_i = 1.0$.", "proven"),  # 1.0 is 1
        ("where $\\sum_i \\mathbf{y}_i = 1$.", "proven"),  # bold y is the y the display writes
    ],
)
def test_a_sum_constraint_derive_does_not_hold_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stated: str, status: str
) -> None:
    """A probe: a stated Σ_i y_i = 2 (and 21 other forms) was dropped, and a counterexample whose y sums to −33/20
    refuted a·Σ y_i = 2a; Σ_i y_i = 1.0 and a bold y were not read as the sum to one they are."""
    claim = "2a" if "= 2" in stated else "a"
    page = f"---\nn: symbolic\nvectors: [y]\n---\n{stated}\n\n$$a \\sum_{{i=1}}^{{n}} y_i = {claim}$$\n"
    from tests.read.page_reports import page_report

    report = page_report(tmp_path, capsys, page)
    assert [link["status"] for link in report["links"]] == [status], report
