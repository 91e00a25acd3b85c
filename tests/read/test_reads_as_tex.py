"""The reader reads what the page shows, by TeX's rules, and refuses what a reader could take two ways.

Each case here was a false equation proven (or a true one refuted) by an earlier reader: rows joined by
multiplication, scripts that took more than TeX's one token, digits and spaces, \\log(x)^2, captured indices,
macros ignored, displays never found.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from refusals import refusal
from sympy import Eq, IndexedBase, Integer, KroneckerDelta, Ne, Symbol, exp, log

from derive.cli import main
from derive.model.real_values import not_negative
from derive.read import read_document

FRONT = """---
n: symbolic
vectors: [z, y]
indices: [i, j, k]
scalars: [a, b, c, x]
---
"""
z = IndexedBase("z", real=True)
y = IndexedBase("y", real=True)
a, b, c, x = (Symbol(name, real=True) for name in "abcx")
i, k = Symbol("i", integer=True), Symbol("k", integer=True)


def read(tmp_path: Path, body: str, front: str = FRONT, name: str = "d.md") -> object:
    path = tmp_path / name
    path.write_text(front + body, encoding="utf-8")
    return read_document(path)


def refused(tmp_path: Path, body: str, front: str = FRONT, name: str = "d.md") -> str:
    path = tmp_path / name
    path.write_text(front + body, encoding="utf-8")
    return refusal(path)


def sides(document: object) -> list[tuple[object, object]]:
    return [(link.lhs, link.rhs) for link in document.links]  # type: ignore[attr-defined]


# Rows ------------------------------------------------------------------------------------------------------


def test_a_row_with_a_left_side_of_its_own_starts_a_new_chain_and_never_multiplies(tmp_path: Path) -> None:
    body = "$$\n\\begin{aligned}\nz_1 - z_1 &= 0 \\\\\nz_2 &= 0\n\\end{aligned}\n$$\n"
    document = read(tmp_path, body, FRONT.replace("n: symbolic", "n: 2"))
    assert sides(document) == [(Integer(0), Integer(0)), (z[2], Integer(0))]
    assert [link.chain for link in document.links] == [1, 2]  # type: ignore[attr-defined]
    assert [link.line for link in document.links] == [9, 10]  # type: ignore[attr-defined]


def test_rows_split_in_dollars_and_brackets_too(tmp_path: Path) -> None:
    assert sides(read(tmp_path, "$$ a = b \\\\ c = x $$\n")) == [(a, b), (c, x)]
    assert sides(read(tmp_path, "\\[\na = b \\\\\n c = x\n\\]\n")) == [(a, b), (c, x)]


def test_a_row_that_starts_with_an_operator_continues_the_expression(tmp_path: Path) -> None:
    body = "\\begin{align*}\na &= b \\\\\n  &\\quad + c \\\\\n  &= x\n\\end{align*}\n"
    assert sides(read(tmp_path, body)) == [(a, b + c), (b + c, x)]


def test_a_leading_sign_is_a_sign_and_a_left_cell_starts_an_equation(tmp_path: Path) -> None:
    assert sides(read(tmp_path, "$$-a = b$$\n")) == [(-a, b)]
    body = "\\begin{align*}\na &= b \\\\\n-c &= x\n\\end{align*}\n"
    assert sides(read(tmp_path, body)) == [(a, b), (-c, x)]
    body = "\\begin{align*}\na &= b \\\\\n&\\quad -c = x\n\\end{align*}\n"
    assert sides(read(tmp_path, body)) == [(a, b - c), (b - c, x)]
    message = refused(tmp_path, "\\begin{align*}\na &= b \\\\\n&-c = x\n\\end{align*}\n")
    assert "an aligned row that starts with '-' and holds '=' reads two ways" in message
    message = refused(tmp_path, "$$a = b \\\\ -c = x$$\n")
    assert "can continue the expression above or be an equation" in message and "&\\quad - c" in message
    assert sides(read(tmp_path, "$$a = b \\\\ -c$$\n")) == [(a, b - c)]


def test_an_operator_before_the_alignment_mark_continues_the_side_above(tmp_path: Path) -> None:
    """``a =& b \\\\ +& c``: the operator sits in the left column, under the '=' (a real page's layout); it was a left
    side of its own, "a chain with no '='", and the link above was refuted without its second term."""
    body = "$$\n\\begin{{aligned}}\na =& b \\\\\n{op}& c \\\\\n=& x\n\\end{{aligned}}\n$$\n"
    assert sides(read(tmp_path, body.format(op="+"))) == [(a, b + c), (b + c, x)]
    assert sides(read(tmp_path, body.format(op="-"))) == [(a, b - c), (b - c, x)]
    assert sides(read(tmp_path, body.format(op="\\cdot"))) == [(a, b * c), (b * c, x)]


def test_a_parenthesis_spanning_rows_groups_nothing_as_in_tex(tmp_path: Path) -> None:
    """``\\Bigg( a \\\\ +& b \\Bigg)``: TeX breaks the row inside the parenthesis, which only braces and
    ``\\left … \\right`` would prevent; the side was refused ("expected ')' but found '\\\\'")."""
    body = "$$\n\\begin{aligned}\nx =& \\Bigg( a \\\\\n+& b \\Bigg) c\n\\end{aligned}\n$$\n"
    assert sides(read(tmp_path, body)) == [(x, (a + b) * c)]


def test_a_row_that_continues_without_an_operator_is_refused(tmp_path: Path) -> None:
    body = "\\begin{align*}\na &= b \\\\\n  & c\n\\end{align*}\n"
    assert "product across the line break" in refused(tmp_path, body)


def test_multline_rows_are_one_equation(tmp_path: Path) -> None:
    body = "\\begin{multline*}\na = b \\\\\n+ c\n\\end{multline*}\n"
    assert sides(read(tmp_path, body)) == [(a, b + c)]


def test_gather_and_eqnarray_rows(tmp_path: Path) -> None:
    assert sides(read(tmp_path, "\\begin{gather*}\na = b \\\\\nc = x\n\\end{gather*}\n")) == [(a, b), (c, x)]
    body = "\\begin{eqnarray*}\na &=& b \\\\\n&=& c\n\\end{eqnarray*}\n"
    assert sides(read(tmp_path, body)) == [(a, b), (b, c)]
    body = "\\begin{alignat*}{2}\na &= b \\\\\n  &= c\n\\end{alignat*}\n"
    assert sides(read(tmp_path, body)) == [(a, b), (b, c)]


def test_equations_side_by_side_are_refused_and_a_case_column_is_read(tmp_path: Path) -> None:
    for environment in ("align*", "alignat*}{2", "flalign*"):
        body = f"\\begin{{{environment}}}\na &= b & c &= x\n\\end{{{environment.split('}')[0]}}}\n"
        assert "side by side" in refused(tmp_path, body)
    assert "side by side" in refused(tmp_path, "\\begin{eqnarray*}\na &=& b & c\n\\end{eqnarray*}\n")
    body = "\\begin{align*}\nz_i &= z_k && (i = k) \\\\\n &= z_i && \\text{(the same)}\n\\end{align*}\n"
    document = read(tmp_path, body)
    assert [link.condition for link in document.links] == [Eq(i, k), Eq(i, k)]  # type: ignore[attr-defined]


# TeX's tokens ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("formula", "words"),
    [
        ("z_12 = 0", "_12 can be read two ways"),
        ("x^10 = 0", "^10 (TeX raises only the first digit)"),
        ("z_1 2 = 0", "a digit after a one-token script"),
        ("e^z_1 = 0", "a script after a superscript"),
        ("1\\,000 = 0", "digits apart by a space"),
        ("1~000 = 0", "digits apart by a space"),
        ("\\log(x)^2 = 0", "\\log(x)^2 can be read two ways"),
        ("\\exp(x)^2 = 0", "\\exp(x)^2 can be read two ways"),
        ("\\ln\\left(x\\right)^2 = 0", "\\ln(x)^2 can be read two ways"),
        ("\\log x y = 0", "\\log x y"),
        ("a/b c = 0", "a/bc"),
        ("f(x) + 1 = 0", "f(…) with f undeclared"),
        ("\\sum_{i \\neq i} 1 = n - 1", "leaves out its own index"),
        ("((10^{64})^{64})^{2} = z_1", "too large"),
        ("10^{64} 10^{64} 10^{64} 10^{64} 10^{64} = 0", "too large"),
    ],
)
def test_what_the_page_shows_differently_from_how_it_reads_is_refused(tmp_path: Path, formula: str, words: str) -> None:
    message = refused(tmp_path, f"$${formula}$$\n")
    assert words in message and "d.md:7:" in message


@pytest.mark.parametrize(
    ("formula", "both"),
    [
        ("\\log(x)^2 = 0", ("\\left(\\log x\\right)^2", "\\log\\left(x^2\\right)")),
        ("z_12 = 0", ("_{12}", "_1 \\cdot 2")),
        ("\\sqrt 16 = 4", ("\\sqrt 16 (TeX puts only the first digit under the root)", "\\sqrt{1} \\cdot 6")),
        ("\\sqrt[3] 27 = 3", ("\\sqrt[3]{27}", "\\sqrt[3]{2} \\cdot 7")),
        ("a/b c = 0", ("\\frac{a}{bc}", "\\frac{a}{b} c")),
    ],
)
def test_a_refusal_names_both_readings_and_how_to_write_each(
    tmp_path: Path, formula: str, both: tuple[str, str]
) -> None:
    message = refused(tmp_path, f"$${formula}$$\n")
    assert all(reading in message for reading in both)


def test_digits_apart_by_white_space_are_one_number_as_tex_sets_them(tmp_path: Path) -> None:
    assert sides(read(tmp_path, "$$2 5 = 10$$\n")) == [(Integer(25), Integer(10))]


def test_braced_scripts_and_the_readings_that_stay(tmp_path: Path) -> None:
    front = FRONT.replace("n: symbolic", "n: 12")
    assert sides(read(tmp_path, "$$z_{12} = e^{z_1} = \\log x^2 = x^{10}$$\n", front)) == [
        (z[12], exp(z[1])),
        (exp(z[1]), log(x**2)),
        (log(x**2), x**10),
    ]
    assert sides(read(tmp_path, "$$\\log(x) b = \\exp(x) = a/b + c$$\n"))[0] == (log(x) * b, exp(x))


# Definitions -----------------------------------------------------------------------------------------------


def test_a_free_index_in_a_definition_is_an_error_naming_it(tmp_path: Path) -> None:
    front = FRONT.replace("scalars: [a, b, c, x]\n", "define:\n  q: z_k\n")
    message = refused(tmp_path, "$$\\sum_k q = \\sum_k z_k$$\n", front)
    assert "free index k" in message


def test_a_sum_that_binds_the_parameter_is_an_error(tmp_path: Path) -> None:
    front = FRONT.replace("scalars: [a, b, c, x]\n", "define:\n  s_i: \\sum_{i} z_i\n")
    assert "binds i, its parameter" in refused(tmp_path, "$$s_1 = 0$$\n", front)


def test_circular_definitions_are_refused(tmp_path: Path) -> None:
    front = FRONT.replace("scalars: [a, b, c, x]\n", "define:\n  p: q + 1\n  q: p - 1\n")
    assert "cycle: p → q → p" in refused(tmp_path, "$$p = q + 1$$\n", front)


def test_duplicate_keys_are_refused_with_both_lines(tmp_path: Path) -> None:
    front = FRONT.replace("scalars: [a, b, c, x]\n", "define:\n  p: a\n  p: b\nscalars: [a, b]\n")
    message = refused(tmp_path, "$$p = a$$\n", front)
    assert "given twice" in message and "'p'" in message
    twice = FRONT.replace("scalars: [a, b, c, x]\n", "scalars: [a]\nscalars: [a, b]\n")
    assert "'scalars' is given twice" in refused(tmp_path, "$$a = a$$\n", twice)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("scalars: [a, b, c, x]", "scalars: [e]"),
        ("scalars: [a, b, c, x]", "vectors2: []\nlength: e"),
        ("vectors: [z, y]", "vectors: [z, y, e]"),
        ("scalars: [a, b, c, x]", "define:\n  e: z_1"),
    ],
)
def test_euler_s_number_cannot_be_declared(tmp_path: Path, old: str, new: str) -> None:
    front = FRONT.replace(old, new).replace("vectors2: []\n", "")
    assert "e" in refused(tmp_path, "$$e^{z_1} = 1$$\n", front)


def test_a_function_is_applied_and_a_value_followed_by_one_name_in_parentheses_is_refused(tmp_path: Path) -> None:
    front = FRONT.replace("scalars: [a, b, c, x]\n", "scalars: [x]\ndefine:\n  \\sigma(t): \\frac{1}{1 + e^{-t}}\n")
    document = read(tmp_path, "$$\\sigma(x) = \\frac{1}{1+e^{-x}}$$\n", front)
    lhs, rhs = sides(document)[0]
    assert lhs == rhs == 1 / (1 + exp(-x))
    value = FRONT.replace("scalars: [a, b, c, x]\n", "scalars: [x]\ndefine:\n  \\sigma: \\frac{1}{1 + e^{-x}}\n")
    assert "\\sigma(x) with \\sigma defined as a value" in refused(tmp_path, "$$\\sigma(x) = 1$$\n", value)
    assert sides(read(tmp_path, "$$\\sigma(1 - \\sigma) = 1$$\n", value))  # σ(1 − σ) is a product


def test_a_function_argument_is_never_captured_by_the_body_s_sum(tmp_path: Path) -> None:
    front = FRONT.replace("scalars: [a, b, c, x]\n", "define:\n  g(t): \\sum_{j} t z_j\n")
    ((lhs, _),) = sides(read(tmp_path, "$$g(z_j) = 0$$\n", front))
    (total,) = lhs.atoms(__import__("sympy").Sum)
    assert total.limits[0][0] != Symbol("j", integer=True)  # the body's j was renamed apart from the argument's


# Cases, conditions and what must not be zero ---------------------------------------------------------------


def test_cases_from_annotations_and_prose(tmp_path: Path) -> None:
    document = read(tmp_path, "$$z_i = z_k \\quad (i = k)$$\n\nCase $i \\neq k$:\n\n$$z_i = z_i$$\n")
    assert [link.condition for link in document.links] == [Eq(i, k), Ne(i, k)]  # type: ignore[attr-defined]


def test_what_the_page_divides_by_is_kept_before_sympy_cancels_it(tmp_path: Path) -> None:
    document = read(tmp_path, "$$\\frac{0}{0} = \\frac{x}{x} = \\log a = b^{-1}$$\n")
    assert [set(link.nonzero) for link in document.links] == [  # type: ignore[attr-defined]
        {Integer(0), x},
        {x, a, not_negative(a)},  # log a: a ≠ 0, and no log of a negative number (``derive.model.real_values``)
        {a, b, not_negative(a)},
    ]


def test_delta_needs_braces_for_two_indices(tmp_path: Path) -> None:
    assert sides(read(tmp_path, "$$\\delta_{ik} = 0$$\n"))[0][0] == KroneckerDelta(i, k)
    assert "two indices" in refused(tmp_path, "$$\\delta_ik = 0$$\n")


def test_the_page_s_text_of_each_side_is_whole(tmp_path: Path) -> None:
    front = FRONT.replace("scalars: [a, b, c, x]\n", "define:\n  \\hat{y}_i: z_i\n")
    document = read(tmp_path, "$$z_i = \\hat{y_i}$$\n", front)
    assert document.links[0].rhs_latex == "\\hat{y_i}"  # type: ignore[attr-defined]


def test_a_display_that_starts_with_equals_goes_on_from_the_one_before(tmp_path: Path) -> None:
    document = read(tmp_path, "$$z_i = a \\quad (i = k)$$\n\nso that\n\n$$ = b = c.$$\n")
    assert sides(document) == [(z[i], a), (a, b), (b, c)]
    links = document.links  # type: ignore[attr-defined]
    assert {link.chain for link in links} == {1} and [link.position for link in links] == [1, 2, 3]
    assert all(link.condition == Eq(i, k) and link.head == z[i] for link in links)
    assert [link.lhs_latex for link in links] == ["z_i", "a", "b"]
    assert "continuing nothing" in refused(tmp_path, "$$ = b$$\n")


def test_an_implication_starts_a_new_equation(tmp_path: Path) -> None:
    for arrow in ("\\Rightarrow", "\\implies", "\\quad\\Longrightarrow\\quad"):
        document = read(tmp_path, f"$$(a + b)^2 = (b + a)^2 {arrow} c = x$$\n")
        assert sides(document) == [((a + b) ** 2, (a + b) ** 2), (c, x)]
        assert [link.chain for link in document.links] == [1, 2]  # type: ignore[attr-defined]
        document = read(tmp_path, f"$$a = b {arrow} c = x$$\n")  # not an identity: the condition c = x assumes
        assert sides(document) == [(c, x)]  # (derive.read.implied_premises)


@pytest.mark.parametrize(
    ("lead", "condition"),
    [
        ("If $i = k$,", Eq(i, k)),
        ("Case 1: \\(i=k\\)", Eq(i, k)),
        ("For $i \\neq k$:", Ne(i, k)),
        ("When $i \\ne k$, then", Ne(i, k)),
        ("**Case 2.** $i \\neq k$", Ne(i, k)),
        ("If $i = k$ and more words,", None),
    ],
)
def test_a_case_stated_in_prose_before_a_display(tmp_path: Path, lead: str, condition: object) -> None:
    (link,) = read(tmp_path, f"{lead}\n\n$$z_i = z_k$$\n").links  # type: ignore[attr-defined]
    assert link.condition == (condition if condition is not None else __import__("sympy").S.true)


def test_notation_people_type(tmp_path: Path) -> None:
    front = FRONT.replace("scalars: [a, b, c, x]", "scalars: [a, b, c, x, \\ell]")
    ell = Symbol("ell", real=True)
    assert sides(read(tmp_path, "$$\\frac12 a = \\frac{a}{2} = \\Bigl( a – b \\Bigr) · c$$\n", front)) == [
        (a / 2, a / 2),
        (a / 2, (a - b) * c),
    ]
    assert sides(read(tmp_path, "$$log(a) + ln a = exp(b) \\ell$$\n", front)) == [(2 * log(a), exp(b) * ell)]
    front = FRONT.replace("scalars: [a, b, c, x]", "scalars: [a, l, o, g]")
    assert "log without a backslash can be read two ways" in refused(tmp_path, "$$log(a) = 0$$\n", front)


def test_sums_as_people_write_them(tmp_path: Path) -> None:
    from sympy import Sum

    j = Symbol("j", integer=True)
    n = Symbol("n", integer=True, positive=True)
    total = Sum(exp(z[j]), (j, 1, n))
    for written in ("\\sum e^{z_j}", "\\sum_n e^{z_j}", "\\sum_{j}^{ } e^{z_j}", "\\sum_j^n e^{z_j}"):
        assert sides(read(tmp_path, f"$${written} = a$$\n"))[0][0] == total, written
    message = refused(tmp_path, "$$\\sum z_j z_k = a$$\n")
    assert "can run over j, k" in message and "\\sum_{j} or \\sum_{k}" in message
    assert "no index" in refused(tmp_path, "$$\\sum a = a$$\n")


def test_a_definition_s_denominators_count_where_it_is_used_at_the_index_it_is_used_with(tmp_path: Path) -> None:
    front = FRONT.replace(
        "scalars: [a, b, c, x]\n", "scalars: [a]\ndefine:\n  s_i: \\frac{1}{z_i}\n  q: \\frac{1}{a}\n"
    )
    document = read(tmp_path, "$$s_2 = z_1 = z_1$$\n\n$$q = q$$\n", front.replace("n: symbolic", "n: 2"))
    assert [set(link.nonzero) for link in document.links] == [{z[2]}, set(), {a}]  # type: ignore[attr-defined]


def test_a_display_goes_on_only_from_the_display_just_before(tmp_path: Path) -> None:
    body = "$$a = b$$\n\n$$x \\le c$$\n\n$$ = c$$\n"  # the page shows x ≤ c = c: nothing to go on from but ≤
    assert "continuing nothing" in refused(tmp_path, body)
    assert sides(read(tmp_path, "$$a = b$$\n\n$$x = c$$\n\n$$ = a$$\n")) == [(a, b), (x, c), (c, a)]


def test_a_display_that_goes_on_may_not_state_another_case(tmp_path: Path) -> None:
    body = "If $i = k$:\n\n$$z_i = z_k$$\n\nIf $i \\neq k$:\n\n$$ = a$$\n"  # which case does = a stand under?
    assert "state it where the chain starts" in refused(tmp_path, body)
    body = "If $i = k$:\n\n$$z_i = z_k$$\n\nIf $i = k$:\n\n$$ = a$$\n"
    assert [link.condition for link in read(tmp_path, body).links] == [Eq(i, k), Eq(i, k)]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("right", "status"), [("-\\frac{y_k}{p_k}", "undefined"), ("\\frac{y_k}{p_k}", "refuted")])
def test_a_word_space_around_a_typed_log_sets_the_function_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """kramdown posts type ``y_k \\ log \\ \\hat{y}_k``: a word space before log, typed as letters, spaces the
    function as TeX's \\log is spaced (the product y_k log p_k); before a letter it still reads two ways."""
    page = tmp_path / "page.md"
    page.write_text(
        f"$$L = - \\sum_k y_k \\ log \\ p_k$$\n\n$$\\frac{{\\partial L}}{{\\partial p_k}} = {right}$$\n\n"
        "$$a = y_1 \\ b$$\n"
    )
    main(["check", str(page), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert [link["status"] for link in report["links"]] == [status]
    assert "space as wide as a word's" in report["unchecked"][-1]["reason"]
