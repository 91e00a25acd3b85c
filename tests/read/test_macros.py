"""TeX macros are applied exactly as TeX applies them, or the display that uses one is refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest
from refusals import refusal
from sympy import IndexedBase, Integer

from derive.read import read_document

FRONT = "% ---\n% n: 2\n% vectors: [z]\n% indices: [i, k]\n% ---\n"
z = IndexedBase("z", real=True)


def read_tex(tmp_path: Path, body: str) -> list[tuple[object, object]]:
    path = tmp_path / "d.tex"
    path.write_text(FRONT + body, encoding="utf-8")
    return [(link.lhs, link.rhs) for link in read_document(path).links]


def refused(tmp_path: Path, body: str) -> str:
    path = tmp_path / "d.tex"
    path.write_text(FRONT + body, encoding="utf-8")
    return refusal(path)


@pytest.mark.parametrize(
    "definition",
    [
        "\\renewcommand{\\cdot}{+}",
        "\\renewcommand\\cdot{+}",
        "\\def\\cdot{+}",
        "\\let\\cdot=+",
        "\\let\\cdot+",
    ],
)
def test_a_redefined_command_is_read_as_redefined(tmp_path: Path, definition: str) -> None:
    body = f"{definition}\n\\begin{{equation*}}\nz_1 \\cdot 0 = 0\n\\end{{equation*}}\n"
    assert read_tex(tmp_path, body) == [(z[1], Integer(0))]  # the page shows z_1 + 0 = 0


def test_macros_with_arguments_take_them_as_tex_does(tmp_path: Path) -> None:
    body = (
        "\\newcommand{\\sq}[1]{{#1}^{2}}\n\\newcommand{\\pair}[2]{#1 - #2}\n"
        "\\[ \\sq{z_1} = \\sq{z_2} + \\pair{z_1}{z_2} = \\pair12 \\]\n"
    )
    assert read_tex(tmp_path, body) == [(z[1] ** 2, z[2] ** 2 + z[1] - z[2]), (z[2] ** 2 + z[1] - z[2], Integer(-1))]
    body = "\\def\\twice#1{2 #1}\n\\[ \\twice{z_1} = z_1 + z_1 \\]\n"
    assert read_tex(tmp_path, body) == [(2 * z[1], 2 * z[1])]


def test_a_macro_applies_from_where_it_is_defined(tmp_path: Path) -> None:
    body = "\\[ z_1 \\cdot 2 = 0 \\]\n\\renewcommand{\\cdot}{+}\n\\[ z_1 \\cdot 2 = 0 \\]\n"
    assert read_tex(tmp_path, body) == [(2 * z[1], Integer(0)), (z[1] + 2, Integer(0))]


@pytest.mark.parametrize(
    ("definition", "words"),
    [
        ("\\DeclareMathOperator{\\sm}{softmax}", "\\DeclareMathOperator"),
        ("\\newcommand{\\sm}[1][x]{#1}", "optional argument"),
        ("\\def\\sm#1.{#1}", "delimited"),
        ("\\edef\\sm{z_1}", "\\edef"),
    ],
)
def test_what_cannot_be_applied_exactly_is_refused_where_it_is_used(
    tmp_path: Path, definition: str, words: str
) -> None:
    message = refused(tmp_path, f"{definition}\n\\[ \\sm{{z_1}} = 0 \\]\n")
    assert "\\sm" in message and words in message and "d.tex:7:" in message
    assert read_tex(tmp_path, f"{definition}\n\\[ z_1 = 0 \\]\n")  # unused: nothing to refuse


def test_catcode_changes_refuse_the_file_and_expansion_is_bounded(tmp_path: Path) -> None:
    assert "\\catcode" in refused(tmp_path, "\\catcode`\\^=12\n\\[ z_1 = 0 \\]\n")
    assert "without end" in refused(tmp_path, "\\def\\loop{\\loop}\n\\[ \\loop = 0 \\]\n")


def test_a_macro_defined_in_markdown_math_is_applied_as_mathjax_shows_it(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("---\nn: 2\nvectors: [z]\nindices: [i]\n---\n$$\\renewcommand{\\cdot}{+} z_1 \\cdot 0 = 0$$\n")
    (link,) = read_document(path).links  # MathJax shows z_1 + 0 = 0, and that is what is read (z_1 · 0 was 0)
    assert str(link.lhs) == "z[1]" and link.rhs == 0


def test_an_argument_is_one_token_as_in_tex(tmp_path: Path) -> None:
    body = "\\newcommand{\\sq}[1]{{#1}^{2}}\n\\[ \\sq z_2 = 0 \\]\n"
    assert "a script after a superscript" in refused(tmp_path, body)  # TeX squares z, then sets _2 beside it


def test_a_macro_defined_inside_a_group_is_refused_where_used(tmp_path: Path) -> None:
    body = "\\def\\x{1}\n{\\def\\x{2}}\n\\[ z_1 = \\x \\]\n"
    assert "inside a group" in refused(tmp_path, body)
    body = "\\begin{minipage}{3cm}\\newcommand{\\x}{2}\\end{minipage}\n\\[ z_1 = \\x \\]\n"
    assert "inside a group" in refused(tmp_path, body)
    body = "\\begin{document}\n\\newcommand{\\x}{2}\n\\[ z_1 = \\x \\]\n\\end{document}\n"
    assert read_tex(tmp_path, body) == [(z[1], Integer(2))]
    assert read_tex(tmp_path, "{\\gdef\\x{2}}\n\\[ z_1 = \\x \\]\n") == [(z[1], Integer(2))]


@pytest.mark.parametrize(("right", "verdict"), [("s_k \\sum_i y_i - y_k", "proven"), ("s_k - y_k", "refuted")])
def test_a_definition_written_with_a_macro_defines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    """``s_i = \\frac{\\E{z_i}}{…}`` with ``\\E`` the page's macro: a definition, its body written out (it was a
    claim about a free s, refuted at s_1 = 47/25)."""
    from tests.read.page_reports import page_links, page_report

    page = (
        "$$\\newcommand{\\E}[1]{e^{#1}}$$\n\n$$s_i = \\frac{\\E{z_i}}{\\sum_j \\E{z_j}}$$\n\n"
        f"$$L = -\\sum_i y_i \\log s_i$$\n\n$$\\frac{{\\partial L}}{{\\partial z_k}} = {right}$$\n"
    )
    assert [status for status, *_ in page_links(page_report(tmp_path, capsys, page))] == [verdict]


def test_a_definition_that_uses_an_array_defined_by_its_entries_defines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``L = -\\frac{1}{B} \\sum_b \\sum_k y_{bk} \\log p_{bk}`` with ``p_{bk}`` defined in the front matter: L's
    definition (it was a claim about a free L, and refuted; the front matter is what derive advises)."""
    from tests.read.page_reports import page_report

    page = (
        "---\ndefine:\n  p_{bk}: \\frac{e^{z_{bk}}}{\\sum_{j} e^{z_{bj}}}\n---\n"
        "$$L = -\\frac{1}{B}\\sum_{b=1}^B \\sum_{k} y_{bk}\\log p_{bk}$$\n"
    )
    report = page_report(tmp_path, capsys, page)
    assert report["links"] == []
    assert any("a definition of L" in u["reason"] for u in report["unchecked"])
