"""An array the page defines by its entries in a display (``derive.read.page_arrays``), ``D_{ij} = \\sum_k W_{ik}
X_{kj}``: read as the front matter's ``define: {D_{ij}: …}``, written out wherever D stands with two indices. Its
false twins are refuted; a claim about D (D_{ij} = D_{ji}) is checked, not read as a second definition; D alone, the
whole matrix, is refused where it stands."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

PRODUCT = "---\n---\n\nDue to the product,\n\n$$D_{ij} = \\sum_{k=1}^q W_{ik} X_{kj}$$\n\nwe have\n\n{CLAIM}\n"


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("$$\\frac{\\partial D_{dj}}{\\partial W_{dc}} = X_{cj}$$", "proven"),
        ("$$\\frac{\\partial D_{dj}}{\\partial W_{dc}} = X_{dj}$$", "refuted"),  # the index slip
        ("$$D_{ij} = D_{ji}$$", "refuted"),  # a claim about D: never a second definition
    ],
)
def test_an_array_defined_by_its_entries_on_the_page_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, PRODUCT.replace("{CLAIM}", claim))
    assert found == [(10, status)]
    assert "a definition of D_{ij}, read as the front matter's define: nothing to check" in unchecked


def test_the_whole_matrix_written_alone_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """∂D/∂W = 0 would be proven with D read as a number: D is the matrix whose entries the page defines."""
    text = PRODUCT.replace("{CLAIM}", "$$\\frac{\\partial D}{\\partial W} = 0$$")
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("D alone here is the whole matrix, which derive does not read" in reason for reason in unchecked)


def test_an_inline_definition_of_an_array_is_still_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\n---\n\nLet $D_{ij} = \\sum_k W_{ik} X_{kj}$. Then\n\n"
    text += "$$\\frac{\\partial D_{dj}}{\\partial W_{dc}} = X_{dj}$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("derive reads an inline one in the front matter only" in reason for reason in unchecked)


NORMALIZED = (
    "---\n---\n\n$$\\begin{aligned}\nm_j &= \\frac{1}{N} \\sum_{i=1}^N x_{i,j} \\\\\n"
    "\\hat{x}_{i,j} &= x_{i,j} - m_j \\\\\nz_{i,j} &= g_j \\hat{x}_{i,j}\n\\end{aligned}$$\n\n"
    "$$\\frac{\\partial \\hat{x}_{i,j}}{\\partial m_j} = {SIDE}$$\n"
)


@pytest.mark.parametrize(("side", "status"), [("-1", "proven"), ("0", "refuted")])
def test_an_accented_array_defined_by_its_entries_is_read_as_a_plain_letters_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, status: str
) -> None:
    """x̂_{i,j} = x_{i,j} − m_j was a claim about a free x̂, refuted; then refused as a name derive could not define
    by its entries. It is read as a plain letter's entries are (x̂ named "xhat"): ∂x̂_ij/∂m_j = −1, with m_j held
    as a variable of its own, is proven and 0 refuted; z_{i,j} below is read."""
    found, unchecked = statuses(tmp_path, capsys, NORMALIZED.replace("{SIDE}", side))
    assert found == [(10, status)], (found, unchecked)
    assert "a definition of \\hat{x}_{i,j}, read as the front matter's define: nothing to check" in unchecked
    assert "a definition of z_{i,j}, read as the front matter's define: nothing to check" in unchecked


def test_an_accented_array_that_also_stands_with_one_index_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """x̂_{i,j} defined by its entries beside x̂_i: two readings of x̂, named as the page writes it."""
    text = "---\n---\n$$\\hat{x}_{i,j} = x_{i,j} - m_j$$\n\n$$\\hat{x}_i = 2$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("\\hat{x} also stands with one index at line 5: another reading of \\hat{x}" in r for r in unchecked)
