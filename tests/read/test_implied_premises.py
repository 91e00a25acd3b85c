"""An equation before ⇒ that is not an identity is the condition what follows assumes (``derive.read.
implied_premises``): listed, not refuted, and the equations after it checked with it solved and put in, so that a
counterexample keeps it. A premise that is an identity, or that writes a name the page defines, is a claim."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

CONDITION = "a condition the page sets ("


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("a + b = 1 \\implies a^2 + 2ab + b^2 = 1", "proven"),
        ("a + b = 1 \\Rightarrow a^2 + b^2 = 1", "refuted"),  # a = 1 − b put in: still false
        ("2y = 3x + 1 \\Rightarrow x = \\frac{2y - 1}{3}", "proven"),
    ],
)
def test_what_follows_a_condition_is_checked_under_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, expected: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, f"Consider\n\n$${display}$$\n")
    assert found == [(3, expected)]
    assert len(unchecked) == 1 and unchecked[0].startswith(CONDITION)


def test_tied_entries_before_an_implication(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Probe s53's c14: both sides of the ⇒ had been refuted, by w_1 = 47/25, w_2 = 3/20."""
    text = "---\nvectors: [w]\nn: 2\n---\nThe weights are tied:\n\n$$w_2 = 2w_1 \\Rightarrow w_1 + w_2 = 3w_1$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(7, "proven")]
    assert unchecked[0].startswith(CONDITION)


def test_a_condition_not_solved_for_one_unknown_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found, unchecked = statuses(tmp_path, capsys, "Consider\n\n$$x^2 = 4x - 4 \\Rightarrow x = 2$$\n")
    assert found == []
    assert unchecked[0].startswith(CONDITION) and "does not solve for one unknown" in unchecked[1]


@pytest.mark.parametrize(
    "text",
    [
        "Consider\n\n$$(x+1)^2 = x^2 + 2x + 1 \\Rightarrow (x+1)^2 - 1 = x^2 + 3x$$\n",  # an identity, then a slip
        "---\ndefine:\n  f: x^2\n---\nSo\n\n$$f = x^2 + 1 \\Rightarrow f - 1 = x^2 + 1$$\n",  # f is the page's
    ],
)
def test_a_premise_that_is_a_claim_stays_one(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found[-1][1] == "refuted"
    assert not any(reason.startswith(CONDITION) for reason in unchecked)


@pytest.mark.parametrize(
    "text",
    [
        "$$(x+1)^2 = x^2 + 2x + 1 \\implies (x+1)^2 = x^2 + 1 \\implies (x+1)^3 = x^3 + 1$$\n",  # probe s54's F1
        "$$2 + 2 = 5 \\implies x = x + 1$$\n",  # no unknown: a claim
    ],
)
def test_only_a_display_s_first_premise_is_a_condition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    """After ⇒, each equation is a claim that follows; only what stands before the first ⇒, not an identity and
    not stated for every value, is a condition. The false middle step had been taken as a condition and the page
    proven."""
    found, _ = statuses(tmp_path, capsys, text)
    assert "refuted" in [status for _, status in found]
    assert "proven" not in [status for _, status in found[1:]]


def test_a_derivative_under_a_condition_is_not_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """x + y = 1 ⇒ d/dx (x + y) = 1: along the condition y depends on x (probe s54's F7: proven, x = 1 − y put in)."""
    found, unchecked = statuses(tmp_path, capsys, "So\n\n$$x + y = 1 \\implies \\frac{d}{dx}(x + y) = 1$$\n")
    assert found == [] and any("whose letters may depend on one another" in u for u in unchecked)


@pytest.mark.parametrize("premise", ["2x + 1 = 5", "2x - 4 = 0"])
def test_a_display_that_follows_goes_on_under_the_condition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], premise: str
) -> None:
    """ "⇒ x = 2. Hence $$x^2 = 4$$": x^2 = 4 follows from the condition x = 2 came from (probe s54's R7: it had been
    refuted at x = 47/25, after either kind of condition)."""
    text = f"So\n\n$${premise} \\implies x = 2$$\n\nHence\n\n$$x^2 = 4$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(3, "proven"), (7, "proven")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For every real $x$,\n\n$$x + 1 = 3 \\implies x = 2$$\n", [(3, "proven")]),  # s54-2's q1: the implication
        ("$$2x - 2 = 0 \\implies x - 1 = 0$$\n\n$$x^2 = 1 \\implies x = 1$$\n", []),  # j12: its own premise first
        ("$$x + y = 1 \\implies y = 1 - x$$\n\nso\n\n$$\\frac{d}{dx}(x y) = y$$\n", [(1, "proven")]),  # i1
        (
            "$$2x - 2 = 0 \\implies x = 1$$\n\nSo, as a polynomial identity valid for all real numbers,\n\n"
            "$$x^3 - x = 0$$\n",
            [(1, "proven"), (5, "refuted")],
        ),  # n2: widened, it follows from nothing
    ],
)
def test_premises_after_the_second_probe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: list[tuple[int, str]]
) -> None:
    found, _ = statuses(tmp_path, capsys, text)
    assert found == expected


def test_a_value_before_an_implication_is_no_value_for_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """x = 3 ⇒ x^2 = 9: x = 3 is what the implication assumes, not x's value on the page (probe s54-2's h5: x = 3
    was read as a definition, and x^2 − 9 = (x − 3)^2 below proven at x = 3)."""
    text = "So\n\n$$x = 3 \\implies x^2 = 9$$\n\nThe polynomial identity\n\n$$x^2 - 9 = (x - 3)^2$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(3, "proven"), (7, "refuted")]
