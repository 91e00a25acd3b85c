"""A page that defines its terms in its own displays (s_i = …, L := …) is read with those definitions, as the
front matter's define: the definitions are listed, never checked or refuted, and the claims after them use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

SOFTMAX = "$$\ns_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}\n$$\n\n"
LOSS = "$$\nL = -\\sum_i y_i \\log s_i.\n$$\n\n"
GRADIENT = "$$\n\\frac{\\partial L}{\\partial z_k} = s_k - y_k\n$$\n"
ONE_HOT = "---\nassume:\n  - y one-hot\n---\n"


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[int, dict]:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    code = main(["check", str(path), "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


def verdicts(report: dict) -> list[tuple[int, str]]:
    return [(link["line"], link["status"]) for link in report["links"]]


def test_definitions_in_displays_are_used_and_listed_not_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = check(tmp_path, capsys, ONE_HOT + SOFTMAX + LOSS + GRADIENT)
    assert code == 0 and verdicts(report) == [(14, "proven")]
    assert [(u["line"], u["reason"]) for u in report["unchecked"]] == [
        (6, "a definition of s_i, read as the front matter's define: nothing to check"),
        (10, "a definition of L, read as the front matter's define: nothing to check"),
    ]


def test_the_claims_use_the_page_s_definitions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without the one-hot assumption, or with a wrong softmax, the same gradient is refuted."""
    _, report = check(tmp_path, capsys, "---\n---\n" + SOFTMAX + LOSS + GRADIENT)
    assert verdicts(report) == [(12, "refuted")]
    wrong = SOFTMAX.replace("\\sum_j e^{z_j}", "\\sum_j z_j")
    _, report = check(tmp_path, capsys, ONE_HOT + wrong + LOSS + GRADIENT)
    assert verdicts(report) == [(14, "refuted")]


def test_colon_equals_defines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = ONE_HOT + SOFTMAX.replace("s_i =", "s_i :=") + LOSS.replace("L =", "L \\coloneqq") + GRADIENT
    code, report = check(tmp_path, capsys, text)
    assert code == 0 and verdicts(report) == [(14, "proven")]


@pytest.mark.parametrize(
    "text",
    [
        "---\nvectors: [s, z]\n---\n" + SOFTMAX,  # s declared: a claim about it
        "---\n---\n$$\nz_o = \\sum_j z_j w_j\n$$\n",  # z on both sides: a claim (or a recursion)
        "---\n---\n$$\nL = 2\n$$\n\n$$\nL = 3\n$$\n",  # the second L = … is a claim about the first
    ],
)
def test_what_is_not_a_definition_is_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    code, report = check(tmp_path, capsys, text)
    assert code == 1 and [status for _, status in verdicts(report)] == ["refuted"]


def test_a_definition_that_cannot_be_read_is_unreadable_where_it_stands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "---\n---\n$$\nq_i = \\frac{1}{2}\\wp(z_i)\n$$\n\n$$\nx + x = 2 x\n$$\n"
    code, report = check(tmp_path, capsys, text)
    assert code == 1 and verdicts(report) == [(8, "proven")]
    assert [u["line"] for u in report["unchecked"]] == [4]


@pytest.mark.parametrize(
    "display",
    [
        "$$\np_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}} = \\frac{1}{\\sum_j e^{z_j - z_i}} = e^{z_i}\n$$\n",
        "$$\n\\begin{aligned}\np_i &= \\frac{e^{z_i}}{\\sum_j e^{z_j}} \\\\\n&= \\frac{1}{\\sum_j e^{z_j - z_i}} \\\\\n"
        "&= e^{z_i}\n\\end{aligned}\n$$\n",
    ],
)
def test_a_definition_opening_a_chain_defines_and_the_chain_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    """p_i = A = B = C: p_i is defined as A, and A = B (true) and B = C (false) are checked."""
    code, report = check(tmp_path, capsys, "---\n---\n" + display + "\n$$\np_1 = e^{z_1}\n$$\n")
    assert code == 1 and [status for _, status in verdicts(report)] == ["proven", "refuted", "refuted"]
    assert "a definition of p_i" in report["unchecked"][0]["reason"]


MSE = (
    "For a linear model $\\hat{y}_i = w x_i + b$ over $N$ points, with $y_i = 1$ for now,\n\n"
    "$$\nJ = \\frac{1}{N} \\sum_{i=1}^{N} (y_i - \\hat{y}_i)^2\n$$\n\n"
    "$$\n\\frac{\\partial J}{\\partial w} = -\\frac{2}{N} \\sum_{i=1}^{N} x_i (y_i - \\hat{y}_i)\n$$\n"
)


