"""n written as an index, as Murphy and Bishop write an example's quantities (``\\text{NLL}_n``, ``E_n``, ``y_{nk}``,
``\\mathbf{a}_n``) where the page names no length (``derive.read.index_n``): n is a free index of the page's claims
and the length a letter of derive's own. Checked through ``derive check``: the right claim proven, a false one
refuted."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.cli import main
from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(
    ("error", "claim", "status"),
    [
        (
            "\\text{NLL}_n = -\\sum_c y_{nc} a_{nc}",
            "\\frac{\\partial \\text{NLL}_n}{\\partial a_{nc}} = -y_{nc}",
            "proven",
        ),
        (
            "\\text{NLL}_n = -\\sum_c y_{nc} a_{nc}",
            "\\frac{\\partial \\text{NLL}_n}{\\partial a_{nc}} = y_{nc}",
            "refuted",
        ),
        (
            "E_n = \\frac{1}{2}\\sum_k (y_{nk} - t_{nk})^2",
            "\\frac{\\partial E_n}{\\partial y_{nk}} = y_{nk} - t_{nk}",
            "proven",
        ),
        (
            "E_n = \\frac{1}{2}\\sum_k (y_{nk} - t_{nk})^2",
            "\\frac{\\partial E_n}{\\partial y_{nk}} = t_{nk} - y_{nk}",
            "refuted",
        ),
        (
            "E_n = \\frac{1}{2}\\sum_k (y_{nk} - t_{nk})^2",
            "\\frac{\\partial E_n}{\\partial y_{nj}} = \\delta_{nj}",
            "refuted",
        ),
    ],
)
def test_a_per_example_index_n(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], error: str, claim: str, status: str
) -> None:
    """The error of one example n, defined inline; n was the page's length (NLL_n unread: "n is not a declared
    index", then "n is declared twice" with indices: [n])."""
    found, _ = statuses(tmp_path, capsys, f"---\n---\nThe error of example $n$ is ${error}$.\n\n$${claim}$$\n")
    assert found == [(5, status)]


def test_n_declared_an_index_as_the_message_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Following "n … is not a declared index" with ``indices: [n]`` no longer meets "n is declared twice"."""
    text = (
        "---\nindices: [n]\n---\nThe error is $\\text{NLL}_n = -\\sum_c y_{nc} a_{nc}$.\n\n"
        "$$\\frac{\\partial \\text{NLL}_n}{\\partial a_{nc}} = -y_{nc}$$\n"
    )
    assert statuses(tmp_path, capsys, text)[0] == [(6, "proven")]


def test_n_written_as_a_number_stays_the_length(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """\\frac{1}{n} makes n a number of the page: the length, as before; the sum runs to it."""
    text = "---\n---\n$$L = \\frac{1}{n}\\sum_i y_i$$\n\n$$\\frac{\\partial L}{\\partial y_k} = \\frac{1}{n}$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(5, "proven")]


def test_n_beside_an_entry_1_stays_the_length(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """z_1, …, z_n: n is the last entry, the length, as before (read as an index, the claim would be about any
    entry)."""
    path = tmp_path / "d.md"
    path.write_text(
        "---\ndefine:\n  s_i: \\frac{e^{z_i}}{\\sum_j e^{z_j}}\n---\n"
        "The scores are $z_1, \\dots, z_n$.\n\n$$\\frac{\\partial s_n}{\\partial z_n} = s_n (1 - s_n)$$\n",
        encoding="utf-8",
    )
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert "— every n (symbolic)" in out
    assert "indices i, j\n" in out  # n no index: the length, as before


def test_n_beside_sizes_is_an_index(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With sizes given (a batch's N and C), n written only as an index is the example's index, as without them,
    whether or not the front matter declares it: it was "n is declared twice", and undeclared the batch's sums
    over n were sums up to the length n."""
    for declared in ("indices: [n]\n", ""):
        path = tmp_path / "d.md"
        path.write_text(
            f"---\nsizes: {{N: symbolic, C: symbolic}}\narrays: {{y: [N, C]}}\n{declared}---\n"
            "$$E_n = \\sum_{k=1}^{C} y_{nk}$$\n\n$$\\frac{\\partial E_n}{\\partial y_{nk}} = 1$$\n",
            encoding="utf-8",
        )
        assert main(["check", str(path)]) == 0
        out = capsys.readouterr().out
        assert "n read as an index of the page (written only as one), the length named K" in out
        assert "every C ≥ 1, every N ≥ 1 (cross-check proven at K = 2, 3, C = K + 1, N = K + 2)" in out


