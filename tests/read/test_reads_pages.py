"""Constructs met in public derivations used as a held-out corpus (kept out of the repository: their text is not
ours to copy), each written here in a small example of our own: read as the page shows it, and a false equation
written with it refuted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

SOFTMAX = "---\ndefine:\n  p_j: \\frac{e^{a_j}}{\\sum_k e^{a_k}}\n---\n"


def statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[list[tuple[int, str]], list[str]]:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    report = json.loads(capsys.readouterr().out)
    return [(link["line"], link["status"]) for link in report["links"]], [u["reason"] for u in report["unchecked"]]


def test_a_display_under_a_case_goes_on_under_it_and_a_second_case_branches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "If i = j, = …" continues the general display under i = j; "And if i ≠ j, = …" continues the same general
    display (not the i = j branch) under i ≠ j. Each branch's false step is refuted in its own case."""
    text = SOFTMAX + (
        "\\[ \\frac{\\partial p_j}{\\partial a_i} = "
        "\\frac{\\partial}{\\partial a_i} \\frac{e^{a_j}}{\\sum_k e^{a_k}} \\]\n\n"
        "If \\(i=j\\),\n\n\\[ = \\frac{\\partial}{\\partial a_j} \\frac{e^{a_j}}{\\sum_k e^{a_k}} = p_j(1-p_j) \\]\n\n"
        "And if \\(i \\neq j\\),\n\n\\[ = -p_j p_i \\]\n\n"
        "If \\(i=j\\),\n\n\\[ = \\frac{\\partial}{\\partial a_j} \\frac{e^{a_j}}{\\sum_k e^{a_k}} = p_j \\]\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(5, "proven"), (9, "proven"), (9, "proven"), (13, "proven"), (17, "proven"), (17, "refuted")]
    assert unchecked == []


def test_a_case_set_apart_by_a_comma_and_a_quad(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = SOFTMAX + (
        "\\[\n\\frac{\\partial{p_j}}{\\partial{a_i}} = p_i (1-p_i), \\quad i = j \\\\\n"
        "\\frac{\\partial{p_j}}{\\partial{a_i}} = - p_i p_j, \\quad i \\ne j \\\\\n"
        "\\frac{\\partial{p_j}}{\\partial{a_i}} = p_i p_j, \\quad i \\ne j\n\\]\n"
    )
    assert statuses(tmp_path, capsys, text)[0] == [(6, "proven"), (7, "proven"), (8, "refuted")]


@pytest.mark.parametrize(
    ("value", "status"),
    [("p_i(1-p_i), & i=j \\\\ -p_i p_j, & i \\neq j", "proven"), ("p_i, & i=j \\\\ -p_i p_j, & i \\neq j.", "refuted")],
)
def test_cases_whose_values_end_with_a_comma(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, status: str
) -> None:
    text = SOFTMAX + f"$$\\frac{{\\partial p_j}}{{\\partial a_i}} = \\begin{{cases}} {value} \\end{{cases}}$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(5, status)]


@pytest.mark.parametrize(("prime", "status"), [("’", "proven"), ("′", "proven"), ("'", "proven")])
def test_a_typographic_prime(tmp_path: Path, capsys: pytest.CaptureFixture[str], prime: str, status: str) -> None:
    front = "---\ndefine:\n  \\sigma(u): \\frac{e^u}{1+e^u}\n"
    front += "  L(u): -p \\log(\\sigma(u)) - (1-p)\\log(1 - \\sigma(u))\n---\n"
    text = front + f"$$ L{prime}(u) = \\sigma(u) - p $$\n\n$$ L{prime}(u) = \\sigma(u) + p $$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(6, status), (8, "refuted")]


def test_an_environment_inside_a_paragraph_and_logs_over_one_denominator(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """math.SE writes \\begin{align} inside a paragraph; log(1 - e^u/(1+e^u)) = log(1/(1+e^u)) is proven."""
    front = "---\ndefine:\n  \\sigma(u): \\frac{e^u}{1+e^u}\n---\n"
    text = front + (
        "We want the function \\begin{align} -\\log(1 - \\sigma(u)) &= - \\log( \\frac{1}{1+e^u}) \\\\ "
        "&= \\log(1 + e^u) \\\\ &= \\log(e^u) \\end{align}\n"
    )
    assert statuses(tmp_path, capsys, text)[0] == [(5, "proven"), (5, "proven"), (5, "refuted")]


@pytest.mark.parametrize(
    ("rhs", "status"),
    [
        ("\\exp(a_j) \\frac{\\partial}{\\partial a_i}\\left(\\sum_k \\exp(a_k)\\right)^{-1}", "proven"),
        ("\\exp(a_j) \\frac{\\partial}{\\partial a_i}\\left(\\sum_k \\exp(a_k)\\right)^{-2}", "refuted"),
        ("\\frac{\\partial}{\\partial a_i}\\left(\\sum_k \\exp(a_k)\\right)^{-1} \\exp(a_j)", "unreadable"),
    ],
)
def test_a_derivative_of_a_group_raised_to_a_power(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rhs: str, status: str
) -> None:
    """(…)^{-1} after ∂/∂a_i is one factor; a factor after it still reads two ways."""
    text = SOFTMAX + f"If $i \\neq j$:\n\n$$\\frac{{\\partial p_j}}{{\\partial a_i}} = {rhs}$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert (found == [(7, status)]) if status != "unreadable" else ("two ways" in unchecked[0] and not found)


def test_an_empty_group_after_a_factor_typesets_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\n---\n$$\\frac{z_1}{2}{} = \\frac{1}{2} z_1$$\n\n$$\\frac{z_1}{2}{} = z_1$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(3, "proven"), (5, "refuted")]


def test_a_dot_between_factors_is_a_product_but_before_a_digit_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """TeX ignores spaces in math: 2 . 5 shows as 2.5, so it is not read as 2 · 5 (which would prove 2.5 = 10)."""
    text = "---\nscalars: [a, b]\n---\n$$ a . b = a b $$\n\n$$ a . b = a + b $$\n\n$$ x_1 . b = b x_1 $$\n\n"
    text += "$$ 2 . 5 = 10 $$\n\n$$ 0 . 5 = 0 $$\n\n$$ a . 5 = 5 a $$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(4, "proven"), (6, "refuted"), (8, "proven")]
    assert len(unchecked) == 3 and all("decimal point" in reason for reason in unchecked)


def test_nabla_is_the_gradient_shaped_like_its_variable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """∇_a L is a column like a, also where a chain rule written left to right makes ∂L/∂a a row; ∇ of a vector,
    and ∇ without its variable, are refused."""
    text = SOFTMAX.removesuffix("---\n") + "  L: -\\sum_j y_j \\log p_j\nassume:\n  - y one-hot\n---\n"
    text += (
        "$$\\nabla_a L = p - y$$\n\n$$\\nabla_a L = y - p$$\n\n$$\\nabla_{a_k} L = p_k - y_k$$\n\n"
        "$$\\frac{\\partial L}{\\partial a} = \\frac{\\partial L}{\\partial p} \\frac{\\partial p}{\\partial a} "
        "= (\\nabla_a L)^T$$\n\n$$\\nabla L = p - y$$\n\n$$\\nabla_a p = p$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(8, "proven"), (10, "refuted"), (12, "proven"), (14, "proven"), (14, "proven")]
    assert [reason.split(":")[1].strip() for reason in unchecked] == [
        "\\nabla needs what it differentiates by as a subscript",
        "\\nabla of a vector or matrix",
    ]


def test_a_calligraphic_loss_is_a_name_of_its_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """\\mathcal{L} (a loss, as many notes write it) is defined and differentiated like L, and is not L."""
    loss = "  \\mathcal{L}: -\\sum_j y_j \\log p_j\n  L: 0\n"
    text = SOFTMAX.removesuffix("---\n") + loss + "assume:\n  - y one-hot\n---\n"
    text += "$$\\frac{\\partial \\mathcal{L}}{\\partial a_k} = p_k - y_k$$\n\n$$\\mathcal{L} = L$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(9, "proven"), (11, "refuted")] and unchecked == []


def test_a_matrix_to_the_power_t_reads_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """W^t: many ML pages mean Wᵀ; TeX shows a power t. Both readings are named; W^T is the transpose."""
    front = "---\narrays:\n  W: [n, n]\n  x: [n]\n---\n"
    found, unchecked = statuses(tmp_path, capsys, front + "$$W^t x = W^t x$$\n\n$$(W^T)^T x = W x$$\n")
    assert found == [(8, "proven")]
    assert unchecked == [
        "unreadable: W^t can be read two ways: W transposed (write W^T or W^\\top), or W to the power t"
    ]


@pytest.mark.parametrize(
    ("cases", "status"),
    [
        ("p_j(1-p_i) & i=j\\\\ -p_j p_i & i\\neq j", "proven"),
        ("p_j(1-p_i) & i=j\\\\ p_j p_i & i\\neq j", "refuted"),  # the sign off the diagonal dropped
    ],
)
@pytest.mark.parametrize("environment", ["matrix", "array}{ll"])
def test_cases_written_with_a_left_brace_around_a_matrix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cases: str, status: str, environment: str
) -> None:
    """``\\left\\{\\begin{matrix} … \\end{matrix}\\right.``: cases, as notes wrote them before amsmath's."""
    closing = environment.split("}")[0]
    text = SOFTMAX + (
        f"$$\\frac{{\\partial p_j}}{{\\partial a_i}}=\\left\\{{\\begin{{{environment}}} {cases} "
        f"\\end{{{closing}}}\\right.$$\n"
    )
    assert statuses(tmp_path, capsys, text) == ([(5, status)], [])


def test_a_range_written_as_code_writes_it_states_no_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        SOFTMAX
        + "$$p_j=\\frac{e^{a_j}}{\\sum_{k}e^{a_k}} \\qquad \\forall j \\in 1..n$$\n\n"
        + "$$p_j = e^{a_j} \\qquad \\forall j \\in 1..n$$\n"
    )
    assert statuses(tmp_path, capsys, text) == ([(5, "proven"), (7, "refuted")], [])


def test_d_j_before_a_defined_name_reads_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``D_j p_i``: the derivative ∂p_i/∂a_j in some notes, a product with an entry D_j in others: refused, unless
    the front matter declares D a vector (then it is that product, and this false claim is refuted)."""
    body = "$$D_j p_i = p_i(\\delta_{ij} - p_j)$$\n"
    found, unchecked = statuses(tmp_path, capsys, SOFTMAX + body)
    assert found == [] and len(unchecked) == 1
    assert "D_j p_i can be read two ways: the derivative of p_i by input j" in unchecked[0]
    assert "the product of an entry D_j and p_i (declare D under vectors)" in unchecked[0]
    assert "or define the operator, D_j: \\frac{\\partial}{\\partial a_j})" in unchecked[0]
    declared = SOFTMAX.replace("---\ndefine", "---\nvectors: [D]\ndefine", 1)
    assert statuses(tmp_path, capsys, declared + body) == ([(6, "refuted")], [])


@pytest.mark.parametrize(("off_diagonal", "status"), [("-p_i p_j", "proven"), ("p_i p_j", "refuted")])
def test_a_row_that_opens_with_its_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], off_diagonal: str, status: str
) -> None:
    """``\\text{if} \\; i = j :& …``: split and align rows that state their case first hold in that case only."""
    text = SOFTMAX + (
        "$$\n\\begin{split}\n"
        "\\text{if} \\; i = j :& \\frac{\\partial p_i}{\\partial a_i} = p_i (1 - p_i)\\\\\n"
        f"\\text{{if}} \\; i \\neq j :& \\frac{{\\partial p_i}}{{\\partial a_j}} = {off_diagonal}\n"
        "\\end{split}\n$$\n"
    )
    assert statuses(tmp_path, capsys, text) == ([(7, "proven"), (8, status)], [])


def test_a_remark_giving_the_full_range_after_a_space(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = SOFTMAX + "$$p_c = \\frac{e^{a_c}}{\\sum_k e^{a_k}} \\quad \\text{for} \\; c = 1 \\cdots n$$\n"
    assert statuses(tmp_path, capsys, text) == ([(5, "proven")], [])


@pytest.mark.parametrize(
    "indicator",
    ["[j=k]", "\\mathbf{1}\\{j=k\\}", "1\\{j=k\\}", "\\mathbb{I}(j=k)", "\\mathbb{1}\\{j=k\\}", "\\mathbf{1}_{j=k}"],
)
@pytest.mark.parametrize(("relation", "status"), [("=", "proven"), ("\\neq", "refuted")])
def test_the_indicator_as_notes_write_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], indicator: str, relation: str, status: str
) -> None:
    """Iverson's bracket, CS229's 1{…}, a bold or blackboard one or I: each the indicator of its condition."""
    written = indicator.replace("=", f" {relation} ", 1)
    text = SOFTMAX + f"$$\\frac{{\\partial p_j}}{{\\partial a_k}} = p_j({written} - p_k)$$\n"
    assert statuses(tmp_path, capsys, text) == ([(5, status)], [])


@pytest.mark.parametrize(
    "ones",
    [
        "\\mathbf{1}",
        "\\boldsymbol{1}",
        "\\bm{1}",
        "\\mathbf{{1}}",
        "\\mathbf{1{}}",
        "\\pmb{1}",
        "\\vec{1}",
        "𝟏",
        "\\mathbf 1",
    ],
)
def test_a_bold_one_with_no_condition_is_the_vector_of_ones_and_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], ones: str
) -> None:
    """From a probe: 𝟏 alone was the number 1, so 2·𝟏 = 2 was proven and x̄ = (1/n)𝐗^⊤𝟏 refuted by shapes. It is the
    vector of ones: refused, the display named, the rest of the page read."""
    found, unchecked = statuses(tmp_path, capsys, f"$$2 \\cdot {ones} = 2$$\n\n$$2a = a + a$$\n")
    assert found == [(3, "proven")] and any("vector of ones" in u for u in unchecked), unchecked


SIGMOID = "---\ndefine:\n  \\sigma(x): \\frac{1}{1+e^{-x}}\n---\n"


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\frac{d\\sigma}{dx} = \\sigma(1-\\sigma)", "proven"),
        ("\\frac{d\\sigma}{dx} = \\sigma(1+\\sigma)", "refuted"),
        ("\\frac{d}{dz}\\sigma(z) = \\sigma(1-\\sigma)", "proven"),
        ("\\frac{d}{dz}\\sigma(z) = \\sigma\\,(1-2\\sigma)", "refuted"),
        ("\\sigma'(x) = \\sigma (1-\\sigma)", "proven"),
        ("\\frac{\\partial}{\\partial w} \\sigma(w x) = \\sigma (1-\\sigma) x", "proven"),
        ("\\frac{\\partial}{\\partial w} \\sigma(w x) = \\sigma (1-\\sigma) w", "refuted"),
    ],
)
def test_a_function_written_without_its_argument_takes_the_displays_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    """dσ/dx = σ(1 − σ): σ bare is σ(x), the one argument the display gives (σ(1 − σ) holding σ is a product)."""
    assert statuses(tmp_path, capsys, SIGMOID + f"$${display}$$\n") == ([(5, status)], [])


@pytest.mark.parametrize(
    "display", ["\\sigma' = \\sigma(1-\\sigma)", "\\frac{d}{dz}\\sigma(z) = \\sigma(x)(1-\\sigma)"]
)
def test_a_bare_function_with_no_or_two_arguments_in_sight_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, SIGMOID + f"$${display}$$\n")
    assert found == [] and unchecked == ["unreadable: the function \\sigma needs its arguments, as in \\sigma(x)"]


def test_a_bare_function_beside_a_derivative_of_something_else_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """∂L/∂w = (σ − y)x: σ is σ(wx + b) to its author, not σ(w): a derivative by w says nothing of σ's argument."""
    text = SIGMOID + "$$\\frac{d}{dw} w^2 = 2 w \\sigma$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [] and unchecked == ["unreadable: the function \\sigma needs its arguments, as in \\sigma(x)"]


@pytest.mark.parametrize("mark", ["^\\top", "^T", "^\\intercal", "^{\\top}"])
def test_a_transpose_of_a_name_read_as_a_scalar_says_to_declare_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mark: str
) -> None:
    """w never indexed, written wᵀx: w and x are two vectors of one length (``derive.read.transposed``), so
    wᵀx = 2 is a claim, refuted; wᵀ alone, with no vector after it, still cannot transpose a scalar. Declared a
    vector, the derivative reads, and its false twin is refuted."""
    by = "\\frac{\\partial}{\\partial w_k} w" + mark
    body = f"$${by} x = x_k$$\n\n$${by} x = w_k$$\n"
    found, unchecked = statuses(tmp_path, capsys, "---\n---\n$$w" + mark + " x = 2$$\n\n$$2 b = b + b$$\n")
    assert found == [(3, "refuted"), (5, "proven")]
    assert unchecked == []
    found, unchecked = statuses(tmp_path, capsys, "---\n---\n$$v" + mark + " = 2$$\n")
    assert unchecked == [
        f"unreadable: v is a scalar here (the page never indexes it), so {mark} cannot transpose it: declare v "
        "under vectors or arrays"
    ]
    declared = "---\nvectors: [w, x]\n---\n"
    assert statuses(tmp_path, capsys, declared + body) == ([(4, "proven"), (6, "refuted")], [])


