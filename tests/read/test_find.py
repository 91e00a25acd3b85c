"""Every display form a renderer shows is found, with its line; code is never math; nothing is dropped unsaid."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read import read_document
from derive.read.find import find_markdown, find_tex

FRONT = """---
n: 2
vectors: [z]
indices: [i, k]
---
"""


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("$$\nz_1 = 0\n$$\n", 8),
        ("$$ z_1 = 0 $$\n", 7),
        ("\\[\nz_1 = 0\n\\]\n", 8),
        ("\\[ z_1 = 0 \\]\n", 7),
        ("\\begin{align*}\nz_1 &= 0\n\\end{align*}\n", 8),
        ("\\begin{equation}\nz_1 = 0\n\\end{equation}\n", 8),
        ("\\begin{gather*}\nz_1 = 0\n\\end{gather*}\n", 8),
        ("\\begin{multline*}\nz_1 = 0\n\\end{multline*}\n", 8),
        ("\\begin{eqnarray}\nz_1 &=& 0\n\\end{eqnarray}\n", 8),
        ("\\begin{alignat*}{1}\nz_1 &= 0\n\\end{alignat*}\n", 8),
        ("```math\nz_1 = 0\n```\n", 8),
        ("- a list item\n\n  $$\n  z_1 = 0\n  $$\n", 10),
        ("> $$ z_1 = 0 $$\n", 7),
        ("Some text $$ z_1 = 0 $$ in a paragraph.\n", 7),
    ],
)
def test_every_display_form_is_found_and_its_false_equation_read_at_its_line(
    tmp_path: Path, body: str, line: int
) -> None:
    path = tmp_path / "d.md"
    path.write_text(FRONT + "\n" + body, encoding="utf-8")
    (link,) = read_document(path).links
    assert str(link.rhs) == "0" and str(link.lhs) == "z[1]"
    assert link.line == line


def test_lines_of_each_display_form() -> None:
    body = "\n".join(
        [
            "",  # 1
            "$$",  # 2
            "a = b",  # 3
            "$$",  # 4
            "",  # 5
            "\\[",  # 6
            "c = d",  # 7
            "\\]",  # 8
            "",  # 9
            "```math",  # 10
            "e = f",  # 11
            "```",  # 12
            "",  # 13
            "\\begin{align*}",  # 14
            "g &= h",  # 15
            "\\end{align*}",  # 16
        ]
    )
    found = find_markdown(body)
    first_lines = [d.line + d.text[: d.text.index("=")].count("\n") for d in found.displays]
    assert first_lines == [3, 7, 11, 15]


def test_code_is_never_math_and_inline_equalities_are_counted() -> None:
    body = (
        "    $$ a = b $$\n\n```\n$$ c = d $$\n```\n\n~~~\n\\[ e = f \\]\n~~~\n\nInline $x = y$ and \\(u = v\\), $w$.\n"
    )
    found = find_markdown(body)
    assert found.displays == () and found.inline_equalities == 2


def test_an_environment_inside_a_paragraph_is_read_as_mathjax_shows_it() -> None:
    body = "Let $p$ be.\nIf $i = k$, \\begin{align} a &= b \\\\ &= c \\end{align} end\n"
    found = find_markdown(body)
    (display,) = found.displays
    assert display.line == 2 and display.environment == "align" and display.lead == "If $i = k$,"
    assert display.text == "\\begin{align} a &= b \\\\ &= c \\end{align}" and found.unchecked == ()


def test_an_environment_left_open_inside_a_paragraph_is_listed_not_dropped() -> None:
    for body in ("Para \\begin{aligned} k = 1 end\n", "Para `x` \\begin{aligned} k = 1 \\end{aligned} end\n"):
        found = find_markdown(body)
        (unchecked,) = found.unchecked
        assert unchecked.line == 1 and unchecked.equality and "inside a paragraph" in unchecked.reason
        assert found.displays == ()


def test_brackets_inside_a_paragraph_are_read_as_mathjax_shows_them() -> None:
    """CommonMark reads \\[ as an escaped bracket; MathJax, reading the source, typesets the display: read from
    the paragraph's source, as environments in a paragraph are, each with the prose before it as its lead."""
    body = "A classifier:\n\\[\np_j = q_j\n\\]\nthen the loss\n\\[\nL\n\\]\nend\n"
    found = find_markdown(body)
    assert [(d.line, d.text.strip(), d.lead) for d in found.displays] == [
        (2, "p_j = q_j", "A classifier:"),
        (6, "L", "then the loss"),
    ]
    assert found.unchecked == ()


@pytest.mark.parametrize(
    "line",
    [
        "\\[ a + a = 2a \\] and \\[ a a = 2 a \\]",
        "\\[ a + a = 2a \\] $$ a a = 2 a $$",
        "- \\[ a + a = 2a \\] and \\[ a a = 2 a \\]",
    ],
)
def test_what_follows_brackets_that_open_a_line_is_read(line: str) -> None:
    """markdown-it's texmath takes a line opening with \\[ as one display and drops the rest: the second, false
    display had gone unsaid and the page passed."""
    found = find_markdown(f"Some text.\n\n{line}\n")
    assert [(d.line, d.text.strip()) for d in found.displays] == [(3, "a + a = 2a"), (3, "a a = 2 a")]


def test_a_display_opened_after_brackets_and_closed_below_is_read() -> None:
    """``\\[ a + a = 2a \\] and \\[ a a = 2 a`` closed on the next line: a probe's silent skip."""
    found = find_markdown("\\[ a + a = 2a \\] and \\[ a a = 2 a\n\\]\n")
    assert [d.text.strip() for d in found.displays] == ["a + a = 2a", "a a = 2 a"]


def test_brackets_beside_code_in_a_paragraph_are_listed_not_dropped() -> None:
    found = find_markdown("A `classifier`:\n\\[\np_j = q_j\n\\]\nend\n")
    assert found.displays == ()
    assert [(u.line, u.equality) for u in found.unchecked] == [(2, True)]


def test_a_paragraph_of_one_formula_is_a_display() -> None:
    """David Bieber's steps: each a paragraph ``$…$`` (a period after it kept out); inline in a sentence, not."""
    found = find_markdown("Then:\n\n$a = b + c$.\n\nSo $c = d$ here.\n\n$i = j$\n")
    (display,) = found.displays
    assert (display.line, display.text, display.lead) == (3, "a = b + c", "Then:")
    assert found.inline_equalities == 2  # $i = j$ alone states a case: a lead, never a step
    numbered = find_markdown("$\\delta 3 = \\delta 1 + \\delta 2$\n")  # node δ3, or δ·3? kept inline, unchecked
    assert numbered.displays == () and numbered.inline_equalities == 1


def test_tex_displays_and_inline_equalities() -> None:
    body = "Text $a = b$ and \\(c\\).\n\\begin{equation*}\nx = y\n\\end{equation*}\n\\[ p = q \\]\n$$ r = s $$\n"
    found = find_tex(body)
    assert [d.line for d in found.displays] == [2, 5, 6]
    assert [d.environment for d in found.displays] == ["equation*", "", ""]
    assert found.inline_equalities == 1


def test_a_file_in_which_nothing_is_checked_lists_why(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(FRONT + "$$ z_1 $$\n\n$$ z_1 \\le z_2 $$\n\n$$ z_1 \\le z_2 = z_2 $$\n", encoding="utf-8")
    document = read_document(path)
    assert document.links == ()
    assert [(u.line, u.equality) for u in document.unchecked] == [(6, False), (8, False), (10, True)]
    assert "'≤'" in document.unchecked[1].reason


def test_math_inside_an_html_block_is_listed_not_dropped() -> None:
    found = find_markdown("<div>\n$$ z_2 = 0 $$\n</div>\n\n<!--\n$$ q = 1 $$\n-->\n")
    assert found.displays == ()
    assert [(u.line, u.equality) for u in found.unchecked] == [(2, True)]  # a comment is not shown


@pytest.mark.parametrize("start", ["", "> ", "- ", "Some words\n"])
def test_math_after_a_comment_on_its_line_is_listed_not_dropped(tmp_path: Path, start: str) -> None:
    """``<!-- c --> $$x + x = 3x$$``: Markdown makes the line HTML, which a browser's MathJax typesets. With the
    comment blanked, the math stood indented as code, and the display was listed nowhere."""
    path = tmp_path / "d.md"
    path.write_text(f"$$x + x = 2x$$\n\n{start}<!-- a comment --> $$x + x = 3x$$\n", encoding="utf-8")
    document = read_document(path)
    assert [(u.line, u.equality) for u in document.unchecked] == [(3 + start.count("\n"), True)]
    assert "after an HTML comment on its line is not read" in document.unchecked[0].reason
    assert len(document.links) == 1


def test_an_environment_closed_before_words_on_its_line_ends_there() -> None:
    """``\\end{equation} .`` ends the display as MathJax shows it. The plugin read on to the next line ending in a
    closing, prose and all: the prose's letters became names (d among them, so d/dx read two ways)."""
    body = (
        "\\begin{equation}\nx^2 + x = x(x+1)\n\\end{equation} .\n\nUpon simple differentiation, we get\n\n"
        "\\begin{equation}\n2x + 1 = 2(x+1)\n\\end{equation}\n"
    )
    found = find_markdown(body)
    assert [(d.line, d.text.strip().split("\n")[1]) for d in found.displays] == [
        (1, "x^2 + x = x(x+1)"),
        (7, "2x + 1 = 2(x+1)"),
    ]
    assert "Upon" not in "".join(d.text for d in found.displays)


def test_two_environments_on_one_line_with_words_between_are_two_displays() -> None:
    """``\\begin{equation} y + y = 2y \\end{equation} . and \\begin{equation} x + x = 5x \\end{equation}``: the plugin
    took the whole line for one display, "and" read as a product of letters, and the true first link refuted."""
    body = "\\begin{equation} y + y = 2y \\end{equation} . and \\begin{equation} x + x = 5x \\end{equation}\n"
    found = find_markdown(body)
    assert [d.text.split("\\end")[0].split("}", 1)[1].strip() for d in found.displays] == ["y + y = 2y", "x + x = 5x"]


def test_a_link_between_escaped_brackets_is_listed_not_read_as_math(tmp_path: Path) -> None:
    """GitBook's ``\\[[paper](http://arxiv.org/pdf/1503.02531)\\]``: escaped brackets around a link, which texmath
    takes for a display; read as math, its letters (h, t, p, x, …) had become names of the page."""
    found = find_markdown("Notes \\(2015\\)\n\n\\[[paper](http://arxiv.org/pdf/1503.02531)\\]\n\n$$q = x + 1$$\n")
    assert [d.text for d in found.displays] == ["q = x + 1"]
    assert [(u.line, u.equality) for u in found.unchecked] == [(3, False)]
    assert "link" in found.unchecked[0].reason
    page = tmp_path / "page.md"
    page.write_text("\\[[paper](http://arxiv.org/pdf/1503.02531)\\]\n\n$$\\exp(a) \\cdot 1 = \\exp(a)$$\n")
    document = read_document(page)
    assert "x" not in document.inferred and [link.line for link in document.links] == [3]