def test_the_report_says_n_is_an_index(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.md"
    path.write_text(
        "---\n---\nThe error is $E_n = \\sum_k y_{nk}$.\n\n$$\\frac{\\partial E_n}{\\partial y_{nk}} = 1$$\n"
    )
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert "— every C (symbolic)" in out
    assert "n read as an index of the page (written only as one), the length named C (a letter of derive's own)" in out


BATCH = (
    "---\ndefine:\n  \\hat{y}_{n,i}: \\frac{e^{z_{n,i}}}{\\sum_j e^{z_{n,j}}}\n"
    "  L: -\\frac{1}{N} \\sum_n \\sum_i y_{n,i} \\log \\hat{y}_{n,i}\nassume:\n  - N > 0\n---\n"
)


@pytest.mark.parametrize(
    ("side", "status"),
    [
        ("\\frac{1}{N} \\left( \\hat{y}_{m,k} \\sum_i y_{m,i} - y_{m,k} \\right)", "proven"),
        ("\\frac{1}{N} \\left( \\hat{y}_{m,k} - y_{m,k} \\right)", "refuted"),  # Σ_i y = 1 is not stated
    ],
)
def test_a_sum_over_the_examples_n_whose_summand_writes_n(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, status: str
) -> None:
    """L = −(1/N) Σ_n Σ_i y_{n,i} log ŷ_{n,i}, as the issue writes a batch: Σ_n over a summand indexed by n sums
    over the example n (it was read as a sum up to the length n, with no index, and the file refused)."""
    text = BATCH + f"$$\\frac{{\\partial L}}{{\\partial z_{{m,k}}}} = {side}$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(8, status)]


def test_a_sum_up_to_n_whose_summand_writes_no_n_keeps_n_the_length(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """\\sum_n e^{z_j}: n is no index of the summand, so still the sum's bound, the length."""
    path = tmp_path / "d.md"
    path.write_text("---\n---\n$$\\sum_n e^{z_j} = \\sum_j e^{z_j}$$\n", encoding="utf-8")
    main(["check", str(path)])
    assert "— every n (symbolic)" in capsys.readouterr().out


def test_the_verdict_names_the_length_as_the_header_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """n an example's index, the length C: "proven — every C …, every C ≥ 1 (cross-check proven at C = 2..6)", never
    "every n" (n is the page's example there)."""
    path = tmp_path / "d.md"
    side = "\\frac{1}{N} \\left( \\hat{y}_{m,k} \\sum_i y_{m,i} - y_{m,k} \\right)"
    path.write_text(BATCH + f"$$\\frac{{\\partial L}}{{\\partial z_{{m,k}}}} = {side}$$\n", encoding="utf-8")
    main(["check", str(path), "--timeout", "60"])
    out = capsys.readouterr().out
    assert "every C ≥ 1 (cross-check proven at C = 2..6)" in out and "proven — every C by index rewrites" in out
    assert "every n" not in out and "at n =" not in out


@pytest.mark.parametrize(("claim", "status"), [("t_n y_n", "proven"), ("t_n", "refuted")])
def test_n_summed_up_to_a_capital_bound_is_an_index_of_that_length(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """``\\sum_{n=1}^{N}`` with an inline ``y_n = e^{z_n}``: y_n had been read as y labelled by the length n ("write
    y_n: …", what the page wrote), and following the hints went in circles; N is the length (a newcomer's sweep)."""
    text = (
        "Let $y_n = e^{z_n}$.\n\n$$E = \\sum_{n=1}^{N} t_n y_n$$\n\n"
        f"$$\\frac{{\\partial E}}{{\\partial z_n}} = {claim}$$\n"
    )
    assert statuses(tmp_path, capsys, text)[0] == [(5, status)]


@pytest.mark.parametrize(
    ("right", "status"),
    [("\\frac{1}{N}(\\hat{y}_{n,k} - y_{n,k})", "proven"), ("\\hat{y}_{n,k} - y_{n,k}", "refuted")],
)
def test_a_batch_s_arrays_learn_their_rows_from_the_sum_over_examples(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """y_{n,i} and z_{n,j} summed over n up to N and over the classes up to C: arrays of N rows and C columns. With
    ``indices: [n]``, as the message advises, the definition of L had been refused ("j stands in slots of length
    N"); now read, the batch gradient is proven and the slip without 1/N refuted (a newcomer's sweep)."""
    text = (
        "---\nindices: [n]\n---\n$$\\hat{y}_{n,i} = \\frac{e^{z_{n,i}}}{\\sum_{j=1}^C e^{z_{n,j}}}$$\n\n"
        "$$L = -\\frac{1}{N} \\sum_{n=1}^{N} \\sum_{i=1}^{C} y_{n,i} \\log \\hat{y}_{n,i}$$\n\n"
        f"where each row of $y$ is one-hot.\n\n$$\\frac{{\\partial L}}{{\\partial z_{{n,k}}}} = {right}$$\n"
    )
    assert statuses(tmp_path, capsys, text)[0] == [(10, status)]


@pytest.mark.parametrize(
    "page",
    [
        "$$\\sum_{j=1}^{N} \\sum_{i=1}^{C} y_{j,i} = \\sum_{i=1}^{K} \\sum_{j=1}^{N} y_{j,i}$$\n",
        "Let $S = \\sum_{j=1}^{N} \\sum_{i=1}^{C} y_{j,i}$.\n\n$$S = \\sum_{i=1}^{K} \\sum_{j=1}^{N} y_{j,i}$$\n",
    ],
)
def test_one_slot_summed_to_two_lengths_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """y's second slot summed up to C and to K: refuted as N×K (the first page), or exit 3 (the second; a probe)."""
    found, unchecked = statuses(tmp_path, capsys, page)
    assert found == [] and unchecked
