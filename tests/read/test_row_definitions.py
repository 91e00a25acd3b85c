"""A row that defines a function and, after an arrow, states what follows (cs231n's table of gates, a rule such as
``f(t)=[g(t)]^2 \\implies f'(t)=2g(t)g'(t)``): the definition holds for that row's claim alone. Read as one
definition of the page, the second gate's ``f(x) = e^x`` had been refuted as a claim about the first gate's f."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

GATES = (
    "$$\nf(x) = x^2 \\hspace{1in} \\rightarrow \\hspace{1in} \\frac{df}{dx} = {first}\n\\\\\\\\\n"
    "f_c(x) = c + x \\hspace{1in} \\rightarrow \\hspace{1in} \\frac{df}{dx} = {second}\n\\\\\\\\\n"
    "f(x) = e^x \\hspace{1in} \\rightarrow \\hspace{1in} \\frac{df}{dx} = {third}\n$$\n"
)


def _gates(first: str, second: str, third: str) -> str:
    return GATES.replace("{first}", first).replace("{second}", second).replace("{third}", third)


@pytest.mark.parametrize(
    ("rights", "statuses"),
    [
        (("2x", "1", "e^x"), ["proven", "proven", "proven"]),
        (("2x", "1", "x e^{x-1}"), ["proven", "proven", "refuted"]),
        (("x", "1", "e^x"), ["refuted", "proven", "proven"]),
        (("2x", "c", "e^x"), ["proven", "refuted", "proven"]),
    ],
)
def test_each_row_of_a_table_of_gates_defines_its_own_f(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rights: tuple[str, str, str], statuses: list[str]
) -> None:
    report = page_report(tmp_path, capsys, _gates(*rights))
    assert [s for s, *_ in page_links(report)] == statuses
    said = [u["reason"] for u in report["unchecked"]]
    assert said == [f"a definition of {h} for its row's claim alone (after the arrow): nothing to check"
                    for h in ("f(x)", "f_c(x)", "f(x)")]  # fmt: skip
    if "refuted" in statuses:  # the counterexample of the row's own f: f(x) = e^x, not x^2
        wrong = next(link for link in report["links"] if link["status"] == "refuted")
        assert wrong["line"] == 2 + 2 * statuses.index("refuted")
        assert ("x^{2}", "c + x", "e^{x}")[statuses.index("refuted")] in wrong["read_as"]


def test_a_rule_written_with_an_arrow_holds_for_its_own_f(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = "$$f(m) = m^2 + 1$$\n\nThe functions are of the form\n\n$$f(t)=[g(t)]^2\\implies f'(t)={right}$$\n"
    for right, status in (("2g(t)g'(t)", "proven"), ("g(t)g'(t)", "refuted")):
        report = page_report(tmp_path, capsys, page.replace("{right}", right))
        assert [s for s, *_ in page_links(report)] == [status]


@pytest.mark.parametrize(("later", "status"), [("4", "proven"), ("5", "refuted")])
def test_one_such_row_whose_name_the_page_defines_nowhere_else_defines_it_for_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], later: str, status: str
) -> None:
    page = f"$$L(w) = (w-1)^2 \\Rightarrow L'(w) = 2(w-1)$$\n\n$$L(3) = {later}$$\n"
    report = page_report(tmp_path, capsys, page)
    assert [s for s, *_ in page_links(report)] == ["proven", status]


def test_a_row_definition_that_cannot_be_read_is_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = "$$\nf(x) = x^2 \\rightarrow \\frac{df}{dx} = 2x \\\\\nf(x) = \\foo{x} \\rightarrow \\frac{df}{dx} = 1\n$$\n"
    report = page_report(tmp_path, capsys, page)
    assert [s for s, *_ in page_links(report)] == ["proven"]
    assert any(u["line"] == 3 and u["reason"].startswith("unreadable: the definition of f(x) in this row")
               for u in report["unchecked"])  # fmt: skip


def test_a_claim_after_the_arrow_that_restates_f_is_checked_not_taken_for_a_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From a probe: ``f(x) = (x+1)^2 \\Rightarrow f(x) = x^2 + 1`` had made the claim a definition of the page,
    never checked, and ``f(-3) = -3`` below it proven."""
    page = "$$\nf(x) = (x+1)^2 \\Rightarrow f(x) = x^2 + 1 \\\\\nf(x) = x^2 \\Rightarrow f(x) = x \\cdot x\n$$\n"
    report = page_report(tmp_path, capsys, page)
    assert [s for s, *_ in page_links(report)] == ["refuted", "proven"]


@pytest.mark.parametrize(
    "page",
    [
        "$$f(x) = x^2$$\n\nThen\n\n$$f_c(x) = c\\, f(x) \\rightarrow \\frac{df}{dx} = 2x$$\n",  # f of the page
        "$$\nf(x) = x^2 \\rightarrow f'(x) = 2x \\\\\nf(x) = x^3 \\rightarrow f'(x) = 3x^2\n$$\n$$\n= 3x f(x)\n$$\n",
        "$$\nf(x) = u(x) + x \\rightarrow \\frac{df}{dx} = u + 1 \\\\\n"
        "f(x) = u x \\rightarrow \\frac{df}{dx} = u\n$$\n",
        "---\ndefine:\n  f(x): x^3\n---\n"
        "$$\nf(x) = x^2 \\rightarrow f(x) = x x \\\\\ng(x) = x \\rightarrow g(x) = x\n$$\n",
    ],
)
def test_rows_whose_f_is_not_theirs_alone_are_read_as_the_page_reads_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """From probes: a row's body applying another row's f or an undeclared u (u(x): a function, or u times x?), a
    display going on from the rows, or f defined in the front matter: the rows define nothing of their own (a35's
    df/dx = u + 1 had been proven with u(x) read as u·x, b5's 3x^2 = 3x f(x) with the page's f)."""
    report = page_report(tmp_path, capsys, page)
    assert not any("for its row's claim alone" in u["reason"] for u in report["unchecked"])


def test_a_row_that_sets_the_pages_f_to_zero_is_no_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``f(x) = 0 \\implies 2x = 4`` below ``f(x) = 2x - 4``: a condition on the page's f, not a new f ≡ 0."""
    page = "$$f(x) = 2x - 4$$\n\nThe root:\n\n$$f(x) = 0 \\implies 2x = 4$$\n"
    report = page_report(tmp_path, capsys, page)
    assert not any("for its row's claim alone" in u["reason"] for u in report["unchecked"])
