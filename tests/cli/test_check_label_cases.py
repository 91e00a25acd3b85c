"""Cases on a label's value, as the focal-loss paper defines CE(p, y) for y ∈ {±1}: the label's domain stated in
prose, a claim proven for each value of the label, p_t beside p a number labelled t, and a formula after
"so that" a consequence rather than a definition. Each reading is tested with a false claim refuted."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report

SIGMOID = "---\ndefine:\n  \\sigma(x): \\frac{1}{1+e^{-x}}\n---\n"
#: Our own small page in the paper's notation: the loss by cases on the label, p_t by cases, then derivatives.
PAGE = (
    "$$\n\\text{CE}(p, y) = \\begin{cases} -\\log(p) & \\text{if } y = 1 \\\\ -\\log(1 - p) & \\text{otherwise.} "
    "\\end{cases}\n$$\n\n"
    "Here $y \\in \\{\\pm 1\\}$ is the label. We write\n\n"
    "$$\np_t = \\begin{cases} p & \\text{if } y = 1 \\\\ 1 - p & \\text{otherwise,} \\end{cases}\n$$\n\n"
    "and a weight with exponent $\\gamma \\geq 0$ gives $\\text{FL}(p_t) = -(1 - p_t)^\\gamma \\log(p_t)$.\n\n"
    "Below $p = \\sigma(x)$ and $x_t = yx$, so that $p_t = \\sigma(x_t)$:\n\n"
    "$$\n\\begin{aligned}\n\\frac{d\\,\\text{CE}}{dx} &= {ce} \\\\\n\\frac{d\\,\\text{FL}}{dx} &= {fl}\n"
    "\\end{aligned}\n$$\n"
)
CE = "y(p_t - 1)"
FL = "y(1 - p_t)^\\gamma(\\gamma p_t \\log(p_t) + p_t - 1)"


def _page(ce: str = CE, fl: str = FL) -> str:
    return PAGE.replace("{ce}", ce).replace("{fl}", fl)


def test_the_derivatives_are_proven_for_each_value_of_the_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = report(tmp_path, capsys, SIGMOID, _page())
    assert [link["status"] for link in found["links"]] == ["proven", "proven"]
    assert all("for each y in {-1, 1}" in link["method"] for link in found["links"])
    assert not any("unreadable" in u["reason"] for u in found["unchecked"])


@pytest.mark.parametrize(
    ("ce", "fl"),
    [("p_t - 1", FL), (CE, "y(1 - p_t)^{\\gamma - 1}(\\gamma p_t \\log(p_t) + p_t - 1)")],
)
def test_a_slip_is_refuted_at_a_value_of_the_label_and_a_stated_gamma(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], ce: str, fl: str
) -> None:
    """The label's sign dropped, or the exponent off by one (the slip twin's): refuted, the counterexample inside
    y ∈ {−1, 1} and γ ≥ 0 (both stated in prose only)."""
    found = report(tmp_path, capsys, SIGMOID, _page(ce, fl))
    refuted = [link for link in found["links"] if link["status"] == "refuted"]
    assert len(refuted) == 1 and not any(link["status"] == "unproven" for link in found["links"])
    values = refuted[0]["counterexample"]["values"]
    assert values["y"] in ("-1", "1")
    numerator, _, denominator = values.get("gamma", "0").partition("/")
    assert float(numerator) / float(denominator or 1) >= 0


@pytest.mark.parametrize(("stated", "status"), [("Here $y \\in \\{-1, 1\\}$ is a label.", "proven"),
                                                ("If $y \\in \\{-1, 1\\}$, then", "unproven"),
                                                ("", "refuted")])  # fmt: skip
def test_a_label_domain_is_taken_from_prose_stated_as_a_fact_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stated: str, status: str
) -> None:
    """y² = 1 holds for y = ±1 only: proven where the prose states the domain as a fact, refuted where it is not
    said (a counterexample with y another number); under "If", not proven, and not refuted either: a counterexample
    with y another number breaks the condition (derive.read.prose_conditions; it had been refuted)."""
    found = report(tmp_path, capsys, "---\n---\n", f"{stated}\n\n$$\ny^2 + a = 1 + a\n$$\n")
    assert [link["status"] for link in found["links"]] == [status]


def test_two_prose_domains_of_one_name_are_cases_not_facts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = "It is $1$ at $x > 0$ and $0$ at $x < 0$; also $x \\geq 0$ here.\n\n$$\n|x| = x\n$$\n"
    found = report(tmp_path, capsys, "---\n---\n", body)
    assert [link["status"] for link in found["links"]] == ["unproven"]  # not proven: no fact; x < 0 breaks x ≥ 0


def test_a_label_subscript_is_no_label_where_the_name_is_indexed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """p_t beside p_i: p is a vector, and p_t stays its entry (no label read)."""
    body = "$$\np_t = 2 p_i\n$$\n\n$$\n\\sum_i p_i = p_t + p\n$$\n"
    found = report(tmp_path, capsys, "---\n---\n", body)
    assert not any("labelled t" in reading for reading in found.get("readings", []))


def test_a_value_another_assumption_rules_out_is_no_counterexample(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """y ∈ {−1, 1} and y > 0: y = 1 is proven (at the one value left), y = −1 refuted at y = 1, never at y = −1."""
    front = "---\nassume:\n  - y \\in \\{-1, 1\\}\n  - y > 0\n---\n"
    found = report(tmp_path, capsys, front, "$$\ny + a = 1 + a\n$$\n\n$$\ny + a = -1 + a\n$$\n")
    assert [link["status"] for link in found["links"]] == ["proven", "refuted"]
    assert found["links"][1]["counterexample"]["values"]["y"] == "1"


def test_the_loss_applied_to_one_argument_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """CE(p, y) is defined with two parameters; ``\\text{CE}(p_t)`` (the paper's restatement) is not read as
    either, whatever it would make true."""
    found = report(tmp_path, capsys, SIGMOID, _page() + "\n$$\n\\text{CE}(p_t) = -\\log(p_t)\n$$\n")
    assert [link["status"] for link in found["links"]] == ["proven", "proven"]
    assert any("CE takes 2 arguments" in u["reason"] for u in found["unchecked"])
    assert any(r.startswith("line ") and "labelled t" in r for r in found["readings"])


def test_a_region_named_in_prose_is_no_domain_of_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "the slope on $x > 0$" names a region, not what x is: |x| = x stays refuted (at a negative x)."""
    found = report(tmp_path, capsys, "---\n---\n", "The slope on $x > 0$ is one.\n\n$$\n|x| = x\n$$\n")
    assert [link["status"] for link in found["links"]] == ["refuted"]
    assert not found["readings"]
