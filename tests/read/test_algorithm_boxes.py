"""An algorithm box as papers set one (Ioffe & Szegedy's batch normalization, in an example of our own): each
``A \\leftarrow B`` a definition, ``\\text{// …}`` a comment, ``\\mu_\\mathcal{B}`` a labelled name and a defined
``\\sigma_\\mathcal{B}^2`` one name; claims the forward pass alone decides are proven, and false ones refuted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

FORWARD = (
    "---\nassume: [\\epsilon > 0]\n---\n\n"
    "$$\\mu_\\mathcal{B} \\leftarrow \\frac{1}{m} \\sum_{i=1}^{m} x_i \\qquad \\text{// mini-batch mean}$$\n\n"
    "$$\\sigma_\\mathcal{B}^2 \\leftarrow \\frac{1}{m} \\sum_{i=1}^{m} (x_i - \\mu_\\mathcal{B})^2 "
    "\\qquad \\text{// mini-batch variance}$$\n\n"
    "$$\\widehat{x}_i \\leftarrow \\frac{x_i - \\mu_\\mathcal{B}}{\\sqrt{\\sigma_\\mathcal{B}^2 + \\epsilon}} "
    "\\qquad \\text{// normalize}$$\n\n"
    "$$y_i \\leftarrow \\gamma \\widehat{x}_i + \\beta \\equiv \\mathrm{BN}_{\\gamma,\\beta}(x_i) "
    "\\qquad \\text{// scale and shift}$$\n\n"
)
#: Claims the forward pass decides, each with a false twin (a sign, an exponent, a term too many).
CLAIMS = [
    ("\\frac{\\partial \\widehat{x}_i}{\\partial \\mu_\\mathcal{B}} = "
     "\\frac{-1}{\\sqrt{\\sigma_\\mathcal{B}^2 + \\epsilon}}",
     "\\frac{\\partial \\widehat{x}_i}{\\partial \\mu_\\mathcal{B}} = "
     "\\frac{1}{\\sqrt{\\sigma_\\mathcal{B}^2 + \\epsilon}}"),
    ("\\frac{\\partial \\widehat{x}_i}{\\partial \\sigma_\\mathcal{B}^2} = "
     "-\\frac{1}{2}(x_i - \\mu_\\mathcal{B})(\\sigma_\\mathcal{B}^2 + \\epsilon)^{-3/2}",
     "\\frac{\\partial \\widehat{x}_i}{\\partial \\sigma_\\mathcal{B}^2} = "
     "-\\frac{1}{2}(x_i - \\mu_\\mathcal{B})(\\sigma_\\mathcal{B}^2 + \\epsilon)^{-1/2}"),
    ("\\frac{\\partial \\sigma_\\mathcal{B}^2}{\\partial \\mu_\\mathcal{B}} = "
     "\\frac{1}{m}\\sum_{i=1}^{m} -2(x_i - \\mu_\\mathcal{B})",
     "\\frac{\\partial \\sigma_\\mathcal{B}^2}{\\partial \\mu_\\mathcal{B}} = "
     "\\frac{1}{m}\\sum_{i=1}^{m} -2(x_i - \\mu_\\mathcal{B}) + 1"),
    ("\\frac{\\partial y_i}{\\partial \\gamma} = \\widehat{x}_i",
     "\\frac{\\partial y_i}{\\partial \\gamma} = \\widehat{x}_i + \\beta"),
]  # fmt: skip


@pytest.mark.parametrize(("right", "wrong"), CLAIMS)
def test_the_forward_pass_defines_its_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, wrong: str
) -> None:
    """Each assignment is a definition (y_i's too, its '≡ BN(x_i)' dropped): the claim proven, its twin refuted."""
    found, unchecked = statuses(tmp_path, capsys, FORWARD + f"$$ {right} $$\n\n$$ {wrong} $$\n")
    assert found == [(13, "proven"), (15, "refuted")]
    assert all("a definition of" in reason for reason in unchecked) and len(unchecked) == 4


def test_the_square_written_first_is_the_same_variance(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``\\sigma^2_{\\mathcal{B}}`` names the variance as ``\\sigma_\\mathcal{B}^2`` does."""
    text = (FORWARD + f"$$ {CLAIMS[1][0]} $$\n\n$$ {CLAIMS[1][1]} $$\n").replace(
        "\\sigma_\\mathcal{B}^2", "\\sigma^2_{\\mathcal{B}}"
    )
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(13, "proven"), (15, "refuted")]


def test_the_root_of_the_variance_written_alone_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """σ_B beside the defined σ_B^2: its root, or a number of its own? Refused, naming both; the rest is read."""
    text = FORWARD + f"$$ {CLAIMS[2][0]} $$\n\n$$\\frac{{x_1 - \\mu_\\mathcal{{B}}}}{{\\sigma_\\mathcal{{B}}}} = 0$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(13, "proven")]
    assert any("can be read two ways: the root of that variance" in reason for reason in unchecked)


def test_an_update_is_no_definition_and_no_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``w \\leftarrow w - 1`` (false, read as a claim) is a step of the algorithm: not checked; so is a second
    assignment of g; a claim about g below it is refused (the value before, or after?); one above is read."""
    text = (
        "---\n---\n\n$$g \\leftarrow \\sum_{i=1}^{n} x_i \\qquad \\text{// gradient}$$\n\n"
        "$$\\frac{\\partial g}{\\partial x_1} = 1$$\n\n$$\\frac{\\partial g}{\\partial x_1} = 2$$\n\n"
        "$$w \\leftarrow w - 1$$\n\n$$g \\leftarrow 2$$\n\n$$\\frac{\\partial g}{\\partial x_1} = 1$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(6, "proven"), (8, "refuted")]
    assert [reason.split(",")[0] for reason in unchecked[1:]] == [
        "an update (w \\leftarrow …)",
        "an update (g \\leftarrow …)",
        "unreadable: g is assigned again at line 12 (an update)",
    ]


def test_a_calligraphic_subscript_of_a_vector_is_no_label(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """x_\\mathcal{B} beside x_i may be x's entries in the set B: not read as a name labelled B."""
    text = "---\n---\n\n$$s = \\sum_{i=1}^{n} x_i$$\n\n$$x_\\mathcal{B} \\leftarrow s$$\n\n$$x_\\mathcal{B} = s$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [] and any("unreadable" in reason for reason in unchecked)


@pytest.mark.parametrize("key", ["\\mu_\\mathcal{B}", "\\mu_{\\text{B}}"])
def test_the_front_matter_may_define_a_labelled_name_as_the_page_writes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str
) -> None:
    """A key spelled as the page writes the name, or as derive's messages spell it, defines it."""
    text = f"---\ndefine:\n  {key}: \\frac{{1}}{{m}} \\sum_{{i=1}}^{{m}} x_i^2\n---\n\n"
    text += "$$\\frac{\\partial \\mu_\\mathcal{B}}{\\partial x_1} = \\frac{2 x_1}{m}$$\n\n"
    text += "$$\\frac{\\partial \\mu_\\mathcal{B}}{\\partial x_1} = \\frac{x_1}{m}$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(6, "proven"), (8, "refuted")]


def test_the_front_matter_may_define_the_variance(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``\\sigma_\\mathcal{B}^2: …`` defines the one name the page differentiates by."""
    text = "---\ndefine:\n  \\sigma_\\mathcal{B}^2: \\frac{1}{m} \\sum_{i=1}^{m} x_i^2\n---\n\n"
    text += "$$\\frac{\\partial \\sigma_\\mathcal{B}^2}{\\partial x_1} = \\frac{2 x_1}{m}$$\n\n"
    text += "$$\\frac{\\partial \\sigma_\\mathcal{B}^2}{\\partial x_1} = \\frac{x_1}{m}$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(6, "proven"), (8, "refuted")]


@pytest.mark.parametrize(("body", "status"), [("x_i", "proven"), ("2 x_i", "refuted")])
def test_an_assignment_of_a_name_the_front_matter_defines_is_checked_against_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, status: str
) -> None:
    """``s \\leftarrow …`` beside the front matter's ``s: …`` must agree with it: a claim, proven or refuted."""
    text = f"---\ndefine:\n  s: \\sum_{{i=1}}^{{n}} x_i\n---\n\n$$s \\leftarrow \\sum_{{i=1}}^{{n}} {body}$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(6, status)]


def test_an_assignment_of_a_declared_number_is_not_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``s \\leftarrow 3`` with s declared a number gives it a value: a step, not a claim (and no ':' to blame)."""
    found, unchecked = statuses(tmp_path, capsys, "---\nscalars: [s]\n---\n\n$$s \\leftarrow 3$$\n")
    assert found == [] and unchecked == [
        "assigns s, which the front matter declares: a step of the algorithm giving it a value, not checked"
    ]


def test_the_root_of_the_variance_defined_on_the_page_is_that_root(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``\\sigma_\\mathcal{B} \\leftarrow \\sqrt{\\sigma_\\mathcal{B}^2}`` defines σ_B: no longer two readings."""
    text = FORWARD.split("$$\\widehat")[0] + "$$\\sigma_\\mathcal{B} \\leftarrow \\sqrt{\\sigma_\\mathcal{B}^2}$$\n\n"
    claim = "$$\\frac{\\partial \\sigma_\\mathcal{B}}{\\partial x_1} = "
    claim += "\\frac{x_1 - \\mu_\\mathcal{B}}{FACTOR \\sigma_\\mathcal{B}}$$\n\n"
    text += claim.replace("FACTOR", "m") + claim.replace("FACTOR ", "")
    found, _ = statuses(tmp_path, capsys, text)
    assert [status for _, status in found] == ["undefined", "refuted"]  # σ_B = 0 at m = 1: 0/0


def test_the_variance_defined_on_a_row_of_an_align(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``\\sigma_\\mathcal{B}^2 &= …`` on an align's second row defines the variance as a display of its own does."""
    text = "---\n---\n\n$$\\begin{aligned}\n\\mu_\\mathcal{B} &= \\frac{1}{m} \\sum_{i=1}^{m} x_i \\\\\n"
    text += "\\sigma_\\mathcal{B}^2 &= \\frac{1}{m} \\sum_{i=1}^{m} (x_i - \\mu_\\mathcal{B})^2\n\\end{aligned}$$\n\n"
    claim = "$$\\frac{\\partial \\sigma_\\mathcal{B}^2}{\\partial x_1} = "
    claim += "\\frac{FACTOR(x_1 - \\mu_\\mathcal{B})}{m}$$\n\n"
    found, _ = statuses(tmp_path, capsys, text + claim.replace("FACTOR", "2") + claim.replace("FACTOR", ""))
    assert found == [(9, "proven"), (11, "refuted")]