def test_a_transpose_of_a_declared_scalar_or_a_number_is_refused_and_t_a_name_is_a_power(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "---\nscalars: [T, w, x]\nassume: [x > 0]\n---\n$$w^\\top x = 1$$\n\n$$(x + 1)^T = 1$$\n\n"
    text += "$$x^T x = x^{T + 1}$$\n\n$$x^T x = x^{T}$$\n"
    found, unchecked = statuses(tmp_path, capsys, text.replace("(x + 1)^T", "(x + 1)^\\intercal"))
    assert found == [(9, "proven"), (11, "refuted")]  # T is a name: x^T is a power
    assert unchecked == [
        "unreadable: w is a scalar here, so ^\\top cannot transpose it: declare w under vectors or arrays",
        "unreadable: ^\\intercal of a number: only a whole vector or matrix is transposed (declare it under vectors "
        "or arrays)",
    ]


def test_a_transpose_of_a_scalar_in_a_definition_stops_the_file_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A front matter definition is the notation every display is read with: one it cannot read stops the file
    (exit 2), with the same one-line reason. (w declared a number: w^\\top x of two undeclared letters is a dot
    product of two vectors, ``derive.read.transposed``.)"""
    path = tmp_path / "d.md"
    front = "---\nscalars: [w]\ndefine:\n  z: w^\\top x\n---\n"
    path.write_text(front + "$$\\frac{\\partial z}{\\partial x} = w$$\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    assert (
        capsys.readouterr()
        .err.strip()
        .endswith("d.md:4: w is a scalar here, so ^\\top cannot transpose it: declare w under vectors or arrays")
    )


#: Seed 001's network, stated as its previous post did: a_j = σ(z_j), z_k = Σ_{j ∈ input(k)} a_j w_{j→k}, path(j) the
#: neurons j feeds; the output layer's softmax and loss as the seed's front matter has them.
NETWORK = (
    "---\nlength: C\ndefine:\n  \\hat{y}_o: \\frac{e^{z_o}}{\\sum_k e^{z_k}}\n"
    "  L: '- \\sum_{o} y_{o} \\ln{\\hat{y}_{o}}'\n"
    "  \\delta_j: \\frac{\\partial L}{\\partial z_j}\nassume:\n  - y one-hot\nnetwork:\n  a_j: \\sigma(z_j)\n"
    "  z_k: \\sum_{j \\in input(k)} a_j w_{j \\rightarrow k}\n  path(j): \\{k \\mid j \\in input(k)\\}\n---\n"
)
PATH = "\\sum_{k \\in path(j)}"
DY = "\\frac{\\partial \\hat{y}}{\\partial z_"


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        (f"\\delta_j = \\sigma'(z_j) {PATH} \\delta_k w_{{j \\rightarrow k}}", ["proven"]),  # seed 001's recursion
        (
            f"{DY}j}} = \\frac{{\\partial \\hat{{y}}}}{{\\partial a_j}} "
            "\\times \\frac{\\partial a_j}{\\partial z_j} "
            f"= \\sigma'(z_j) {PATH} {DY}k}} \\frac{{\\partial z_k}}{{\\partial a_j}}",
            ["proven", "proven"],
        ),
        (f"{DY}j}} = \\sigma'(z_j) {PATH} {DY}k}} w_{{j \\rightarrow k}}", ["proven"]),
        (
            f"\\delta_j = \\sigma'(z_j) {PATH} \\frac{{\\partial L}}{{\\partial \\hat{{y}}}} "
            f"{DY}k}} w_{{j \\rightarrow k}}",
            ["proven"],
        ),
        ("z_o = \\sum_{j \\in input(o)} a_j w_{j \\rightarrow o}", ["proven"]),  # the wiring itself
    ],
)
def test_a_sum_over_a_network_s_wiring_runs_over_the_next_layer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, expected: list[str]
) -> None:
    """z_j beside Σ_{k ∈ path(j)} z_k, with the network stated: neurons of adjacent layers, derivatives through the
    wiring (each link proven by differentiation; its false twins are refuted in tests/cli/test_check_soundness.py)."""
    found, unchecked = statuses(tmp_path, capsys, f"{NETWORK}$${display}$$\n")
    assert [status for _, status in found] == expected and unchecked == []


@pytest.mark.parametrize(
    ("display", "refusal"),
    [
        (f"{PATH} w_{{j \\rightarrow k}} z = z", "z written whole in a chain over two layers: of which layer?"),
        (f"\\delta_j = {PATH} \\sum_{{m \\in path(k)}} \\delta_m w_{{j \\rightarrow k}}", "more than two layers"),
    ],
)
def test_what_a_network_does_not_say_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, refusal: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, f"{NETWORK}$${display}$$\n")
    assert found == [] and len(unchecked) == 1 and refusal in unchecked[0], unchecked


def test_the_report_says_how_the_network_was_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.md"
    path.write_text(f"{NETWORK}$$z_o = \\sum_{{j \\in input(o)}} a_j w_{{j \\rightarrow o}}$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    (reading,) = json.loads(capsys.readouterr().out)["readings"]
    assert "j in the layer before, k in the layer after" in reading and "zprev_j" in reading, reading


@pytest.mark.parametrize(
    "network",
    [
        "network:\n  a_j: \\sigma(z_j)\n",  # no wiring
        "network:\n  a_j: \\sigma(z_j)\n  z_k: \\sum_{j} a_j w_{j \\rightarrow k}\n",  # a sum over no set
        "network:\n  a_j: \\sigma(z_j)\n  z_k: \\sum_{j \\in input(k)} a_j w_{j \\rightarrow k}\n"
        "  path(j): \\{k \\mid k \\in input(j)\\}\n",  # path(j) as input(j): not the other end
    ],
)
def test_a_network_the_front_matter_cannot_state_stops_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], network: str
) -> None:
    path = tmp_path / "d.md"
    path.write_text(f"---\n{network}---\n$$z_o = \\sum_{{j \\in input(o)}} a_j w_{{j \\rightarrow o}}$$\n", "utf-8")
    assert main(["check", str(path)]) == 2
    assert "network" in capsys.readouterr().err


@pytest.mark.parametrize(("sign", "status"), [("-", "proven"), ("+", "refuted")])
def test_a_sum_counted_from_0_runs_over_the_same_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str, status: str
) -> None:
    """Code-minded pages write Σ_{i=0}^{N-1}: the N entries counted from 0, read as derive's 1..N (a relabeling)."""
    text = "---\ndefine:\n  L: \\sum_{i=0}^{N-1} (y_i - x_i)^2\n---\n"
    text += f"$$\\frac{{\\partial L}}{{\\partial x_k}} = -2 (y_k {sign} x_k)$$\n\n"
    text += f"$$\\frac{{\\partial}}{{\\partial x_k}} \\sum_{{j=0}}^{{N-1}} x_j^3 = 3 x_k^2 {sign} 0$$\n"
    assert statuses(tmp_path, capsys, text) == ([(5, status), (7, "proven")], [])


def test_a_sum_from_0_and_an_entry_number_or_an_index_as_a_number_read_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a page whose sums count from 0, x_1 is the second entry and i in i·x_i is one less than derive's i:
    refused, both readings named; a sum up to N (N + 1 entries from 0) is refused too."""
    text = "---\ndefine:\n  L: \\sum_{i=0}^{N-1} x_i^2\n---\n"
    text += "$$\\frac{\\partial L}{\\partial x_1} = 2 x_1$$\n\n"
    text += "$$\\frac{\\partial}{\\partial x_k} \\sum_{i=0}^{N-1} i x_i = k$$\n\n"
    text += "$$\\frac{\\partial}{\\partial x_k} \\sum_{i=0}^{N} x_i = 1$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert "the entry 1 on a page whose sums count from 0 (line 3) can be read two ways" in unchecked[0]
    assert "the index i as a number on a page whose sums count from 0 (line 3) can be read two ways" in unchecked[1]
    assert "a sum from 0 runs up to a length less 1 (N-1)" in unchecked[2]


def test_sums_from_0_and_from_1_on_one_page_read_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Σ_{i=0}^{n-1} x_i and Σ_{i=1}^{n} x_i on one page: the same entries counted two ways, or one sum off by one."""
    text = "$$\\frac{\\partial}{\\partial x_k} \\sum_{i=0}^{n-1} x_i^2 = 2 x_k$$\n\n"
    text += "$$\\frac{\\partial}{\\partial x_k} \\sum_{i=1}^{n} x_i^2 = 2 x_k$$\n"
    found, unchecked = statuses(tmp_path, capsys, "---\n---\n" + text)
    assert found == []
    assert len(unchecked) == 2
    assert all("sums from 0 (line 3) and from 1 (line 5) on one page can be read two ways" in u for u in unchecked)


@pytest.mark.parametrize("separator", [", \\quad", ",", "\\qquad"])
def test_two_definitions_in_one_display(tmp_path: Path, capsys: pytest.CaptureFixture[str], separator: str) -> None:
    """a_j = σ(z_j), \\quad z_j = Σ_i w_ij x_i: both are definitions; a false derivative through them is refuted."""
    text = f"---\n---\n$$a_j = \\sigma(z_j){separator} z_j = \\sum_i w_{{ij}} x_i$$\n\n"
    text += "$$\\frac{\\partial a_j}{\\partial w_{ij}} = \\sigma'(z_j) x_i$$\n\n"
    text += "$$\\frac{\\partial a_j}{\\partial w_{ij}} = \\sigma'(z_j) w_{ij}$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(5, "proven"), (7, "refuted")]
    assert [u.split(",")[0] for u in unchecked] == ["a definition of a_j", "a definition of z_j"]


@pytest.mark.parametrize(("sign", "status"), [("+", "proven"), ("-", "refuted")])
def test_a_function_written_without_the_arguments_it_is_defined_with(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str, status: str
) -> None:
    """Coursera's dL/da with L(a, y) defined and a = σ(z): L written alone is L(a, y) at the page's a and y, and
    dL/da holds the defined a independent; a definition beside one that cannot be read ($z = w^T x + b$, w and x
    scalars) on the same line is still taken."""
    text = "---\n---\nFor one example, $z = w^T x + b$, $a = \\sigma(z)$, and\n\n"
    text += "$$\\mathcal{L}(a, y) = -\\left(y \\log a + (1-y)\\log(1-a)\\right)$$\n\n"
    text += "where $\\sigma(z) = \\frac{1}{1+e^{-z}}$. Then\n\n"
    text += f"$$\\frac{{d\\mathcal{{L}}}}{{da}} = -\\frac{{y}}{{a}} {sign} \\frac{{1-y}}{{1-a}}$$\n\n"
    text += "$$\\frac{d\\mathcal{L}}{dz} = \\frac{d\\mathcal{L}}{da}\\cdot\\frac{da}{dz} = a - y$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(9, status), (11, "proven"), (11, "proven")]


@pytest.mark.parametrize(("value", "status"), [("1 - \\tanh^2(x)", "proven"), ("1 + \\tanh^2(x)", "refuted")])
def test_a_power_of_tanh_written_on_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, status: str
) -> None:
    """\\tanh^2(x) is (tanh x)², as \\sin^2 x is; \\tanh^{-1}(x) reads two ways (artanh, or 1/tanh)."""
    text = f"---\n---\n$$\\frac{{d}}{{dx}}\\tanh(x) = {value}$$\n\n$$\\frac{{d}}{{dx}}\\tanh^{{-1}}(x) = 1$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(3, status)]
    assert "tanh^{-1} can be read two ways: the inverse function artanh, or the reciprocal 1/tanh" in unchecked[0]


