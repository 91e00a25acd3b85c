"""Which letters a page writes or calls a count, and which a set (``derive.read.prose_sets``): a sum over j ∈ S runs
up to S only where the page says S counts, and never where it calls S a set. From a third probe: incidental words
had counted S ("the $S$ classes", "the number of elements of $S$", "$\\# S = 3$", "$S \\times T$")."""

from __future__ import annotations

import pytest

from derive.read.prose_sets import counted_letters, prose_sets


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("For each unit in $S$, the number of inputs is fixed", set()),
        ("# Case S\n\nThe number of units is fixed", set()),
        ("We keep the $S$ classes and drop the rest.", set()),
        ("the number of classes $S$ contains", set()),
        ("the number of elements of $S$.", set()),
        ("$\\# S = 3$", set()),
        ("$\\operatorname{card} S = 3$", set()),
        ("$W_S \\times v$", set()),
        ("$S \\times T$", set()),
        ("where N is the number of data points, and C is the number of categories", {"N", "C"}),
        ("$C$ is the number of classes", {"C"}),
        ("the number of classes $C$.", set()),  # as open as "the number of points outside $S$." (a fifth probe)
        ("For a model having $C$ classes and", {"C"}),
        ("$C$ is the number of classes, $C$ is the count.", set()),  # said to be something else too
        ("## Part 1\n\nLet $S$ be the number of samples.\n\n## Part 2\n\nLet $S$ be the active units.", set()),
        ("$C = 3$", {"C"}),
        ("is an $N \\times H$ matrix", {"N", "H"}),
        ("$x \\in \\mathbb{R}^{N \\times D}$", {"N", "D"}),
        ("$\\frac{1}{N}$", {"N"}),
        ("$\\sum_{j=1}^{K} e^{z_j}$", {"K"}),
        ("The cardinality of S is the number of active units.", set()),  # a fourth probe
        ("and $k$ the number of indices within $S$.", set()),
        ("so $x_S \\in \\mathbb{R}^{S}$.", set()),
        ("> In another paper, $S$ is the number of classes.", set()),
        ("```\nS is the number of classes\n```", set()),
        ("`$S = 3$`", set()),
        ("Let $z \\in \\mathbb{R}^{C}$ be the logits.", set()),  # ℝ^S: also the vectors on a set S (a fifth probe)
        ("Let $m$ be the number of points outside $S$.", {"m"}),
        ("Do not assume $S$ is the number of classes; it is not.", set()),
        ("(it is not true that $S$ is the number of units)", set()),
        ("and $\\sum_{k=1}^{S_0} x_k$ is their total", set()),
        ("so $\\mathbf{h} \\in \\mathbb{R}^{N \\times S_1}$", set()),
        ("$\\sum_{k=1}^{S^\\star} x_k = 0$", set()),
        ("We train the model over $S$ units only.", set()),
        ("its size $|S|$ was 2 ($|S| = 2$, not $S = 2$).", set()),
    ],
)
def test_a_letter_counts_only_where_the_page_says_or_writes_so(text: str, counted: set[str]) -> None:
    assert counted_letters(text) == counted


@pytest.mark.parametrize(
    "text",
    [
        "Let $S$ be a subset of the indices.",
        "Let $S$ be a collection of indices.",
        "the set of active units $S$",
        "$S \\subseteq \\{1, \\dots, n\\}$",
        "$S = \\{2, 5\\}$",
        "$$\\sum_{j \\in \\mathbf{S}} x_j$$",  # a review: read as the count S of "Let $S$ be the number of …"
        "$$\\sum_{j \\in \\mathcal{S}, j \\neq i} x_j$$",
    ],
)
def test_a_letter_the_page_calls_a_set(text: str) -> None:
    assert set(prose_sets(text)) == {"S"}
