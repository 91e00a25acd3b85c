"""Time steps numbered in parentheses (``derive.read.step_labels``), as S-05's LSTM page writes them: on a page that
speaks of time steps, ``\\vec{c}^{(1)}`` and ``\\vec{c}^{(2)}`` are two names, ⊙ between them is read entry by entry
(``derive.read.entry_products``), and a value put in for one display ("With $\\vec{i}^{(1)} = 0$:") holds there
only: a display below that may still use it refutes nothing. Checked through ``derive check``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

#: S-05's section, as the page writes it (lines 84-103 there).
LSTM = (
    "---\n---\n**Initial condition:**\n$$\\vec{c}^{(0)} = \\vec{0}$$\n\n"  # 4
    "**Timestep 1:** Store information\n"
    "$$\\vec{c}^{(1)} = \\vec{f}^{(1)} \\odot \\vec{c}^{(0)} + \\vec{i}^{(1)} \\odot \\tilde{c}^{(1)}$$\n\n"  # 7
    "With $\\vec{i}^{(1)} = 0$, $\\vec{f}^{(1)} = 1$:\n"
    "$$\\vec{c}^{(1)} = 1 \\times 0 + 0 \\times \\tilde{c}^{(1)} = \\vec{0}$$\n\n"  # 10
    "**Timestep 2:** Store important information\n"
    "$$\\vec{c}^{(2)} = \\vec{f}^{(2)} \\odot \\vec{c}^{(1)} + \\vec{i}^{(2)} \\odot \\tilde{c}^{(2)}$$\n\n"  # 13
    "With $\\vec{i}^{(2)} = 1$, $\\vec{f}^{(2)} = 1$:\n"
    "$$\\vec{c}^{(2)} = 1 \\times 0 + 1 \\times \\tilde{c}^{(2)} = \\tilde{c}^{(2)}$$\n\n"  # 16
    "For $t = 3, 4, ..., 10$ with $\\vec{i}^{(t)} = 0$, $\\vec{f}^{(t)} = 1$:\n\n"
    "$$\\vec{c}^{(3)} = \\vec{f}^{(3)} \\odot \\vec{c}^{(2)} + \\vec{i}^{(3)} \\odot \\tilde{c}^{(3)}"
    " = \\tilde{c}^{(2)}$$\n"  # 20
)


def test_an_lstm_pages_steps_are_names_and_its_gates_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """c^{(1)} at i^{(1)} = 0, f^{(1)} = 1 is 0 (both links proven); c^{(2)} = c̃^{(2)} needs c^{(1)} = 0, put in for
    the display above only, and c^{(3)} = c̃^{(2)} the step written with t, which derive does not read: neither is
    refuted. Before, every display was refused: "^{(1)} can be read two ways", and the values could not be read."""
    found, unchecked = statuses(tmp_path, capsys, LSTM)
    assert found == [(10, "proven"), (10, "proven"), (16, "unproven"), (16, "proven"), (20, "unproven")]
    assert [u.split(" of ")[1].split(",")[0] for u in unchecked] == [f"\\vec{{c}}^{{({k})}}" for k in range(4)]


#: Steps written with t too, as S-05 writes them: the generic step, refused where it stands.
STEPS = (
    "---\n---\nAt each time step $t$, $\\vec{c}^{(t)} = \\vec{f}^{(t)} \\odot \\vec{c}^{(t-1)} + \\vec{i}^{(t)} "
    "\\odot \\vec{g}^{(t)}$. The first two steps:\n\n"
    "$$\\vec{c}^{(1)} = \\vec{f}^{(1)} \\odot \\vec{c}^{(0)} + \\vec{i}^{(1)} \\odot \\vec{g}^{(1)}$$\n\n"  # 5
    "$$\\vec{c}^{(2)} = \\vec{f}^{(2)} \\odot \\vec{c}^{(1)} + \\vec{i}^{(2)} \\odot \\vec{g}^{(2)}$$\n\n"  # 7
)


@pytest.mark.parametrize(
    ("display", "status"),
    [
        (
            "\\vec{f}^{(2)} \\odot \\vec{f}^{(1)} \\odot \\vec{c}^{(0)} + \\vec{f}^{(2)} \\odot \\vec{i}^{(1)} \\odot "
            "\\vec{g}^{(1)} + \\vec{i}^{(2)} \\odot \\vec{g}^{(2)}",
            "proven",
        ),
        ("\\vec{c}^{(1)} \\odot \\vec{f}^{(2)} + \\vec{g}^{(2)} \\odot \\vec{i}^{(2)}", "proven"),
        ("\\vec{f}^{(1)} \\odot \\vec{c}^{(1)} + \\vec{i}^{(2)} \\odot \\vec{g}^{(2)}", "unproven"),  # wrong step
    ],
)
def test_a_step_written_out_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    """c^{(2)} written out through c^{(1)} is proven; with step 1's gate in step 2's place it is not refuted: the
    page states the generic step (c^{(t)}, with t) in a way derive does not read."""
    found, unchecked = statuses(tmp_path, capsys, STEPS + f"Then\n\n$$\\vec{{c}}^{{(2)}} = {display}$$\n")
    assert found == [(11, status)]
    assert unchecked[:2] == [f"a definition of \\vec{{c}}^{{({k})}}, read as the front matter's define: nothing to "
                             "check" for k in (1, 2)]  # fmt: skip


@pytest.mark.parametrize(
    "page",
    [
        STEPS + "$$c^2 = c \\cdot c$$\n",  # a power of the same name on the page: c^{(2)} may be c squared
        STEPS.replace("The first two steps", "Here c^{(2)} is c squared"),  # the prose says so
        STEPS.replace("At each time step", "At each layer"),  # no time steps: a label or a power, as before
        STEPS.replace("The first two steps", "Its second derivative is $c^{(2)}$"),  # a derivative's order?
    ],
)
def test_a_step_that_may_be_a_power_stays_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, page)
    assert found == [] and any("can be read two ways: a label" in u for u in unchecked)


def test_a_product_of_two_steps_beside_odot_stays_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """c^{(1)} · c^{(1)} beside ⊙: a dot product, or entry by entry? ⊙ is read entry by entry only where nothing
    else is done to the steps but adding and multiplying by numbers."""
    display = "$$c^{(3)} = f^{(2)} \\odot c^{(1)} \\cdot c^{(1)}$$\n"  # not in a vector's font
    found, unchecked = statuses(tmp_path, capsys, STEPS + display)
    assert found == [] and "⊙ of a number" in unchecked[-1]


def test_a_value_put_in_for_one_display_is_not_held_below(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """i^{(1)} = 0 put in for the display after it, then taken back: c^{(2)} = g^{(2)} below, true only at i^{(1)} = 0,
    is neither proven nor refuted; c^{(1)} = 0 at its own values is proven."""
    text = (
        "---\n---\n**Timestep 1:**\n$$c^{(1)} = f^{(1)} \\odot c^{(0)} + i^{(1)} \\odot g^{(1)}$$\n\n"  # 4
        "$$c^{(0)} = 0$$\n\nWith $i^{(1)} = 0$:\n$$c^{(1)} = 0$$\n\n"  # 9
        "**Timestep 2:**\n$$c^{(2)} = f^{(2)} \\odot c^{(1)} + i^{(2)} \\odot g^{(2)}$$\n\n"  # 12
        "Take $i^{(1)} = 1$ instead, with $i^{(2)} = 1$ and $f^{(2)} = 1$. Then\n$$c^{(2)} = g^{(2)}$$\n"  # 15
    )
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(9, "proven"), (15, "unproven")]


@pytest.mark.parametrize(
    ("claim", "shown"),
    [
        (
            "(\\vec{c}^{(1)} \\cdot \\vec{c}^{(2)}) \\vec{c}^{(1)} = "
            "(\\vec{c}^{(1)} \\cdot \\vec{c}^{(1)}) \\vec{c}^{(2)}",
            "\\vec{c}^{(1)} \\cdot \\vec{c}^{(2)}",
        ),
        ("\\vec{c}^{(1)} \\vec{c}^{(2)} = \\vec{c}^{(2)} \\vec{c}^{(1)}", "\\vec{c}^{(1)} \\vec{c}^{(2)}"),
    ],
)
def test_a_product_of_two_steps_vectors_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, shown: str
) -> None:
    """Read one entry at a time, (c_1 · c_2) c_1 = (c_1 · c_1) c_2 holds, but not of vectors (a dot product): each
    product of two steps' vectors other than ⊙ is refused, naming both readings."""
    found, unchecked = statuses(tmp_path, capsys, STEPS + f"$${claim}$$\n")
    assert found == []
    assert unchecked[-1] == (
        f"unreadable: {shown} can be read two ways: a product of the two vectors (a dot or an outer product), or "
        "entry by entry, written \\odot"
    )
