"""Shapes stated in the prose, ``$\\mathbf{x} \\in \\mathbb{R}^d$``, ``$\\mathbf{W} \\in \\mathbb{R}^{h \\times d}$``:
read as the front matter's ``arrays`` and ``sizes``. d2l's hidden vector 𝐡 beside its width h is told apart by the
font: the size is named apart, and a display that writes h plain is refused, naming both readings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main
from tests.read.test_reads_pages import statuses

LAYER = """---
---

The input example is $\\mathbf{x}\\in \\mathbb{R}^d$, and $\\mathbf{W} \\in \\mathbb{R}^{h \\times d}$ is the weight.

$$\\mathbf{z} = \\mathbf{W} \\mathbf{x}$$

$$\\frac{\\partial z_i}{\\partial x_j} = {claim}$$
"""


@pytest.mark.parametrize(("claim", "expected"), [("W_{ij}", "proven"), ("2 W_{ij}", "refuted"), ("x_j", "refuted")])
def test_a_shape_stated_inline_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, expected: str
) -> None:
    found, _ = statuses(tmp_path, capsys, LAYER.replace("{claim}", claim))
    assert found == [(8, expected)]


def test_the_report_says_what_it_read_from_the_prose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.md"
    path.write_text(LAYER.replace("{claim}", "W_{ij}"), encoding="utf-8")
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert "line 4: $\\mathbf{x}\\in \\mathbb{R}^d$ read as a shape: x a vector of length d" in out
    assert "line 4: $\\mathbf{W} \\in \\mathbb{R}^{h \\times d}$ read as a shape: W an array of h × d" in out


HIDDEN = """---
---

Let $\\mathbf{x}\\in \\mathbb{R}^d$ and $\\mathbf{W} \\in \\mathbb{R}^{h \\times d}$, so that
$\\mathbf{z}\\in \\mathbb{R}^h$, and the activation function $\\sigma$:

$$\\mathbf{z} = \\mathbf{W} \\mathbf{x}$$

$$\\mathbf{h} = \\sigma(\\mathbf{z})$$

$$\\frac{\\partial h_i}{\\partial x_j} = {claim}$$
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [("\\sigma'(z_i) W_{ij}", "proven"), ("2 \\sigma'(z_i) W_{ij}", "refuted"), ("\\sigma(z_i) W_{ij}", "refuted")],
)
def test_a_bold_vector_beside_its_width_is_told_apart_by_the_font(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, expected: str
) -> None:
    found, _ = statuses(tmp_path, capsys, HIDDEN.replace("{claim}", claim))
    assert found == [(11, expected)]


def test_the_width_written_plain_beside_the_bold_vector_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = HIDDEN.replace("{claim}", "\\sigma'(z_i) W_{ij}") + "\n$$\\sum_{i=1}^{h} h_i = h$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(11, "proven")]
    assert any(
        "h beside \\mathbf{h} can be read two ways: the size h (line 4), or the vector \\mathbf{h}" in r
        for r in unchecked
    )


def test_two_shapes_for_one_name_are_neither_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = LAYER.replace("{claim}", "W_{ij}").replace(
        "is the weight.", "is the weight, or $\\mathbf{W} \\in \\mathbb{R}^{d \\times h}$."
    )
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert all(link["status"] != "proven" for link in report["links"])


@pytest.mark.parametrize(("right", "expected"), [("2w", "proven"), ("3w", "refuted")])
def test_a_width_d_beside_leibniz_d_stays_no_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, expected: str
) -> None:
    text = f"---\n---\n\nLet $\\mathbf{{x}} \\in \\mathbb{{R}}^d$.\n\n$$\\frac{{d}}{{dw}} (w^2) = {right}$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(6, expected)]  # d/dw was refused: "d declared as a name"


def test_a_shape_whose_length_no_sum_runs_over_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From a probe: $x \\in \\mathbb{R}^n$ on a page whose one sum runs over C had been an internal error (exit 3,
    a KeyError); it is the page's input error now, naming the length and how to declare it."""
    path = tmp_path / "d.md"
    path.write_text("Let $x \\in \\mathbb{R}^n$.\n\n$$\\sum_{j \\in C} x_j = 0$$\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "x has a length n that is none of the page's lengths (C)" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_length_given_as_another_number_than_n_refuses_the_displays_that_use_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "$x \\in \\mathbb{R}^{3}$" beside n: 2: x_1 + x_2 would be read as all of x (a probe of session 35 proved
    y_1 + y_2 = 1 of a one-hot y ∈ ℝ³, which y = e_3 breaks); the display is refused, saying how to give it."""
    from tests.read.page_reports import page_links, page_report

    page = "---\nn: 2\n---\nHere $x \\in \\mathbb{R}^{3}$ and $t \\in \\{0, 1\\}^{3}$.\n\n$$x_1 + x_2 = x_2 + x_1$$\n"
    report = page_report(tmp_path, capsys, page)
    assert page_links(report) == []
    assert "gives x a length as a number" in report["unchecked"][0]["reason"]


@pytest.mark.parametrize("said", ["Let $y$ be a 3-dimensional vector.", "The vector $y$ lies in $\\mathbb{R}^{3}$."])
def test_a_length_given_in_words_as_a_number_refutes_nothing_at_every_n(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str
) -> None:
    """A second probe of session 35: Σ_i (y_i − y_i + 1) = 3 had been refuted at n = 2, a length the page rules out."""
    from tests.read.page_reports import page_links, page_report

    report = page_report(tmp_path, capsys, f"{said}\n\n$$\\sum_i (y_i - y_i + 1) = 3$$\n")
    assert [status for status, *_ in page_links(report)] == ["unproven"]


@pytest.mark.parametrize(("factor", "expected"), [("2", "proven"), ("3", "refuted")])
def test_a_letter_under_an_accent_is_never_the_width(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], factor: str, expected: str
) -> None:
    """Duchesnay's p̂_i beside the size p of 𝐗 ∈ ℝ^{n×p}: an estimate p̂ is no size with a hat, so ĥ_i beside the
    width h is the page's own name (it had been refused, "h beside \\mathbf{h} can be read two ways")."""
    text = HIDDEN.replace("{claim}", "\\sigma'(z_i) W_{ij}") + (
        f"\n$$\\hat{{h}}_i = 2 h_i$$\n\n"
        f"$$\\frac{{\\partial \\hat{{h}}_i}}{{\\partial x_j}} = {factor} \\sigma'(z_i) W_{{ij}}$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(11, "proven"), (15, expected)], unchecked