def test_an_inline_definition_defines_and_an_inline_condition_does_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ŷ_i = w x_i + b in the prose defines ŷ (∂J/∂w was 0, so the true gradient was refuted); y_i = 1, a number, is
    a condition, not a definition; a wrong gradient is still refuted."""
    code, report = check(tmp_path, capsys, "---\n---\n" + MSE)
    assert code == 0 and verdicts(report) == [(10, "proven")]
    assert [u["line"] for u in report["unchecked"]] == [3, 6] and report["inline_equalities"] == 1
    _, report = check(tmp_path, capsys, "---\n---\n" + MSE.replace("-\\frac{2}{N}", "-\\frac{1}{N}"))
    assert verdicts(report) == [(10, "refuted")]


def test_a_name_the_front_matter_s_definitions_use_is_defined_by_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """z is an input of the front matter's s_i; "$z_k = a_k w_k$" in the prose defines it, and ∂s_i/∂z_i still
    holds z as the variable. The page's p_j = … under the front matter's ℓ_j: -y_j log p_j was a claim about a
    free p, refuted (a held-out blog post)."""
    front = "---\ndefine:\n  s_i: \\frac{e^{z_i}}{\\sum_j e^{z_j}}\n---\n"
    body = "Here $z_k = a_k w_k$.\n\n$$\n\\frac{\\partial s_i}{\\partial z_i} = s_i (1 - s_i)\n$$\n"
    code, report = check(tmp_path, capsys, front + body)
    assert code == 0 and verdicts(report) == [(8, "proven")] and report["inline_equalities"] == 0
    front = "---\ndefine:\n  \\ell_j: '- y_j \\log p_j'\n---\n"
    body = (
        "$$p_j = \\frac{e^{a_j}}{\\sum_k e^{a_k}}.$$\n\n"
        "$$\\frac{\\partial \\ell_j}{\\partial a_j} = -\\frac{y_j}{p_j} p_j (1 - p_j) = y_j (p_j - 1)$$\n"
    )
    code, report = check(tmp_path, capsys, front + body)
    assert code == 0 and verdicts(report) == [(7, "proven"), (7, "proven")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # under a stated case, s_i = 2 holds there only: a claim, checked against the s_k defined after the prose
        # that ends the case (right below it, s_k = 1 is under the case too)
        ("If $i = k$:\n\n$$s_i = 2$$\n\nThen\n\n$$s_k = 1$$\n", [(5, "refuted")]),
        # rows that each state an equation: the first defines L, the second is a claim about it
        ("$$\\begin{aligned} L &= 2 \\\\ L &= 3 \\end{aligned}$$\n", [(3, "refuted")]),
    ],
)
def test_definitions_the_page_cannot_mean_are_claims(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, expected: list[tuple[int, str]]
) -> None:
    code, report = check(tmp_path, capsys, "---\n---\n" + body)
    assert code == 1 and verdicts(report) == expected
    assert not any(u["reason"].startswith("unreadable") for u in report["unchecked"])


@pytest.mark.parametrize("between", ["", "So\n\n"])
def test_a_cycle_through_the_pages_definitions_leaves_the_later_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], between: str
) -> None:
    """a = b, then b = a + 1: not a refusal of the file; the later definition is unread, naming the cycle (right
    below the first, it had been a claim b = b + 1, its display above taken for a condition stated before it)."""
    code, report = check(tmp_path, capsys, f"---\n---\n$$a = b$$\n\n{between}$$b = a + 1$$\n")
    assert code == 1 and verdicts(report) == []
    assert any("cycle" in u["reason"] for u in report["unchecked"]), report["unchecked"]


@pytest.mark.parametrize(("inside", "status"), [("1 - p", "proven"), ("1 + p", "refuted")])
def test_a_value_written_first_that_closes_a_cycle_is_the_claim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], inside: str, status: str
) -> None:
    """log(p/(1 − p)) = x, then p = 1/(1 + e^{−x}) (a page solving the log-odds for p): x := log(…), read the other
    way, closed a cycle with p's definition, and p's was let go, with every display that used it. The display written
    value first is the weaker definition: it is let go instead, and checked as the claim it also is."""
    text = f"---\n---\n$$\\log\\left(\\frac{{p}}{{{inside}}}\\right) = x$$\n\n$$p = \\frac{{1}}{{1 + e^{{-x}}}}$$\n"
    _, report = check(tmp_path, capsys, text)
    assert verdicts(report) == [(3, status)]


INLINE = "---\n---\nThe logistic function $\\sigma(x) = \\frac{1}{1 + \\mathrm{e}^{-x}}$ has\n\n"
LOGISTIC = "$$\\frac{d}{dx}\\sigma(x) = \\frac{\\mathrm{e}^{-x}}{(1 + \\mathrm{e}^{-x})^2} = RIGHT$$\n"


@pytest.mark.parametrize(
    ("defined", "right", "status"),
    [
        (INLINE, "\\sigma(x)(1-\\sigma(x))", "proven"),
        (INLINE, "\\sigma(x)(1+\\sigma(x))", "refuted"),
        ("---\ndefine:\n  \\sigma(x): \\frac{1}{1 + \\mathrm{e}^{-x}}\n---\n", "\\sigma(x)(1-\\sigma(x))", "proven"),
        ("---\ndefine:\n  \\sigma(x): \\frac{1}{1 + \\mathbf{e}^{-x}}\n---\n", "\\sigma(x) \\sigma(-x)", "proven"),
    ],
)  # fmt: skip
def test_an_upright_e_in_a_definition_is_euler_s_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], defined: str, right: str, status: str
) -> None:
    """Before, a definition's \\mathrm{e} was an unknown upright name: the front matter stopped the file, and the
    page's own definition was dropped, σ read as any function and the correct steps refuted."""
    _, report = check(tmp_path, capsys, defined + LOGISTIC.replace("RIGHT", right))
    assert [link["status"] for link in report["links"]] == ["proven", status]
    assert all("function" not in u["reason"] for u in report["unchecked"]), report["unchecked"]


