"""A function defined by cases on values and a claim about its derivative by cases (Clevert's ELU), written in one
display set apart by ``, \\qquad``: both read, the claim proven by cases, a false twin refuted."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.cli import main
from tests.read.test_reads_pages import statuses

ELU = (
    "---\n---\n"
    "The ELU with $0 < \\alpha$ is\n\n"
    "$$f(x) = \\begin{cases} x & \\text{if } x > 0 \\\\ \\alpha \\left( \\exp(x) - 1 \\right) & \\text{if } x \\le 0 "
    "\\end{cases}, \\qquad f'(x) = \\begin{cases} 1 & \\text{if } x > 0 \\\\ f(x) + \\alpha & \\text{if } x \\le 0 "
    "\\end{cases}.$$\n"
)


@pytest.mark.parametrize(
    ("branch", "status"), [("f(x) + \\alpha", "proven"), ("f(x) - \\alpha", "refuted"), ("f(x)", "refuted")]
)
def test_a_derivative_by_cases_of_a_function_by_cases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], branch: str, status: str
) -> None:
    """The cases' rows are no rows of the display (it is split at ', \\qquad'); 'if' in a row's condition is no
    function f applied; the claim, about scalars alone, is proven by cases."""
    links, unchecked = statuses(tmp_path, capsys, ELU.replace("f(x) + \\alpha", branch))
    assert links == [(5, status)], (links, unchecked)


def test_the_words_of_cases_name_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """\\begin{cases} and \\text{if} in a definition's body make no scalars c, a, s, i, f of the page."""
    path = tmp_path / "d.md"
    path.write_text(ELU, encoding="utf-8")
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert "scalars \\alpha, x;" in out and "a, c, s" not in out, out
