"""What the prose says a letter is (``derive.read.named_unread.namings``): display math written inside a paragraph is
no prose, and "see $g$ as the probability" gives g no new meaning (held-out U-05: both had refused the page's softmax
steps below as "g … the prose gives it a meaning again"); a renaming in words still is one."""

from __future__ import annotations

import pytest

from derive.read.named_unread import namings

PARAGRAPH = (
    "Component-wise, we have\n$$g_i(\\vec{x})=\\frac{e^{x_i}}{\\sum_{k=1}^ne^{x_k}}$$\n"
    "Note that the exponential terms can grow. We can multiply by a constant such that\n"
    "$$g_i(\\vec{x}) = \\frac{Ce^{x_i}}{C\\sum_{k=1}^ne^{x_k}}$$\n"
    "The definition is such that\n$$\\sum_{i=1}^ng_i(\\vec{x})=1$$\n"
    "which allows us to see $g_i(\\vec{x})$ as the probability that $\\vec{x}$ belongs to class $i$. "
    "This function is therefore widely used, rather than others.\n"
)


def test_display_math_in_a_paragraph_and_a_letter_seen_as_a_probability_name_nothing_anew() -> None:
    assert [n for n in namings(PARAGRAPH) if n.anew] == []


@pytest.mark.parametrize(
    "sentence", ["Now redefine $g$ as the sine.", "From now on, $g$ is the exponential.", "Now $g$ becomes $e^x$."]
)
def test_a_renaming_in_words_still_is_one(sentence: str) -> None:
    found = namings(f"Let\n\n$$g(x) = x^2$$\n\n{sentence}\n")
    assert any(n.letter == "g" and n.anew for n in found)
