"""How a page's own variables are set, as computation-graph and activation pages write them: a name set to a
formula beside others (``d = 2b \\qquad e = a + d``), the letter e as such a name, values the sentence before a
display puts in ("With the inputs $a = 3$, …"), a change of variables, and a function defined anew with a new
parameter. Each reading is checked through ``derive check``; what reads two ways is refused, never refuted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

GRAPH = (
    "---\n---\n"
    "$$d = 2b \\qquad g = a + d \\qquad L = cg$$\n\n"  # line 3
    "With the inputs $a = 3$, $b = 1$, $c = -2$ of Fig. 7.12, the backward pass gives\n\n"
    "$$\\frac{\\partial L}{\\partial a} = -2, \\qquad \\frac{\\partial L}{\\partial c} = 5$$\n"  # line 7
)


@pytest.mark.parametrize(
    ("values", "found"),
    [
        ("-2 \\qquad \\frac{\\partial L}{\\partial c} = 5", [(7, "proven"), (7, "proven")]),
        ("2 \\qquad \\frac{\\partial L}{\\partial c} = 5", [(7, "refuted"), (7, "proven")]),
        ("-2 \\qquad \\frac{\\partial L}{\\partial c} = 6", [(7, "proven"), (7, "refuted")]),
    ],
)
def test_values_the_lead_puts_in_are_put_in_after_differentiating(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], values: str, found: list[tuple[int, str]]
) -> None:
    """g = a + d beside d = 2b is a definition (set apart by \\qquad, its right side a formula, no case); "With
    the inputs $a = 3$, …" puts the values in, after the derivative is taken: ∂L/∂a = c = −2, ∂L/∂c = 5."""
    text = GRAPH.replace("-2, \\qquad \\frac{\\partial L}{\\partial c} = 5", values)
    links, _ = statuses(tmp_path, capsys, text)
    assert links == found


def test_without_the_values_the_same_claims_are_refuted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = GRAPH.replace("With the inputs $a = 3$, $b = 1$, $c = -2$ of Fig. 7.12, ", "")
    links, _ = statuses(tmp_path, capsys, text)
    assert links == [(7, "refuted"), (7, "refuted")]


@pytest.mark.parametrize(("right", "status"), [("x_i^2", "proven"), ("x_i^3", "refuted")])
def test_a_case_set_apart_by_a_wide_space_stays_a_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """``x_i x_j = x_i^2 \\qquad i = j`` is no definition of i, nor a factor i (it had been read x_i^2 · i = j, and
    the true claim refuted): the bare letters are a case."""
    links, _ = statuses(tmp_path, capsys, f"---\n---\n$$x_i x_j = {right} \\qquad i = j$$\n")
    assert links == [(3, status)]


def test_e_set_in_aligned_rows_is_a_name_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A probe: e &= y - w x in aligned rows was not seen as setting e; it was refuted as 2.718… = y − wx."""
    text = "$$\\begin{aligned} e &= y - w x \\end{aligned}$$\n\n$$\\frac{\\partial e^2}{\\partial w} = -2 x e$$\n"
    links, unchecked = statuses(tmp_path, capsys, text)
    assert links == [] and sum("Euler's number, or the name e" in reason for reason in unchecked) == 2, unchecked


@pytest.mark.parametrize("claim", ["\\frac{\\partial L}{\\partial c} = e", "e = a + d"])
def test_e_set_by_the_page_is_refused_where_it_stands_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str
) -> None:
    """With e = a + d on the page, a bare e is Euler's number or the page's e: refused, not refuted with 2.718…"""
    text = f"---\n---\n$$d = 2b \\qquad e = a + d \\qquad L = ce$$\n\n$${claim}$$\n"
    links, unchecked = statuses(tmp_path, capsys, text)
    assert links == []
    assert any("Euler's number, or the name e the page sets" in reason for reason in unchecked), unchecked


def test_e_set_by_the_page_is_refused_raised_to_a_power_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A probe: "Let $e = y - wx$ be the error and $L = e^2$." read L = e² as Euler's number squared, and
    ∂L/∂w = 0 was proven. Where the page sets e, a powered e reads two ways too; \\mathrm{e}^{w} is Euler's."""
    text = "Let $e = y - wx$ be the error and $L = e^2$.\n\n$$\\frac{\\partial L}{\\partial w} = 0$$\n\n"
    links, unchecked = statuses(tmp_path, capsys, text + "$$\\frac{d}{dw} e^{w} = e^{w}$$\n")
    assert links == [] and sum("Euler's number, or the name e" in reason for reason in unchecked) == 2, unchecked
    links, _ = statuses(
        tmp_path, capsys, text.replace("$L = e^2$", "$u = 1$") + "$$\\frac{d}{dw} \\mathrm{e}^{w} = \\mathrm{e}^{w}$$\n"
    )
    assert links == [(5, "proven")]


