"""Markup that pages put around their math, read as TeX shows it: colours, a boxed equation, TeX's ``\\over``, and
a case after a colon (each found on a held-out Q&A or blog page, where it made the display unreadable)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main
from derive.errors import InputError
from derive.read.latex_lexer import tokenize
from tests.read.page_reports import page_links, page_report

FRONT = "---\ndefine:\n  h_i: \\frac{e^{z_i}}{\\sum_k e^{z_k}}\n---\n\n"
PARTIAL = "\\frac{\\partial h_i}{\\partial z_j}"


def _shown(text: str) -> str:
    return " ".join(token.describe() for token in tokenize(text, 1))


def _verdicts(tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "page.md"
    path.write_text(FRONT + f"$${display}$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    return [(link["status"], link["case"]) for link in json.loads(capsys.readouterr().out)["links"]]


def test_colours_are_no_mathematics() -> None:
    assert _shown("a = {\\color{red} b} + \\textcolor{blue}{c} + \\colorbox{yellow}{d}") == "a = { b } + { c } + { d }"


def test_a_boxed_equation_is_the_equation_and_a_boxed_value_a_group() -> None:
    assert _shown("\\boxed{a = b} + \\boxed{c}") == "a = b + { c }"


def test_over_is_the_fraction_of_its_group() -> None:
    assert _shown("{a \\over b + c} = {1 \\over 2}") == "{ \\frac { a } { b + c } } = { \\frac { 1 } { 2 } }"
    with pytest.raises(InputError, match="whole formula a fraction"):
        tokenize("a = b \\over c", 1)
    # \left … \right is a group to TeX: the fraction of what stands between them (it had been refused)
    assert _shown("\\left( a \\over b \\right)^2") == "\\left ( { \\frac { a } { b } } \\right ) ^ 2"


def test_a_no_break_space_is_a_space() -> None:
    """U+00A0 is TeX's tie, ~, under inputenc and a space to MathJax: it had stopped the formula."""
    assert _shown("a\u00a0+ b") == "a + b"


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("{\\partial h_i \\over \\partial z_j} = h_i(1-h_j)\\;\\;\\;: i = j", [("proven", "i = j")]),
        (f"{PARTIAL} = -h_i h_j\\;\\;: i \\ne j", [("proven", "i ≠ j")]),
        (f"{PARTIAL} = \\color{{red}}{{-h_i h_j}}\\;: i \\ne j", [("proven", "i ≠ j")]),
        (f"\\boxed{{{PARTIAL} = h_i(\\delta_{{ij}} - h_j)}}", [("proven", None)]),
        (f"{PARTIAL} = -h_i h_j\\;: i = j", [("refuted", "i = j")]),
    ],
)
def test_pages_with_markup_are_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, expected: list[tuple[str, str | None]]
) -> None:
    """Each was unreadable ("\\color is not supported", "a chain with no '='", "\\partial stands in a fraction")
    or read the colon's case as a side; the last is a wrong diagonal entry under its case, refuted."""
    assert _verdicts(tmp_path, capsys, display) == expected


