"""A value defined with whole vectors as its parameters, applied to other whole vectors, as label smoothing writes
the cross-entropy: ``H(a, b) = -\\sum_k \\log(b_k) a_k``, then ``H(q, p)`` (``derive.read.vector_arguments``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

SMOOTHING = (
    "---\nassume: ['p_k \\in (0, 1]']\n---\n"
    "The cross-entropy of two distributions over $K$ labels:\n\n"
    "$$\nH(a, b) = -\\sum_{k=1}^K \\log(b_k) a_k\n$$\n\n"
    "With $r_k = (1 - \\epsilon) q_k + \\epsilon u_k$:\n\n"
    "$$\nH(r, p) = -\\sum_{k=1}^K \\log(p_k) r_k = (1 - \\epsilon) H(q, p) + \\epsilon RIGHT\n$$\n"
)


@pytest.mark.parametrize(("right", "status"), [("H(u, p)", "proven"), ("H(p, u)", "refuted"), ("H(u, u)", "refuted")])
def test_a_function_of_whole_vectors_applied_to_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """H(q, p) is H's body with q's entries for a's and p's for b's: the smoothed cross-entropy splits in two,
    and the arguments swapped (H(p, u)) or repeated are another value, refuted."""
    found, unchecked = statuses(tmp_path, capsys, SMOOTHING.replace("RIGHT", right))
    assert found == [(13, "proven"), (13, status)]
    assert not any(reason.startswith("unreadable") for reason in unchecked)


def test_the_parameters_in_another_order_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """H(b, a) after H(a, b) = …: the same value written with its vectors, or H with its arguments swapped?"""
    text = SMOOTHING.replace("RIGHT", "H(u, p)") + "\n$$\nH(b, a) = -\\sum_{k=1}^K \\log(b_k) a_k\n$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(13, "proven"), (13, "proven")]
    assert any("H(b, a) can be read two ways" in reason for reason in unchecked), unchecked