@pytest.mark.parametrize(("factor", "status"), [("\\frac{1}{m}", "proven"), ("\\frac{1}{2m}", "refuted")])
def test_a_vector_takes_the_length_of_the_sums_it_stands_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], factor: str, status: str
) -> None:
    """Σ_{i=1}^{m} (h_i - y_i)^2 over m examples, y given no length: y has m entries (it stood in 1..n and the
    page was refused, i in slots of lengths m and n); ∂J/∂y_k holds for k in 1..m."""
    text = "---\nsizes:\n  m: symbolic\narrays:\n  x: [m, n]\n---\n"
    text += "The hypothesis is $h_i = \\sum_{j=1}^{n} w_j x_{ij}$ and\n\n"
    text += "$$J = \\frac{1}{2m} \\sum_{i=1}^{m} \\left(h_i - y_i\\right)^2$$\n\n"
    text += f"$$\\frac{{\\partial J}}{{\\partial w_j}} = {factor} "
    text += "\\sum_{i=1}^{m} \\left(h_i - y_i\\right) x_{ij}$$\n\n"
    text += "$$\\frac{\\partial J}{\\partial y_k} = -\\frac{1}{m} (h_k - y_k)$$\n"
    assert statuses(tmp_path, capsys, text) == (
        [(11, status), (13, "proven")],
        [
            "a definition of h_i, read as the front matter's define: nothing to check",
            "a definition of J, read as the front matter's define: nothing to check",
        ],
    )


