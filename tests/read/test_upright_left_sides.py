"""An upright word that opens a row before '=' (``\\text{Loss} = …``) is the row's left side, a name, not a remark
after the math: read as a remark, the row was refused as a relation derive could not tell from a claim."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

PAGE = """$$
\\text{{Loss}} = \\frac{{1}}{{n}} \\sum_{{i=1}}^n (\\hat{{y}}_i - y_i)^2
$$

$$
\\hat{{y}}_i = w x_i + b
$$

$$
\\text{{Loss}} = {claim}
$$
"""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("\\frac{1}{n} \\sum_{i=1}^n (w x_i + b - y_i)^2", "proven"),
        ("\\frac{1}{n} \\sum_{i=1}^n (w x_i - y_i)^2", "refuted"),
    ],
)
def test_an_upright_name_that_opens_a_row_is_its_left_side(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, verdict: str
) -> None:
    report = _report(tmp_path, capsys, PAGE.format(claim=claim))
    assert _links(report) == [(verdict, None, claim)]


def test_an_upright_word_after_the_math_is_still_a_remark(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``a = b \\text{ where } b = 2``: the words and the relation after them are no claim; refused as before."""
    report = _report(tmp_path, capsys, "---\nscalars: [a, b]\n---\n$$a = b + 0 \\text{ where } b = 2$$\n")
    assert all(status != "proven" or rhs != "2" for status, _, rhs in _links(report))


@pytest.mark.parametrize(
    ("head", "right", "verdict"),
    [
        ("\\text{sigmoid} (x)", "\\frac{1}{1+e^{-x}}", "proven"),  # a space before the argument list (S-04)
        ("\\text{sigmoid} (x)", "\\frac{1}{1+e^{x}}", "refuted"),
    ],
)
def test_an_upright_name_applied_after_a_space_opens_its_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], head: str, right: str, verdict: str
) -> None:
    report = _report(tmp_path, capsys, f"$$\n{head} =\n{right}\n$$\n")
    assert _links(report) == [(verdict, None, right)]


def test_an_upright_name_applied_by_a_space_is_named_as_unknown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = _report(tmp_path, capsys, "$$\n\\text{relu} \\space x =\n\\max(0, x)\n$$\n")
    assert [u["reason"] for u in report["unchecked"]] == [
        "unreadable: the upright name relu is not known: define it (f(x): …) and write f(x)"
    ]


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        ("\\mathit{ReLU}(x) = \\max(0, x)", "proven"),  # a survey's S-01: had read R·e·L·U(x)
        ("\\mathit{ReLU}(x) = \\max(1, x)", "refuted"),
    ],
)
def test_an_italic_name_applied_is_a_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], row: str, verdict: str
) -> None:
    report = _report(tmp_path, capsys, f"$$\n{row}\n$$\n")
    assert [status for status, _, _ in _links(report)] == [verdict]
