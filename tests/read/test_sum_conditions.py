"""A sum's subscript that stacks conditions on its index (``\\sum_{j=1, j \\neq i}^{n}``, ``\\substack``,
``\\sum_{j \\neq i \\in C}``): the range with one value left out, as a homework on softmax and cross-entropy writes
``\\sum_{j \\neq i \\in C} y_j a_i``. Anything else stacked stays refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(
    "subscript",
    [
        "j=1, j \\neq i",
        "j = 1 , j \\ne i",
        "j \\neq i, j=1",
        "\\substack{j=1 \\\\ j \\neq i}",
        "j \\in n, j \\neq i",
        "j \\neq i \\in n",
        "j \\in n, \\neq i",
    ],
)
def test_a_sum_leaves_out_the_value_its_subscript_excludes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], subscript: str
) -> None:
    text = f"$$\\sum_{{{subscript}}}^{{n}} y_j + y_i = \\sum_{{j=1}}^{{n}} y_j$$\n\n"
    text += f"$$\\sum_{{{subscript}}}^{{n}} y_j + y_k = \\sum_{{j=1}}^{{n}} y_j$$\n\n"
    text += f"$$\\sum_{{{subscript}}}^{{n}} y_j = \\sum_{{j=1}}^{{n}} y_j$$\n"
    assert statuses(tmp_path, capsys, text) == ([(1, "proven"), (3, "refuted"), (5, "refuted")], [])


def test_the_classes_a_sum_runs_over_are_its_range(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "$$\\sum_{j \\neq i \\in C} y_j a_i + y_i a_i = a_i \\sum_{j \\in C} y_j$$\n\n"
    text += "$$\\sum_{j \\neq i \\in C} y_j a_i = a_i \\sum_{j \\in C} y_j$$\n"
    assert statuses(tmp_path, capsys, text) == ([(1, "proven"), (3, "refuted")], [])


@pytest.mark.parametrize(
    "subscript",
    [
        "j=1, j \\neq j",  # its own index left out
        "j=1, j \\neq i, j \\neq k",  # two values left out
        "j=2, j \\neq i",  # another start
        "j=1, k \\neq i",  # a condition on another letter
        "j : j \\neq i",
    ],
)
def test_other_stacked_subscripts_stay_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], subscript: str
) -> None:
    text = f"$$\\sum_{{{subscript}}}^{{n}} y_j + y_i = \\sum_{{j=1}}^{{n}} y_j$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [] and len(unchecked) == 1 and unchecked[0].startswith("unreadable"), unchecked
