"""Quantities named by a word and a unit's label, as Matt Mazur's step-by-step backpropagation writes them
(``net_{h1}``, ``out_{o1}``, ``E_{o1}``): one number per unit (``derive.read.unit_labels``). His example's steps,
in our own words, are proven; each false twin is refuted."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.find import find_markdown
from derive.read.unit_labels import with_unit_labels
from tests.read.test_reads_pages import statuses

NETWORK = (
    "$$net_{h1} = w_1 * i_1 + w_2 * i_2 + b_1 * 1$$\n\n"
    "$$out_{h1} = \\frac{1}{1+e^{-net_{h1}}}$$\n\n"
    "$$net_{h2} = w_3 * i_1 + w_4 * i_2 + b_1 * 1$$\n\n"
    "$$out_{h2} = \\frac{1}{1+e^{-net_{h2}}}$$\n\n"
    "$$net_{o1} = w_5 * out_{h1} + w_6 * out_{h2} + b_2 * 1$$\n\n"
    "$$out_{o1} = \\frac{1}{1+e^{-net_{o1}}}$$\n\n"
    "$$net_{o2} = w_7 * out_{h1} + w_8 * out_{h2} + b_2 * 1$$\n\n"
    "$$out_{o2} = \\frac{1}{1+e^{-net_{o2}}}$$\n\n"
    "$$E_{o1} = \\frac{1}{2}(target_{o1} - out_{o1})^{2}$$\n\n"
    "$$E_{o2} = \\frac{1}{2}(target_{o2} - out_{o2})^{2}$$\n\n"
    "$$E_{total} = E_{o1} + E_{o2}$$\n\n"
)
#: Each claim, and its false twin: one path where two reach the weight, a factor left out, the wrong weight.
CLAIMS = [
    ("\\frac{\\partial net_{o1}}{\\partial w_{5}} = out_{h1}", "\\frac{\\partial net_{o1}}{\\partial w_{5}} = w_5"),
    (
        "\\frac{\\partial E_{total}}{\\partial w_{5}} = -(target_{o1} - out_{o1}) * out_{o1}(1 - out_{o1}) * out_{h1}",
        "\\frac{\\partial E_{total}}{\\partial w_{5}} = -(target_{o1} - out_{o1}) * out_{h1}",
    ),
    (
        "\\frac{\\partial E_{total}}{\\partial out_{h1}} = \\frac{\\partial E_{o1}}{\\partial out_{h1}} + "
        "\\frac{\\partial E_{o2}}{\\partial out_{h1}}",
        "\\frac{\\partial E_{total}}{\\partial out_{h1}} = \\frac{\\partial E_{o1}}{\\partial out_{h1}}",
    ),
    (
        "\\frac{\\partial E_{o1}}{\\partial out_{h1}} = -(target_{o1} - out_{o1}) * out_{o1}(1 - out_{o1}) * w_5",
        "\\frac{\\partial E_{o1}}{\\partial out_{h1}} = -(target_{o1} - out_{o1}) * out_{o1}(1 - out_{o1}) * w_6",
    ),
]


@pytest.mark.parametrize("at", range(len(CLAIMS)))
@pytest.mark.parametrize(("which", "status"), [(0, "proven"), (1, "refuted")])
def test_a_step_by_step_example_is_read_unit_by_unit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], at: int, which: int, status: str
) -> None:
    """``net_{h1}`` had been n·e·t_{h1}, n the page's length and e Euler's number: every step was refuted."""
    found, unchecked = statuses(tmp_path, capsys, NETWORK + f"$${CLAIMS[at][which]}$$\n")
    assert [verdict for _, verdict in found] == [status], unchecked


@pytest.mark.parametrize("written", ["w_{j1}", "net_j", "net_{i}", "E_{j1} + \\sum_j a_j"])
def test_an_entrys_indices_are_no_units_label(written: str) -> None:
    """A weight's two indices (``w_{j1}``), an entry (``net_j``), and a capital's label whose letter is an index of
    the page (``E_{j1}`` beside Σ_j) are left as written."""
    found = with_unit_labels(find_markdown(f"$$x = {written}$$\n"))
    assert found.displays[0].text.strip() == f"x = {written}"


def test_a_units_label_is_said() -> None:
    found = with_unit_labels(find_markdown("$$net_{h1} = a + E_{o1}$$\n"))
    assert found.displays[0].text.strip() == "net_{\\text{h1}} = a + E_{\\text{o1}}"
    assert found.readings == ("line 1: a unit's label, $net_{h1}$, read as a number of its own: $net_{\\text{h1}}$",)


def test_a_word_also_written_otherwise_keeps_its_letters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From the held-out C-07: net_{h1} beside net_{hi} (unit i of layer h) made net one name and then an array's,
    which no name may be, and the file stopped (exit 2). Written otherwise too, the word is left as written."""
    page = "$$net_{h1} = 2a$$\n\n$$\\sum_i net_{hi} = b$$\n\n$$2a = a + a$$\n"
    found, _ = statuses(tmp_path, capsys, page)
    assert (5, "proven") in found
    assert with_unit_labels(find_markdown(page)).readings == ()


