"""A function letter the prose names in words derive does not read (``derive.read.named_unread``): a stand-in for it
refutes nothing (a probe's R11, F04: g' = g had been refuted with g = sin where the page says g is the cosine, or
the exponential), and a defined letter named anew below its definition is refused where a link writes it (R13:
g(x) = x^2, then "Now let $g$ be the exponential function.": g' = g had been refuted by the old definition)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import one_verdict, page_report


@pytest.mark.parametrize(
    "text",
    [
        "Let $g$ be the exponential function.\n\n$$ g'(x) = g(x) $$\n\nWe were wrong: $g$ is really the sine.\n",
        "$$ g'(x) = -g(x) $$\n\nFrom now on $g$ denotes the cosine, and $g$ is even.\n",
        "Here $\\phi$ is the sine.\n\n$$ \\phi''(x) = -\\phi(x) $$\n",
    ],
)
def test_a_stand_in_for_a_letter_the_prose_names_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    report = page_report(tmp_path, capsys, text, "--no-cache")
    assert one_verdict(report) == "unproven"
    assert "where the prose says at line" in report["links"][0]["method"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Let $g$ be any function, such as the sine.\n\n$$ g'(x) = g(x) $$\n", "refuted"),  # g is any function
        ("Let $g$ be a function.\n\n$$ g'(x) = g(x) $$\n", "refuted"),
        (
            "Here $g$ is really the sine.\n\n$$ \\frac{d}{dx} \\left(g(x) + x\\right) = g'(x) + 1 $$\n",
            "proven",
        ),  # for every g
    ],
)
def test_a_letter_named_as_any_function_keeps_its_verdicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, verdict: str
) -> None:
    assert one_verdict(page_report(tmp_path, capsys, text, "--no-cache")) == verdict


def test_a_defined_letter_named_anew_is_refused_below_the_naming(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "## Part 1\n\nLet\n\n$$ g(x) = x^2 $$\n\n$$ g'(x) = 2x $$\n\n"
        "## Part 2\n\nNow let $g$ be the exponential function.\n\n$$ g'(x) = g(x) $$\n\n$$ 2x = x + x $$\n"
    )
    report = page_report(tmp_path, capsys, text, "--no-cache")
    assert [(link["line"], link["status"]) for link in report["links"]] == [(7, "proven"), (15, "proven")]
    refused = [u for u in report["unchecked"] if u["line"] == 13]
    assert len(refused) == 1
    assert "g is defined at line 5, and the prose gives it a meaning again at line 11" in refused[0]["reason"]


def test_a_defined_letter_recalled_by_name_keeps_its_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "$$ g(x) = \\frac{1}{1 + e^{-x}} $$\n\nHere $g$ is the sigmoid.\n\n$$ g'(x) = g(x)(1 - g(x)) $$\n"
    assert one_verdict(page_report(tmp_path, capsys, text, "--no-cache")) == "proven"


@pytest.mark.parametrize(
    "renaming",
    [
        "Redefine $g$ as the exponential function.",  # a probe's a1_redefine … a1_formula
        "Let $g$ be the exponential function.",
        "From here on, $g$ is the exponential function.",
        "Next, take $g$ to be the exponential function instead.",
        "Now let $g: \\mathbb{R} \\to \\mathbb{R}$ be the exponential function.",
        "Now let $g(x)$ be $e^x$ instead.",
        "For the rest of the page we use the sine in place of $g$.",  # r4b, r4c, r4h: no verb, words of change
        "Now let \\(g\\) be the sine function.",
        "| symbol | meaning from here on |\n|---|---|\n| $g$ | the sine function |",
    ],
)
def test_a_defined_letter_given_a_meaning_again_is_refused_below(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], renaming: str
) -> None:
    text = f"Let\n\n$$ g(x) = x^2 $$\n\n$$ g'(x) = 2x $$\n\n{renaming}\n\n$$ \\frac{{dg}}{{dx}} = 2x $$\n"
    report = page_report(tmp_path, capsys, text, "--no-cache")
    assert [(link["line"], link["status"]) for link in report["links"]] == [(5, "proven")]
    last = text.count("\n")  # the display below the renaming
    assert [u["line"] for u in report["unchecked"] if "gives it a meaning again" in u["reason"]] == [last]


def test_the_object_of_a_preposition_is_given_no_meaning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "$$ g(x) = x^2 $$\n\nNow, the effect through $g$ is the same.\n\n$$ g'(x) = 2x $$\n"
    assert one_verdict(page_report(tmp_path, capsys, text, "--no-cache")) == "proven"


def test_a_vector_said_to_take_softmax_values_keeps_no_stand_in_refutation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "Because we want an activation $a_i$ to be the probability that an example belongs to each class, we apply "
        "the softmax function to the logits.\n\n"
        "$$ \\frac{e^{z_i}}{\\sum_{j=1}^h e^{z_j}} \\cdot "
        "\\frac{\\sum_{j=1}^h e^{z_j} - e^{z_i}}{\\sum_{j=1}^h e^{z_j}} = a_i (1 - a_i) $$\n"
    )
    report = page_report(tmp_path, capsys, text, "--no-cache")
    assert one_verdict(report) == "unproven"
    assert "where the prose says at line 1" in report["links"][0]["method"]


def test_a_label_beside_a_named_output_keeps_its_refutation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Here $y$ is the label and $p$ the softmax output.\n\n$$ y_i + 1 = y_i $$\n"
    assert one_verdict(page_report(tmp_path, capsys, text, "--no-cache")) == "refuted"


@pytest.mark.parametrize(
    ("said", "refused"),
    [
        ("Here $g$ is the square of its argument.", 0),  # the front matter's define: the author's own word
        ("From this point on, $g$ stands for the sine.", 1),  # a probe's a1_frontdef: a change, said so
    ],
)
def test_a_front_matter_definition_yields_only_to_words_of_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str, refused: int
) -> None:
    text = f"---\ndefine:\n  g(x): x^2\n---\n{said}\n\n$$ g'(0) = 0 $$\n"
    report = page_report(tmp_path, capsys, text, "--no-cache")
    assert len([u for u in report["unchecked"] if "gives it a meaning again" in u["reason"]]) == refused


DS = "\\frac{\\partial s_i}{\\partial z_i} = 2 z_i"


@pytest.mark.parametrize(
    ("definition", "renaming", "use", "shown"),
    [  # probe 3's r4l: an upright name; r4i: the renaming in a footnote at the end, called above the display
        ("\\mathrm{act}(x) = x^2", "Now let $\\mathrm{act}$ be the sine function.", "\\mathrm{act}'(x) = 2x", None),
        ("g(x) = x^2", "We now change the function.[^1]", "g'(x) = 2x", "[^1]: From here on $g$ is the sine function."),
        ("s_i = z_i^2", "Now let $s_{i}$ be the sigmoid.", DS, None),
        # probe s51-A: faces, accents, other indices, bold, words of change, a formula, footnotes
        ("\\mathrm{act}(x) = x^2", "Now let $\\mathit{act}$ be the sine.", "\\operatorname{act}'(x) = 2x", None),
        ("\\hat{g}(x) = x^2", "Now let $\\hat{g}$ be the sine function.", "\\frac{d}{dx}\\hat{g}(x) = 2x", None),
        (
            "\\mathcal{L}(w) = w^2",
            "From now on, $\\mathcal{L}$ is the absolute value.",
            "\\frac{d\\mathcal{L}}{dw} = 2w",
            None,
        ),
        ("s_i = z_i^2", "Now let $s_j$ be the sigmoid of $z_j$.", DS, None),
        ("s_i = z_i^2", "Now let $\\mathbf{s}$ be the sigmoid.", DS, None),
        ("g(x) = x^2", "From here on $g = \\sin$.", "g'(x) = 2x", None),
        ("g(x) = x^2", "Henceforth we use the sine function for $g$.", "g'(x) = 2x", None),
        ("g(x) = x^2", "We switch $g$ to the sine function.", "g'(x) = 2x", None),
        ("g(x) = x^2", "Let the sine function be $g$ in what follows.", "g'(x) = 2x", None),
        ("g(x) = x^2", "We now change it.[^Change]", "g'(x) = 2x", "[^change]: A note.\nFrom here on $g$ is the sine."),
        ("g(x) = x^2", "It changes here[^1]: see below.", "g'(x) = 2x", "[^1]: From here on $g$ is the sine."),
    ],
)
def test_a_name_given_a_meaning_again_is_refused_below_wherever_the_page_writes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], definition: str, renaming: str, use: str, shown: str | None
) -> None:
    """Read with the first definition, each link below had been proven of the function the page had given up."""
    text = f"We define\n\n$$ {definition} $$\n\n{renaming}\n\nIts derivative:\n\n$$ {use} $$\n"
    report = page_report(tmp_path, capsys, text + (f"\n{shown}\n" if shown else ""), "--no-cache")
    assert report["links"] == [], report
    assert [u["line"] for u in report["unchecked"] if "gives it a meaning again at line 5" in u["reason"]] == [9]


def test_changing_an_input_gives_no_meaning_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A softmax page's "changing $A_i$ not only affects $\\sigma(A_i)$ … the softmax normalization" (Q-02) speaks of
    inputs, not of σ: its links below had been refused as a renaming (a change of today's, caught by the corpus)."""
    text = "$$ g(x) = x^2 $$\n\nChanging $x$ not only affects $g(x)$ but the sigmoid too.\n\n$$ g'(x) = 2x $$\n"
    assert one_verdict(page_report(tmp_path, capsys, text, "--no-cache")) == "proven"


@pytest.mark.parametrize(
    "sentence",
    [
        "It can also be easily verified that $\\sigma(z)$ is bounded between 0 and 1, and close to 1 for large $z$.",
        "Note that $\\sigma(z)$ is always positive.",
    ],
)
def test_a_property_of_a_defined_function_names_it_anew_nowhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sentence: str
) -> None:
    """Survey R-10: "$\\sigma(z)$ is bounded between 0 and 1" had been taken as a new meaning of σ, and a chain rule
    below it refused; what a function is like says nothing new of what it is."""
    claim = "$$ \\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) $$\n"
    text = f"$$ \\sigma(z) = \\frac{{1}}{{1 + e^{{-z}}}} $$\n\n{sentence}\n\n{claim}"
    assert one_verdict(page_report(tmp_path, capsys, text, "--no-cache")) == "proven"
