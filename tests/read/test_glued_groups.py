"""What TeX sets as one where a product would be two (a probe proved each): a group that opens with a sign after a
factor, digits a group splits, and a mixed number. Each reads two ways and is refused; a script's group, a
command's argument and a fraction of letters stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(
    ("display", "reason"),
    [
        ("x{-1} = -x", "a group that opens with '-' after a factor"),
        ("x + 0 = x \\textcolor{red}{+ 1}", "a group that opens with '+' after a factor"),
        ("(a+b){-c} = -ac - bc", "a group that opens with '-' after a factor"),
        ("{2}{5} = 10", "digits with a group between them"),
        ("2{5} = 10", "digits with a group between them"),
        ("2{}5 = 10", "digits with a group between them"),
        ("{2}5 = 10", "digits with a group between them"),
        ("2\\frac{1}{2} = 1", "a number before a fraction of digits"),
        ("2\\frac12 = 1", "a number before a fraction of digits"),
        ("2\\tfrac 1 2 = 1", "a number before a fraction of digits"),
        ("2{1 \\over 2} = 1", "a number before a fraction of digits"),
    ],
)
def test_what_tex_glues_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, reason: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, f"---\n---\n$${display}$$\n")
    assert found == [] and any(reason in u and "two ways" in u for u in unchecked), (found, unchecked)


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("x^{2}{3} = 3x^2", "proven"),  # x² times 3: the group is the exponent's
        ("2\\frac{x}{2} = x", "proven"),  # a fraction of letters: a product
        ("\\frac{1}{2}{x} = \\frac{x}{2}", "proven"),
        ("x - 1 = x \\cdot (-1)", "refuted"),
    ],
)
def test_what_tex_sets_apart_is_read_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    assert statuses(tmp_path, capsys, f"---\n---\n$${display}$$\n")[0] == [(3, status)]


@pytest.mark.parametrize(
    ("display", "reason"),
    [
        ("x + 0 \\text{=} x + 1", "an '=' set as text"),
        ("x + 0 \\mbox{ = } x + 1", "an '=' set as text"),
        ("3 != 3", "or an '=' after '!' (3! = 3, as TeX sets it)"),
    ],
)
def test_an_equals_sign_tex_shows_is_never_passed_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, reason: str
) -> None:
    """\\text{=} had been "holds no '='", and 3 != 3 a '≠' that is no equality: the file passed (exit 0)."""
    path = tmp_path / "page.md"
    path.write_text(f"$$y + 0 = y$$\n\n$${display}$$\n", encoding="utf-8")
    from derive.cli import main

    assert main(["check", str(path), "--format", "json"]) == 1
    out = capsys.readouterr().out
    assert reason in out, out
