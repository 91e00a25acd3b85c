"""Sums that run up to two lengths (Σ_{j=1}^{N} beside Σ_{t=1}^{T}) make both lengths of the page, the second
symbolic as under the front matter's ``sizes``: they were refused ("found another upper bound")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

PAGE = """The two losses are $A = \\sum_{{j=1}}^{{N}} x_j^2$ and $B = \\sum_{{t=1}}^{{T}} g_t^3$.

$$
\\frac{{\\partial (A + B)}}{{\\partial g_t}} = {slope}
$$

$$
A + B = \\sum_{{j=1}}^{{N}} x_j^2 + \\sum_{{t=1}}^{{{bound}}} g_t^3
$$
"""


def report(tmp_path: Path, capsys: pytest.CaptureFixture[str], slope: str, bound: str) -> dict[str, object]:
    path = tmp_path / "d.md"
    path.write_text(PAGE.format(slope=slope, bound=bound), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("slope", "bound", "expected"),
    [
        ("3 g_t^2", "T", ["proven", "proven"]),
        ("2 g_t^2", "T", ["refuted", "proven"]),
        # g summed to T and to N: its length reads two ways, and every sum over it is refused, B's definition too
        ("3 g_t^2", "N", []),
    ],
)
def test_two_lengths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], slope: str, bound: str, expected: list[str]
) -> None:
    found = report(tmp_path, capsys, slope, bound)
    assert [link["status"] for link in found["links"]] == expected  # type: ignore[attr-defined]


@pytest.mark.parametrize("first", ["$$A = \\sum_j x_j$$\n\n", "$$A = \\sum_{j=1}^{m} x_j$$\n\n"])
@pytest.mark.parametrize("other", ["\\sum_{j=1}^{d} x_j^2", "\\sum_{j=0}^{d-1} x_j^2", "x_1 + x_2 + \\dots + x_d"])
def test_a_vector_summed_up_to_two_lengths_is_refused_wherever_it_is_summed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, other: str
) -> None:
    """x summed to d in one section and to m in the next (a probe's page): x's length had been learned from one
    sum, so that A = Σ_j x_j ran up to m, and Σ_{j=1}^m x_j = A was proven while the page's x has d entries too."""
    page = first + f"## Part 1\n\n$$L = {other}$$\n\n## Part 2\n\n$$\\sum_{{j=1}}^{{m}} x_j = A$$\n"
    path = tmp_path / "d.md"
    path.write_text(page, encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert report["links"] == []
    assert any("summed up to" in u["reason"] and "read two ways" in u["reason"] for u in report["unchecked"])


def test_a_worked_example_at_a_number_is_no_second_length(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Σ_{i=1}^{3} y_i beside Σ_{k=1}^{K} y_k (seed 002's worked example at three classes): a number is an
    instance, not a length the page sums y up to too; the page is read (it had stopped, exit 2)."""
    page = "$$\\sum_{k=1}^{K} y_k^2 = \\sum_{k=1}^{K} y_k y_k$$\n\n$$\\sum_{i=1}^{3} y_i = y_1 + y_2 + y_3$$\n"
    path = tmp_path / "d.md"
    path.write_text(page, encoding="utf-8")
    assert main(["check", str(path), "--format", "json"]) in (0, 1)
    assert [link["status"] for link in json.loads(capsys.readouterr().out)["links"]][:1] == ["proven"]
