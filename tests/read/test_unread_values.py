"""A name whose value a display states that derive could not read (lecture notes' ``\\delta_1^{(1)} = w_1^{(2)} …``):
a link that writes it is proven for every value or not refuted, as a counterexample's value may not be the page's.
The page had stopped with exit 2 ("vector '\\delta^{(1)}' is not a name"), and once read, its ∂C/∂b_1^{(1)} =
δ_1^{(1)} was refuted with δ_1^{(1)} = 3/20."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

STATED = "$$\n\\delta_1^{(1)} = w_1^{(2)} \\delta^{(2)} \\unknowncommand\n$$\n\n"
CLAIMS = (
    "$$\n\\delta_1^{(1)} + \\delta_1^{(1)} = 2 \\delta_1^{(1)}\n$$\n\n"
    "$$\n2 \\delta_1^{(1)} = 3\n$$\n\n"
    "$$\n\\delta_1^{(1)} + 1 = \\delta_1^{(1)}\n$$\n"
)


@pytest.mark.parametrize(
    ("page", "statuses"),
    [(STATED + CLAIMS, ["proven", "unproven", "refuted"]), (CLAIMS, ["proven", "refuted", "refuted"])],
)
def test_a_name_an_unread_display_states_is_refuted_only_whatever_its_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, statuses: list[str]
) -> None:
    report = page_report(tmp_path, capsys, page)
    assert report["exit"] == 1
    assert [s for s, *_ in page_links(report)] == statuses
    if page.startswith(STATED):
        said = report["links"][1]["method"]
        assert "gives $\\delta_1^{(1)}$ a value of its own, where line 2 states its value" in said
        assert report["links"][1].get("counterexample") is None


def test_a_greek_vector_with_a_layer_label_is_a_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = "$$\n\\delta_1^{(1)} \\cdot 2 = \\delta_1^{(1)} + \\delta_1^{(1)} + {right}\n$$\n"
    for right, status in (("0", "proven"), ("1", "refuted")):
        report = page_report(tmp_path, capsys, page.replace("{right}", right))
        assert [s for s, *_ in page_links(report)] == [status]


@pytest.mark.parametrize(
    "page",
    [
        "---\nvectors: [x]\n---\n$$\nz = x[j] \\cdot 2\n$$\n\n$$\n2 z = z + 3\n$$\n",
        "$$\nu = 2t, \\quad v = 3t \\\\\nu + v = 5t + 1\n$$\n",
    ],
)
def test_a_letter_whose_unread_definition_states_its_value_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """From a probe: z's definition unread (x[j] reads two ways), or u = 2t, v = 3t side by side unread: the link
    below had been refuted with z = 47/25, with u and v at values the row contradicts."""
    report = page_report(tmp_path, capsys, page)
    assert [s for s, *_ in page_links(report)] == ["unproven"]
    assert "a value of its own, where line" in report["links"][0]["method"]


def test_a_value_stated_beside_a_condition_refutes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From a probe: ``$$z = x^2, \\qquad x \\geq 0$$`` (a display derive lists as holding '≥') states z's value; the
    step below had been refuted with z = 3/20, x = 47/25, which breaks it."""
    page = "---\nscalars: [x]\n---\nLet\n\n$$z = x^2, \\qquad x \\geq 0$$\n\nThen\n\n$$\\sqrt{z} = x$$\n"
    report = page_report(tmp_path, capsys, page)
    assert [s for s, *_ in page_links(report)] == ["unproven"]
    assert "gives $z$ a value of its own, where line 6 states its value" in report["links"][0]["method"]
