"""The LaTeX reader builds the SymPy objects the checker expects, and rejects what it does not know."""

from __future__ import annotations

import pytest
from sympy import Derivative, IndexedBase, Integer, KroneckerDelta, Mul, Pow, Sum, Symbol, exp, log

from derive.errors import InputError
from derive.model.notation import SumExcept
from derive.read.latex_lexer import tokenize
from derive.read.latex_parser import MAX_DEPTH, Names, parse_expression

n = Symbol("n", integer=True, positive=True)
i, j, k = (Symbol(name, integer=True) for name in "ijk")
z, y = IndexedBase("z", real=True), IndexedBase("y", real=True)
s, yhat = IndexedBase("s"), IndexedBase("yhat")
L, tau = Symbol("L"), Symbol("tau", real=True)


def names() -> Names:
    return Names(
        "n",
        n,
        vectors={"z": z, "y": y},
        indices={"i": i, "j": j, "k": k},
        scalars={"tau": tau},
        defined_vectors={"s": s, "yhat": yhat},
        defined_scalars={"L": L},
    )


def parse(text: str) -> object:
    return parse_expression(tokenize(text, 7), names(), 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (r"\frac{\partial L}{\partial z_k}", Derivative(L, z[k])),
        (r"\sum_{j=1}^{n} e^{z_j}", Sum(exp(z[j]), (j, 1, n))),
        (r"\sum_{j} e^{z_{j}}", Sum(exp(z[j]), (j, 1, n))),
        (r"\sum_{j \neq i} y_j", SumExcept(y[j], (j, 1, n), i)),
        (r"\sum_{j\neq i}^{n} y_j", SumExcept(y[j], (j, 1, n), i)),
        (r"\log s_i", log(s[i])),
        (r"\exp(z_i)", exp(z[i])),
        (r"e^{z_i - z_k}", exp(z[i] - z[k])),
        (r"\delta_{ik}", KroneckerDelta(i, k)),
        (r"\hat{y}_i", yhat[i]),
        (r"\hat{y_i}", yhat[i]),
        (r"y_i \cdot s_k", y[i] * s[k]),
        (r"\left( 1 - s_i \right)", 1 - s[i]),
        (r"-\sum_{i=1}^{n} y_i \log s_i", -Sum(y[i] * log(s[i]), (i, 1, n))),
        (r"s_i (\delta_{ik} - s_k)", s[i] * (KroneckerDelta(i, k) - s[k])),
        (r"\frac{\partial}{\partial z_k} \sum_j e^{z_j}", Derivative(Sum(exp(z[j]), (j, 1, n)), z[k])),
        (r"\frac{\partial \log s_i}{\partial z_k}", Derivative(log(s[i]), z[k])),
        (r"\tau s_k - y_k", tau * s[k] - y[k]),
        (r"(\sum_j e^{z_j})^{-2}", Pow(Sum(exp(z[j]), (j, 1, n)), -2)),
        (r"\frac{1}{2} y_1", Mul(Integer(1) / 2, y[1])),
    ],
)
def test_constructs_build_the_objects_the_checker_reads(text: str, expected: object) -> None:
    assert parse(text) == expected


def test_the_sum_body_is_one_term_and_stops_at_plus() -> None:
    assert parse(r"\sum_j y_j s_k + y_k") == Sum(y[j] * s[k], (j, 1, n)) + y[k]


def test_x_sub_i_is_the_vector_entry_not_a_symbol_named_x_i() -> None:
    entry = parse("z_{i}")
    assert entry == z[i] and entry.base == z  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("q_i", "unknown symbol q"),
        ("z", "vector z needs exactly one index"),
        ("z_q", "'q' is not an index"),
        ("z_0", "index 0 is outside 1..n"),
        (r"\int z_i", r"\int is not supported"),
        (r"\frac{\partial L}{\partial 2}", "differentiate by an entry"),
        (r"\sum_{j=0}^{n} y_j", "a sum from 0 runs up to a length less 1 (n-1)"),
        (r"\sum_{j=2}^{n} y_j", "sum's subscript"),
        (r"\sum_{j=1}^{5} y_j", "sums run up to a length (n)"),
        ("y_i +", "expected a term"),
        (r"y_i )", "unexpected ')'"),
        (r"e^{9^{9^{9}}}", "exponent too large"),
        (r"(z_i+1)^{100000}", "exponent too large"),
        (r"e^{100000}", "exponent of e too large"),
        ("y_i @ y_j", "character '@'"),
        ("1" * 40, "number"),
        (r"\delta_{i}", "two indices"),
    ],
)
def test_what_it_does_not_know_is_an_error_naming_line_and_construct(text: str, message: str) -> None:
    with pytest.raises(InputError, match="line 7") as error:
        parse(text)
    assert message in str(error.value)


def test_deep_nesting_is_refused_before_python_recursion() -> None:
    with pytest.raises(InputError, match="formula too long"):
        parse("{" * 10_000 + "y_i" + "}" * 10_000)
    with pytest.raises(InputError, match="nested too deeply"):
        parse("{" * (MAX_DEPTH + 5) + "y_i" + "}" * (MAX_DEPTH + 5))
    with pytest.raises(InputError, match="nested too deeply"):
        parse("(" * (MAX_DEPTH + 5) + "y_i" + ")" * (MAX_DEPTH + 5))


def test_lines_of_tokens_follow_the_text() -> None:
    tokens = tokenize("a\n+ b\n\n= c", 10)
    assert [t.line for t in tokens] == [10, 11, 11, 13, 13]


def test_a_backslash_before_a_line_break_is_a_control_space_and_the_line_still_counts() -> None:
    tokens = tokenize("a \\\nb \\ c", 1)
    assert [(t.value, t.line) for t in tokens] == [("a", 1), ("b", 2), ("c", 2)]


def test_an_error_quoting_control_characters_stays_on_one_line() -> None:
    message = str(InputError("line 3: unexpected '\\\n\t'"))
    assert "\n" not in message and "\t" not in message
    assert message == "line 3: unexpected '\\\\n\\t'"
