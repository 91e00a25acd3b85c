"""Lengths of their own (``sizes``), arrays with their lengths (``arrays: {x: [n, m]}``) and batches: each index
ranges over the length of the slot it stands in, a claim holds for every length, and a false one is refuted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

BATCH = """---
length: C
sizes:
  N: symbolic
arrays:
  z: [N, C]
  y: [N, C]
define:
  L: '-\\frac{1}{N} \\sum_{n=1}^{N} \\sum_{i=1}^{C} y_{n,i} \\log SOFTMAX'
---
""".replace("SOFTMAX", "\\frac{e^{z_{n,i}}}{\\sum_{j=1}^{C} e^{z_{n,j}}}")
LINEAR = """---
sizes:
  m: symbolic
arrays:
  x: [n, m]
  w: [m]
define:
  \\hat{y}_j: \\sum_{k=1}^{m} w_k x_{jk}
  MSE: \\frac{1}{2n}\\sum_{j=1}^{n}\\left(\\hat{y}_j - y_j\\right)^2
---
"""


def statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[list[str], list[str]]:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    report = json.loads(capsys.readouterr().out)
    return [link["status"] for link in report["links"]], [u["reason"] for u in report["unchecked"]]


@pytest.mark.parametrize(
    ("display", "status"),
    [
        (  # the batch's gradient, before Σ_i y_{n,i} = 1 is used: for every N and C
            "\\frac{\\partial L}{\\partial z_{n,k}} = \\frac{1}{N}\\left(\\frac{e^{z_{n,k}}}{\\sum_j e^{z_{n,j}}}"
            " \\sum_i y_{n,i} - y_{n,k}\\right)",
            "proven",
        ),
        (  # the 1/N dropped
            "\\frac{\\partial L}{\\partial z_{n,k}} = \\frac{e^{z_{n,k}}}{\\sum_j e^{z_{n,j}}} \\sum_i y_{n,i}"
            " - y_{n,k}",
            "refuted",
        ),
    ],
)
def test_a_batch_is_an_index_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    assert statuses(tmp_path, capsys, BATCH + f"$${display}$$\n")[0] == [status]


@pytest.mark.parametrize(
    ("assumption", "display", "status"),
    [
        ("", "\\frac{1}{N}\\left(\\frac{e^{z_{n,k}}}{\\sum_j e^{z_{n,j}}} - y_{n,k}\\right)", "proven"),
        ("", "\\frac{e^{z_{n,k}}}{\\sum_j e^{z_{n,j}}} - y_{n,k}", "refuted"),
        ("assume:\n  - '\\sum_{i=1}^{C} y_{n,i} = 1'\n",
         "\\frac{1}{N}\\left(\\frac{e^{z_{n,k}}}{\\sum_j e^{z_{n,j}}} - y_{n,k}\\right)", "proven"),
    ],
)  # fmt: skip
def test_every_row_of_a_batch_sums_to_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], assumption: str, display: str, status: str
) -> None:
    """(ŷ − y)/N for every N and C, with each example's targets summing to one (stated before the display, or in
    the front matter); counterexamples are drawn with every row summing to one."""
    text = BATCH.removesuffix("---\n") + assumption + "---\n" if assumption else BATCH
    lead = "" if assumption else "Assuming $\\sum_{i=1}^{C} y_{n,i} = 1$:\n\n"
    found, _ = statuses(
        tmp_path, capsys, text + lead + f"$$\\frac{{\\partial L}}{{\\partial z_{{n,k}}}} = {display}$$\n"
    )
    assert found == [status]


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("\\frac{\\partial MSE}{\\partial w_i}=\\sum_{j}\\frac{\\partial MSE}{\\partial \\hat{y}_j} \\cdot "
         "\\frac{\\partial \\hat{y}_j}{\\partial w_i}", ["proven"]),
        ("\\frac{\\partial \\hat{y}_j}{\\partial w_i} = x_{ji}", ["proven"]),
        ("\\frac{\\partial MSE}{\\partial w_i} = \\frac{1}{n} \\sum_{j=1}^{n} (\\hat{y}_j - y_j) x_{ji}", ["proven"]),
        ("\\frac{\\partial MSE}{\\partial w_i} = \\sum_{j=1}^{n} (\\hat{y}_j - y_j) x_{ji}", ["refuted"]),
        ("\\frac{\\partial MSE}{\\partial \\hat{y}_i} = \\frac{1}{n} \\left[ (\\hat{y}_1 - y_1) + \\dots + "
         "(\\hat{y}_n - y_n) \\right]", ["refuted"]),
    ],
)  # fmt: skip
def test_indices_range_over_the_slot_they_stand_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, expected: list[str]
) -> None:
    """i (of w, length m) and j (of ŷ, length n) range over their own lengths; MSE is one name, as declared."""
    assert statuses(tmp_path, capsys, LINEAR + f"$${display}$$\n")[0] == expected


@pytest.mark.parametrize(
    ("display", "why"),
    [
        ("\\frac{\\partial \\hat{y}_j}{\\partial w_i} = x_{ij}", "stands in slots of lengths m and n"),
        ("\\sum_{k=1}^{n} w_k = 1", "runs up to n, but k stands in slots of length m"),
    ],
)
def test_an_index_in_a_slot_of_another_length_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, why: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, LINEAR + f"$${display}$$\n")
    assert found == [] and len(unchecked) == 1 and why in unchecked[0]


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("\\Sigma_i z_i = z_1 + \\dots + z_n", ["proven"]),
        ("\\sum_i z_i = z_1 + \\cdots + z_n + 1", ["refuted"]),
        ("\\sum_i z_i + b = b + z_1 + \\ldots + z_n", ["proven"]),
        ("2 . z_1 = z_1 + z_1", ["proven"]),
        ("2 . z_1 = z_1", ["refuted"]),
    ],
)
def test_sums_written_out_and_typed_products(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, expected: list[str]
) -> None:
    assert statuses(tmp_path, capsys, f"---\n---\n$${display}$$\n")[0] == expected


@pytest.mark.parametrize(
    ("display", "expected"),
    [("w = w", ["proven"]), ("x w = \\hat{y}", ["proven"]), ("x w = y", ["refuted"]), ("x w = w", ["refuted"])],
)
def test_a_whole_vector_of_its_own_length_is_read_at_that_length(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, expected: list[str]
) -> None:
    """w (length m) and the n×m x written whole: x w is n×1, as ŷ is; beside w (m×1) it is a shape mismatch."""
    assert statuses(tmp_path, capsys, LINEAR + f"$${display}$$\n")[0] == expected


def test_dots_that_fit_no_pattern_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found, unchecked = statuses(tmp_path, capsys, "---\n---\n$$\\sum_i z_i = z_1 + \\dots + y_n$$\n")
    assert found == [] and "a sum written with \\dots" in unchecked[0]


def test_a_vector_named_e_beside_euler_s_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    front = "---\ndefine:\n  e_i: y_i - a_i\n---\n"
    found, unchecked = statuses(
        tmp_path, capsys, front + "$$e_1^2 e^{0} = (y_1 - a_1)^2$$\n\n$$e_1 = y_1 + a_1$$\n\n$$e = e$$\n"
    )
    assert found == ["proven", "refuted"] and len(unchecked) == 1 and "e alone" in unchecked[0]


@pytest.mark.parametrize(
    ("display", "status"),
    [  # seed 001's batch, written \sum_{n \in N} \sum_{i \in C}: the N examples and the C classes
        ("L = -\\frac{1}{N} \\sum_{n \\in N} \\sum_{i \\in C} y_{n,i} \\log SOFTMAX", "proven"),
        ("L = -\\sum_{n \\in N} \\sum_{i \\in C} y_{n,i} \\log SOFTMAX", "refuted"),  # the 1/N dropped
    ],
)
def test_a_sum_over_a_declared_size_runs_over_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    display = display.replace("SOFTMAX", "\\frac{e^{z_{n,i}}}{\\sum_{j=1}^{C} e^{z_{n,j}}}")
    assert statuses(tmp_path, capsys, BATCH + f"$${display}$$\n") == ([status], [])


def test_a_vector_written_with_a_batch_s_two_indices_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    front = "---\nlength: C\nsizes: {N: symbolic}\ndefine:\n  L: '- \\sum_{o} y_{o} \\ln{z_{o}}'\n---\n"
    display = "$$L = - \\frac{1}{N} \\sum_{n \\in N} \\sum_{i \\in C} y_{n,i} \\ln{z_{n,i}}$$\n"  # seed 001's line 28
    links, unreadable = statuses(tmp_path, capsys, front + display)
    assert not links and len(unreadable) == 1 and "two ways" in unreadable[0], unreadable


ONE_EXAMPLE = (
    "---\nlength: C\nsizes: {N: 1}\ndefine:\n  p_o: \\frac{e^{z_o}}{\\sum_k e^{z_k}}\n"
    "  L: '- \\sum_{o} y_{o} \\ln{p_{o}}'\n---\n"
)


@pytest.mark.parametrize(
    ("display", "status"),
    [  # seed 001's line 32, after which the page assumes N = 1: the batch's one example is the page's y and z
        ("L = - \\frac{1}{N} \\sum_{n \\in N} \\sum_{i \\in C} y_{n,i} \\ln{p_{n,i}}", "proven"),
        ("L = - \\frac{1}{N} \\sum_{n \\in N} \\sum_{i \\in C} y_{i,n} \\ln{p_{n,i}}", "proven"),
        ("L = \\frac{1}{N} \\sum_{n \\in N} \\sum_{i \\in C} y_{n,i} \\ln{p_{n,i}}", "refuted"),  # the sign lost
        ("L = - \\frac{1}{N} \\sum_{n \\in N} \\sum_{i \\in C} y_{n,i} \\ln{p_{n,1}}", "refuted"),  # z_1 for z_i
    ],
)
def test_a_batch_of_one_example_is_the_page_s_vectors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    assert statuses(tmp_path, capsys, ONE_EXAMPLE + f"$${display}$$\n") == ([status], [])


def test_the_report_says_how_one_example_was_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.md"
    display = "L = - \\sum_{n \\in N} \\sum_{i \\in C} y_{n,i} \\ln{p_{n,i}}"
    path.write_text(ONE_EXAMPLE + f"$${display}$$\n", encoding="utf-8")
    main(["check", str(path)])
    assert "read with one example (N = 1, front matter)" in capsys.readouterr().out


@pytest.mark.parametrize(
    "display",
    [
        "L = - \\sum_{i \\in C} y_{n,i} \\ln{p_{i}}",  # n bound by no sum over the one example
        "L = - \\sum_{n \\in N} y_{n,n} \\ln{p_{n}}",  # both indices the example's
    ],
)
def test_two_indices_outside_a_sum_over_one_example_still_read_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    links, unreadable = statuses(tmp_path, capsys, ONE_EXAMPLE + f"$${display}$$\n")
    assert not links and len(unreadable) == 1 and "two ways" in unreadable[0], unreadable
