"""A page that defines one entry of each training example's vector (``\\hat{y}_j^{(i)} = \\frac{e^{x_j^{(i)}}}{…}``,
a docs page's batch cross-entropy) defines the examples' array by its entries, as ``D_{ij} = …`` does (i the
example, j the entry). Read as a claim, the definition and every step that used ŷ were refuted with ŷ free."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

FRONT = "---\nlength: C\n---\n"
LOSS = "$$L = -\\frac{1}{m}\\sum_{i=1}^m \\sum_{j=1}^C y^{(i)}_j \\log \\hat{y}^{(i)}_j$$\n\n"
SOFTMAX = "$${head} = \\frac{{e^{{x_j^{{(i)}}}}}}{{\\sum_{{k=1}}^C e^{{x_k^{{(i)}}}}}}$$\n\n"
STEP = "$$\\frac{{\\partial \\hat{{y}}_j^{{(i)}}}}{{\\partial x_l^{{(i)}}}} = \\hat{{y}}_j^{{(i)}}({last})$$\n"


@pytest.mark.parametrize("head", ["\\hat{y}_j^{(i)}", "\\hat{y}^{(i)}_j"], ids=["entry-label", "label-entry"])
@pytest.mark.parametrize(
    ("last", "verdict"), [("\\delta_{jl} - \\hat{y}_l^{(i)}", "proven"), ("\\delta_{jl} + \\hat{y}_l^{(i)}", "refuted")]
)
def test_an_example_entry_definition_defines_the_examples_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], head: str, last: str, verdict: str
) -> None:
    report = _report(tmp_path, capsys, FRONT + LOSS + SOFTMAX.format(head=head) + STEP.format(last=last))
    assert [status for status, *_ in _links(report)] == [verdict]
    assert "definition of" in {entry["line"]: entry["reason"] for entry in report["unchecked"]}[6]


def test_an_example_entry_definition_written_with_two_indices_is_not_free(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``\\hat{y}_{ij} = …`` beside ``\\hat{y}_j^{(i)}``: another reading of ŷ, unread; what uses ŷ is then refused,
    never checked with ŷ free (the names the examples declare count as inferred, not declared)."""
    page = FRONT + LOSS + SOFTMAX.format(head="\\hat{y}_{ij}") + STEP.format(last="\\delta_{jl} - \\hat{y}_l^{(i)}")
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []
    reasons = {entry["line"]: entry["reason"] for entry in report["unchecked"]}
    assert reasons[6].startswith("unreadable: the definition of") and reasons[8].startswith("unreadable:")


