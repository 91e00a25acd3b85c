"""A batch with its sizes declared apart (N examples, C classes): the example's index n, one-hot rows of targets,
domains of an array's entries, and counterexamples that name every length."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

FRONT = (
    "---\nsizes: {{N: symbolic, C: symbolic}}\narrays:\n  y: [N, C]\n  z: [N, C]\ndefine:\n"
    "  \\hat{{y}}_{{n,i}}: \\frac{{e^{{z_{{n,i}}}}}}{{\\sum_j e^{{z_{{n,j}}}}}}\n"
    "  L: -\\frac{{1}}{{N}} \\sum_n \\sum_i y_{{n,i}} \\log \\hat{{y}}_{{n,i}}\nassume: {assume}\n---\n\n"
)
Capture = pytest.CaptureFixture[str]
GRADIENT = "\\frac{\\partial L}{\\partial z_{m,k}}"
ONE_HOT = "[y one-hot]"
STATED = "['\\sum_i y_{n,i} = 1', 'y_{n,i} \\in \\{0, 1\\}']"


def _check(tmp_path: Path, capsys: Capture, assume: str, *displays: str) -> dict:
    path = tmp_path / "batch.md"
    shown = "".join(f"$${GRADIENT} = {display}$$\n\n" for display in displays)
    path.write_text(FRONT.format(assume=assume) + shown, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "120"])
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("assume", [ONE_HOT, STATED])
def test_the_batch_gradient_under_one_hot_rows(tmp_path: Path, capsys: Capture, assume: str) -> None:
    """∂L/∂z_{m,k} = (ŷ_mk − y_mk)/N, each example's target one-hot: proven for every N and C ("y one-hot" of an
    array was "not a declared vector", and a domain of an array's entries "a domain is about a declared scalar or
    vector entry"). Without the 1/N it is refused; the counterexample names N and C, and each of its rows of y is
    one-hot (a point outside the stated assumptions is no counterexample)."""
    report = _check(tmp_path, capsys, assume, "\\frac{1}{N} (\\hat{y}_{m,k} - y_{m,k})", "\\hat{y}_{m,k} - y_{m,k}")
    right, dropped = report["links"]
    assert right["status"] == "proven"
    assert "every C ≥ 1, every N ≥ 1" in right["scope"]
    assert dropped["status"] == "refuted"
    values = dropped["counterexample"]["values"]
    rows, classes = int(values["N"]), int(values["C"])
    whole = [[values.get(f"y_{row}_{column}") for column in range(1, classes + 1)] for row in range(1, rows + 1)]
    whole = [row for row in whole if None not in row]  # the rows the counterexample gives whole
    assert whole
    assert all(sorted(row) == ["0"] * (classes - 1) + ["1"] for row in whole)


def test_entries_in_an_interval_are_a_domain(tmp_path: Path, capsys: Capture) -> None:
    """A domain of an array's entries (soft targets in [0, 1], each row summing to one) is read, and the gradient
    holds for them too."""
    soft = "['\\sum_i y_{n,i} = 1', 'y_{n,i} \\in [0, 1]']"
    report = _check(tmp_path, capsys, soft, "\\frac{1}{N} (\\hat{y}_{m,k} - y_{m,k})")
    assert [link["status"] for link in report["links"]] == ["proven"]


def test_a_definitions_index_that_is_the_length_is_refused(tmp_path: Path, capsys: Capture) -> None:
    """ŷ_{n,i} where n stays the page's length (the page writes x_1, so n is its last entry): refused at the
    definition's line, saying how to name them apart. It was an internal error at every link."""
    path = tmp_path / "batch.md"
    text = FRONT.format(assume="[]").replace("\\sum_n \\sum_i", "\\sum_{n=1}^{N} \\sum_{i=1}^{C}")
    path.write_text(text + f"Here $x_1$ is first.\n\n$${GRADIENT} = 0$$\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "batch.md:7: n in \\hat{y}_{n,i} is a length of the page (a number of entries), not an index" in err


@pytest.mark.parametrize(
    ("right", "verdict"), [("p_{n,i}(1 - p_{n,i})", "proven"), ("p_{n,i}(1 + p_{n,i})", "refuted")]
)
def test_an_example_index_named_n_on_a_page_with_no_front_matter(
    tmp_path: Path, capsys: Capture, right: str, verdict: str
) -> None:
    """``p_{n,i} = \\frac{e^{z_{n,i}}}{\\sum_{j=1}^{C} e^{z_{n,j}}}`` with no front matter: n, derive's own name for the
    length until the page shows another (C here), is the example's index. The whole file stopped with exit 2."""
    path = tmp_path / "batch.md"
    softmax = "$$p_{n,i} = \\frac{e^{z_{n,i}}}{\\sum_{j=1}^{C} e^{z_{n,j}}}$$\n\n"
    path.write_text(softmax + f"$$\\frac{{\\partial p_{{n,i}}}}{{\\partial z_{{n,i}}}} = {right}$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    assert [link["status"] for link in json.loads(capsys.readouterr().out)["links"]] == [verdict]
