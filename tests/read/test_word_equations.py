"""An equation in dollars inside a display's words is math, as TeX sets it: read, or refused with a reason, never
dropped. ``\\text{$x + x = 3x$}`` had been "holds no '='", and ``\\text{and $y + y = 3y$}`` listed nowhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from refusals import refusal
from sympy import Symbol

from derive.read import read_document
from derive.read.word_equations import lifted_equations

x, y = Symbol("x", real=True), Symbol("y", real=True)


def sides(tmp_path: Path, text: str, name: str = "d.md") -> list[tuple[object, object]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(link.lhs, link.rhs) for link in read_document(path).links]  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", ["text", "mbox", "textrm", "textnormal"])
def test_an_equation_alone_in_words_is_read(tmp_path: Path, command: str) -> None:
    assert sides(tmp_path, f"$$\\{command}{{$x + x = 3x$}}$$\n") == [(2 * x, 3 * x)]


def test_an_equation_after_a_joining_word_is_an_equation_of_its_own(tmp_path: Path) -> None:
    body = "$$x + x = 2x \\quad \\text{and $y + y = 3y$}$$\n"
    assert sides(tmp_path, body) == [(2 * x, 2 * x), (2 * y, 3 * y)]


def test_an_equation_in_words_of_a_tex_file_is_read(tmp_path: Path) -> None:
    body = "\\begin{document}\n\\begin{equation}\n\\mbox{$x + x = 3x$}\n\\end{equation}\n\\end{document}\n"
    assert sides(tmp_path, body, "d.tex") == [(2 * x, 3 * x)]


def test_an_equation_in_a_remark_is_refused_as_one_written_outside_the_words(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("$$x + x = 2x \\quad \\text{(since $1 = 2$)}$$\n", encoding="utf-8")
    assert "a remark after the math states a relation" in refusal(path)


def test_a_case_and_math_with_no_equation_stay_words(tmp_path: Path) -> None:
    body = "$$x + x = 2x \\quad \\text{(6) split the sum at $i = k$, for $x_1$}$$\n"
    assert sides(tmp_path, body) == [(2 * x, 2 * x)]


def test_the_words_around_an_equation_stay_words_and_lines_keep_their_numbers() -> None:
    assert lifted_equations("\\text{costs \\$5, so\n $y = 2$ here}") == "\\text{costs \\$5, so\n }y = 2\\text{ here}"
    assert lifted_equations("\\mbox{ $a = b$. }") == " a = b\\mbox{. }"  # no words: the formula, a case or not
    assert lifted_equations("\\text{at $i = k$}") == "\\text{at $i = k$}"
    assert lifted_equations("\\text{a {b $c = d$}}") == "\\text{a {b $c = d$}}"  # nested: TeX's own group
