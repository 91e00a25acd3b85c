"""Names as the focal-loss pages write them: a run of capital letters none of which is a name of the page is one
name (FL, CE), and p_t = Σ_i y_i p_i beside p_i's definition is refused naming both readings (p's entry at an
index t, or a value labelled t), while p_{\\text{t}} is a name of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report

SOFTMAX = "$p_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$"


@pytest.mark.parametrize(("body", "status"), [("2 FL = FL + FL", "proven"), ("2 FL = 3 LF", "refuted")])
def test_a_run_of_capitals_no_letter_of_which_is_a_name_is_one_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, status: str
) -> None:
    """FL was read F·L, two free numbers (so 2 FL = 2 LF was proven: now LF named FL, unread); FL and LF are two
    names."""
    found = report(tmp_path, capsys, "---\n---\n", f"$${body}$$\n")
    assert [link["status"] for link in found["links"]] == [status]
    assert "FL one name" in found["inferred"] and "scalars F, L" not in found["inferred"]


def test_a_run_of_capitals_some_of_which_are_names_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """F a name of the page (defined), L not, FL defined nowhere: FL is one name, or F times L."""
    body = "With $F = \\sum_i z_i$,\n\n$$\\frac{\\partial FL}{\\partial z_k} = 1$$\n"
    found = report(tmp_path, capsys, "---\n---\n", body)
    assert not any(link["status"] == "proven" for link in found["links"])
    assert any("FL can be read two ways: one name FL, or the product F L" in u["reason"] for u in found["unchecked"])


@pytest.mark.parametrize(
    ("page", "spaced"),
    [
        ("$$MSE = (w x - y)^2$$\n\n$$E = w^2$$\n\n$$\\frac{\\partial M S E}{\\partial w} = 2 M S w$$\n", "M S E"),
        ("$$Loss = (s - y)^2$$\n\n$$s = w x$$\n\n$$\\frac{\\partial L o s s}{\\partial w} = 2$$\n", "L o s s"),
        ("$$\\frac{\\partial FL}{\\partial z} = 0 + \\frac{\\partial F L}{\\partial z}$$\n", "F L"),
    ],
)
def test_a_name_written_with_spaces_between_its_letters_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, spaced: str
) -> None:
    """TeX drops spaces in math: ``M S E`` shows as ``MSE``. Beside the name MSE it had been read as M·S·E, and a
    probe proved ∂MSE/∂w two different things on one page. It reads two ways, and is refused naming both."""
    found = report(tmp_path, capsys, "---\n---\n", page)
    assert any(f"{spaced} can be read two ways: the name" in u["reason"] for u in found["unchecked"]), found
    assert all(link["line"] != page.count("\n") for link in found["links"])


FOCAL = (
    "---\nassume:\n  - y one-hot\n---\nWith $p_{label} = \\sum_i y_i p_i$ and "
    + SOFTMAX
    + ", the focal loss with $\\gamma = 0$ is the cross-entropy:\n\n"
    "$$FL = -\\log p_{label}$$\n\n$$\\frac{\\partial p_{label}}{\\partial z_k} = {value}$$\n"
)


def test_a_subscript_that_labels_a_value_beside_the_entries_definition_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """p_t = Σ_i y_i p_i beside p_i = …: p_t was read as p's entry at an index t, and the page's right step
    refuted. Now refused, naming both readings."""
    page = FOCAL.replace("{label}", "t").replace("{value}", "y_k p_k - p_k p_t")
    found = report(tmp_path, capsys, "", page)
    assert found["links"] == []
    reasons = [u["reason"] for u in found["unchecked"] if "unreadable" in u["reason"]]
    assert len(reasons) == 2 and all("p_t can be read two ways: p's entry at an index t" in r for r in reasons)
    assert all("a value labelled t" in r and "p_{\\text{t}}" in r for r in reasons)


@pytest.mark.parametrize("label", ["{\\text{t}}", "{\\mathrm{t}}"])
@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("y_k p_k - p_k p_{label}", "proven"),
        ("\\sum_i y_i p_i (\\delta_{ik} - p_k)", "proven"),
        ("y_k - p_k", "refuted"),
    ],
)
def test_an_upright_label_is_a_name_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, value: str, status: str
) -> None:
    page = FOCAL.replace("{value}", value).replace("{label}", label)
    found = report(tmp_path, capsys, "", page)
    assert [link["status"] for link in found["links"]] == [status]


@pytest.mark.parametrize(("n", "value", "statuses"), [
    ("n: 3\n", "p_k - y_k", ["proven", "proven"]),
    ("n: 3\n", "p_k + y_k", ["proven", "refuted"]),
    ("", "y_k - p_k", ["proven", "refuted"]),
])  # fmt: skip
def test_the_focal_loss_with_the_target_labelled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], n: str, value: str, statuses: list[str]
) -> None:
    """1/p_t with p_t = Σ_i y_i p_i, y one-hot, is defined: p_t is p at the hot entry (it was 'cannot show that
    p_t ≠ 0', the links unproven)."""
    page = FOCAL.replace("{label}", "{\\text{t}}").replace("---\nassume", f"---\n{n}assume")
    page = page.replace(
        "$$\\frac{\\partial p_{\\text{t}}}{\\partial z_k} = {value}$$",
        "$$\\frac{\\partial FL}{\\partial z_k} = -\\frac{1}{p_{\\text{t}}}"
        f"\\frac{{\\partial p_{{\\text{{t}}}}}}{{\\partial z_k}} = {value}$$",
    )
    found = report(tmp_path, capsys, "", page)
    assert [link["status"] for link in found["links"]] == statuses


def test_a_run_of_capitals_with_a_script_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """AB^T: the name AB transposed, or A times Bᵀ? (it was the product, and A B^T = A B^T proven)."""
    found = report(tmp_path, capsys, "---\n---\n", "$$2 AB^T = AB^T + AB^T$$\n")
    assert found["links"] == [] and "AB can be read two ways" in found["unchecked"][0]["reason"]


@pytest.mark.parametrize(("right", "status"), [("3", "proven"), ("0", "refuted"), ("2", "refuted")])
def test_a_word_with_a_capital_is_one_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """A Q&A's ``Delta = Out - Y``, ``Loss = 3 Delta``: Loss had been L·o·s·s, Delta D·e·l·t·a (e Euler's number),
    free numbers, so that dLoss/dOut would be 0; each word is one name where no letter of it is a name of the page,
    and Delta, typed, is the page's word, not \\Delta."""
    body = f"$$Delta = Out - Y$$\n\n$$Loss = 3 Delta$$\n\n$$\\frac{{dLoss}}{{dOut}} = {right}$$\n"
    found = report(tmp_path, capsys, "---\n---\n", body)
    assert [link["status"] for link in found["links"]] == [status]
    assert "Out one name" in found["inferred"]


def test_a_word_with_a_capital_whose_letters_are_names_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """L and s names of the page, o not: Loss is one name, or L·o·s·s; Wx stays W times x."""
    body = "$$L = s^2$$\n\n$$\\frac{\\partial Loss}{\\partial s} = 2s$$\n\n$$\\frac{\\partial Wx}{\\partial x} = W$$\n"
    found = report(tmp_path, capsys, "---\n---\n", body)
    assert [(link["line"], link["status"]) for link in found["links"]] == [(7, "proven")]
    assert any("Loss can be read two ways" in u["reason"] for u in found["unchecked"])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("$$ Delta x^2 = x \\cdot Delta x $$\n", "increment of x"),  # a probe's false proof: Δ·x² = x·Δ·x
        ("Let $\\Delta = b^2 - 4 c$.\n\n$$ \\frac{Delta}{e} = D l t a $$\n", "the letter \\Delta, or the product"),
        ("Let $\\Delta = b^2 - 4 a c$.\n\n$$ 2 Delta = 2 b^2 - 8 a c $$\n", "the letter \\Delta, or the product"),
    ],
)
def test_a_typed_greek_name_is_the_letter_or_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, expected: str
) -> None:
    """Typed ``Delta`` is Δ where no letter of it but e is a name of the page, with Δ's rules (``Delta x``: Δ times x,
    or the increment?); where some letter is, it reads two ways and is refused; never D·e·l·t·a with e Euler's."""
    found = report(tmp_path, capsys, "---\n---\n", body)
    assert found["links"] == []
    assert any(expected in u["reason"] for u in found["unchecked"]), found["unchecked"]


def test_a_typed_greek_name_whose_letters_are_no_names_is_the_letter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = report(tmp_path, capsys, "---\n---\n", "Let $\\Delta = b^2 - 4 c$.\n\n$$ Delta + 4 c = b^2 $$\n")
    assert [link["status"] for link in found["links"]] == ["proven"]


def test_a_typed_greek_name_that_reads_two_ways_defines_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From a probe: "with $Delta = a - b$ and $f = Delta^2$" defined Delta by its head, but read f's Delta as
    D·e·l·t·a (a a name of the page), and a ∂f/∂a = 2f was proven; every formula that writes it is refused now."""
    body = "Let $a \\frac{\\partial f}{\\partial a} = 2 f$ be the claim, with $Delta = a - b$ and $f = Delta^2$.\n\n"
    found = report(tmp_path, capsys, "---\n---\n", body + "$$a \\frac{\\partial f}{\\partial a} = 2 f$$\n")
    assert [link["status"] for link in found["links"]] == []
    assert any("Delta can be read two ways" in u["reason"] for u in found["unchecked"])
