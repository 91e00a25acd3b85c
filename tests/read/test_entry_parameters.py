"""A function defined at a vector's entry, "Let $a_i = \\sigma(z_i) = \\frac{1}{1 + e^{-z_i}}$" as Ng writes it,
defines σ of one number: it was refused three ways (σ undeclared, a free index i, a and y read as constants)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

CLAIM = "$$\n\\frac{{\\partial L}}{{\\partial z_k}} = {right}\n$$\n"


@pytest.mark.parametrize(
    "lead",
    [
        "Let $a_i = \\sigma(z_i) = \\frac{{1}}{{1 + e^{{-z_i}}}}$ and $L = -\\sum_i y_i \\log a_i$.\n\n",
        "$$\na_i = \\sigma(z_{{i}}) = \\frac{{1}}{{1 + \\exp(-z_{{i}})}}\n$$\n\n$$\nL = -\\sum_i y_i \\log a_i\n$$\n\n",
        "$$\n\\sigma\\left(z_i\\right) = \\frac{{1}}{{1 + e^{{-z_i}}}}\n$$\n\n"
        "$$\nL = -\\sum_i y_i \\log \\sigma(z_i)\n$$\n\n",
    ],
)
@pytest.mark.parametrize(
    ("right", "verdict"),
    [("-y_k(1 - \\sigma(z_k))", "proven"), ("-y_k \\sigma(z_k)", "refuted"), ("y_k - \\sigma(z_k)", "refuted")],
)
def test_a_function_defined_at_an_entry_is_a_function_of_one_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, right: str, verdict: str
) -> None:
    report = _report(tmp_path, capsys, (lead + CLAIM).format(right=right))
    assert _links(report) == [(verdict, None, right)]
    assert re.search(r"definitions .*\\sigma\([tu]\) \(line", report["inferred"])


@pytest.mark.parametrize(
    "body",
    [
        "\\frac{e^{z_i}}{\\sum_j e^{z_j}}",  # a softmax entry: z_j too
        "\\frac{1}{1 + e^{-z_i}} + i",  # i outside the entry
        "\\frac{1}{1 + e^{-z}}",  # z whole
        "z_i^2",  # z_i raised: still one number, but not taken apart from its script
    ],
)
def test_a_body_that_writes_more_than_the_entry_is_no_function_of_one_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str
) -> None:
    page = f"$$\n\\sigma(z_i) = {body}\n$$\n\n$$\n\\frac{{d}}{{dz_k}} \\sigma(z_k) = 0\n$$\n"
    report = _report(tmp_path, capsys, page)
    assert not re.search(r"\\sigma\([tu]\)", report["inferred"])
    assert all(link["status"] != "proven" for link in report["links"])


@pytest.mark.parametrize(
    ("right", "status"), [("-\\frac{p_k}{q_k \\ln 2}", "proven"), ("-\\frac{p_k}{q_k}", "refuted")]
)
@pytest.mark.parametrize("base", ["2", "{2}"])
def test_a_logarithm_to_base_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str, base: str
) -> None:
    """Wikipedia's cross-entropy in bits, ``\\log_2 q_i``: read as ln q_i / ln 2 (it stopped at "unexpected '_'")."""
    page = "---\nassume: ['q_i > 0']\n---\n" + (
        f"$$H = -\\sum_{{i=1}}^n p_i \\log_{base} q_i$$\n\n$$\\frac{{\\partial H}}{{\\partial q_k}} = {right}$$\n"
    )
    assert _links(_report(tmp_path, capsys, page)) == [(status, None, right)]


def test_an_elastic_net_s_lambdas_get_the_advice_that_reads_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """λ_1, λ_2 beside w_j: "give the length, n: 2" made w and λ two entries. Read now as two entries of a vector λ
    at every n from 2 on (free numbers either way), the gradient is proven without a front matter; declared
    scalars, for every n (a newcomer's sweep)."""
    body = (
        "$$R = \\lambda_1 \\sum_{j=1}^n |w_j| + \\frac{\\lambda_2}{2} \\sum_{j=1}^n w_j^2$$\n\n"
        "$$\\frac{\\partial R}{\\partial w_k} = \\lambda_1 \\operatorname{sign}(w_k) + \\lambda_2 w_k$$\n"
    )
    report = _report(tmp_path, capsys, body)
    assert [(link["status"], "every n ≥ 2" in link["scope"]) for link in report["links"]] == [("proven", True)]
    report = _report(tmp_path, capsys, "---\nscalars: ['\\lambda_1', '\\lambda_2']\n---\n" + body)
    assert [link["status"] for link in report["links"]] == ["proven"]


