"""What the prose says of the targets in words derive does not read as an assumption ("$y$ is one-hot by
definition", "The entries of $y$ sum to $1$.", a heading "For a one-hot $y$") refutes nothing: a counterexample
must satisfy what the page states. Each of these had refuted p_k − y_k with y = (47/25, 3/20), which the page
rules out."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

PAGE = (
    "---\ndefine:\n  p_i: \\frac{{e^{{z_i}}}}{{\\sum_j e^{{z_j}}}}\n  L: -\\sum_i y_i \\log p_i\n---\n\n"
    "{prose}\n\n$$\\frac{{\\partial L}}{{\\partial z_k}} = p_k - y_k$$\n"
)


@pytest.mark.parametrize(
    "prose",
    [
        "The target $y$ is one-hot by definition.",
        "The entries of $y$ sum to $1$.",
        "The mean one-hot target $y$ is used.",  # a mean of one-hot vectors is none
        "Each $y$ follows a categorical distribution over the classes.",
        "## For a one-hot $y$",
        "### When $y$ is one-hot",
    ],
)
def test_a_statement_of_the_targets_derive_does_not_read_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str
) -> None:
    report = page_report(tmp_path, capsys, PAGE.format(prose=prose))
    assert [status for status, *_ in page_links(report)] == ["unproven"]
    assert report["links"][0]["method"].startswith("not refuted")
    if not prose.startswith("#"):  # said at its line, as the page's
        assert [u["line"] for u in report["unchecked"] if "states an assumption" in u["reason"]] == [7]


@pytest.mark.parametrize(
    ("prose", "verdict"),
    [
        ("The target $y$ is always one-hot.", "proven"),
        ("$y$ is assumed to be one-hot.", "proven"),
        ("The targets $y$ are taken to be one-hot.", "proven"),
        ("Let $y$ be a one-hot encoded vector.", "proven"),
        ("For a one-hot $y$:", "proven"),
        ("We compute the gradient of the loss.", "refuted"),  # nothing said of y: the shortcut is refuted
        ("Without one-hot targets $y$, we get", "refuted"),  # set aside plainly
    ],
)
def test_a_plain_statement_of_one_hot_targets_is_read_and_none_refutes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str, verdict: str
) -> None:
    report = page_report(tmp_path, capsys, PAGE.format(prose=prose))
    assert [status for status, *_ in page_links(report)] == [verdict]


LENGTH_Q = (
    "---\nassume: [y one-hot]\n---\nHere $\\mathbf{{X}} \\in \\mathbb{{R}}^{{n \\times d}}$ and $\\mathbf{{W}} \\in "
    "\\mathbb{{R}}^{{d \\times q}}$.\n\n$$-\\sum_{{j=1}}^q y_j \\log "
    "\\frac{{\\exp(o_j)}}{{\\sum_{{k=1}}^q \\exp(o_k)}} = \\log \\sum_{{k=1}}^q \\exp(o_k) "
    "{sign} \\sum_{{j=1}}^q y_j o_j$$\n"
)


@pytest.mark.parametrize(("sign", "status"), [("-", "proven"), ("+", "refuted")])
def test_a_one_hot_vector_of_a_length_of_its_own_is_one_hot_in_all_its_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str, status: str
) -> None:
    """d2l's softmax loss: y one-hot, of length q (from the sums it stands in) beside the length n of X. Its last
    step, which uses Σ_j y_j = 1, was refuted with y = (0, 1, 7/100, −9/20): only y_1..y_n were made one-hot."""
    report = page_report(tmp_path, capsys, LENGTH_Q.format(sign=sign))
    assert [status for status, *_ in page_links(report)] == [status]
    if status == "refuted":
        values = dict(report["links"][0]["counterexample"]["values"])
        entries = [values[f"y_{m}"] for m in range(1, 5)]
        assert sorted(entries) == ["0", "0", "0", "1"]


@pytest.mark.parametrize(
    "lead",
    [
        "Assume the index of the correct class is k, so the loss is:",  # y_k = 1, in words
        "Let $c$ be the true class of $x$; then",
        "For this example:",  # at the example's values, written in boxes derive does not read
    ],
)
def test_a_lead_that_fixes_what_derive_does_not_read_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """A README's worked example: "Assume the index of correct class is k …" before L = −y_k log p_k = −log p_k had
    been refuted with k = 2, y_2 = 0, which the lead rules out; "For this example:" before L = −log(0.245) with
    logits the page sets in boxes."""
    page = (
        "---\nassume: [y one-hot]\ndefine:\n  p_j: \\frac{e^{o_j}}{\\sum_i e^{o_i}}\n  L: -\\sum_i y_i \\log p_i\n---\n"
        f"{lead}\n\n$$L = -\\log p_k = -\\log p_c$$\n"
    )
    report = page_report(tmp_path, capsys, page)
    statuses = [status for status, *_ in page_links(report)]
    assert "refuted" not in statuses and statuses, report


@pytest.mark.parametrize(
    "prose",
    [
        "Since we use hard labels, the target $y$ is one-hot.",  # a reason word: it had been skipped, unsaid
        "The target $y$ is one-hot because we use hard labels.",
        "The target $y$ is one-hot in every case.",
        "The target $y$ is an indicator vector.",  # other words for one-hot
        "The target $y$ is a standard basis vector.",
        "The targets are one-hot vectors.",  # no formula: of the page's targets
        "Each $y_i \\in \\{0,1\\}$ and exactly one entry is one.",
        "$y$ is a onehot vector.",
        "The entries of $y$ add up to one.",
    ],
)
def test_more_wordings_of_the_targets_refute_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str
) -> None:
    """From a probe of session 35: each refuted p_k − y_k with y = (47/25, 3/20), which the sentence rules out."""
    report = page_report(tmp_path, capsys, PAGE.format(prose=prose))
    assert [status for status, *_ in page_links(report)] == ["unproven"]


def test_a_hyphen_that_does_not_break_is_a_hyphen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "one\u2011hot" (U+2011) shows as one-hot: read as the page's one-hot target (it had been refuted)."""
    report = page_report(tmp_path, capsys, PAGE.format(prose="Here $y$ is one\u2011hot."))
    assert [status for status, *_ in page_links(report)] == ["proven"]


def test_the_correct_class_named_in_words_holds_below(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A README's worked example: "Assume the index of correct class is k" between two displays, then
    ∂L/∂o_k = p_k − 1 (true where y_k = 1) two displays below: it had been refuted with k = 2, y_2 = 0."""
    page = (
        "---\nassume: [y one-hot]\ndefine:\n  p_j: \\frac{e^{o_j}}{\\sum_i e^{o_i}}\n  L: -\\sum_i y_i \\log p_i\n---\n"
        "$$p_j = \\frac{e^{o_j}}{\\sum_i e^{o_i}}$$\n\n"
        "Assume the index of correct class is k, for incorrect class, the $y_i$ is always 0.\n\n"
        "$$L = -\\sum_i y_i \\log p_i = -\\log p_k$$\n\nThen:\n\n$$\\frac{\\partial L}{\\partial o_k} = p_k - 1$$\n"
    )
    report = page_report(tmp_path, capsys, page)
    assert "refuted" not in [status for status, *_ in page_links(report)]
