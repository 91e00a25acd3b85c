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
        # g has T entries: summed to N it is another vector, and B's definition is unread: a counterexample that
        # gives B a value of its own refutes nothing (``unread_values``)
        ("3 g_t^2", "N", ["unproven"]),
    ],
)
def test_two_lengths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], slope: str, bound: str, expected: list[str]
) -> None:
    found = report(tmp_path, capsys, slope, bound)
    assert [link["status"] for link in found["links"]] == expected  # type: ignore[attr-defined]
