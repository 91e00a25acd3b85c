"""An array defined by its entries (``\\hat{y}_{t,i}: …``) used inside another definition is written out there too, as
in a display: a batch's loss over each example's softmax, L = −(1/N) Σ_t Σ_i y_{t,i} log ŷ_{t,i}, depends on z. A
display whose reading fails in a definition it uses is listed at its own line, naming the definition's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.cli import main
from tests.read.test_function_constants import check

BATCH = (
    "---\ndefine:\n  \\hat{y}_{t,i}: \\frac{e^{z_{t,i}}}{\\sum_j e^{z_{t,j}}}\n"
    "  L: -\\frac{1}{N} \\sum_t \\sum_i y_{t,i} \\log \\hat{y}_{t,i}\nassume:\n  - N > 0\n---\n"
)
PRODUCT = (
    "---\ndefine:\n  D_{ij}: \\sum_k W_{ik} X_{kj}\n  g: \\sum_i \\sum_j D_{ij}\n"
    "arrays:\n  W: [n, n]\n  X: [n, n]\n---\n"
)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (BATCH + "$$\\frac{\\partial L}{\\partial z_{r,k}} = "
         "\\frac{1}{N} (\\hat{y}_{r,k} \\sum_i y_{r,i} - y_{r,k})$$\n", "proven"),
        (BATCH + "$$\\frac{\\partial L}{\\partial z_{r,k}} = \\hat{y}_{r,k} \\sum_i y_{r,i} - y_{r,k}$$\n", "refuted"),
        (BATCH + "$$\\frac{\\partial L}{\\partial z_{r,k}} = \\frac{1}{N} (\\hat{y}_{r,k} - y_{r,k})$$\n", "refuted"),
        (PRODUCT + "$$\\frac{\\partial g}{\\partial W_{ab}} = \\sum_j X_{bj}$$\n", "proven"),
        (PRODUCT + "$$\\frac{\\partial g}{\\partial W_{ab}} = 0$$\n", "refuted"),
    ],
)  # fmt: skip
def test_an_array_defined_by_its_entries_is_written_out_inside_another_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, status: str
) -> None:
    report = check(tmp_path, capsys, text)
    assert [link["status"] for link in report["links"]] == [status]


def test_a_display_unread_in_a_definition_it_uses_is_listed_at_its_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """D's body names W, which nothing declares: the display by D is unreadable at line 8, never left unlisted."""
    text = (
        "---\n---\n\n$$D_{ij} = \\sum_k W_{ik} X_{kj}$$\n\n$$g = \\sum_i \\sum_j Q_{ij} \\oslash$$\n\n"
        "$$\\frac{\\partial g}{\\partial D_{dj}} = 0$$\n"
    )
    report = check(tmp_path, capsys, text)
    (at_8,) = [u["reason"] for u in report["unchecked"] if u["line"] == 8]
    assert at_8.startswith("unreadable: unknown symbol W") and at_8.endswith("(at line 4, which it uses)")


NESTED = (
    "---\ndefine:\n  E_{ij}: W_{ij}^2\n  D_{ij}: E_{ij} + 1\n  g: \\sum_i \\sum_j D_{ij}\narrays:\n  W: [n, n]\n---\n"
)


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\frac{\\partial g}{\\partial W_{ab}} = 2 W_{ab}", "proven"),
        ("\\frac{\\partial g}{\\partial W_{ab}} = 0", "refuted"),
        ("\\frac{\\partial D_{ab}}{\\partial W_{ab}} = 2 W_{ab}", "proven"),
    ],
)
def test_an_array_defined_through_another_is_written_out_to_the_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    report = check(tmp_path, capsys, NESTED + f"$${display}$$\n")
    assert [link["status"] for link in report["links"]] == [status]


@pytest.mark.parametrize("cycle", ["E_{ij}: D_{ji}\n  D_{ij}: E_{ij} + 1", "D_{ij}: D_{ji} + 1"])
def test_arrays_defined_through_each_other_in_a_cycle_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cycle: str
) -> None:
    """E = D^T, D = E + 1 says E_ab = E_ab + 2: no array is so; the file is refused, never checked with E free."""
    path = tmp_path / "d.md"
    front = f"---\ndefine:\n  {cycle}\n  g: \\sum_i \\sum_j D_{{ij}}\n---\n"
    text = front + "$$\\frac{\\partial g}{\\partial D_{ab}} = 1$$\n"
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "defined through each other in a cycle" in err