def test_example_is_whole_vector_beside_its_entry_definition_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``\\hat{y}^{(i)} = 2 x^{(i)} + 1`` below ``\\hat{y}_j^{(i)} = 2 x_j^{(i)}``: example i's whole vector, never a
    free one (the claim is false by the definition)."""
    page = "$$L = \\sum_{i=1}^m \\hat{y}^{(i)}_1$$\n\n$$\\hat{y}_j^{(i)} = 2 x_j^{(i)}$$\n\n"
    page += "$$\\hat{y}^{(i)} = 2 x^{(i)} + 1$$\n"
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []
    assert {entry["line"]: entry["reason"] for entry in report["unchecked"]}[5].startswith("unreadable:")


CAPTURE = "---\nlength: C\n---\n$$D_{{ij}} = {body}$$\n\n$$D_{{kk}} = {claim}$$\n"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [("\\frac{x_k}{\\sum_{j=1}^C x_j} + k", "undefined"), ("\\frac{x_k}{\\sum_{j=1}^C x_j} + 2k", "refuted")],
)
def test_a_definitions_own_summation_index_is_renamed_apart_where_an_entry_uses_its_letter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, verdict: str
) -> None:
    """``D_{kk}`` of ``D_{ij} = \\frac{x_j}{\\sum_{k=1}^C x_k} + i``: the definition's k is its sum's alone, renamed
    apart (a docs page's ŷ_k^{(i)} inside Σ_k, ŷ a softmax over k); before, the display was refused."""
    report = _report(tmp_path, capsys, CAPTURE.format(body="\\frac{x_j}{\\sum_{k=1}^C x_k} + i", claim=claim))
    assert [status for status, *_ in _links(report)] == [verdict]  # undefined: where Σ x = 0


def test_a_definitions_letter_used_outside_its_sum_is_not_renamed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``E_{kk}`` of ``E_{ij} = \\sum_{k=1}^C x_k + k``: the last k is no sum's; refused, as before."""
    report = _report(tmp_path, capsys, CAPTURE.format(body="\\sum_{k=1}^C x_k + k", claim="0").replace("D_", "E_"))
    assert _links(report) == []
    assert "uses k as a letter of its own" in report["unchecked"][-1]["reason"]


NUMBERED = (
    "$$L = -\\frac{1}{m}\\sum_{i=1}^m \\sum_j y_j^{(i)} \\log p_j^{(i)}$$\n\n"
    "$$p_j^{(i)} = \\frac{e^{z_j^{(i)}}}{\\sum_k e^{z_k^{(i)}}}$$\n\n"
)


@pytest.mark.parametrize(
    ("top", "verdict"), [("e^{z_1^{(1)}}", "proven"), ("2e^{z_1^{(1)}}", "refuted"), ("e^{z_1^{(i)}}", "refuted")]
)
def test_one_numbered_example_entry_is_the_defined_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], top: str, verdict: str
) -> None:
    """``p_1^{(1)}`` beside ``p_j^{(i)} = …``: example 1's entry 1 of the defined p. It was read as entry 1 of a free
    vector p_1 (a layer's name, as ``W_1^{(1)}`` is elsewhere), and the true claim was refuted."""
    page = NUMBERED + f"$$p_1^{{(1)}} = \\frac{{{top}}}{{\\sum_k e^{{z_k^{{(1)}}}}}}$$\n"
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] == [verdict]


@pytest.mark.parametrize(("right", "verdict"), [("1", "proven"), ("2", "refuted")])
def test_an_example_name_written_only_in_a_definitions_exponent_is_an_examples(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    """z, written only in ``p_j^{(i)} = \\frac{e^{z_j^{(i)}}}{…}``, is an example's z too: the definition was taken
    from the page before the examples were found, so ``^{(i)}`` on z read two ways and the page was unread."""
    report = _report(tmp_path, capsys, NUMBERED + f"$$\\sum_j p_j^{{(i)}} = {right}$$\n")
    assert [status for status, *_ in _links(report)] == [verdict]
    assert any("z^{(i)}_j entry j of example i's z" in reading for reading in report["readings"])


def test_an_accented_name_numbered_in_parentheses_does_not_stop_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``\\hat{y}_1^{(1)}`` on a page without training examples: layer 1's ŷ, entry 1, as ``p_1^{(1)}`` is. It
    stopped the whole file with exit 2 ("vector 'yhat_1' is not a name")."""
    page = "$$\\hat{y}_1^{(1)} + 2 = 2 + \\hat{y}_1^{(1)}$$\n\n$$\\hat{y}_1^{(1)} + 2 = 3 + \\hat{y}_1^{(1)}$$\n"
    report = _report(tmp_path, capsys, page)
    assert report["exit"] == 1 and [status for status, *_ in _links(report)] == ["proven", "refuted"]


def test_what_an_entry_definition_cannot_read_is_blamed_on_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A-09's page: ŷ's entries defined with a sum to n, a letter the page never names (its classes count to C).
    That definition is the one unread, not the loss's (written out in it, where n had been met): the loss is read,
    and what uses ŷ refused, naming ŷ as the page writes it."""
    softmax = SOFTMAX.format(head="\\hat{y}_j^{(i)}").replace("k=1}^C", "k=1}^n")
    page = FRONT + LOSS + softmax + STEP.format(last="\\delta_{jl} - \\hat{y}_l^{(i)}")
    report = _report(tmp_path, capsys, page)
    reasons = {entry["line"]: entry["reason"] for entry in report["unchecked"]}
    assert reasons[4].startswith("a definition of L"), reasons
    assert reasons[6].startswith("unreadable: the definition of \\hat{y}_j^{(i)} could not be read (unknown symbol n")
    assert reasons[8].startswith("unreadable: \\hat{y} stands here, but its definition on the page could not be read")
