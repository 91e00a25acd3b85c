"""A site's MathJax or KaTeX macros, given in the front matter (``macros: {\\Wmatr: \\mathbf{W}}``): applied as
``\\newcommand`` would be, on every line. A blog's page written with its site's ``\\Wmatr`` and ``\\batch`` had
every display refused ("the construct \\Wmatr is not supported here")."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.cli import main
from tests.read.page_reports import page_links, page_report

FRONT = "---\nmacros:\n  \\sq: '#1^2'\n  \\batch: B\n---\n"


@pytest.mark.parametrize(("right", "status"), [("2x", "proven"), ("x", "refuted")])
def test_a_macro_with_an_argument_is_applied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    report = page_report(tmp_path, capsys, FRONT + f"$$\\frac{{d}}{{dx}} \\sq{{x}} = {right}$$\n")
    assert [s for s, *_ in page_links(report)] == [status]


def test_a_macro_without_arguments_names_what_it_stands_for(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = "$$\\frac{\\partial}{\\partial x} \\frac{x}{\\batch} = \\frac{1}{B}$$\n\n$$\\batch + 1 = B + 2$$\n"
    report = page_report(tmp_path, capsys, FRONT + page)
    assert [s for s, *_ in page_links(report)] == ["undefined", "refuted"]  # undefined at B = 0, as 1/B is


@pytest.mark.parametrize(
    ("macros", "said"),
    [
        ("  R: \\mathbb{R}", "macros must map commands to LaTeX"),  # no backslash: no command
        ("  \\R: '{'", "the macro \\R in the front matter: its braces do not balance"),
        ("  \\R: 'x} \\newcommand{\\y}{-y'", "the macro \\R in the front matter: "),  # a body that defines
        ("  - a", "macros must map commands to LaTeX"),
        (
            "  \\x: '1$$ $$2'",
            "the macro \\x in the front matter: it holds a $",
        ),  # it would split a display
    ],
)
def test_a_malformed_macro_is_one_line_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], macros: str, said: str
) -> None:
    path = tmp_path / "page.md"
    path.write_text(f"---\nmacros:\n{macros}\n---\n$$x = 1$$\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    error = capsys.readouterr().err
    assert said in error and error.count("\n") == 1


def test_a_macro_that_expands_without_end_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.md"
    path.write_text("---\nmacros:\n  \\a: \\a \\a\n---\n$$\\a = 1$$\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    assert "the macro \\a in the front matter expands without end" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("macros", "prose", "status"),
    [
        ("  \\ge: '\\le'", "Let $x \\ge 0$.", "refuted"),  # as MathJax shows it: x ≤ 0, so √(x²) = −x
        ("  \\pos: 'x > 0'", "Assume $\\pos$.", "proven"),  # a macro in the prose is written out there too
    ],
)
def test_a_site_macro_is_written_out_in_the_prose_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], macros: str, prose: str, status: str
) -> None:
    """A probe of session 35: macros applied to the displays alone had left "$x \\ge 0$" (\\ge made \\le) read as
    x ≥ 0, and "Assume $\\pos$." unread (√(x²) = x refuted with x = −9/5, which it rules out)."""
    page = f"---\nmacros:\n{macros}\n---\n{prose}\n\n$$\\sqrt{{x^2}} = x$$\n"
    report = page_report(tmp_path, capsys, page)
    assert [s for s, *_ in page_links(report)] == [status]