@pytest.mark.parametrize(("right", "status"), [("\\hat y(1-\\hat y)", "proven"), ("\\hat y(1+\\hat y)", "refuted")])
def test_an_accent_without_braces_defines_a_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """$\\hat y = \\sigma(z)$, TeX's accent on the one token after it, defines ŷ as \\hat{y} would."""
    text = (
        "---\ndefine:\n  \\sigma(x): \\frac{1}{1+e^{-x}}\n---\nWith $\\hat y = \\sigma(z)$,\n\n"
        f"$$\\frac{{d \\hat y}}{{dz}} = {right}$$\n"
    )
    _, report = check(tmp_path, capsys, text)
    assert verdicts(report) == [(7, status)]
    assert "definitions \\hat y (line 5)" in report["inferred"]


def test_a_display_going_on_from_an_unreadable_one_goes_on_from_its_last_side(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """∂L/∂z = q with L defined nowhere reads two ways and is listed so; "= 2q" below still goes on from q, its last
    side, and is checked (refuted), where it had been refused as continuing what could not be read."""
    text = "---\n---\n$$\\frac{dL}{dz} = q$$\n\n$$= 2 q$$\n"
    _, report = check(tmp_path, capsys, text)
    assert verdicts(report) == [(5, "refuted")], report["unchecked"]
    reasons = [(u["line"], u["reason"]) for u in report["unchecked"]]
    assert [line for line, reason in reasons if reason.startswith("unreadable")] == [3], reasons


def test_an_inline_definition_that_cannot_be_read_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Not dropped silently: the page's σ is then not what the page says, and the report says why."""
    text = "---\n---\nThe function $\\sigma(x) = 1 + \\mathrm{q}^{-x}$ has\n\n$$\\frac{d}{dx}\\sigma(x) = 0$$\n"
    _, report = check(tmp_path, capsys, text)
    reasons = [(u["line"], u["reason"]) for u in report["unchecked"]]
    said = "the inline definition of \\sigma(x) could not be read (unknown symbol q; declare it in the front matter"
    assert any(line == 3 and reason.startswith(said) for line, reason in reasons), reasons


CCE = (
    "---\n---\nThe loss is $\\mathcal{L}(\\hat{y}, y) = -\\sum_{c=1}^{C} y_c \\log \\hat{y}_c$ with "
    "$\\hat{y}_c = \\frac{\\exp(z_c)}{\\sum_{c'=1}^{C} \\exp(z_{c'})}$.\n\n"
    "$$\\frac{\\partial \\mathcal{L}}{\\partial z_c} = RIGHT$$\n"
)


@pytest.mark.parametrize(
    ("right", "status"),
    [
        ("\\hat{y}_c \\sum_{c'} y_{c'} - y_c", "proven"),
        ("\\hat{y}_c \\sum_{c'} y_{c'} + y_c", "refuted"),
        ("\\hat{y}_c y_{c'} - y_c", "refuted"),  # c' free: another index than c, not the sum's
    ],
)
def test_a_value_labelled_with_its_vectors_and_a_primed_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """𝓛(ŷ, y) = … defines 𝓛 (ŷ and y are whole vectors, not a function's parameters), and c' is an index of its
    own beside c (it was read as two indices, c and a prime)."""
    _, report = check(tmp_path, capsys, CCE.replace("RIGHT", right))
    assert verdicts(report) == [(5, status)]
    assert "definitions \\mathcal{L} (line 3)" in report["inferred"], report["inferred"]


D2L = (
    "---\nassume:\n  - y one-hot\n---\nWith $\\hat{y}_j = \\frac{\\exp(o_j)}{\\sum_k \\exp(o_k)}$, the loss is\n\n"
    "$$l(\\mathbf{y}, \\hat{\\mathbf{y}}) = - \\sum_{j=1}^q y_j \\log \\hat{y}_j.$$\n\n"
    "$$\\partial_{o_j} l(\\mathbf{y}, \\hat{\\mathbf{y}}) = RIGHT$$\n"
)


@pytest.mark.parametrize(("right", "status"), [("\\hat{y}_j - y_j", "proven"), ("y_j - \\hat{y}_j", "refuted")])
def test_a_value_written_with_its_vectors_in_bold_and_accented(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """d2l's l(𝐲, 𝐲̂): the parentheses name whole vectors, one of them accented (it was 'expected )')."""
    _, report = check(tmp_path, capsys, D2L.replace("RIGHT", right))
    assert verdicts(report) == [(9, status)]


def test_a_name_defined_again_inline_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """In one setting the second definition (inline, 'with … instead') is named, not passed over, and a display
    below it that uses the name is refused (either may be meant). Below a heading (a setting of its own,
    ``derive.read.scopes``) the second is read from there on: the cross-entropy's derivative is checked with it (its
    false twin, the quadratic's, refuted)."""
    text = (
        "---\n---\nWith $C = \\frac{(y-a)^2}{2}$,\n\n$$\\frac{\\partial C}{\\partial a} = a - y$$\n\n"
        "HEADING\n\nand with $C = -y a^2$ instead,\n\n$$\\frac{\\partial C}{\\partial a} = -2 y a$$\n\n"
        "$$\\frac{\\partial C}{\\partial a} = a - y$$\n"
    )
    _, report = check(tmp_path, capsys, text.replace("HEADING", "## The cross-entropy"))
    assert verdicts(report) == [(5, "proven"), (11, "proven"), (13, "refuted")]
    again = (
        "C is defined again here (first at line 3): derive reads the first definition throughout (a display "
        "that uses it below is refused: either may be meant there); give this one a name of its own"
    )
    _, report = check(tmp_path, capsys, text.replace("HEADING", "In one section a second definition restates one."))
    assert verdicts(report) == [(5, "proven")]  # below it, either C may be meant: refused
    assert (9, again) in [(u["line"], u["reason"]) for u in report["unchecked"]]


def test_a_name_whose_definition_was_unread_is_not_defined_by_a_later_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Sadowski's E of section 1 unread (its sum's bound nout), E = −Σ t_j log y_j of section 2: taken for the whole
    page, the second made section 1's true ∂E/∂y_i a wrong step. Neither is read; the steps after it still are."""
    text = (
        "---\n---\n$$E = -\\sum_{i=1}^{nout} t_i y_i^2$$\n\n"
        "$$\\frac{\\partial E}{\\partial y_i} = -2 t_i y_i = -t_i (2 y_i)$$\n\n"
        "Section 2 has $E = -\\sum_j t_j y_j^3$.\n"
    )
    _, report = check(tmp_path, capsys, text)
    assert verdicts(report) == [(5, "proven")]
    reasons = [u["reason"] for u in report["unchecked"]]
    assert any("E is defined at line 3 too, which could not be read" in r for r in reasons)


@pytest.mark.parametrize(("right", "status"), [("2x", "proven"), ("x", "refuted")])
def test_a_definition_whose_index_is_no_index_of_the_page_is_unread_not_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """Murphy's $\\text{NLL}_n = …$ beside two other inline definitions, n no index of the page (the length, named
    so): that definition is said unread, by its own name (not its neighbour's), and the page is still checked (it
    was exit 2). Unnamed, n written only as an index is one (``derive.read.index_n``)."""
    text = (
        "---\nlength: n\n---\nThe loss is $\\text{NLL}_n = -\\sum_c y_{c} \\log \\mu_{c}$, where $u = v$ and "
        f"$t = 2v$.\n\n$$\\frac{{d}}{{dx}} x^2 = {right}$$\n"
    )
    code, report = check(tmp_path, capsys, text)
    assert verdicts(report) == [(6, status)]
    assert code == (0 if status == "proven" else 1)
    (reason,) = [u["reason"] for u in report["unchecked"] if "could not be read" in u["reason"]]
    assert reason.startswith("the inline definition of \\text{NLL}_n could not be read (n in")


def test_a_definition_that_could_not_be_read_is_never_checked_as_a_claim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """b = 2a after a = b + 1: the definitions make a cycle, so the second is unread. Read again as a display, it
    claimed b, a free number, equal to 2(b + 1), and a definition was refuted as the page's first wrong step (as
    Dolhansky's E = ½ Σ_{k ∈ K} … was, when K was not yet read as a length)."""
    text = "---\n---\n$$a = b + 1$$\n\n$$b = 2a$$\n\n$$\\frac{d}{du} u^2 = 2u$$\n"
    code, report = check(tmp_path, capsys, text)
    assert verdicts(report) == [(7, "proven")]
    assert code == 1  # the display at line 5 holds an '=' not checked
    reasons = [(u["line"], u["reason"]) for u in report["unchecked"]]
    assert any(line == 5 and r.startswith("unreadable: the definition of b could not be read") for line, r in reasons)


def test_the_rows_after_an_unread_definition_may_define(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Bishop's align of definitions, its first row unread: the rows below still define (z_j = tanh(a_j) was read
    as a claim about a free z, and a true row refuted)."""
    text = (
        "---\n---\n\\begin{align}\nq_i &= \\frac{1}{2}\\wp(z_i) \\\\\nr_i &= z_i^2\n\\end{align}\n\n"
        "$$\\frac{\\partial r_i}{\\partial z_i} = 2 z_i$$\n"
    )
    _, report = check(tmp_path, capsys, text)
    assert verdicts(report) == [(8, "proven")]
    reasons = [(u["line"], u["reason"]) for u in report["unchecked"]]
    assert any(line == 4 and r.startswith("unreadable: the definition of q_i") for line, r in reasons)
    assert any(line == 5 and r.startswith("a definition of r_i") for line, r in reasons)


def test_an_unread_definition_over_several_lines_is_blamed_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A definition display over several lines that cannot be read (its error met on a line below its first) is
    the one left unread: every definition after it was blamed in turn, each with its error, and the page's
    dy/dx = … was refused for want of y (a held-out lecture's classification rule, then its power rule)."""
    body = (
        "$$\n\\mathrm{classification}(x) = \n\\begin{cases}\n1 & \\text{if }P(y = 1|x) > 0.5 \\\\\n"
        "0 & \\text{otherwise}\n\\end{cases}\n$$\n\nPower rule: $y=(5+3x)^5$\n\n"
        "$$\\frac{dy}{dx} = 5(5+3x)^4 \\cdot 3 = 15(5+3x)^4$$\n"
    )
    code, report = check(tmp_path, capsys, "---\n---\n" + body)
    assert code == 1 and verdicts(report) == [(13, "proven"), (13, "proven")]
    reasons = [entry["reason"] for entry in report["unchecked"]]
    assert sum("expected ')' but found '='" in reason for reason in reasons) == 1


@pytest.mark.parametrize(("right", "status"), [("\\sigma(z) - y", "proven"), ("\\sigma(z) + y", "refuted")])
def test_a_function_equal_to_a_letter_written_above_names_no_letter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """``the loss is flat where $\\sigma(z) = y$`` below a display that writes y: a condition, not y := σ(z) (the
    swap that reads "σ(z) = a" as a's definition, for a letter the page writes only after it). Read so, the true
    dℓ/dz = σ(z) - y was refuted (a newcomer's sweep)."""
    text = (
        "---\n---\nLet $\\sigma(z) = \\frac{1}{1 + e^{-z}}$ and $\\ell = \\log(1 + e^{-z}) + (1 - y) z$. Then\n\n"
        f"$$\\frac{{d\\ell}}{{dz}} = {right}$$\n\nand the loss is flat where $\\sigma(z) = y$.\n"
    )
    _, report = check(tmp_path, capsys, text)
    assert [status for _, status in verdicts(report)] == [status]


@pytest.mark.parametrize("right", ["a \\cdot a", "a + a"])
def test_a_display_right_above_is_no_condition_of_a_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str
) -> None:
    """From a probe: "$$u = a$$" right above "$$L = a^2$$" had been taken as a condition stated before it (u equal to
    a letter), which made L's display a claim and L a free number: L = a² and L = a·a refuted at L = 47/25."""
    _, report = check(tmp_path, capsys, f"---\nscalars: [a]\n---\n$$u = a$$\n\n$$L = a^2$$\n\n$$L = {right}$$\n")
    statuses = [(link["line"], link["status"]) for link in report["links"]]
    assert statuses == [(8, "proven" if right == "a \\cdot a" else "refuted")], statuses
