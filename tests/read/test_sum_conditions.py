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
    text += f"$$\\sum_{{{subscript}}}^{{n}} y_j + 2 y_i = \\sum_{{j=1}}^{{n}} y_j$$\n\n"
    text += f"$$\\sum_{{{subscript}}}^{{n}} y_j + y_i = \\sum_{{j=1}}^{{n}} y_j + 1$$\n"
    assert statuses(tmp_path, capsys, text) == ([(1, "proven"), (3, "refuted"), (5, "refuted")], [])


@pytest.mark.parametrize(
    "lead",
    ["where C is the number of categories.", "For a model having $C$ classes,", "---\nlength: C\n---", "$C = 3$, and"],
)
def test_the_classes_a_sum_runs_over_are_its_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """C-05's homework: "C is the number of categories", then Σ_{j≠i∈C}: every class but i."""
    text = f"{lead}\n\n$$\\sum_{{j \\neq i \\in C}} y_j a_i + y_i a_i = a_i \\sum_{{j \\in C}} y_j$$\n\n"
    text += "$$\\sum_{j \\neq i \\in C} y_j a_i = a_i \\sum_{j \\in C} y_j$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert [status for _, status in found] == ["proven", "refuted"]


@pytest.mark.parametrize(
    "lead",
    [
        "Let $S$ be the active units.",
        "Write $A$ for the collection of active indices.".replace("A", "S"),
        "Let $S$ be the support of $x$.",
        "## Part 1\n\nLet $S$ be the number of samples.\n\n## Part 2\n\nLet $S$ be the active units.",  # review
        "",
    ],
)
def test_a_sum_over_a_letter_the_page_never_calls_a_number_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """From a probe: set wordings no list catches ("the active units $S$") had let S be read as every index up to
    S, and Σ_{j∈S, j≠i} x_j = Σ_{j∈S} x_j − x_i proven. S is a count only where the page says or writes so."""
    text = f"{lead}\n\n$$\\sum_{{j \\in S, j \\neq i}} x_j = \\sum_{{j \\in S}} x_j - x_i$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [] and any("over every index up to the number S, or over a set S" in u for u in unchecked)


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


@pytest.mark.parametrize(
    "lead",
    [
        "Let $S$ be a subset of the indices.",
        "Let $S$ denote the set of active units.",
        "Over the subset $S$ of the units,",
        "Take $S \\subset \\{1, \\dots, n\\}$.",
        "Take $S = \\{1, 3\\}$.",
    ],
)
def test_a_sum_over_a_letter_the_page_calls_a_set_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """From a probe: "Let $S$ be a subset" above Σ_{j∈S, j≠i} x_j = Σ_{j∈S} x_j − x_i had been proven with S read as
    a length (every index up to S), false for i outside the set. A sum over such a letter is refused, naming the
    line that calls it a set; with no such line, S is the length C-05's k ∈ C is."""
    text = f"{lead}\n\n$$\\sum_{{j \\in S, j \\neq i}} x_j = \\sum_{{j \\in S}} x_j - x_i$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [] and len(unchecked) == 1 and "which line 1 calls or writes as a set" in unchecked[0], unchecked
    found, _ = statuses(tmp_path, capsys, "Let $S$ be the number of units.\n\n" + text.split("\n\n", 1)[1])
    assert found == [(3, "proven")]


def test_a_sum_over_an_empty_set_is_refused_not_a_crash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From a probe: ``\\sum_{j \\in }`` had been an internal error (an IndexError)."""
    found, unchecked = statuses(tmp_path, capsys, "$$\\sum_{j \\in } x_j = 1$$\n")
    assert found == [] and len(unchecked) == 1 and unchecked[0].startswith("unreadable: a sum over j in a set")


@pytest.mark.parametrize("style", ["mathbf", "mathcal", "mathrm", "boldsymbol"])
def test_a_sum_over_a_styled_letter_is_not_over_the_plain_letter_s_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], style: str
) -> None:
    """From the session-33 review: beside "Let $S$ be the number of classes", Σ_{j ∈ 𝐒, j≠i} x_j = Σ_{j∈𝐒} x_j − x_i
    had been proven, 𝐒 read as the count S (the reader drops a letter's typeface); a set in another typeface is
    another name, and the sum is refused."""
    text = (
        "Let $S$ be the number of classes.\n\n"
        f"$$\\sum_{{j \\in \\{style}{{S}}, j \\neq i}} x_j = \\sum_{{j \\in \\{style}{{S}}}} x_j - x_i$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [] and len(unchecked) == 1, unchecked
    assert "in a set" in unchecked[0] or "as a set" in unchecked[0], unchecked


SPLIT = (
    "---\ndefine:\n  p_j: \\frac{e^{o_j}}{\\sum_{k} e^{o_k}}\nvectors: [y]\n---\n"
    "$$\\sum_{j} y_j \\frac{\\partial p_j}{\\partial o_i} = \\sum_{j=i} y_j \\frac{\\partial p_j}{\\partial o_i} "
    "+ \\sum_{j \\neq i} y_j \\frac{\\partial p_j}{\\partial o_i} = {right}$$\n"
)


@pytest.mark.parametrize(
    ("right", "status"),
    [
        ("y_i p_i (1 - p_i) - \\sum_{j \\neq i} y_j p_j p_i", "proven"),
        ("y_i p_i - \\sum_{j \\neq i} y_j p_j p_i", "refuted"),
    ],
)
def test_a_sum_at_one_index_beside_the_sum_that_leaves_it_out_is_that_term(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """A-01 (Arat's softmax notes) splits Σ_j at j = i: ``\\sum_{j=i}`` beside ``\\sum_{j \\neq i}`` is the one term
    j = i (it had been refused with the generic "a sum's subscript must be …")."""
    found, _ = statuses(tmp_path, capsys, SPLIT.replace("{right}", right))
    assert found == [(6, "proven"), (6, status)]


def test_a_sum_at_one_index_alone_reads_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Alone, ``\\sum_{j=i} y_j`` may be the term j = i, or a sum from i to the end with its bound left out."""
    found, unchecked = statuses(tmp_path, capsys, "---\nvectors: [y]\n---\n$$\\sum_{j=i} y_j = y_i$$\n")
    assert found == []
    assert any("the term j = i alone" in u and "the sum from i on" in u for u in unchecked)
