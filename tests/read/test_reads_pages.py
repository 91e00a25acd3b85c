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
    main(["check", str(path), "--no-cache", "--format", "json", "--timeout", "60", "--budget", "300"])
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
    """w never indexed is a scalar: wᵀx is refused at its display, saying why and what to declare, and the rest of
    the file is still checked. Declared a vector, the same display reads, and its false twin is refuted."""
    by = "\\frac{\\partial}{\\partial w_k} w" + mark
    body = f"$${by} x = x_k$$\n\n$${by} x = w_k$$\n"
    found, unchecked = statuses(tmp_path, capsys, "---\n---\n$$w" + mark + " x = 2$$\n\n$$2 b = b + b$$\n")
    assert found == [(5, "proven")]
    assert unchecked == [
        f"unreadable: w is a scalar here (the page never indexes it), so {mark} cannot transpose it: declare w "
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
    (exit 2), with the same one-line reason."""
    path = tmp_path / "d.md"
    path.write_text("---\ndefine:\n  z: w^\\top x\n---\n$$\\frac{\\partial z}{\\partial x} = w$$\n", encoding="utf-8")
    assert main(["check", str(path), "--no-cache"]) == 2
    assert (
        capsys.readouterr()
        .err.strip()
        .endswith(
            "d.md:3: w is a scalar here (the page never indexes it), so ^\\top cannot transpose it: declare w under "
            "vectors or arrays"
        )
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
    main(["check", str(path), "--no-cache", "--format", "json", "--timeout", "60"])
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
    assert main(["check", str(path), "--no-cache"]) == 2
    assert "network" in capsys.readouterr().err