@pytest.mark.parametrize(("value", "status"), [("p_j(1 - p_j)", "proven"), ("-p_j p_i", "refuted")])
def test_a_case_stated_in_the_last_clause_of_the_line_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, status: str
) -> None:
    """'We want …. Using the quotient rule, for $i = j$:' states the case i = j for the display after it: the
    right value there is proven (it was refuted at i ≠ j, outside the stated case), a wrong one refuted inside it."""
    text = SOFTMAX + "We want $D_i p_j$. Using the quotient rule, for $i = j$:\n\n"
    text += f"$$\\frac{{\\partial p_j}}{{\\partial a_i}} = {value}$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(7, status)]


@pytest.mark.parametrize(("value", "status"), [("\\hat{y} - y", "proven"), ("y - \\hat{y}", "refuted")])
def test_an_inline_chain_that_defines_a_value_and_a_function(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, status: str
) -> None:
    """'Let $\\hat{y} = \\sigma(z) = \\frac{1}{1+e^{-z}}$': ŷ is σ(z) and σ(z) is the logistic function (it was
    unread, ŷ a free scalar); ŷ(1 - ŷ) with ŷ defined is a product, as σ(1 - σ) is."""
    text = "---\n---\nLet $\\hat{y} = \\sigma(z) = \\frac{1}{1 + e^{-z}}$ and\n\n"
    text += "$$L = -\\left[ y \\ln \\hat{y} + (1 - y) \\ln (1 - \\hat{y}) \\right]$$\n\n"
    text += "$$\\frac{\\partial L}{\\partial z} = \\left( -\\frac{y}{\\hat{y}} + \\frac{1 - y}{1 - \\hat{y}} \\right) "
    text += f"\\hat{{y}} (1 - \\hat{{y}}) = {value}$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(7, "proven"), (7, status)]
    assert [u.split(",")[0] for u in unchecked] == [f"a definition of {n}" for n in ("\\hat{y}", "\\sigma(z)", "L")]


