"""A function the text only implies (a prime on it), on one side of a link only: the page defines it there in a
way derive did not read, so the link is unread, naming both readings; never refuted by f = sin. Declared generic,
the same claim is checked for every function, and refuted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

GATHER = (
    "{front}Softplus:\n\n\\begin{{gather*}}\ny = f(x) = \\log(1 + e^{{x}}) \\\\\n"
    "f'(x) = \\frac{{e^{{x}}}}{{1 + e^{{x}}}} = {last}\n\\end{{gather*}}\n"
)
ALONE = "---\n---\n$$f'(x) = \\frac{{e^{{x}}}}{{1 + e^{{x}}}} = {last}$$\n"


@pytest.mark.parametrize(
    ("last", "links"), [("\\frac{1}{1 + e^{-x}}", [(3, "proven")]), ("\\frac{e^x}{(1 + e^x)^2}", [(3, "refuted")])]
)
def test_a_function_the_page_never_defines_is_never_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, links: list[tuple[int, str]]
) -> None:
    """f' of an f the page never defines: only the link without f is checked, e^x/(1 + e^x) = 1/(1 + e^{-x}), and
    its false twin refuted."""
    read, unchecked = statuses(tmp_path, capsys, ALONE.format(last=last))
    assert read == links
    assert any("f, which the page never defines, stands on one side only" in u for u in unchecked)


def test_a_declared_function_is_any_function_and_the_claim_is_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = GATHER.format(front="---\nfunctions: [f]\n---\n", last="\\frac{1}{1 + e^{-x}}")
    links, unchecked = statuses(tmp_path, capsys, text)
    assert (7, "refuted") in links
    assert not any("stands on one side only" in u for u in unchecked)


def test_a_function_on_both_sides_is_still_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """σ'(z) = σ(z)(1 − σ(z)) of an arbitrary σ: false of most, refuted as before."""
    text = "---\n---\n$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$$\n"
    links, _ = statuses(tmp_path, capsys, text)
    assert links == [(3, "refuted")]
