"""Matrices and vectors written whole (Xθ, XᵀXθ, (Xθ)ᵀy, ∇_θ of quadratic and linear forms), with the sizes of X
given in the front matter: proven for every size in index notation, and a false version refuted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main
from tests.read.test_reads_pages import statuses

DESIGN = "---\nsizes: {m: symbolic, d: symbolic}\narrays: {X: [m, d], y: [m], \\theta: [d], A: [d, d]}\n---\n"


@pytest.mark.parametrize(
    ("equation", "status"),
    [
        # (Xθ)ᵀXθ sums over the rows of X first, θᵀ(XᵀX)θ over θ's entries first: one double sum in either order
        ("\\nabla_\\theta \\left( (X\\theta)^T X\\theta \\right)"
         " = \\nabla_\\theta \\left( \\theta^T (X^T X)\\theta \\right)", "proven"),
        ("\\nabla_\\theta \\left( (X\\theta)^T X\\theta \\right) = 2 X^T X \\theta", "proven"),
        ("\\nabla_\\theta \\left( (X\\theta)^T X\\theta \\right) = X^T X \\theta", "refuted"),
        ("(X\\theta)^T y = y^T X \\theta", "proven"),
        ("(X\\theta)^T y = y^T X X^T y", "refuted"),
        # the indices of a square A summed in the wrong order are a different sum: θᵀAθ's gradient is (A + Aᵀ)θ
        ("\\nabla_\\theta \\left( \\theta^T A \\theta \\right) = (A + A^T) \\theta", "proven"),
        ("\\nabla_\\theta \\left( \\theta^T A \\theta \\right) = 2 A \\theta", "refuted"),
        ("\\nabla_\\theta \\left( \\theta^T A \\theta \\right) = 2 A^T \\theta", "refuted"),
    ],
)  # fmt: skip
def test_sums_of_a_matrix_product_in_either_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], equation: str, status: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, DESIGN + f"$${equation}$$\n")
    assert (found, unchecked) == ([(5, status)], [])


@pytest.mark.parametrize(("sign", "status"), [("-", "proven"), ("+", "refuted")])
def test_the_normal_equations_gradient_in_steps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str, status: str
) -> None:
    """The least-squares gradient multiplied out, the cross terms merged, and the gradient taken: every step
    proven for every m and d; the step with the wrong sign of Xᵀy refuted at its line."""
    text = DESIGN + (
        "$$\n\\begin{aligned}\n"
        "\\nabla_\\theta \\frac{1}{2} (X\\theta - y)^T (X\\theta - y)"
        " &= \\frac{1}{2} \\nabla_\\theta \\left( (X\\theta)^T X\\theta - 2 y^T X\\theta + y^T y \\right) \\\\\n"
        f"&= X^T X \\theta {sign} X^T y\n"
        "\\end{aligned}\n$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert (found, unchecked) == ([(7, "proven"), (8, status)], [])


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("\\nabla_\\theta J(\\theta) = X^T X \\theta - X^T y", "proven"),
        ("\\nabla_\\theta J(\\theta) = X^T X \\theta + X^T y", "refuted"),
        ("\\nabla_\\theta J(\\theta) = X^T (X \\theta - y) - X^T y", "refuted"),
    ],
)
def test_a_function_defined_of_the_pages_vector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """J(θ) = ½(Xθ − y)ᵀ(Xθ − y) cannot be read with θ a number (Xθ − y would add a matrix and a vector): θ is the
    page's vector, and J(θ) its body."""
    text = DESIGN + f"Let $J(\\theta) = \\frac{{1}}{{2}}(X\\theta - y)^T(X\\theta - y)$.\n\n$${claim}$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(7, status)]


