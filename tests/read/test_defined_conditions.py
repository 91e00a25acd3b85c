"""A condition stated of a name the page defines holds of what that name is made of: "When $z > 0$:" with
z = wx + b is the condition wx + b > 0. Every counterexample satisfies it, and a proof may use it (said in the
verdict). Before, z was drawn apart from w, x and b, and both cases of the ReLU's slope were refuted."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from derive.cli import main
from tests.read.page_reports import page_report

RELU = "---\n---\nLet $z = w x + b$ and $a = \\max(0, z)$.\n\n"


def _value(values: dict[str, str], name: str) -> Fraction:
    return Fraction(values[name])


@pytest.mark.parametrize(("sign", "slope"), [(">", "x"), ("<", "0")])
def test_each_case_of_the_relus_slope_is_proven_under_its_condition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str, slope: str
) -> None:
    text = RELU + f"When $z {sign} 0$:\n\n$$ \\frac{{\\partial a}}{{\\partial w}} = {slope} $$\n"
    (link,) = page_report(tmp_path, capsys, text, "--no-cache")["links"]
    assert link["status"] == "proven"
    assert "under the stated condition" in link["method"]
    assert f"z {sign} 0" in link["assuming"]


@pytest.mark.parametrize(("sign", "slope"), [(">", "0"), ("<", "x"), (">", "2 x")])
def test_a_wrong_case_is_refuted_at_a_point_inside_its_condition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str, slope: str
) -> None:
    text = RELU + f"When $z {sign} 0$:\n\n$$ \\frac{{\\partial a}}{{\\partial w}} = {slope} $$\n"
    (link,) = page_report(tmp_path, capsys, text, "--no-cache")["links"]
    assert link["status"] == "refuted"
    values = link["counterexample"]["values"]
    z = _value(values, "w") * _value(values, "x") + _value(values, "b")
    assert (z > 0) if sign == ">" else (z < 0)


def test_an_assumption_on_a_defined_name_is_held(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "Assume $a > 0$." of a = wx + b: |a|' = x proven under it, and −x refuted at a point where wx + b > 0."""
    text = (
        "---\n---\nLet $a = w x + b$. Assume $a > 0$.\n\n$$ \\frac{d}{dw} |a| = x $$\n\n$$ \\frac{d}{dw} |a| = -x $$\n"
    )
    first, second = page_report(tmp_path, capsys, text, "--no-cache")["links"]
    assert first["status"] == "proven"
    assert second["status"] == "refuted"
    values = second["counterexample"]["values"]
    assert _value(values, "w") * _value(values, "x") + _value(values, "b") > 0


def test_a_supposition_on_a_defined_name_keeps_a_counterexample_that_breaks_it_from_refuting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Let $a = wx + b$ and suppose $a > 0$.": the backstop weighs the counterexample with a's definition in."""
    text = "---\n---\nLet $a = w x + b$ and suppose $a > 0$.\n\n$$ \\frac{d}{dw} |a| = x $$\n"
    (link,) = page_report(tmp_path, capsys, text, "--no-cache")["links"]
    assert link["status"] != "refuted"


def test_a_domain_given_to_a_defined_mean_holds_of_its_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Let $\\bar{x} > 0$ be the mean": |x̄| = x̄ is never refuted (it had been, at x_1 + x_2 < 0), and |x̄| = −x̄
    is refuted at entries whose mean is positive."""
    lead = "---\n---\nLet $\\bar{x} > 0$ be the mean, $\\bar{x} = \\frac{1}{n}\\sum_{i=1}^n x_i$.\n\n"
    (link,) = page_report(tmp_path, capsys, lead + "$$ |\\bar{x}| = \\bar{x} $$\n", "--no-cache")["links"]
    assert link["status"] != "refuted"
    (link,) = page_report(tmp_path, capsys, lead + "$$ |\\bar{x}| = -\\bar{x} $$\n", "--no-cache")["links"]
    assert link["status"] == "refuted"
    values = link["counterexample"]["values"]
    assert sum(Fraction(value) for name, value in values.items() if name.startswith("x_")) > 0


def test_the_front_matter_may_state_a_domain_of_a_name_the_page_defines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """assume: [Delta \\geq 0] with $$Delta = Out - Y$$ on the page (an AI Stack Exchange question): read, not
    refused as "a domain is about a declared scalar"."""
    text = (
        "---\nassume:\n  - D \\geq 0\n---\n$$D = o - y$$\n\n$$\\frac{\\partial |D|}{\\partial o} = 1$$\n\n"
        "$$\\frac{\\partial |D|}{\\partial o} = -1$$\n"
    )
    first, second = page_report(tmp_path, capsys, text, "--no-cache")["links"]
    assert first["status"] != "refuted"
    assert second["status"] == "refuted"
    values = second["counterexample"]["values"]
    assert _value(values, "o") - _value(values, "y") > 0


@pytest.mark.parametrize(
    "lead", ["Let $z_i = w_i x_i + b$. Assume $z_i > 0$.", "Let $z_i = w_i x_i + b$. When $z_i > 0$ for every $i$:"]
)
def test_a_condition_on_every_entry_of_a_defined_vector_is_held(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """Σ_j max(0, z_j) = Σ_j z_j is true where every z_i > 0: it had been refused ("a domain is about a scalar"),
    or, after "for every $i$", refuted at a point where w_2 x_2 + b < 0 (probe 58)."""
    (link,) = page_report(
        tmp_path, capsys, f"---\n---\n{lead}\n$$\\sum_j \\max(0, z_j) = \\sum_j z_j$$\n", "--no-cache"
    )["links"]
    assert link["status"] != "refuted"


def test_a_domain_stated_right_above_a_display_is_held(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "Let $m > 0$ be the mean, $m = …$. Then" with the display on the next line: the display in the paragraph
    had made its words unplain, and |Σ x_i| = n m was refuted at entries with a negative mean (probe 58)."""
    text = "---\n---\nLet $m > 0$ be the mean, $m = \\frac{1}{n}\\sum_{i=1}^n x_i$. Then\n"
    result = page_report(tmp_path, capsys, text + "$$\\left|\\sum_{i=1}^n x_i\\right| = n m$$\n", "--no-cache")
    (link,) = result["links"]
    assert link["status"] != "refuted"
    assert "m > 0" in result["assumptions"] or any("m > 0" in phrase for phrase in link["assuming"])