@pytest.mark.parametrize("claim", ["\\frac{\\partial \\pi}{\\partial z} = 0", "\\sqrt{\\pi^2} = \\pi"])
def test_pi_set_by_the_page_is_refused_where_it_stands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str
) -> None:
    """A probe's page: "Let $\\pi$ denote the predicted probability", π = 1/(1 + e^{−z}); ∂π/∂z = 0 had been proven
    (π the constant). The constant, or the page's π: refused wherever π stands; without such a π it is the constant."""
    text = f"---\n---\n$$\\pi = \\frac{{1}}{{1+e^{{-z}}}}$$\n\n$${claim}$$\n"
    links, unchecked = statuses(tmp_path, capsys, text)
    assert links == []
    assert any("the constant π, or the name π the page sets at line 3" in reason for reason in unchecked), unchecked
    links, _ = statuses(tmp_path, capsys, f"---\n---\n$${claim}$$\n")
    assert links == [(3, "proven")]


def test_i_that_is_no_index_reads_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A probe's d/dθ |e^{iθ}| = i|e^{iθ}| was proven, i a real number: i that indexes nothing is refused; declared
    a scalar, or an index of the page (x_i), it is read as before."""
    claim = "$$\\frac{d}{d\\theta}\\left|e^{i\\theta}\\right| = i\\left|e^{i\\theta}\\right|$$\n"
    links, unchecked = statuses(tmp_path, capsys, f"---\n---\n{claim}")
    assert links == [] and any("the imaginary unit, or a real number" in reason for reason in unchecked)
    links, _ = statuses(tmp_path, capsys, f"---\nscalars: [i]\n---\n{claim}")
    assert links == [(4, "proven")]
    links, _ = statuses(tmp_path, capsys, "---\n---\n$$\\sum_i i x_i = \\sum_j j x_j$$\n")
    assert links == [(3, "proven")]


def test_e_as_a_power_stays_the_exponential(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for right, status in (("e^{x} e^{x}", "proven"), ("2 e^{x}", "refuted")):
        links, _ = statuses(tmp_path, capsys, f"---\n---\n$$e^{{2x}} = {right}$$\n")
        assert links == [(3, status)]


SOFTPLUS = (
    "---\n---\n"
    "$$f(x) = \\ln(1 + e^x)$$\n\n"  # line 3
    "By making the change of variables $x = y\\ln(2)$, this is equivalent to\n\n"
    "$$f(x) = \\ln(1 + 2^y)$$\n\n"  # line 7
    "$$\\frac{d}{dx} f(x) = \\frac{1}{1 + e^{-x}}$$\n"  # line 9
)


def test_a_change_of_variables_is_no_definition(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """x = y ln 2 holds in the display it leads into (refused: derive does not put it in), and nowhere else: x stays
    the free variable of f' below, proven; a false twin is refuted."""
    for right, status in (("\\frac{1}{1 + e^{-x}}", "proven"), ("\\frac{1}{1 + e^{x}}", "refuted")):
        links, unchecked = statuses(tmp_path, capsys, SOFTPLUS.replace("\\frac{1}{1 + e^{-x}}", right))
        assert links == [(9, status)]
        assert any("change of variables at line 5" in reason for reason in unchecked), unchecked