@pytest.mark.parametrize(("value", "status"), [("2y", "proven"), ("1", "refuted")])
def test_an_inline_chain_defines_its_name_by_its_first_side(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, status: str
) -> None:
    """$L = y^2 = x$ inline: L is y², and y² = x, no function's definition, is a claim left unchecked (inline); the
    page's equality is still counted as not checked. It defined nothing before, and ∂L/∂y was unread."""
    text = f"---\n---\nLet $L = y^2 = x$ and\n\n$$\\frac{{\\partial L}}{{\\partial y}} = {value}$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(5, status)]


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("\\frac{\\partial L}{\\partial \\hat{y}_i} = \\hat{y}_i - y_i", "proven"),
        ("\\frac{\\partial}{\\partial x_k} \\frac{1}{2}\\|x\\|^2 = x_k", "proven"),
        ("\\frac{\\partial}{\\partial x_k} \\left\\| x \\right\\|^2 = x_k", "refuted"),
    ],
)
def test_the_norm_of_a_vector(tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str) -> None:
    """‖v‖ (\\lVert \\rVert, \\|, \\left\\|) of a vector is √(vᵀv): ½‖ŷ - y‖² differentiates to ŷ - y; ‖x‖² to 2x."""
    text = "---\n---\nThe error is $L = \\frac{1}{2}\\lVert \\hat{y} - y \\rVert^2 "
    text += "= \\frac{1}{2}\\sum_i (\\hat{y}_i - y_i)^2$.\n\n"
    assert statuses(tmp_path, capsys, text + f"$${claim}$$\n")[0] == [(5, status)]


