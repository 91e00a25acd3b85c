"""One example's label n, as Murphy writes it (``\\boldsymbol{\\mu}_n`` beside ``\\mu_{nc}``,
``derive.read.example_labels``): dropped, the page is about one example, and its claims are checked so, with or
without the label. Checked through ``derive check``: the right claim proven, a false one refuted."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.cli import main
from tests.read.test_reads_pages import statuses

SOFTMAX = "---\ndefine:\n  \\mathcal{S}(\\mathbf{a}): \\operatorname{softmax}(\\mathbf{a})\n---\n"
PROSE = "For one example, $\\boldsymbol{p}_n = \\mathcal{S}(\\mathbf{a}_n)$, whose entries are $p_{nk}$.\n\n"


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("\\frac{\\partial p_{nk}}{\\partial a_{nj}} = p_{nk}(\\delta_{kj} - p_{nj})", "proven"),
        ("\\frac{\\partial p_{nk}}{\\partial a_{nj}} = p_{nk}(\\delta_{kj} - p_{nk})", "refuted"),
        ("\\frac{\\partial p_k}{\\partial a_j} = p_k(\\delta_{kj} - p_j)", "proven"),  # the label dropped, as Murphy
        ("\\frac{\\partial p_k}{\\partial a_j} = p_k(\\delta_{kj} + p_j)", "refuted"),
    ],
)
def test_one_examples_label_is_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """p_{nk} is entry k of the vector p_n: on a page about one example n, the softmax's Jacobian at it."""
    found, _ = statuses(tmp_path, capsys, SOFTMAX + PROSE + f"$${claim}$$\n")
    assert found == [(7, status)]


def test_n_anywhere_else_keeps_the_label(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """δ_{nj} (a slip for δ_{kj}) writes n as no label: nothing is dropped, and the false claim is never proven."""
    path = tmp_path / "d.md"
    claim = "\\frac{\\partial p_{nk}}{\\partial a_{nj}} = p_{nk}(\\delta_{nj} - p_{nj})"
    path.write_text(SOFTMAX + PROSE + f"$${claim}$$\n", encoding="utf-8")
    code = main(["check", str(path)])
    out = capsys.readouterr()
    assert code != 0 and "proven" not in out.out and "one example's label" not in out.out + out.err


def test_the_report_says_the_label_is_dropped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.md"
    claim = "\\frac{\\partial p_k}{\\partial a_j} = p_k(\\delta_{kj} - p_j)"
    path.write_text(SOFTMAX + PROSE + f"$${claim}$$\n", encoding="utf-8")
    main(["check", str(path)])
    assert "n read as one example's label" in capsys.readouterr().out


def test_a_sum_over_n_keeps_the_label(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Σ_n over the examples: n is no one example's label, and nothing is dropped (Σ_n was left without its index)."""
    path = tmp_path / "d.md"
    claim = "\\frac{\\partial p_k}{\\partial a_j} = p_k(\\delta_{kj} - p_j)"
    total = "The total is $E = \\sum_n q_n$.\n\n"
    path.write_text(SOFTMAX + PROSE + total + f"$${claim}$$\n", encoding="utf-8")
    main(["check", str(path)])
    out = capsys.readouterr()
    assert "one example's label" not in out.out + out.err