def test_a_function_of_the_pages_vector_applied_to_another_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its body is known at θ only: J(w) and J'(θ) are not read."""
    text = (
        DESIGN.replace("A: [d, d]", "w: [d]")
        + "Let $J(\\theta) = \\frac{1}{2}(X\\theta - y)^T(X\\theta - y)$.\n\n"
        + "$$\\nabla_w J(w) = X^T X w - X^T y$$\n\n$$J'(\\theta) = X^T X \\theta - X^T y$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("defined at its own arguments only" in reason for reason in unchecked)
    assert any("write the gradient" in reason for reason in unchecked)


@pytest.mark.parametrize(("right", "status"), [("2 X^T X \\theta", "proven"), ("X^T X \\theta", "refuted")])
def test_a_greek_name_declared_without_its_backslash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """`theta: [d]` in the front matter declares \\theta, as YAML lets it be typed."""
    text = DESIGN.replace("\\theta: [d]", "theta: [d]") + (
        f"$$\\nabla_\\theta \\left( \\theta^T (X^T X) \\theta \\right) = {right}$$\n"
    )
    assert statuses(tmp_path, capsys, text) == ([(5, status)], [])


def test_messages_lead_to_the_sizes_of_a_matrix_and_its_vectors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without a front matter, X, θ and y are read from how the page multiplies them (the second display lacks
    yᵀy: refuted); with X declared and θ not, θ is read as long as X's rows are wide."""
    display = "$$(X\\theta - \\vec{y})^T (X\\theta - \\vec{y}) = \\theta^T X^T X \\theta - 2 \\vec{y}^T X \\theta$$\n"
    gradient = "$$\\nabla_\\theta \\left( (X\\theta)^T \\vec{y} - \\vec{y}^T \\vec{y} \\right) = X^T \\vec{y}$$\n\n"
    found, _ = statuses(tmp_path, capsys, "---\n---\n" + gradient + display)  # shapes read from the products
    assert found == [(3, "proven"), (5, "refuted")]
    front = "---\nsizes: {m: symbolic, d: symbolic}\narrays: {X: [m, d], y: [m]}\n---\n"
    assert statuses(tmp_path, capsys, front + display) == ([(5, "refuted")], [])  # θ: a vector of d, as X's rows


BIAS = "---\nsizes: {d: symbolic}\narrays: {\\theta: [d], x: [d]}\nscalars: [\\theta_0, y]\n---\n"


@pytest.mark.parametrize(
    ("equation", "status"),
    [
        ("\\nabla_\\theta \\left( \\theta^T x + \\theta_0 - y \\right)^2"
         " = 2 \\left( \\theta^T x + \\theta_0 - y \\right) x", "proven"),
        ("\\nabla_\\theta \\left( \\theta^T x + \\theta_0 - y \\right)^2"
         " = \\left( \\theta^T x + \\theta_0 - y \\right) x", "refuted"),
        ("\\frac{\\partial}{\\partial \\theta_0} \\left( \\theta^T x + \\theta_0 - y \\right)^2"
         " = 2 \\left( \\theta^T x + \\theta_0 - y \\right)", "proven"),
        ("\\frac{\\partial}{\\partial \\theta_0} \\left( \\theta^T x + \\theta_0 - y \\right)^2"
         " = 2 \\left( \\theta^T x - y \\right)", "refuted"),
    ],
)  # fmt: skip
def test_a_bias_beside_a_vector(tmp_path: Path, capsys: pytest.CaptureFixture[str], equation: str, status: str) -> None:
    """θ_0 declared a number beside the vector θ: the gradient by θ and the derivative by θ_0."""
    assert statuses(tmp_path, capsys, BIAS + f"$${equation}$$\n") == ([(6, status)], [])


def test_an_undeclared_bias_is_refused_naming_how_to_declare_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = BIAS.replace("scalars: [\\theta_0, y]\n", "") + "$$\\nabla_\\theta (\\theta^T x + \\theta_0) = x$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [] and any("scalars: [\\theta_0]" in reason for reason in unchecked), unchecked


@pytest.mark.parametrize(
    ("front", "right", "found"),
    [
        ("", "x^{(i)}", []),  # θ never declared: θ transposed, or θ to the power T?
        ("scalars: [\\theta]", "x^{(i)}", [(4, "refuted")]),  # a declared number: the power T, whose derivative
        ("scalars: [\\theta]", "T \\theta^{T} x^{(i)}", [(4, "refuted")]),  # is T θ^{T − 1} x^{(i)}
    ],
)
def test_a_transpose_mark_that_is_also_a_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, right: str, found: list[tuple[int, str]]
) -> None:
    """θ^T with T a name of the page: read as a power only of a declared number (γ^T); of a name the text alone
    made a number it reads two ways, and is refused (it was read as the power T, and a true claim refuted)."""
    text = (
        f"---\n{front}\n---\n$$\\frac{{\\partial}}{{\\partial \\theta}} \\sum_{{i=1}}^{{m}} "
        f"\\left( \\theta^T x^{{(i)}} - T \\right) = \\sum_{{i=1}}^{{m}} {right}$$\n"
    )
    links, unchecked = statuses(tmp_path, capsys, text)
    assert links == found
    assert found or any("to the power T" in reason for reason in unchecked), unchecked


