"""Equations a page sets, not identities it claims (``derive.read.set_conditions``): after "we set the derivative to
zero", a display's ``= 0`` end is the condition of an optimum, listed and not checked, while its other links are
checked (a wrong derivative is refuted); without such words, or after words that state a fact ("vanishes"),
``= 0`` is a claim and is refuted when false."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main
from tests.read.test_reads_pages import statuses

DERIVATIVE = "$$\\frac{{d}}{{dx}}(x^2 - 2x) = {value} = 0$$\n"


@pytest.mark.parametrize(
    "lead",
    [
        "To minimize, we set the derivative to zero:",
        "Setting the derivative equal to $0$ gives",
        "At the minimum,",
        "We equate the derivative to zero:",
        "The stationary point satisfies",
        "Take derivative w.r.t. $x$ and set to 0:",  # what it sets before "set" (a survey's L2 page: refuted)
        "Take the derivative and set equal to zero:",
        "Setting to zero:",  # survey T-06: nothing named between, the result just shown (refuted as an identity)
        "Setting to zero and substituting $a = 1$:",
    ],
)
def test_a_zero_the_page_sets_is_a_condition(tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str) -> None:
    found, unchecked = statuses(tmp_path, capsys, f"{lead}\n\n" + DERIVATIVE.format(value="2x - 2"))
    assert found == [(3, "proven")]
    assert len(unchecked) == 1 and unchecked[0].startswith("a condition the page sets (2x - 2 = 0: ")


def test_a_wrong_derivative_set_to_zero_is_still_refuted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "To minimize, we set the derivative to zero:\n\n" + DERIVATIVE.format(value="2x - 1")
    assert statuses(tmp_path, capsys, text)[0] == [(3, "refuted")]


@pytest.mark.parametrize(
    "lead",
    [
        "The derivative is:",
        "Note that the derivative vanishes:",
        "It is zero:",
        "Here we set $a = 1$, $b = 0$:",  # a value put in, no condition
        "We set the bias to zero and differentiate:",
        "We set the model's bias to zero and differentiate:",  # an apostrophe, no prime (a probe: x² = 1 proven)
        "Here the offset is set to zero:",  # a value put in, its name before "set"
        "Setting to zero the bias $b$, we differentiate:",  # a value put in, named after zero (probe C's s02)
    ],
)
def test_without_such_words_a_zero_is_a_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str) -> None:
    found, unchecked = statuses(tmp_path, capsys, f"{lead}\n\n" + DERIVATIVE.format(value="2x - 2"))
    assert found == [(3, "proven"), (3, "refuted")]
    assert unchecked == []


def test_the_words_reach_the_displays_in_a_row_and_no_further(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "require the derivatives to be zero:" then two displays `0 = ∂f/∂a = …`: both conditions, the derivatives
    checked (the second one wrong); after prose in between, `= 0` is a claim again."""
    text = (
        "We require the derivatives of $f$ to be zero:\n\n"
        "$$0 = \\frac{\\partial}{\\partial a}(a^2 + a b) = 2a + b$$\n\n"
        "$$0 = \\frac{\\partial}{\\partial b}(a^2 + a b) = 2a$$\n\n"
        "Then the derivative in b is\n\n"
        "$$\\frac{\\partial}{\\partial b}(a^2 + a b) = a = 0$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(3, "proven"), (5, "refuted"), (9, "proven"), (9, "refuted")]
    assert [reason.split(': "')[0] for reason in unchecked] == [
        "a condition the page sets (0 = \\frac{\\partial}{\\partial a}(a^2 + a b)",
        "a condition the page sets (0 = \\frac{\\partial}{\\partial b}(a^2 + a b)",
    ]


def test_a_zero_row_of_an_aligned_chain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "Setting the gradient to zero:\n\n$$\\begin{aligned}\n\\frac{d}{dx}(x^2 - 2x) &= 2x - 2 \\\\\n"
        "&= 0\n\\end{aligned}$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(4, "proven")]
    assert len(unchecked) == 1 and '(2x - 2 = 0: "setting the gradient to zero")' in unchecked[0]


def test_a_condition_alone_checks_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Setting the derivative to zero,\n\n$$2x - 2 = 0$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert len(unchecked) == 1 and unchecked[0].startswith("a condition the page sets (2x - 2 = 0")


def _assuming(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> list[tuple[int, str, list[str]]]:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    report = json.loads(capsys.readouterr().out)
    return [(link["line"], link["status"], link["assuming"]) for link in report["links"]]


MINIMUM = "To minimize, we set the derivative to zero:\n\n$$\\frac{{d}}{{dx}}(x^2 - 2x) = 2x - 2 = 0$$\n\n{rest}"


@pytest.mark.parametrize(("claim", "status"), [("2x = 2", "proven"), ("2x = 3", "refuted"), ("x^2 = 2x - 1", "proven")])
def test_what_follows_from_the_condition_is_checked_as_following(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """ "This gives 2x = 2" is proven with x = 1 put in (the condition solved), "2x = 3" refuted there: a claim that
    holds for no x refuted, one that holds at x = 1 only (x² = 2x − 1) proven as following, the report saying so."""
    links = _assuming(tmp_path, capsys, MINIMUM.format(rest=f"This gives\n\n$${claim}$$\n"))
    assert links == [
        (3, "proven", []),
        (7, status, ["the condition the page sets, 2x - 2 = 0 (line 3): x = 1 put in"]),
    ]


@pytest.mark.parametrize(("claim", "status"), [("n \\mu", "proven"), ("\\mu", "refuted")])
def test_a_mean_solved_from_its_condition_for_every_n(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    text = (
        "Setting the derivative with respect to $\\mu$ to zero,\n\n"
        "$$\\frac{\\partial}{\\partial \\mu} \\sum_{i=1}^{n} (x_i - \\mu)^2 = -2\\sum_{i=1}^{n} (x_i - \\mu) = 0$$\n\n"
        f"gives\n\n$$\\sum_{{i=1}}^{{n}} x_i = {claim}$$\n"
    )
    assert [(line, found) for line, found, _ in _assuming(tmp_path, capsys, text)] == [(3, "proven"), (7, status)]


def test_a_condition_on_a_scalar_with_a_domain_is_not_solved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Put in, x = 1 could lie outside a domain the page states for x: the display is listed, not checked."""
    text = "---\nassume: ['x > 0']\n---\n" + MINIMUM.format(rest="This gives\n\n$$2x = 3$$\n")
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(6, "proven")]
    assert unchecked[-1].startswith("follows from the condition the page sets at line 6 (2x - 2 = 0)")


def test_a_display_after_other_prose_is_a_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = MINIMUM.format(rest="Here is another fact.\n\n$$2x = 2$$\n")
    assert statuses(tmp_path, capsys, text)[0] == [(3, "proven"), (7, "refuted")]


@pytest.mark.parametrize(("value", "status"), [("1", "proven"), ("2", "refuted")])
def test_an_implication_after_the_condition_in_its_display(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, status: str
) -> None:
    """`2x - 2 = 0 \\Rightarrow x = 1`: the equation after the condition follows from it."""
    text = (
        "To minimize, we set the derivative to zero:\n\n"
        f"$$\\frac{{d}}{{dx}}(x^2 - 2x) = 2x - 2 = 0 \\Rightarrow x = {value}$$\n"
    )
    assert statuses(tmp_path, capsys, text)[0] == [(3, "proven"), (3, status)]


@pytest.mark.parametrize(("claim", "status"), [("2x = 2", "proven"), ("2x = 3", "refuted")])
def test_a_display_right_after_the_condition_follows_from_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """No prose between: the display after the condition follows from it (it sets no condition of its own)."""
    assert statuses(tmp_path, capsys, MINIMUM.format(rest=f"$${claim}$$\n"))[0] == [(3, "proven"), (5, status)]


@pytest.mark.parametrize(("claim", "status"), [("2x = 2", "proven"), ("2x = 3", "refuted")])
def test_setting_the_result_before_to_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """ "Setting this to zero gives": the last side of the display before, equal to 0, is the condition."""
    text = f"$$\\frac{{d}}{{dx}}(x^2 - 2x) = 2x - 2$$\n\nSetting this to zero gives\n\n$${claim}$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(1, "proven"), (5, status)]


@pytest.mark.parametrize(
    "lead",
    [
        "This gives, for every real $x$,",
        "Hence for all $x$:",
        "So, for any $x \\in \\mathbb{R}$,",
        "Before solving it, note that",
        "so that, forgetting this,",
        "This gives, in general,",
        "Before solving it, note that for every real $x$",
    ],
)
def test_a_display_its_lead_frees_from_the_condition_is_a_claim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """A lead that quantifies x ("for every real $x$") or says the display does not follow ("Before solving it"):
    x² = 2x − 1 had been proven with x = 1 put in (a probe's find), a claim the page makes for every x."""
    links = _assuming(tmp_path, capsys, MINIMUM.format(rest=f"{lead}\n\n$$x^2 = 2x - 1$$\n"))
    assert links[0] == (3, "proven", []) and links[1][:2] in ((7, "refuted"), (7, "unproven"))  # x ∈ ℝ: unread
    assert not any("the condition the page sets" in said for said in links[1][2])


def test_a_letter_the_condition_does_not_write_leaves_it_held(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "for every $y$" quantifies no letter of 2x − 2 = 0: the display still follows from it."""
    links = _assuming(tmp_path, capsys, MINIMUM.format(rest="This gives, for every $y$,\n\n$$2x y = 2y$$\n"))
    assert [(line, status) for line, status, _ in links] == [(3, "proven"), (7, "proven")]


@pytest.mark.parametrize(
    "lead",
    [
        "We do not set the derivative to zero here; we only compute it:",
        "Setting the derivative to zero would be wrong, since it never vanishes:",
        "We don't set the derivative to zero:",
        "Rather than setting the derivative to zero, we compute it:",
    ],
)
def test_words_that_deny_setting_a_zero_leave_it_a_claim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """ "We do not set the derivative to zero": the page claims 2x − 2 = 0, false; it had been listed as a condition
    the page sets and the file had passed (a probe's find)."""
    found, unchecked = statuses(tmp_path, capsys, f"{lead}\n\n" + DERIVATIVE.format(value="2x - 2"))
    assert found == [(3, "proven"), (3, "refuted")]
    assert unchecked == []


def test_a_denial_in_another_clause_leaves_the_condition(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lead = "The function is not convex, but we set the derivative to zero:"
    found, unchecked = statuses(tmp_path, capsys, f"{lead}\n\n" + DERIVATIVE.format(value="2x - 2"))
    assert found == [(3, "proven")] and len(unchecked) == 1


@pytest.mark.parametrize(("root", "status"), [("1", "proven"), ("2", "refuted")])
def test_a_zero_followed_by_an_implication_is_solved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], root: str, status: str
) -> None:
    """Probe s53's bb18: dL/dw = 2(w − 1) = 0 ⇒ w = 1, with no words before it, had refuted '= 0' and 'w = 1'."""
    text = f"$$\\frac{{d}}{{dx}}(x^2 - 2x) = 2x - 2 = 0 \\Rightarrow x = {root}$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(1, "proven"), (1, status)]
