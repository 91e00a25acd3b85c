"""A column of numbers after "For example" (R-10's y = (0, 0, 0, 1, 0, …) for the label 3) is a value in a case, not
y's definition: the cost C = Σ (y_i − a^L_i)² below reads y as the page's vector, and ∂C/∂a^L_k is checked. Before,
y was read as defined by that column, and C was unreadable (y of length 10 beside a^L of length n). A link that
writes y proves what holds for every y and refutes nothing (Σ y_i = 1 holds of the example: not refuted). Without
such words the column stays y's definition, as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

PAGE = r"""The desired output of the network $y$ is a column, with a "1" in the position of the label.

LEAD

$$y=\begin{pmatrix}
0 \\
0 \\
0 \\
1 \\
0 \\
0 \\
0 \\
0 \\
0 \\
0 \\
\end{pmatrix}$$

$$C=\sum{(y_i-a^L_i)^2}$$

$$\frac{\partial C}{\partial a^L_k}=2(a^L_k-y_k)$$

The entries add up to one:

$$\sum_{i=1}^{n} y_i=1$$
"""


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str) -> tuple[list[object], dict[int, str]]:
    path = tmp_path / "d.md"
    path.write_text(PAGE.replace("LEAD", lead), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    report = json.loads(capsys.readouterr().out)
    return [(link["line"], link["status"]) for link in report["links"]], {
        note["line"]: note["reason"] for note in report["unchecked"]
    }


def test_a_column_of_numbers_for_example_is_no_definition(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    links, notes = check(tmp_path, capsys, 'For example, if the label is "3", then we would have:')
    assert links == [(20, "proven"), (24, "unproven")], (links, notes)
    assert notes[5] == (
        r"y = \begin{pmatrix} 0 \\ 0 \\ 0 \\ 1 \\ 0 \\ 0 \\ 0 \\ 0 \\ 0 \\ 0 \\ \end{pmatrix} after 'For example': "
        "a value in a case, not a definition; not checked"
    ), notes
    assert notes[18] == "a definition of C, read as the front matter's define: nothing to check", notes


def test_a_column_of_numbers_without_such_words_stays_a_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    links, notes = check(tmp_path, capsys, 'The desired output for the label "3" is:')
    assert links == [], links
    assert notes[5] == "a definition of y, read as the front matter's define: nothing to check", notes
    assert notes[18].startswith("unreadable: the definition of C could not be read"), notes