def test_the_norm_of_a_matrix_reads_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\n---\n$$\\frac{\\partial}{\\partial W_{ij}} \\lVert W \\rVert^2 = 2 W_{ij}$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [] and "the norm of a n×n matrix can be read two ways" in unchecked[0]


def test_a_function_declared_generic_is_not_defined_by_a_chain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With functions: [sigma], ŷ = σ(z) = 1/(1 + e^{-z}) defines ŷ, and σ(z) = … is a claim of an arbitrary σ or
    the page's choice of one: refused, naming both (it stopped the file: σ declared twice; then it was refuted)."""
    text = "---\nfunctions: [sigma]\n---\n$$\\hat{y} = \\sigma(z) = \\frac{1}{1+e^{-z}}$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [] and "a claim about every such function, or the page's choice of one?" in unchecked[-1]


def test_a_function_alone_outside_a_derivative_s_numerator_still_needs_its_arguments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """σ(1 - σ) after σ(x): … with x a name of the page: σ at x, or at the argument the text means? Where the
    display applies σ to z alone, z (bare_functions); where it applies σ to z and to x, refused."""
    text = "---\ndefine:\n  \\sigma(x): \\frac{1}{1+e^{-x}}\n---\n"
    text += "$$\\frac{d}{dz}\\sigma(z) = \\sigma (1 - \\sigma) + 0 x$$\n\n"
    text += "$$\\frac{d\\sigma}{dx} = \\sigma(x)(1 - \\sigma(x))$$\n\n"
    text += "$$\\frac{d}{dz}\\sigma(z) = \\sigma - \\sigma(x)^2$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(5, "proven"), (7, "proven")] and "the function \\sigma needs its arguments" in unchecked[0]


