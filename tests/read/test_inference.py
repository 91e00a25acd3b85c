"""Front matter that says only what the text cannot: names inferred from how the displays write them (issue 15)."""

from __future__ import annotations

from pathlib import Path

from refusals import refusal
from sympy import Indexed, IndexedBase, Integer, Sum, Symbol

from derive.read import read_document


def read(tmp_path: Path, text: str) -> object:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def test_a_scalar_problem_needs_no_front_matter_keys(tmp_path: Path) -> None:
    document = read(tmp_path, "---\n---\n$$ (a + b)^2 = a^2 + 2ab + b^2 $$\n")
    (link,) = document.links  # type: ignore[attr-defined]
    a, b = Symbol("a", real=True), Symbol("b", real=True)
    assert (link.lhs, link.rhs) == ((a + b) ** 2, a**2 + 2 * a * b + b**2)
    assert document.inferred == "scalars a, b"  # type: ignore[attr-defined]


def test_a_subscript_makes_a_vector_and_its_letter_an_index(tmp_path: Path) -> None:
    text = (
        "---\ndefine:\n  s_i: \\frac{e^{z_i}}{\\sum_{j=1}^{n} e^{z_j}}\n---\n"
        "$$ \\sum_{k=1}^{n} s_k = \\sum_i s_i = 1 + y_1 - y_1 $$\n"
    )
    document = read(tmp_path, text)
    assert document.inferred == "vectors y, z; indices i, j, k"  # type: ignore[attr-defined]
    assert document.space.n == Symbol("n", integer=True, positive=True)  # type: ignore[attr-defined]
    first = document.links[0]  # type: ignore[attr-defined]
    assert isinstance(first.lhs, Sum)


def test_what_the_front_matter_declares_is_never_inferred_over(tmp_path: Path) -> None:
    text = "---\nn: 3\nscalars: [y]\n---\n$$ z_1 + y = y + z_1 $$\n"
    document = read(tmp_path, text)
    assert document.inferred == "vectors z"  # type: ignore[attr-defined]
    (link,) = document.links  # type: ignore[attr-defined]
    assert Symbol("y", real=True) in link.lhs.free_symbols


def test_a_sums_bound_names_the_length(tmp_path: Path) -> None:
    document = read(tmp_path, "---\n---\n$$ \\sum_{i=1}^{C} y_i = \\sum_{j=1}^{C} y_j $$\n")
    assert document.inferred == "length C; vectors y; indices i, j"  # type: ignore[attr-defined]
    (link,) = document.links  # type: ignore[attr-defined]
    assert link.lhs.limits[0][2] == Symbol("C", integer=True, positive=True)


def test_a_letter_before_parentheses_around_a_name_is_not_inferred(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("---\n---\n$$ f(x) + 0 = x $$\n", encoding="utf-8")  # f(x) = x defines f
    assert "two ways" in refusal(path) or "undeclared" in refusal(path)


def test_a_product_with_parentheses_is_a_product(tmp_path: Path) -> None:
    (link,) = read(tmp_path, "---\n---\n$$ x(1 - x) = x - x^2 $$\n").links  # type: ignore[attr-defined]
    x = Symbol("x", real=True)
    assert link.lhs == x * (1 - x)


def test_log_typed_without_a_backslash_makes_no_names(tmp_path: Path) -> None:
    document = read(tmp_path, "---\n---\n$$ log(e^{x}) = x $$\n")
    assert document.inferred == "scalars x"  # type: ignore[attr-defined]


def test_a_hatted_name_with_a_subscript_is_a_vector_of_its_own(tmp_path: Path) -> None:
    document = read(tmp_path, "---\nn: 2\n---\n$$ \\hat{y}_1 - y_1 = -(y_1 - \\hat{y_1}) $$\n")
    (link,) = document.links  # type: ignore[attr-defined]
    assert isinstance(link.lhs.args[0], Indexed) or any(isinstance(a, Indexed) for a in link.lhs.args)
    assert document.inferred == "vectors y, \\hat{y}"  # type: ignore[attr-defined]
    yhat = IndexedBase("yhat", real=True)
    assert link.lhs.has(yhat[Integer(1)])


def test_yaml_that_reads_a_formula_as_a_list_says_to_quote_it(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("---\ndefine:\n  L: - \\sum_i y_i\n---\n$$ L = L $$\n", encoding="utf-8")
    assert "must be quoted" in refusal(path)
    path.write_text("---\ndefine:\n  L:\n    - \\sum_i y_i\n---\n$$ L = L $$\n", encoding="utf-8")
    assert "quote the formula" in refusal(path)


def test_a_sum_to_one_written_out_at_a_given_n_is_the_constraint(tmp_path: Path) -> None:
    text = "---\nn: 3\nassume:\n  - y_1 + y_2 + y_3 = 1\n---\n$$ y_1 = y_1 $$\n"
    (constraint,) = read(tmp_path, text).assumptions  # type: ignore[attr-defined]
    assert constraint.kind == "sum-to-one" and constraint.vector == IndexedBase("y", real=True)
    for partial in ("y_1 + y_2 = 1", "y_1 + y_1 + y_3 = 1", "y_1 + y_2 + z_3 = 1"):
        path = tmp_path / "d.md"
        path.write_text(text.replace("y_1 + y_2 + y_3 = 1", partial), encoding="utf-8")
        assert "y_1 + … + y_n = 1" in refusal(path)


def test_a_sum_over_the_classes_written_as_membership_runs_over_them(tmp_path: Path) -> None:
    (link,) = read(tmp_path, "---\n---\n$$ \\sum_{i \\in C} y_i = \\sum_{j=1}^{C} y_j $$\n").links  # type: ignore[attr-defined]
    assert link.lhs.limits[0][1:] == (1, Symbol("C", integer=True, positive=True))
    (named,) = read(tmp_path, "---\n---\n$$ \\sum_{j \\in input(o)} y_j = 1 $$\n").links  # type: ignore[attr-defined]
    membership = [f for f in named.lhs.function.args if isinstance(f, Indexed) and str(f.base) == "input"]
    assert len(membership) == 1  # a set the page never defines: any subset of 1..n, never all of it


def test_a_formula_in_double_quotes_says_to_use_single_quotes(tmp_path: Path) -> None:
    """``- "y \\in \\{-1, 1\\}"``: YAML reads \\i as an escape; the message says how to quote TeX."""
    path = tmp_path / "d.md"
    path.write_text('---\nassume:\n  - "y \\in \\{-1, 1\\}"\n---\n$$ a = a $$\n', encoding="utf-8")
    assert "quote a formula with single quotes" in refusal(path)
