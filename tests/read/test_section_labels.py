"""A layer's array written without its label in a section about that layer alone (``derive.read.section_labels``):
R-01's "Derivative 1" writes W^{(2)}'s entries W_{i,j}, W^{(1)} standing only in another section. There W_{kj} is
W^{(2)}_{kj}, the only reading: a right claim proven, a wrong one refuted. Where another layer's W is in scope (the
section writes it, or a name made of it), or the front matter declares a plain W, it stays refused, naming both."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

LAYERS = (
    "---\n---\n# Two layers\n\n## Layer 1\n\n$$z^{(1)}_j = \\sum_i W^{(1)}_{ji} x_i$$\n\n"
    "## Layer 2\n\n$$z^{(2)}_k = \\sum_j W^{(2)}_{kj} h_j$$\n\n"
)
TWO_WAYS = "W with a subscript beside W^{(1)}, W^{(2)} can be read two ways"


@pytest.mark.parametrize(("claim", "status"), [("h_j", "proven"), ("h_k", "refuted")])
def test_an_entry_written_without_its_label_in_its_layer_s_section(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    text = LAYERS + f"$$\\frac{{\\partial z^{{(2)}}_k}}{{\\partial W_{{kj}}}} = {claim}$$\n"
    assert statuses(tmp_path, capsys, text) == ([(13, status)], [
        "a definition of z^{(1)}_j, read as the front matter's define: nothing to check",
        "a definition of z^{(2)}_k, read as the front matter's define: nothing to check",
    ])  # fmt: skip


@pytest.mark.parametrize(
    "section",
    [
        "## Both\n\n$$a = W^{(1)}_{11}$$\n\n",  # the section writes the other layer's W too
        "## Both\n\n$$c = z^{(1)}_1$$\n\n",  # a name made of W^{(1)}: which layer's W is meant?
        "",  # a section with no label of its own, under a page that writes both
    ],
)
def test_an_entry_beside_two_layers_in_scope_stays_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], section: str
) -> None:
    text = LAYERS + section + "$$\\frac{\\partial z^{(2)}_k}{\\partial W_{kj}} = h_j$$\n"
    if not section:
        text = text.replace("## Layer 2\n\n", "")
    found, unchecked = statuses(tmp_path, capsys, text)
    assert [line for line, _ in found if line > 12] == []
    assert any(TWO_WAYS in reason for reason in unchecked)


def test_a_plain_w_the_front_matter_declares_is_never_relabelled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = LAYERS.replace("---\n---\n", "---\narrays: [W]\n---\n") + (
        "$$\\frac{\\partial z^{(2)}_k}{\\partial W_{kj}} = h_j$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any(TWO_WAYS in reason for reason in unchecked)


def test_a_plain_w_in_another_name_s_definition_is_never_relabelled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """z_j = Σ_i W_{ji} x_i beside y_k = Σ_j W^{(2)}_{kj} z_j: W is the first layer's, an array of its own. Read as
    W^{(2)}, ∂z_j/∂x_i = W^{(2)}_{ji} (the wrong layer) was proven and ∂y_k/∂W_{kj} = z_j refuted; both refused."""
    text = (
        "---\n---\n## Two layers\n\n$$z_j = \\sum_i W_{ji} x_i$$\n\n$$y_k = \\sum_j W^{(2)}_{kj} z_j$$\n\n"
        "$$\\frac{\\partial z_j}{\\partial x_i} = W^{(2)}_{ji}$$\n\n$$\\frac{\\partial y_k}{\\partial W_{kj}} = z_j$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert sum("W with a subscript beside W^{(2)} can be read two ways" in reason for reason in unchecked) == 2
