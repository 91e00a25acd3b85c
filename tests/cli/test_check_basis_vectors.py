"""``e_i`` with no vector e, beside a whole vector: the i-th standard basis vector (``\\nabla_z \\log s_i = e_i -
s``); beside a number, or scaled, it is refused naming both readings."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report

FRONT = "---\ndefine:\n  s_i: \\frac{e^{z_i}}{\\sum_j e^{z_j}}\n---\n"
BOTH = "e_i can be read two ways: the i-th standard basis vector (entries δ_ik)"


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("\\nabla_z \\log s_i = e_i - s", "proven"),
        ("\\nabla_z \\log s_i = s - e_i", "refuted"),
        ("\\nabla_z s_i = s_i (e_i - s)", "proven"),
        ("\\nabla_z s_i = s_i (e_i + s)", "refuted"),
        ("\\nabla_z z_i = e_i", "proven"),
        ("\\nabla_z z_i = e_k", "refuted"),
    ],
)
def test_e_i_beside_a_whole_vector_is_the_basis_vector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    found = report(tmp_path, capsys, FRONT, f"$${claim}$$\n")
    assert not found["unchecked"], found["unchecked"]
    assert [link["status"] for link in found["links"]] == [status]


@pytest.mark.parametrize(
    "claim",
    [
        "\\frac{\\partial \\log s_i}{\\partial z_k} = e_i - s_k",  # beside a number
        "\\nabla_z \\log s_i = 2 e_i - s",  # scaled
        "\\log s_i = e_i",  # a side of its own, the other a number
    ],
)
def test_e_i_beside_no_whole_vector_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str
) -> None:
    found = report(tmp_path, capsys, FRONT, f"$${claim}$$\n")
    assert found["links"] == [] and len(found["unchecked"]) == 1
    assert BOTH in found["unchecked"][0]["reason"]
    assert "or an entry of a vector e (define it: e_i: …)" in found["unchecked"][0]["reason"]


@pytest.mark.parametrize(("claim", "status"), [("e_i - y_i = -a_i", "proven"), ("e_i - y_i = a_i", "refuted")])
def test_a_defined_vector_e_keeps_its_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    front = FRONT.replace("define:\n", "define:\n  e_i: y_i - a_i\n", 1)
    found = report(tmp_path, capsys, front, f"$${claim}$$\n")
    assert [link["status"] for link in found["links"]] == [status] and not found["unchecked"]


def test_e_i_alone_going_on_from_a_display_before_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``= e_i`` on a display of its own, going on from ``\\log s_i``: a number, so e_i is not read as a vector."""
    found = report(tmp_path, capsys, FRONT, "$$\\log s_i = \\log s_i$$\n\n$$= e_i$$\n")
    assert [link["line"] for link in found["links"]] == [5]
    assert [u["line"] for u in found["unchecked"] if BOTH in u["reason"]] == [7]


@pytest.mark.parametrize("claim", ["\\frac{\\partial e_2}{\\partial z_1} = 0", "\\frac{d e_i}{d z_k} = 0"])
def test_a_derivative_of_e_i_reads_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str) -> None:
    """From a probe: ∂e_2/∂b = 0 was proven, e_2 the basis vector's (a constant), where a page means its error e_2;
    with e_2 = 3b defined inline, ∂e_2/∂b = 3 was refuted. Differentiated, e_i is refused naming both readings."""
    found = report(tmp_path, capsys, FRONT, f"$${claim}$$\n")
    assert found["links"] == [] and BOTH in found["unchecked"][0]["reason"], found
