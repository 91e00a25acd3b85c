"""The settings of a page read each with its own definitions even where one of them cannot be (its view not
formed, another length, no definitions of its own): that one is read as the whole page reads it, the others keep
their readings. Before, any such setting sent the whole page back to one notation, and every display below a
second definition was refused (Q-10's ReLU, sigmoid and tanh sections beside a softmax section over K)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main
from tests.read.page_reports import page_report


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[list[tuple[int, str]], dict]:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    report = json.loads(capsys.readouterr().out)
    return [(link["line"], link["status"]) for link in report["links"]], report


#: The tanh section's σ' written right (1 − σ²), and as the sigmoid's (σ(1 − σ)): a slip, refuted.
TANH = [("1 - \\sigma(z)^2", "proven"), ("\\sigma(z)(1 - \\sigma(z))", "refuted")]


THREE_SETTINGS = (
    "---\n---\n## Squared error\n\n$$L = \\frac{1}{2}(a - y)^2$$\n\n$$\\frac{\\partial L}{\\partial a} = a - y$$\n\n"
    "## Sigmoid\n\n$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$\n\n$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$$\n\n"
    "## Tanh\n\n$$\\sigma(z) = \\tanh(z)$$\n\n$$\\sigma'(z) = CLAIM$$\n\n"
    "## Softmax and cross-entropy\n\n$$L = -z_1 + \\log \\sum_{j=1}^{K} e^{z_j}$$\n\n"
    "$$\\frac{\\partial L}{\\partial z_1} = \\frac{e^{z_1}}{\\sum_{j=1}^{K} e^{z_j}} - 1$$\n"
)


@pytest.mark.parametrize(("claim", "status"), TANH)
def test_a_setting_read_at_another_length_leaves_the_others_their_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """The softmax section reads its sums over K, not the page's n: it is read as the whole page reads it (its
    display below L's second definition still refused, naming both), while the tanh section keeps its σ: 1 − σ²
    proven, and σ(1 − σ), the sigmoid's derivative written for tanh's, refuted at its line."""
    found, report = check(tmp_path, capsys, THREE_SETTINGS.replace("CLAIM", claim))
    assert found == [(7, "proven"), (13, "proven"), (19, status)], report["unchecked"]
    refused = [u for u in report["unchecked"] if u["line"] == 25]
    assert refused and "L is defined twice on the page (lines 5 and 23)" in refused[0]["reason"], refused


GENERIC_THEN_TWO = (
    "---\n---\n## Squared error\n\n$$L = \\frac{1}{2}(a - y)^2$$\n\n$$\\frac{\\partial L}{\\partial a} = a - y$$\n\n"
    "## Any loss, through a sigmoid\n\n$$L = \\ell(a, y)$$\n\n$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$\n\n"
    "$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$$\n\n## Tanh\n\n$$\\sigma(z) = \\tanh(z)$$\n\n"
    "$$\\sigma'(z) = CLAIM$$\n\n$$\\frac{\\partial L}{\\partial a} = a - y$$\n"
)


@pytest.mark.parametrize(("claim", "status"), TANH)
def test_settings_without_definitions_of_their_own_are_read_with_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """L defined anew as ℓ(a, y), which derive does not read: the two sections below have no definitions of their
    own, and are read so (the tanh section's σ' checked), never with the first section's L: ∂L/∂a = a − y there,
    true of that L alone, is refused."""
    found, report = check(tmp_path, capsys, GENERIC_THEN_TWO.replace("CLAIM", claim))
    assert found == [(7, "proven"), (15, "proven"), (21, status)], report["unchecked"]
    assert [u["line"] for u in report["unchecked"] if u["reason"].startswith("unreadable")] == [11, 23]


def test_words_between_two_inline_formulas_are_no_letter_the_prose_describes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "$\\sigma'$ for $\\frac{d\\sigma}{dz}$" above and "$\\sigma'(z)$ for $z$ real" in the tanh section: "for" is
    no letter either describes, so the sentence above (which holds an equation) does not stop the setting's view:
    its display is read with tanh (it had been refused, σ being defined twice)."""
    text = (
        "---\n---\n## Sigmoid\n\nWe write $\\sigma'$ for $\\frac{d\\sigma}{dz}$, and take $z = 0$ nowhere.\n\n"
        "$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$\n\n$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$$\n\n## Tanh\n\n"
        "$$\\sigma(z) = \\tanh(z)$$\n\nIts derivative, $\\sigma'(z)$ for $z$ real:\n\n$$\\sigma'(z) = CLAIM$$\n"
    )
    for claim, status in (("1 - \\sigma(z)^2", "proven"), ("\\sigma(z)(1 - \\sigma(z))", "refuted")):
        found, report = check(tmp_path, capsys, text.replace("CLAIM", claim))
        assert found == [(9, "proven"), (17, status)], report["unchecked"]


SECTION_DESCRIBED_ANEW = (
    "---\n---\n## Squared error\n\nHere $y$ is the target, and $r = a - y$ the residual.\n\n"
    "$$L = \\frac{1}{2}(a - y)^2$$\n\n$$\\frac{\\partial L}{\\partial a} = a - y$$\n\n"
    "## Sigmoid\n\n$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$\n\n## Tanh\n\n$$\\sigma(z) = \\tanh(z)$$\n\n"
    "$$\\sigma'(z) = CLAIM$$\n\n## Cross-entropy\n\nHere $y$ is a label, 0 or 1.\n\n"
    "$$L = -y \\log a - (1 - y) \\log(1 - a)$$\n\n$$\\frac{\\partial L}{\\partial a} = \\frac{a - y}{a(1 - a)}$$\n"
)


@pytest.mark.parametrize(("claim", "status"), TANH)
def test_a_setting_whose_view_cannot_be_formed_leaves_the_others_their_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """The cross-entropy section describes y anew, and the sentence above that described y holds an equation: its
    view is not formed, and it is read as the whole page reads it (its display refused, L being defined twice);
    the tanh section is still read with its own σ."""
    found, report = check(tmp_path, capsys, SECTION_DESCRIBED_ANEW.replace("CLAIM", claim))
    assert found == [(9, "proven"), (19, status)], report["unchecked"]
    refused = [u for u in report["unchecked"] if u["line"] == 27]
    assert refused and "L is defined twice on the page (lines 7 and 25)" in refused[0]["reason"], refused


def test_a_display_past_the_section_that_defined_a_name_anew_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "## Back to the sigmoid" below "## Tanh" (σ(z) = tanh z there): σ' = 1 − σ² may be of either σ, and was
    proven with tanh; inside each section the claims are read with its σ."""
    page = (
        "## Sigmoid\n\n$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$\n\n$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$$\n\n"
        "## Tanh\n\n$$\\sigma(z) = \\tanh(z)$$\n\n$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$$\n\n"
        "## Back to the sigmoid\n\n$$\\sigma'(z) = 1 - \\sigma(z)^2$$\n"
    )
    report = page_report(tmp_path, capsys, page, "--no-cache")
    assert [(link["line"], link["status"]) for link in report["links"]] == [(5, "proven"), (11, "refuted")]
    assert any(u["line"] == 15 and "in a section that ends above this display" in u["reason"] for u in
               report["unchecked"])  # fmt: skip
