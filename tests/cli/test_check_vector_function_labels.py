"""``y_c = \\varsigma(\\mathbf{z})_c = \\frac{e^{z_c}}{\\sum_d e^{z_d}}`` (Roelants): ς, named nowhere else, labels the
formula after it; the chain keeps y_c = …, and ς(z)_c is listed as a definition with nothing to check."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report

SOFTMAX = "\\frac{e^{z_c}}{\\sum_{d=1}^C e^{z_d}}"
FRONT = f"---\nlength: C\ndefine:\n  y_c: {SOFTMAX}\n---\n"
LABEL = "a definition of \\varsigma(\\mathbf{z})_c, a name for the formula after it (used nowhere else)"


@pytest.mark.parametrize(
    ("formula", "status"), [(SOFTMAX, "proven"), ("\\frac{e^{z_c}}{\\sum_{d=1}^C e^{2 z_d}}", "refuted")]
)
def test_the_label_is_a_definition_and_the_chain_around_it_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], formula: str, status: str
) -> None:
    body = f"$$y_c = \\varsigma(\\mathbf{{z}})_c = {formula} \\quad \\text{{for}} \\; c = 1 \\cdots C$$\n"
    found = report(tmp_path, capsys, FRONT, body)
    assert [(link["line"], link["status"]) for link in found["links"]] == [(6, status)]
    assert [(u["line"], u["reason"], u["holds_equality"]) for u in found["unchecked"]] == [
        (6, f"{LABEL}: nothing to check", False)
    ]


def test_with_y_undefined_the_display_defines_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = f"$$y_c = \\varsigma(\\mathbf{{z}})_c = {SOFTMAX}$$\n\n"
    body += "$$\\frac{\\partial y_i}{\\partial z_j} = y_i(\\delta_{ij} - y_j)$$\n\n"
    body += "$$\\frac{\\partial y_i}{\\partial z_j} = y_j(\\delta_{ij} - y_j)$$\n"
    found = report(tmp_path, capsys, "---\nlength: C\n---\n", body)
    assert [(link["line"], link["status"]) for link in found["links"]] == [(6, "proven"), (8, "refuted")]
    reasons = [u["reason"] for u in found["unchecked"]]
    assert f"{LABEL}: nothing to check" in reasons
    assert any(r.startswith("a definition of y_c") for r in reasons)


@pytest.mark.parametrize(("defined", "status"), [("y_c", "proven"), ("2 y_c", "refuted")])
def test_a_name_used_elsewhere_is_not_taken_for_a_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], defined: str, status: str
) -> None:
    """ς(z)_c = y_c on a display of its own defines the vector ς (σ(𝐳)_i = … as Wikipedia writes it): the chain
    y_c = ς(z)_c = … is then checked with it, not passed over as a label."""
    body = f"$$y_c = \\varsigma(\\mathbf{{z}})_c = {SOFTMAX}$$\n\n$$\\varsigma(\\mathbf{{z}})_c = {defined}$$\n"
    found = report(tmp_path, capsys, FRONT, body)
    assert [link["status"] for link in found["links"]][:1] == [status]
    assert [u["reason"] for u in found["unchecked"]] == [
        "a definition of \\varsigma_c, read as the front matter's define: nothing to check"
    ]


def test_a_value_applied_to_several_arguments_says_what_to_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Roelants' batch line ξ(T,Y) = Σ_i ξ(t_i, y_i) after ξ: -Σ_c t_c log y_c: refused, saying what to write."""
    front = FRONT.replace("define:\n", "define:\n  \\xi: '- \\sum_{c=1}^{C} t_c \\log(y_c)'\n", 1)
    body = "$$\\xi(T,Y) = \\sum_{i=1}^n \\xi(\\mathbf{t}_i,\\mathbf{y}_i)$$\n"
    found = report(tmp_path, capsys, front, body)
    assert found["links"] == [] and len(found["unchecked"]) == 1
    reason = found["unchecked"][0]["reason"]
    assert "\\xi(…, …) with \\xi defined as a value: applied to several arguments it names another quantity" in reason
    assert "give it a name of its own under define, or write this display by entries" in reason