@pytest.mark.parametrize(
    ("page", "line"),
    [
        # a declared array's entry (k, 1), never a unit k1: ∂y/∂A_{k1} = 0 had been proven
        (
            "---\narrays: {A: [n, n]}\nvectors: [x]\n---\n$$y = \\sum_j A_{1j} x_j$$\n\n"
            "$$\\frac{\\partial y}{\\partial A_{k1}} = 0$$\n",
            7,
        ),
        # Mazur's δ of unit o1, defined by derivatives of quantities the page never defines: δ³ = δ had been proven
        (
            "$$\\delta_{o1} = \\frac{\\partial E_{total}}{\\partial out_{o1}} "
            "\\frac{\\partial out_{o1}}{\\partial net_{o1}}$$\n\n$$\\delta_{o1}^{3} = \\delta_{o1}$$\n",
            3,
        ),
        # a capital applied to a number: F at 2, or F times 2? F(2) = 2F(1) had been proven
        ("$$F(2) = 2F(1)$$\n", 1),
        ("$$Gamma(3) = 3 Gamma(1)$$\n", 1),
    ],
)
def test_what_a_probe_proved_is_no_longer_proven(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, line: int
) -> None:
    found, unchecked = statuses(tmp_path, capsys, page)
    assert (line, "proven") not in found, (found, unchecked)


def test_mazurs_delta_is_the_units(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """On a page of units' labels, δ_{o1} is unit o1's error signal, never Kronecker's δ(o, 1)."""
    page = NETWORK + (
        "$$\\delta_{o1} = -(target_{o1} - out_{o1}) * out_{o1}(1 - out_{o1})$$\n\n"
        "$$\\frac{\\partial E_{total}}{\\partial w_{5}} = \\delta_{o1} * out_{h1}$$\n\n"
        "$$\\frac{\\partial E_{total}}{\\partial w_{5}} = \\delta_{o1} * out_{h2}$$\n"
    )
    found, _ = statuses(tmp_path, capsys, page)
    assert [verdict for _, verdict in found] == ["proven", "refuted"]


def test_an_examples_numbers_put_in_are_not_refuted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Mazur works each step out at his example's numbers, given in a figure: ``= \\frac{1}{1+e^{-0.3775}}`` after
    the formula was refuted at any w, i, b. It is unread, naming both readings; numbers alone are checked."""
    page = NETWORK + (
        "$$out_{h1} = \\frac{1}{1+e^{-net_{h1}}} = \\frac{1}{1+e^{-0.3775}} = 0.593269992$$\n\n"
        "$$\\frac{1}{1+e^{-0.3775}} = 0.7$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, page)
    assert [verdict for _, verdict in found] == ["proven", "unproven", "refuted"]  # restated, rounded, wrong
    assert any("puts decimals where the side before it has variables" in u for u in unchecked)


def test_a_value_beside_a_formula_defines_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From a probe: w_5 = 0.40 made net_{o1}'s formula a claim, and net_{o1} = 1.105905967 below became its
    definition, a constant: ∂net_{o1}/∂w_5 = 0 was proven. A number for a name a formula also gives is a value."""
    page = (
        "$$ w_5 = 0.40 $$\n\n$$ net_{o1} = w_5 out_{h1} + w_6 out_{h2} + b_2 $$\n\n"
        "$$ \\frac{\\partial net_{o1}}{\\partial w_5} = 0 $$\n\n$$ net_{o1} = 1.105905967 $$\n"
    )
    found, _ = statuses(tmp_path, capsys, page)
    assert (5, "proven") not in found, found


@pytest.mark.parametrize(("right", "status"), [("i_1", "proven"), ("i_2", "refuted")])
def test_an_upright_word_with_a_units_label_is_the_same_unit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """From a probe: ``\\text{net}_{h1}`` beside ``net_{h1}`` had made net "written otherwise", and every unit's
    definition was refuted as n·e·t_{h1}; it is the same unit's net."""
    page = (
        "$$net_{h1} = w_1 i_1 + w_2 i_2$$\n\n"
        + f"$$\\frac{{\\partial \\text{{net}}_{{h1}}}}{{\\partial w_1}} = {right}$$\n"
    )
    found, _ = statuses(tmp_path, capsys, page)
    assert found == [(3, status)]