@pytest.mark.parametrize(
    ("page", "verdicts"),
    [
        # a blog's per-example loss, then its mean (p_i in (0, 1) for the logarithms)
        ("$$L(y_i, p_i) = -[y_i\\ln(p_i) + (1 - y_i)\\ln(1-p_i)]$$\n\n"
         "$$\\frac{1}{N}\\sum_{i=1}^{N} L(y_i, p_i) = -\\frac{1}{N}\\sum_{i=1}^{N}[y_i\\ln(p_i)"
         " + (1 - y_i)\\ln(1-p_i)]$$\n",
         ["proven"]),
        ("$$L(y_i, p_i) = -[y_i\\ln(p_i) + (1 - y_i)\\ln(1-p_i)]$$\n\n"
         "$$\\frac{1}{N}\\sum_{i=1}^{N} L(y_i, p_i) = -\\frac{1}{N}\\sum_{i=1}^{N}[y_i\\ln(p_i)"
         " + (1 - y_i)\\ln(1+p_i)]$$\n",
         ["refuted"]),
        ("$$L(y_i, p_j) = y_i p_j$$\n\n$$L(y_1, p_2) = y_1 p_2$$\n", ["proven"]),  # had been refuted: L(y_1, p_2)?
        ("$$L(y_i, p_j) = y_i p_j$$\n\n$$L(y_1, p_2) = y_2 p_1$$\n", ["refuted"]),
        ("$$L(y_i, p_i) = y_i p_i^2$$\n\n$$L(a, b) = a b^2$$\n", ["proven"]),
        # of the numbers, or of the indices? A probe's false proof and false refutation: refused
        ("$$L(y_i, p_j) = y_i p_j + y_j p_i$$\n\n$$L(y_1, p_2) = L(y_1, p_3)$$\n", []),
        ("$$L(y_i, p_j) = y_i p_j + y_j p_i$$\n\n$$L(y_1, p_2) = y_1 p_2 + y_2 p_1$$\n", []),
    ],
)  # fmt: skip
def test_a_function_defined_at_entries_of_two_vectors_is_a_function_of_two_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, verdicts: list[str]
) -> None:
    """Before, ``L(y_i, p_i) = …`` was refused (its free index i), and every line that applies L with it."""
    front = "---\nassume: ['p_i \\in (0, 1)']\n---\n" if "ln" in page else ""
    assert [status for status, _, _ in _links(_report(tmp_path, capsys, front + page, "--no-cache"))] == verdicts


@pytest.mark.parametrize(
    ("page", "verdicts"),
    [
        ("$$f(z_i) = z_i^2$$\n\n$$f(z_1) = f(z_2)$$\n", ["refuted"]),
        ("$$f(z_i) = z_i^2$$\n\n$$f(z_1) = z_1^2$$\n", ["proven"]),
        ("$$L(y_i, p_i) = y_i p_i^2$$\n\n$$L(y_1, p_1) = L(y_2, p_2)$$\n", ["refuted"]),
        ("$$f(z_i) = z_i \\sum_{k=1}^{n} z_k$$\n\n$$f(z_1) = f(z_2)$$\n", ["refuted"]),
    ],
)
def test_a_function_of_an_entry_applied_to_two_entries_is_two_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, verdicts: list[str]
) -> None:
    """A probe's false proofs: the body's z_i had been read as the page's entry at a fixed i, not as the parameter,
    so f(z_1) and f(z_2) were both z_i² and f(z_1) = f(z_2) was proven."""
    assert [status for status, _, _ in _links(_report(tmp_path, capsys, page, "--no-cache"))] == verdicts


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        ("\\frac{e^{x_i}}{\\sum_{j} e^{x_j}}", "f'(x_i) = f(x_i)(1 - f(x_i))"),  # a page's softmax: true read by x_i
        ("\\frac{e^{x_i}}{\\sum_{j} e^{x_j}}", "f'(x) = f(x)(1 - f(x))"),
        ("x_i \\sum_j x_j", "f'(x_1) = \\sum_j x_j"),  # true with the others held: proven, before
        ("x_i^2 + x_1", "f'(x_1) = 2 x_1"),
    ],
)
def test_a_prime_of_a_function_of_an_entry_written_through_other_entries_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, claim: str
) -> None:
    """f(x_i) through Σ_j e^{x_j}: f' by the argument alone, the sum held (f), or by the entry x_i, the sum's x_i too
    (f(1 − f))? The first was taken: the page's true softmax derivative refuted, a false f'(x_1) proven."""
    report = _report(tmp_path, capsys, f"$$\nf(x_i) = {body}\n$$\n\n$$\n{claim}\n$$\n", "--no-cache")
    assert _links(report) == []
    assert any("reads two ways" in u["reason"] and "other entries" in u["reason"] for u in report["unchecked"])


def test_the_partial_of_such_a_function_by_the_entry_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = "$$\nf(x_i) = \\frac{e^{x_i}}{\\sum_{j} e^{x_j}}\n$$\n\n"
    page += "$$\n\\frac{\\partial f(x_i)}{\\partial x_i} = {right}\n$$\n"
    for right, verdict in (("f(x_i)(1-f(x_i))", "proven"), ("f(x_i)", "refuted")):
        report = _report(tmp_path, capsys, page.replace("{right}", right), "--no-cache")
        assert [status for status, _, _ in _links(report)] == [verdict]
