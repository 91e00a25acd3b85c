"""`derive check` never exits 0 for a false equation the page shows, however it is written.

Each file here once printed "All links proven" (or refuted a true equation): rows joined by multiplication,
TeX's tokens ignored, displays never found, macros ignored, functions read as products, undefined values.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

SCALARS = "---\nn: 2\nvectors: [z]\nindices: [i, k]\nscalars: [a]\n---\n"


def check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, name: str = "d.md", *options: str
) -> tuple[int, dict]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code = main(["check", str(path), "--format", "json", *options])
    out = capsys.readouterr().out
    return code, (json.loads(out) if out.strip() else {})


@pytest.mark.parametrize(
    "body",
    [
        "$$\n\\begin{aligned}\nz_1 - z_1 &= 0 \\\\\nz_2 &= 0\n\\end{aligned}\n$$\n",  # two equations, not 0·z_2
        "\\begin{align*}\nz_1 - z_1 &= 0 \\\\\nz_2 &= 0\n\\end{align*}\n",  # amsmath straight in Markdown
        "\\[ z_1 - z_1 = 0 \\\\ z_2 = 0 \\]\n",
        "```math\nz_2 = 0\n```\n",
        "\\begin{gather*}\n0 = 0 \\\\\nz_2 = 0\n\\end{gather*}\n",
        "\\begin{multline*}\nz_2 = 0 \\\\\n+ 0\n\\end{multline*}\n",
        "\\begin{eqnarray*}\nz_2 &=& 0\n\\end{eqnarray*}\n",
        "$$2 5 = 10$$\n",  # TeX shows 25 = 10
        "- a list\n\n  $$ z_2 = 0 $$\n",
    ],
)
def test_a_false_equation_in_any_display_form_is_never_proven(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str
) -> None:
    code, report = check(tmp_path, capsys, SCALARS + body)
    assert code == 1
    assert "refuted" in [link["status"] for link in report["links"]]


def test_a_redefined_macro_in_a_tex_file_is_applied(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    front = "% ---\n% n: 2\n% vectors: [z]\n% indices: [i]\n% ---\n"
    body = "\\renewcommand{\\cdot}{+}\n\\begin{equation*}\nz_1 \\cdot 0 = 0\n\\end{equation*}\n"
    code, report = check(tmp_path, capsys, front + body, "d.tex")
    assert code == 1 and report["links"][0]["status"] == "refuted"
    assert report["links"][0]["read_as"] == "z_{1} = 0"


def test_nothing_checked_is_not_a_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = check(tmp_path, capsys, SCALARS + "Only prose, and $z_1 = 0$ inline.\n\n$$ z_1 $$\n")
    assert code == 1 and report["links"] == [] and not report["ok"]
    assert report["inline_equalities"] == 1
    assert report["unchecked"] == [{"line": 9, "reason": "holds no '=': nothing to check", "holds_equality": False}]


def test_a_display_with_another_relation_beside_a_proven_one_fails_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = check(tmp_path, capsys, SCALARS + "$$ z_1 = z_1 $$\n\n$$ z_1 \\le z_2 = z_1 $$\n")
    assert code == 1 and [link["status"] for link in report["links"]] == ["proven"]
    assert report["unchecked"][0]["holds_equality"] and "'≤'" in report["unchecked"][0]["reason"]


def test_a_defined_function_is_applied_and_proven(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    front = "---\nn: 2\nvectors: [z]\nindices: [i]\nscalars: [x]\ndefine:\n  \\sigma(t): \\frac{1}{1+e^{-t}}\n---\n"
    code, report = check(tmp_path, capsys, front + "$$\\sigma(x) = \\frac{1}{1+e^{-x}}$$\n")
    assert code == 0 and report["links"][0]["status"] == "proven"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (SCALARS.replace("scalars: [a]", "define:\n  c: z_k") + "$$\\sum_k c = \\sum_k z_k$$\n", "free index k"),
        (SCALARS.replace("scalars: [a]", "scalars: [a]\nscalars: [e]") + "$$a = a$$\n", "given twice"),
        (SCALARS.replace("scalars: [a]", "scalars: [e]") + "$$e^{a} = 1$$\n", "Euler's number"),
        (SCALARS + "$$\\log(a)^2 = 0$$\n", "can be read two ways"),
        (SCALARS + "$$z_12 = 0$$\n", "can be read two ways"),
        (SCALARS + "$$((10^{64})^{64})^{2} = z_1$$\n", "too large"),
        (SCALARS.replace("scalars: [a]", "define:\n  s_i: \\sum_{i} z_i") + "$$s_1 = 0$$\n", "its parameter"),
    ],
)
def test_what_cannot_be_read_faithfully_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, words: str
) -> None:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    code = main(["check", str(path)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    if code == 2:  # the file cannot be read at all (its front matter)
        assert words in captured.err and captured.err.count("\n") == 1
    else:  # the display is listed as unreadable, with why, and the file does not pass
        assert code == 1
        (line,) = [line for line in captured.out.splitlines() if "unreadable: " in line]
        assert words in line


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("$$\\frac{0}{0} = \\frac{0}{0} + 1$$\n", "undefined"),
        ("$$\\frac{1}{0} = \\frac{2}{0}$$\n", "undefined"),
        ("$$0^{-1} = 0^{-2}$$\n", "undefined"),
        ("$$\\frac{a}{a} = 1$$\n", "undefined"),  # a = 0 is in its domain: the page divides by zero there
        ("$$z_i = z_k \\quad (i \\neq i)$$\n", "vacuous"),
        ("### Case i \\neq i\n\n$$z_i = z_k$$\n", "vacuous"),
    ],
)
def test_undefined_values_and_vacuous_cases_are_never_proven(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, status: str
) -> None:
    code, report = check(tmp_path, capsys, SCALARS + body)
    assert code == 1 and [link["status"] for link in report["links"]] == [status]


def test_every_n_says_undefined_at_n_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    front = SCALARS.replace("n: 2", "n: symbolic")
    code, report = check(tmp_path, capsys, front + "$$\\frac{n-1}{n-1} = 1$$\n")
    assert code == 1 and report["links"][0]["status"] == "undefined" and "n = 1" in report["links"][0]["method"]


def test_contradictory_assumptions_prove_nothing_they_exit_2_naming_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "d.md"
    front = "---\nn: 2\nvectors: [y]\nindices: [i]\nassume:\n  - y positive\n  - y one-hot\n---\n"
    path.write_text(front + "$$y_1 y_2 = 0$$\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "positive" in err and "one-hot" in err and err.count("\n") == 1


def test_verbose_shows_what_each_link_was_read_as_and_where_the_assumptions_hold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "d.md"
    path.write_text("---\nn: 2\nvectors: [y]\nindices: [i]\nassume:\n  - y one-hot\n---\n$$y_1 + y_2 = 1$$\n")
    assert main(["check", str(path), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "read as: y_{1} + y_{2} = 1" in out and "the assumptions all hold at y_1 = 1, y_2 = 0" in out
    assert main(["check", str(path)]) == 0
    assert "read as" not in capsys.readouterr().out


@pytest.mark.parametrize(
    "body",
    [
        "$$\\frac{\\partial E}{\\partial x_j} = \\frac{\\partial E}{\\partial y_j} \\cdot 7 w_j$$\n",  # 0 = 0 both
        "$$\\frac{dE}{dz_j} = 5$$\n",
        "$$\\nabla_z L = 2 \\nabla_z L$$\n",
        "$$\\frac{\\partial E}{\\partial o_j} = 0$$\n",  # by a defined quantity
    ],
)
def test_a_derivative_of_a_name_nothing_defines_is_refused_naming_both_readings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str
) -> None:
    """E, a letter the page never defines, is read neither as a constant (0) nor as an unwritten loss."""
    front = "---\ndefine:\n  y_j: 'w_j x_j'\n  o_j: 'e^{z_j}'\n---\n"
    code, report = check(tmp_path, capsys, front + body)
    assert code == 1 and report["links"] == []
    (reason,) = [u["reason"] for u in report["unchecked"]]
    assert "can be read two ways" in reason and "a constant" in reason and "(define: " in reason


def test_a_declared_constant_differentiates_to_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = check(tmp_path, capsys, "---\nscalars: [E]\n---\n$$\\frac{\\partial E}{\\partial x_j} = 0$$\n")
    assert code == 0 and [link["status"] for link in report["links"]] == ["proven"]


def test_a_derivative_through_names_nothing_defines_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """∂J/∂w = 0 for J = Σ (y_i − ŷ_i)²/N: true only if ŷ does not depend on w, which the page never says."""
    mse = "$$\nJ = \\frac{1}{N} \\sum_{i=1}^{N} (y_i - \\hat{y}_i)^2\n$$\n\n"
    text = "---\n---\n" + mse + "$$\n\\frac{\\partial J}{\\partial w} = 0\n$$\n"
    code, report = check(tmp_path, capsys, text)
    assert code == 1 and report["links"] == []
    reason = report["unchecked"][-1]["reason"]
    assert "can be read two ways" in reason and "\\hat{y}" in reason
    code, report = check(
        tmp_path, capsys, text.replace("---\n---\n", "---\nvectors: [y, '\\hat{y}']\nscalars: [w]\n---\n")
    )
    assert code == 0 and [link["status"] for link in report["links"]] == ["proven"]


@pytest.mark.parametrize(
    "body",
    [  # SymPy's own g applied to the vector's base differentiates by x_m to 0: each of these would be proven
        "$$\\frac{\\partial g(x)}{\\partial x_m} = 0$$\n",
        "$$\\frac{\\partial g(x)}{\\partial x} = 0 x$$\n",
        "$$\\frac{\\partial \\log g(x)}{\\partial x_m} = 0$$\n",
        "$$\\frac{\\partial}{\\partial x_m} x_m g(x) = g(x)$$\n",
    ],
)
def test_a_function_of_a_whole_vector_is_never_constant_in_its_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str
) -> None:
    code, report = check(tmp_path, capsys, "---\nfunctions: [g]\nvectors: [x]\nassume: ['g(x) > 0']\n---\n" + body)
    assert code == 1 and [link["status"] for link in report["links"]] == ["refuted"], report
    assert "although" not in report["links"][0]["method"]  # the proof for every n fails too, not only n = 2


NETWORK = (  # seed 001's network (tests/read/test_reads_pages.py proves the true steps)
    "---\nlength: C\ndefine:\n  \\hat{y}_o: \\frac{e^{z_o}}{\\sum_k e^{z_k}}\n"
    "  L: '- \\sum_{o} y_{o} \\ln{\\hat{y}_{o}}'\n"
    "  \\delta_j: \\frac{\\partial L}{\\partial z_j}\nassume:\n  - y one-hot\nnetwork:\n  a_j: \\sigma(z_j)\n"
    "  z_k: \\sum_{j \\in input(k)} a_j w_{j \\rightarrow k}\n  path(j): \\{k \\mid j \\in input(k)\\}\n---\n"
)
PATH = "\\sum_{k \\in path(j)}"


@pytest.mark.parametrize(
    "display",
    [
        f"\\delta_j = {PATH} \\delta_k w_{{j \\rightarrow k}}",  # σ'(z_j) dropped
        f"\\delta_j = \\sigma'(z_j) {PATH} \\delta_k w_{{k \\rightarrow j}}",  # the weight the other way
        f"\\delta_j = \\sigma'(z_j) {PATH} \\delta_k",  # the weight dropped
        "\\delta_j = \\sigma'(z_j) \\delta_k w_{j \\rightarrow k}",  # the sum dropped
        "\\delta_j = \\sigma'(z_j) \\sum_{k \\in input(j)} \\delta_k w_{j \\rightarrow k}",  # the layer before's
        f"\\frac{{\\partial \\hat{{y}}}}{{\\partial z_j}} = {PATH} "  # σ'(z_j) dropped from ∂ŷ/∂z_j
        f"\\frac{{\\partial \\hat{{y}}}}{{\\partial z_k}} w_{{j \\rightarrow k}}",
        f"\\frac{{\\partial \\hat{{y}}}}{{\\partial z_j}} = \\sigma'(z_j) {PATH} "  # ∂z_k/∂z_j where ∂z_k/∂a_j is meant
        f"\\frac{{\\partial \\hat{{y}}}}{{\\partial z_k}} \\frac{{\\partial z_k}}{{\\partial z_j}}",
        "z_o = \\sum_{j \\in input(o)} z_j w_{j \\rightarrow o}",  # seed 001's line 20: z_j where a_j = σ(z_j) is meant
    ],
)
def test_a_false_step_of_back_propagation_through_a_network_is_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    code, report = check(tmp_path, capsys, NETWORK + f"$${display}$$\n", "d.md", "--timeout", "120", "--budget", "900")
    assert code == 1 and [link["status"] for link in report["links"]] == ["refuted"], report


def test_a_one_after_a_digit_is_not_read_as_an_indicator(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``2 1\\{j=k\\}`` shows 21{j = k}: the 1 is a digit of 21, not CS229's indicator beside a factor 2."""
    front = "---\ndefine:\n  p_j: \\frac{e^{a_j}}{\\sum_k e^{a_k}}\n---\n"
    body = "$$2\\frac{\\partial p_j}{\\partial a_k} = p_j(2 1\\{j=k\\} - 2 p_k)$$\n"
    code, report = check(tmp_path, capsys, front + body)
    assert code == 1 and report["links"] == [] and len(report["unchecked"]) == 1