def test_the_derivative_of_an_entry_the_page_never_defines_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """∂ℓ_j/∂p_j with ℓ written nowhere but as -Σ_j ℓ_j: ℓ a constant (0) or a quantity of p? Refused with both
    readings, as for a scalar; it was read as 0, and a correct chain rule refuted (with a wrong diagnosis)."""
    path = tmp_path / "page.md"
    path.write_text(
        "---\n---\n\n$$p_j = \\frac{e^{a_j}}{\\sum_k e^{a_k}}$$\n\n"
        "$$\\frac{\\partial \\ell_j}{\\partial p_j} = -\\frac{y_j}{p_j}$$\n",
        encoding="utf-8",
    )
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert "line 6: not checked — unreadable: ∂\\ell_j/∂p_j can be read two ways: \\ell_j a constant" in out
    assert "(declare it: vectors: [\\ell])" in out


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("\\hat{y}(1-y) = \\hat{y} - \\hat{y} y", "proven"),  # the complement of one name: a product
        ("\\hat{y}(1-y) = \\hat{y}", "refuted"),
        ("\\sigma(1-y) = \\sigma - \\sigma y", "\\sigma(1 - y) with \\sigma defined as a value"),  # σ at 1 − y?
        ("\\hat{y}(1 - y + z) = 0", "\\hat{y}(1 - y + z) with \\hat{y} defined as a value"),
    ],
)
def test_a_value_before_the_complement_of_a_name_multiplies_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, expected: str
) -> None:
    """ŷ(1 − y), ŷ defined as a value, is a product, as ŷ(1 − ŷ) is (a held-out BCE derivation's step was refused
    as ŷ applied to x, a letter the page never wrote); σ(1 − y) and ŷ(1 − y + z) stay refused, naming what the
    parentheses hold."""
    path = tmp_path / "page.md"
    front = "---\ndefine:\n  \\hat{y}: \\frac{1}{1 + e^{-z}}\n  \\sigma: \\frac{1}{1 + e^{-z}}\n---\n\n"
    path.write_text(front + f"$${display}$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    if expected in ("proven", "refuted"):
        assert [link["status"] for link in report["links"]] == [expected]
    else:
        assert report["links"] == [] and expected in report["unchecked"][0]["reason"]


def test_a_stray_closing_parenthesis_costs_its_side_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A typo's extra ')' made every '=' after it stand inside parentheses: the whole display was one unreadable
    side, or its trailing case was lost and a correct link refuted off the diagonal. Now the side with the typo is
    unreadable and the links that do not touch it are checked under the row's case."""
    path = tmp_path / "page.md"
    display = f"{PARTIAL} = h_i(1 - h_j)) = h_i - h_i h_j = h_i(1-h_j) \\quad i = j"
    path.write_text(FRONT + f"$${display}$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert [(link["status"], link["case"]) for link in report["links"]] == [("proven", "i = j"), ("proven", "i = j")]
    assert "unexpected ')'" in report["unchecked"][0]["reason"]


def test_a_typed_ellipsis_is_dots() -> None:
    """``1,…, C`` (the character MathJax shows for \\ldots) was "character '…' is not part of the LaTeX"."""
    assert _shown("i = 1,…, C") == "i = 1 , \\ldots , C"
    assert _shown("a ⋯ b") == "a \\cdots b"


def test_a_definition_with_its_range_typed_in_math_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A blog's ``y_i = \\frac{e^{x_i}}{\\sum e^{x_k}}, for~i=1,…, C`` defines y_i for every i (the range is no
    case); its Jacobian entry is then proven, and a wrong one refuted. ``for`` typed without \\text was the product
    f·o·r, and the definition unreadable."""
    path = tmp_path / "page.md"
    path.write_text(
        "---\n---\n\n$$\ny_i = \\frac{e^{x_i}}{\\sum e^{x_k}}, for~i=1,…, C\n$$\n\n"
        "$$\\frac{\\partial y_i}{\\partial x_j} = y_i(1 - y_j) \\quad i = j$$\n\n"
        "$$\\frac{\\partial y_i}{\\partial x_j} = y_i y_j \\quad i \\neq j$$\n",
        encoding="utf-8",
    )
    main(["check", str(path), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert [(link["status"], link["case"]) for link in report["links"]] == [("proven", "i = j"), ("refuted", "i ≠ j")]


@pytest.mark.parametrize(("right", "status"), [("x^2 + 2x + 1", "proven"), ("x^2 + 1", "refuted")])
def test_dollars_inside_escaped_parentheses_are_the_formula(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """ "- \\( $…$ \\)" (Obsidian notes, C-03): Obsidian shows ( … ) around the math; a reader of \\( … \\) as math
    sees the same formula between stray dollars. Each had been refused ("a '$' inside math")."""
    path = tmp_path / "page.md"
    path.write_text(f"Summary:\n\n- \\( $(x + 1)^2 = {right}$ \\)\n- \\( $x = x$ \\)\n", encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert [link["status"] for link in report["links"]][:1] == [status]
    assert not [u for u in report["unchecked"] if "inside math" in u["reason"]]


@pytest.mark.parametrize(
    ("words", "status"),
    [("if $$i = j$$, otherwise $$0$$.", "proven"), ("if $$i \\neq j$$, otherwise $$0$$.", "refuted"), (".", "refuted")],
)
def test_a_case_stated_right_after_a_display_is_its_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: str, status: str
) -> None:
    """A blog's "where: $$\\delta_{ij} = 1$$ if $$i = j$$, otherwise $$0$$.": δ_ij = 1 had been refuted at i ≠ j."""
    page = f"---\nindices: [i, j]\n---\nwhere: $$\\delta_{{ij}} = 1$$ {words}\n"
    assert [s for s, *_ in page_links(page_report(tmp_path, capsys, page))] == [status]