@pytest.mark.parametrize("lead", ["If $k = 1$:", "Now, for $k = 1$:"])
def test_a_case_on_an_entry_number_before_a_display_is_not_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """'If $k = 1$:' before ∂L/∂x_k = 2x_1 (true there): the case was ignored and the chain refuted at k = 2, outside
    it. Now the chain is checked with k = 1, never without its case."""
    text = (
        f"---\n---\n$$L = \\sum_{{i=1}}^{{n}} x_i^2$$\n\n{lead}\n\n$$\\frac{{\\partial L}}{{\\partial x_k}} = 2 x_1$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(7, "proven")] and len(unchecked) == 1


def test_a_bare_function_beside_it_at_a_number_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """σ = σ(0) says the function is constant (false), not σ(0) = σ(0): a number is no argument to lend σ."""
    found, unchecked = statuses(tmp_path, capsys, SIGMOID + "$$\\sigma = \\sigma(0)$$\n")
    assert found == [] and unchecked == ["unreadable: the function \\sigma needs its arguments, as in \\sigma(x)"]


@pytest.mark.parametrize(
    ("reason", "status"),
    [
        ("Since $\\sum_i q_i = 1$,", "proven"),
        ("Using $\\sum_{i=1}^{n} q_i = 1$, we get", "proven"),
        ("Since $\\sum_i q_i = 2$,", "unproven"),  # a total derive does not hold: no counterexample may break it
        ("Since we can,", "refuted"),
    ],
)
def test_a_sum_to_one_given_as_the_reason_for_a_chain_is_its_assumption(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], reason: str, status: str
) -> None:
    """ "Since $\\sum_i q_i = 1$," before a display is an assumption of its chain, as "Assuming …:" is: the KL
    gradient p_k − q_k holds only under it, and is refuted without it."""
    text = (
        "---\n---\nWith $p = \\operatorname{softmax}(z)$,\n\n$$D = -\\sum_i q_i \\ln p_i$$\n\n"
        f"{reason}\n\n$$\\frac{{\\partial D}}{{\\partial z_k}} = -\\sum_i q_i (\\delta_{{ik}} - p_k) = p_k - q_k$$\n"
    )
    assert statuses(tmp_path, capsys, text)[0] == [(9, "proven"), (9, status)]