def test_a_condition_the_definitions_already_give_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "Since $s_i > 0$" of a softmax, written out, is true outright: SymPy evaluates it, and the reader had crashed
    on the result (derive's own LaTeX export, read back, stopped with an internal error)."""
    text = "---\nscalars: [x]\n---\nLet $a = e^{x}$. Since $a > 0$, we have\n\n$$|a| = a$$\n"
    report = page_report(tmp_path, capsys, text, "--no-cache")
    assert (report["exit"], [link["status"] for link in report["links"]]) == (0, ["proven"])


def test_a_condition_the_definitions_rule_out_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "Suppose $a < 0$." with a = x² holds for no value: nothing could be checked under it, and nothing is."""
    path = tmp_path / "page.md"
    path.write_text("---\nscalars: [x]\n---\nLet $a = x^2$. Suppose $a < 0$.\n\n$$\\sqrt{a} = x$$\n", "utf-8")
    assert main(["check", str(path), "--no-cache"]) == 2
    error = capsys.readouterr().err
    assert "the condition $a < 0$ cannot hold" in error and error.count("\n") == 1


@pytest.mark.parametrize("body", ["\\sqrt{y} + x", "\\log y + x", "\\sqrt{x}", "\\log x"])
def test_a_condition_on_a_name_made_of_a_root_or_a_logarithm(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str
) -> None:
    """At a point where y < 0, √y + x > 0 compares a number that is not real: SymPy raises, and the link had been
    "unproven — internal error". It is a point outside the condition."""
    text = f"Let $z = {body}$. When $z > 0$:\n\n$$ |z| = z $$\n\n$$ |z| = -z $$\n"
    links = page_report(tmp_path, capsys, text, "--no-cache")["links"]
    assert not any("internal error" in link["method"] for link in links)
    assert links[1]["status"] != "proven"


@pytest.mark.parametrize(("right", "status"), [("x_1 - y_1", "unproven"), ("y_1 - x_1", "refuted")])
def test_the_front_matter_may_state_a_domain_of_every_entry_the_page_defines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """``assume: ['z_i > 0']`` beside ``$$z_i = x_i - y_i$$``: the page defines z entry by entry, and the domain
    holds of what each entry is made of. Before, z was a free vector: the definition was checked as a claim and
    refuted at z_2 = 7/20, and |z_1| = x_1 - y_1 refuted too."""
    text = f"---\nassume: ['z_i > 0']\n---\n$$ z_i = x_i - y_i $$\n\n$$ |z_1| = {right} $$\n"
    (link,) = page_report(tmp_path, capsys, text, "--no-cache")["links"]
    assert link["status"] == status
    if status == "refuted":
        values = link["counterexample"]["values"]
        assert _value(values, "x_1") - _value(values, "y_1") > 0


def test_a_front_matter_domain_its_definition_rules_out_ends_in_no_internal_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``assume: [z > 0]`` beside ``$$z = -e^{x}$$``: z > 0 is false outright, a condition with no variable left;
    looking for the variable outside it had ended the link in "internal error: ValueError"."""
    text = "---\nassume: ['z > 0']\n---\n$$ z = -e^{x} $$\n\n$$ \\log z = x $$\n"
    (link,) = page_report(tmp_path, capsys, text, "--no-cache")["links"]
    assert "internal error" not in link["method"] and link["status"] not in ("proven", "refuted")


@pytest.mark.parametrize(
    "said", ["We cannot have $a < 0$.", "Suppose $a < 0$ for contradiction.", "It is never true that $a < 0$."]
)
def test_an_impossible_condition_the_page_denies_stops_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str
) -> None:
    """Refused outright, a denied impossible condition had stopped a correct page with exit 2 (a probe's find)."""
    text = f"---\nscalars: [x]\n---\nLet $a = x^2 + 1$. {said}\n\n$$ a - 1 = x^2 $$\n"
    assert page_report(tmp_path, capsys, text, "--no-cache")["exit"] != 2