@pytest.mark.parametrize(
    ("right", "status"), [("x_i (1 - x_i)", "proven"), ("x_i (1 - x_j)", "proven"), ("x_i", "refuted")]
)
def test_math_within_a_case_s_words_is_its_condition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """A notebook's ``\\text{if $i = j$}`` in a cases environment (TeX sets the math within the words): it had been
    'a case on "i f $ i = j $"', unreadable."""
    page = (
        "---\ndefine:\n  x_i: \\frac{e^{z_i}}{\\sum_k e^{z_k}}\n---\n$$\n\\frac{\\partial x_i}{\\partial z_j} = "
        f"\\begin{{cases}} {right}, & \\text{{if $i = j$}} \\\\ - x_i x_j, "
        "& \\text{if $i \\ne j$} \\end{cases}\n$$\n"
    )
    assert [s for s, *_ in page_links(page_report(tmp_path, capsys, page))] == [status]


CONDITIONED = "---\nvectors: [z]\nindices: [i, j, k]\n---\n$$\np_i = \\frac{e^{z_i}}{\\sum_{k=1}^{n} e^{z_k}}\n$$\n\n"


@pytest.mark.parametrize(
    ("paragraph", "verdicts"),
    [
        (
            "Then $$\\frac{\\partial p_i}{\\partial z_j} = p_i(1 - p_i)$$ if $$i = j$$ and "
            "$$\\frac{\\partial p_i}{\\partial z_j} = -p_i p_j$$ if $$i \\neq j$$.",
            [("proven", "i = j"), ("proven", "i ≠ j")],
        ),
        (
            "Its derivative is $$\\frac{\\partial p_i}{\\partial z_j} = -p_i p_j$$ for $$i \\neq j$$.",
            [("unproven", None)],
        ),
        ("So $$\\frac{\\partial p_i}{\\partial z_j} = -p_i p_j$$ unless $$i = j$$.", [("unproven", None)]),
        ("So $$\\frac{\\partial p_i}{\\partial z_j} = p_i(1 - p_j)$$ except when $$i = j$$.", [("unproven", None)]),
        ("So $$\\frac{\\partial p_i}{\\partial z_j} = p_i(1 - p_j)$$ if not $$i = j$$.", [("unproven", None)]),
        ("So $$\\frac{\\partial p_i}{\\partial z_j} = -p_i p_j$$ if $$i = j$$ is false.", [("unproven", None)]),
        (
            "So $$\\frac{\\partial p_i}{\\partial z_j} = p_i(1 - p_j)$$ if $$i = j$$, or $$i = k$$.",
            [("unproven", None)],
        ),
    ],
)
def test_a_condition_displayed_after_a_display_in_its_paragraph_is_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], paragraph: str, verdicts: list[tuple[str, str | None]]
) -> None:
    """From a probe: "… $$A$$ if $$i = j$$ and $$B$$ if $$i \\neq j$$." had refuted A at i ≠ j (and given B the case
    i = j); "for", "unless", "except when", "if not" were not read, and their conditions carried, as a case, to the
    display below (a false claim proven under i = j). A condition derive does not read as the case refutes nothing."""
    report = page_report(
        tmp_path, capsys, CONDITIONED + paragraph + "\n\nAnd $$\\frac{\\partial p_i}{\\partial z_j} = 0$$\n"
    )
    assert [(s, c) for s, c, _ in page_links(report)][:-1] == verdicts
    assert page_links(report)[-1][:2] == ("refuted", None)