LAYER = "---\nsizes: {d: symbolic, H: symbolic}\narrays: {W: [H, d], x: [d], b: [H], v: [d]}\n---\n"


@pytest.mark.parametrize(
    "display",
    [
        "W x = x^T W^T",  # H×1 and 1×H: the same entries, not the same object
        "W x + b = W v + b",  # x for v: the same shape, other values
        "x^T x = \\sum_{i=1}^{H} x_i^2",  # x has d entries, not H
        "W x \\odot b = W (x \\odot v)",  # ⊙ of a d×1 and an H×1 nowhere, and other values
        "(W x) \\odot b = b \\odot W v",
    ],
)
def test_a_false_claim_between_matrices_of_lengths_of_their_own_is_never_proven(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    """Whole vectors and matrices of lengths H and d (not n): nothing false is proven, at any lengths."""
    code, report = check(tmp_path, capsys, LAYER + f"$${display}$$\n")
    assert code == 1 and "proven" not in [link["status"] for link in report["links"]], report


@pytest.mark.parametrize(("front", "status"), [("", "undefined"), ("assume: ['\\epsilon > 0']\n", "proven")])
def test_a_scalar_at_zero_where_undefined_names_the_assumption_that_settles_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, status: str
) -> None:
    """√(v² + ε) with ε never bounded is 0 at v = ε = 0: undefined there, and the message says what to state; the
    stated ε > 0 proves it."""
    text = f"---\n{front}---\n$$\\frac{{v^2 + \\epsilon}}{{\\sqrt{{v^2 + \\epsilon}}}} = \\sqrt{{v^2 + \\epsilon}}$$\n"
    code, report = check(tmp_path, capsys, text)
    (link,) = report["links"]
    assert (code, link["status"]) == (1 if status == "undefined" else 0, status)
    if status == "undefined":
        assert "if the page means epsilon > 0, state it (assume: ['\\epsilon > 0'])" in link["method"], link["method"]