@pytest.mark.parametrize(
    ("lead", "again", "found"),
    [
        ("A sharpness parameter $k$ may be included:", "\\frac{\\ln(1 + e^{kx})}{k}", []),  # f anew, or a claim?
        ("Multiply by an arbitrary constant $k$:", "\\ln(1 + e^{x}) + k - k", [(7, "proven")]),  # a claim
        ("Multiply by an arbitrary constant $k$:", "\\frac{\\ln(1 + e^{kx})}{k}", [(7, "refuted")]),
        ("For $k$ classes:", "\\frac{\\ln(1 + e^{kx})}{k}", []),  # a count brought in: anew, or a claim?
        ("For 2 classes:", "\\frac{\\ln(1 + e^{kx})}{k}", [(7, "refuted")]),  # no name brought in: a claim
        ("* softmax with temperature", "\\frac{\\ln(1 + e^{x/k})}{k}", []),  # a held-out page's q_i with T
        ("The tempered softplus:", "\\frac{\\ln(1 + e^{x/k})}{k}", []),  # a probe's other words for it
        ("Now divide by $k$:", "\\frac{\\ln(1 + e^{x/k})}{k}", []),
        ("Hence", "x + \\ln(1 + e^{-x})", [(7, "proven")]),  # the same names: a claim, checked
        ("Hence", "x + \\ln(1 + e^{x})", [(7, "refuted")]),
    ],
)
def test_a_head_written_again_with_a_new_parameter_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, again: str, found: list[tuple[int, str]]
) -> None:
    """f(x) written again with a name its definition does not hold, which the line before brings in as a parameter
    (Wikipedia's softplus with sharpness k), reads two ways and is refused; otherwise it is a claim, checked."""
    text = f"---\n---\n$$f(x) = \\ln(1 + e^x)$$\n\n{lead}\n\n$$f(x) = {again}$$\n"
    links, unchecked = statuses(tmp_path, capsys, text)
    assert links == found, (links, unchecked)
    if not found:
        assert any("can be read two ways: a claim that the two agree" in reason for reason in unchecked), unchecked


@pytest.mark.parametrize(("value", "status"), [("1", "proven"), ("2", "refuted")])
def test_a_definition_written_again_the_same_is_one_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, status: str
) -> None:
    """d2l writes J = L + s. in one section and $J=L+s$ in the next: the same definition, spacing and the closing
    period aside, so the displays below are read (they had been refused as below two definitions of J)."""
    text = (
        "---\n---\n## Forward\n\n$$J = L + s.$$\n\n## Backward\n\nThe objective $J=L+s$ gives\n\n"
        f"$$\\frac{{\\partial J}}{{\\partial L}} = {value}$$\n"
    )
    links, _ = statuses(tmp_path, capsys, text)
    assert links == [(11, status)]


@pytest.mark.parametrize(
    "display",
    [
        "u = v \\qquad u = v",  # no case u = v under which u = v would be proven
        "u = v, \\quad u = v",
    ],
)
def test_a_second_equation_of_non_indices_is_no_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    links, _ = statuses(tmp_path, capsys, f"---\n---\n$${display}$$\n")
    assert "proven" not in [status for _, status in links]


def test_values_in_a_sentence_that_turns_away_are_not_put_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "With $a = 3$ … it happens to hold, but in general" puts no value in: ∂L/∂a = -2 is refuted."""
    lead = "With the inputs $a = 3$, $b = 1$, $c = -2$ it happens to hold, but in general"
    text = GRAPH.replace("With the inputs $a = 3$, $b = 1$, $c = -2$ of Fig. 7.12, the backward pass gives", lead)
    links, _ = statuses(tmp_path, capsys, text)
    assert links == [(7, "refuted"), (7, "refuted")]


def test_a_length_put_in_by_the_lead_is_refused_as_no_scalar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "With $K = 2$ classes this gives": K is a length, not a scalar at a number: the display is unread, never
    checked at every K."""
    text = (
        "---\n---\n$$s_k = \\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}$$\n\nWith $K = 2$ classes this gives\n\n"
        "$$s_1 = \\frac{1}{1 + e^{z_1 - z_2}}$$\n"
    )
    links, unchecked = statuses(tmp_path, capsys, text)
    assert links == []
    assert any("cannot read the value $K = 2$ that the text puts in" in reason for reason in unchecked), unchecked


def test_a_change_of_variables_refuses_only_the_equation_it_leads_into(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In a display split at ', \\qquad', only the equation that writes x is refused; g(3) = 9 beside it is read."""
    for value, status in (("9", "proven"), ("6", "refuted")):
        text = (
            "---\n---\n$$f(x) = x^2 \\qquad g(u) = u^2$$\n\nBy the change of variables $x = 2y$, this is\n\n"
            f"$$f(x) = 4y^2, \\qquad g(3) = {value}$$\n"
        )
        links, unchecked = statuses(tmp_path, capsys, text)
        assert links == [(7, status)], (links, unchecked)