def test_a_condition_on_a_scalar_after_a_display_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ReLU: "$$r'(x) = 1$$ if $$x > 0$$, otherwise $$0$$." had been refuted with x = -32/25; the condition displays
    are no claims ("$$n = 1$$" after "if" had been refuted at n = 2)."""
    page = "$$\nr(x) = \\max(0, x)\n$$\n\nIts derivative is $$r'(x) = 1$$ if $$x > 0$$, otherwise $$0$$.\n"
    report = page_report(tmp_path, capsys, page)
    assert [s for s, *_ in page_links(report)] == ["unproven"]
    assert any(u["reason"].startswith("the condition of the display before it") for u in report["unchecked"])


def test_an_example_s_values_hold_for_the_display_below_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From a probe: "For example, with $\\hat{y} = 0.8$ and $y = 1$:" had been set aside wholly, and L at the
    example refuted at y = 47/25; the values hold for the display right below them."""
    page = (
        "The loss is\n\n$$\nL(y, \\hat{y}) = \\frac{1}{2}(\\hat{y} - y)^2\n$$\n\n"
        "For example, with $\\hat{y} = 0.8$ and $y = 1$:\n\n$$\nL(y, \\hat{y}) = \\frac{1}{2}(0.8 - 1)^2 = 0.02\n$$\n"
    )
    assert [s for s, *_ in page_links(page_report(tmp_path, capsys, page))] == ["unproven", "proven"]


def test_a_function_applied_to_nothing_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``f() = 1`` below f's definition had stopped the file with an internal error (ValueError)."""
    report = page_report(tmp_path, capsys, "$$\nf(x) = x^2\n$$\n\n$$\nf() = 1\n$$\n")
    assert report["exit"] in (0, 1)


def test_a_displayed_condition_behind_unless_above_a_display_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From a probe: "Off the diagonal, that is, unless $$i = j$$:" above ∂p_i/∂z_j = -p_i p_j had been refuted at
    i = j = 2, the page's stated exception."""
    page = (
        CONDITIONED
        + "Off the diagonal, that is, unless $$i = j$$:\n\n$$\\frac{\\partial p_i}{\\partial z_j} = -p_i p_j$$\n"
    )
    assert [s for s, *_ in page_links(page_report(tmp_path, capsys, page))] == ["unproven"]


@pytest.mark.parametrize(
    ("page", "statuses"),
    [
        (
            "We get $$(x_1 - x_2)^2 = 0$$ if $$x_1 = x_2$$.\n\nIn general\n\n$$x_1 - x_2 = 0$$\n",
            ["unproven", "refuted"],
        ),
        (
            "For the entries off the diagonal, that is, unless $$x_1 = x_2$$:\n\n$$(x_1 - x_2)^2 = 1$$\n\n"
            "and in general\n\n$$x_1 - x_2 = 0$$\n",
            ["unproven", "refuted"],
        ),
        (
            "For example, with $$\\hat{y} = 0.8$$ and $$y = 1$$:\n\n$$(\\hat{y} - y)^2 = 0.04$$\n\nIn general,\n\n"
            "$$(\\hat{y} - y)^2 = 0.04$$\n",
            ["unproven", "refuted"],
        ),
    ],
)
def test_a_value_in_a_case_is_no_definition_of_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, statuses: list[str]
) -> None:
    """From a third probe: ``$$x_1 = x_2$$`` after "if" or "unless", and an example's ``$$\\hat{y} = 0.8$$``, had
    been read as definitions of the whole page, and a false claim below them proven (exit 0); each is a value in a
    case, which the display right below it is not refuted at."""
    assert [s for s, *_ in page_links(page_report(tmp_path, capsys, page))] == statuses


def test_a_condition_on_two_letters_that_are_no_indices_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From a third probe: "$$(x - y)^2 = 0$$ if $$x = y$$." had been refuted at x ≠ y."""
    report = page_report(tmp_path, capsys, "We have $$(x - y)^2 = 0$$ if $$x = y$$.\n")
    assert [s for s, *_ in page_links(report)] == ["unproven"]