@pytest.mark.parametrize(("value", "status"), [("1", "proven"), ("2", "refuted")])
def test_a_derivative_by_a_defined_name_holds_it_whatever_its_definition_is_made_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, status: str
) -> None:
    """d2l's ∂J/∂L = 1 for J = L + s: J written down to L (L held) has L, so o, unread in L's own definition, plays
    no part; it had been refused as "through o, which the file neither declares nor defines"."""
    text = (
        "---\n---\n$$\\mathbf{o} = \\text{prod}(\\mathbf{W}, \\mathbf{h})$$\n\nThe loss function is $l$.\n\n"
        "$$L = l(\\mathbf{o}, y)$$\n\n$$s = \\lambda c^2$$\n\n$$J = L + s$$\n\n"
        f"$$\\frac{{\\partial J}}{{\\partial L}} = {value}$$\n"
    )
    _, report = check(tmp_path, capsys, text)
    assert [link["status"] for link in report["links"]] == [status]


def test_labels_that_sum_to_one_are_one_hot_in_every_counterexample(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """y ∈ {0, 1}^n beside Σ_i y_i = 1: the points were drawn summing to one from weights 1..9, so every point lay
    outside {0, 1} and a false ∂L/∂z_p = y_p − ŷ_p was only unproven. The counterexample is one-hot."""
    text = (
        "---\nn: 3\nassume: ['y \\in \\{0,1\\}^n', '\\sum_i y_i = 1']\n---\n"
        "$$\\hat{y}_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$$\n\n$$L = -\\sum_i y_i \\log \\hat{y}_i$$\n\n"
        "$$\\frac{\\partial L}{\\partial z_p} = y_p - \\hat{y}_p$$\n"
    )
    code, report = check(tmp_path, capsys, text)
    (link,) = report["links"]
    assert (code, link["status"]) == (1, "refuted")
    labels = [value for name, value in link["counterexample"]["values"].items() if name.startswith("y_")]
    assert len(labels) == 3 and sorted(labels) == ["0", "0", "1"], link["counterexample"]
