"""An Obsidian note's softmax: ``\\frac{\\partial[\\sigma(\\mathbf{a})]_i}{\\partial a_j} = …`` with σ defined as
``\\sigma(\\mathbf{z})_i``. The brackets around one applied name only group it (entry i of σ(a)); ``1_{i=j}`` is
the indicator; and σ_i written bare beside σ(a) reads two ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.latex_lexer import tokenize
from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

SOFTMAX = "$$\\sigma(\\mathbf{z})_i = \\frac{e^{z_i}}{\\sum^K_{j=1}e^{z_j}}$$\n\n"


@pytest.mark.parametrize("left", ["[\\sigma(\\mathbf{a})]_i", "\\left(\\sigma(\\mathbf{a})\\right)_i"])
@pytest.mark.parametrize(
    ("last", "verdict"), [("- \\sigma(\\mathbf{a})_j", "proven"), ("+ \\sigma(\\mathbf{a})_j", "refuted")]
)
def test_brackets_around_one_applied_name_before_a_subscript_only_group_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], left: str, last: str, verdict: str
) -> None:
    claim = f"$$\\frac{{\\partial {left}}}{{\\partial a_j}} = \\sigma(\\mathbf{{a}})_i(\\delta_{{ij}} {last})$$\n"
    assert [status for status, *_ in _links(_report(tmp_path, capsys, SOFTMAX + claim))] == [verdict]


@pytest.mark.parametrize("written", ["[a + b]_i", "(\\mathbf{W}\\mathbf{x})_i", "[f(x) g(x)]_i", "(f(x) + 1)_i"])
def test_other_brackets_before_a_subscript_are_left_as_written(written: str) -> None:
    kinds = [t.kind for t in tokenize(written)]
    assert kinds.count("_") == 1 and kinds[0] in ("[", "(") and kinds[-3] in ("]", ")")


@pytest.mark.parametrize(("delta", "verdict"), [("1_{i=j}", "proven"), ("1_{i \\neq j}", "refuted")])
def test_a_one_with_its_condition_as_subscript_is_the_indicator(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], delta: str, verdict: str
) -> None:
    front = "---\nvectors: [z]\ndefine:\n  s_i: \\frac{e^{z_i}}{\\sum_k e^{z_k}}\n---\n"
    page = front + f"$$\\frac{{\\partial s_i}}{{\\partial z_j}} = s_i({delta} - s_j)$$\n"
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] == [verdict]


def test_the_bare_name_beside_its_application_to_another_vector_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """σ_i beside σ(a): σ at its own z (then ∂σ_i/∂a_j = 0), or at a, as the note means? It was refuted."""
    claim = "$$\\frac{\\partial \\sigma(\\mathbf{a})_i}{\\partial a_j} = \\sigma_i(1_{i=j} - \\sigma_j)$$\n"
    report = _report(tmp_path, capsys, SOFTMAX + claim)
    assert _links(report) == []
    assert "without its argument can be read two ways" in report["unchecked"][-1]["reason"]


def test_the_function_at_an_expression_of_its_own_vector_leaves_the_bare_name_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``s(\\mathbf{x} + c)_i`` (a softmax's shift invariance) is s at its own x shifted, no other vector: the bare
    s_i elsewhere stays s(x)_i (it was refused on a matrix-calculus post's every display)."""
    page = "$$s(\\mathbf{x})_i = \\frac{e^{x_i}}{\\sum_j e^{x_j}}$$\n\n$$s(\\mathbf{x} + c)_i = s(\\mathbf{x})_i$$\n\n"
    page += "$$\\sum_i s_i = 1$$\n"
    assert [(status, rhs) for status, _, rhs in _links(_report(tmp_path, capsys, page))] == [("proven", "1")]