@pytest.mark.parametrize("entry", ["c", "d"])
def test_an_array_in_brackets_is_a_matrix(tmp_path: Path, capsys: pytest.CaptureFixture[str], entry: str) -> None:
    """``\\left[\\begin{array}{cc} … \\end{array}\\right]``, as pages wrote matrices before amsmath's bmatrix: read
    as one; its product with the identity checked entry by entry (c where c stands proven; d there refuted). A
    one-column array in brackets at a display's end stays a side note (seed 003's rule recalled)."""
    matrix = "\\left[\\begin{array}{cc} a & b \\\\ c & d \\end{array}\\right]"
    identity = "\\left(\\begin{array}{cc} 1 & 0 \\\\ 0 & 1 \\end{array}\\right)"
    right = f"\\left[\\begin{{array}}{{cc}} a & b \\\\ {entry} & d \\end{{array}}\\right]"
    found, unchecked = statuses(tmp_path, capsys, f"$$\n{matrix} {identity} = {right}\n$$\n")
    assert (found, unchecked) == ([(2, "proven" if entry == "c" else "refuted")], [])


@pytest.mark.parametrize(
    "matrix", ["\\begin{bmatrix} 1 \\\\ 0 \\end{bmatrix}", "\\left[\\begin{array}{c} 1 \\\\ 0 \\end{array}\\right]"]
)
def test_a_column_written_out_equal_to_a_number_is_refuted_by_its_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], matrix: str
) -> None:
    """On a page of numbers a 2×1 column = a number had been unproven ("no proof for every n"): its shape refutes
    it, at no length (the page has none)."""
    path = tmp_path / "d.md"
    path.write_text(f"$$\n{matrix} = a\n$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    (link,) = json.loads(capsys.readouterr().out)["links"]
    assert link["status"] == "refuted"
    assert "different shapes, 2×1 and a number" in link["method"] and "n =" not in json.dumps(link)


@pytest.mark.parametrize(
    "array",
    [
        "x + \\begin{array}{rcl} L & = & a \\\\ & = & b \\end{array}",  # no matrix (alone: aligned equations)
        "\\left(\\begin{array}{c|c} a & b \\end{array}\\right) = \\left(\\begin{array}{c|c} a & b \\end{array}\\right)",
    ],
)
def test_an_array_outside_brackets_or_with_rules_is_not_read_as_a_matrix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], array: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, f"$$\n{array}\n$$\n")
    assert found == [] and "array is not one this reader knows" in unchecked[0]


@pytest.mark.parametrize("last", ["", " \\\\"])
def test_one_column_of_two_rows_in_parentheses_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str
) -> None:
    """``\\left(\\begin{array}{c} m \\\\ 2 \\end{array}\\right)`` is how pages wrote C(m, 2): read as a column, the
    true identity C(m, 2) = m(m − 1)/2 was refuted by its shape (a probe)."""
    binomial = f"\\left(\\begin{{array}}{{c}} m \\\\ 2{last} \\end{{array}}\\right)"
    found, unchecked = statuses(tmp_path, capsys, f"$$\n{binomial} = \\frac{{m(m-1)}}{{2}}\n$$\n")
    assert found == [] and "binomial coefficient" in unchecked[0]


def test_a_product_of_two_like_vectors_reads_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """a(1 − a) of a column a, as a README writes ŷ(1 − ŷ) of the predictions: entry by entry, as pages mean it,
    or a matrix product, which names no matrix? It had been refuted as 'a number and no matrix' (where the page's ŷ
    was a number all along); now refused, naming both readings."""
    path = tmp_path / "d.md"
    path.write_text("Let $\\mathbf{a} \\in \\mathbb{R}^m$.\n\n$$s (1 - s) = s - s^2 = \\mathbf{a}(1 - \\mathbf{a})$$\n")
    main(["check", str(path), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert [link["status"] for link in report["links"]] == ["proven"]
    assert "a product of two m×1 vectors can be read two ways: entry by entry" in report["unchecked"][0]["reason"]


@pytest.mark.parametrize(("last", "status"), [("a \\\\ c", "proven"), ("a \\\\ 2c", "refuted")])
def test_a_smallmatrix_is_a_matrix(tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, status: str) -> None:
    """``\\left[\\begin{smallmatrix} … \\end{smallmatrix}\\right]``, a matrix set small in a line of text (a blog's
    one-hot y): "not an environment this reader knows" before."""
    small = "\\left( \\begin{smallmatrix} a & b \\\\ c & d \\end{smallmatrix} \\right)"
    column = "\\left( \\begin{smallmatrix} 1 \\\\ 0 \\end{smallmatrix} \\right)"
    display = f"{small} {column} = \\begin{{pmatrix}} {last} \\end{{pmatrix}}"
    assert statuses(tmp_path, capsys, f"$${display}$$\n") == ([(1, status)], [])
