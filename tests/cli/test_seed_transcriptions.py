"""The seeds as written (issue 15), in derivations/checks/: only a front matter added. Every slip the reader can
reach is refuted at its line, with the known mistake named where one fits; every other link read is proven; what
it cannot read yet is listed, at its line, as unreadable. A change that proves a slip, or stops naming one, or
reads less than today fails here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

CHECKS = Path(__file__).resolve().parents[2] / "derivations" / "checks"

#: file → (links proven, {line: mistake named} of the refuted links, lines listed as unreadable)
EXPECTED = {
    "seed-001-verbatim.md": (
        18,
        {30: "a dropped sum over outputs", 36: "an index typo", 37: "a sum in the wrong place"},
        # 20, 54: z_o beside z_j, j ∈ input(o) (δ_j beside δ_k, k ∈ path(j)) reads two ways: one vector, or a
        # network's layers; 28: y_{n,i} beside y_o (a batch's array, or y's entry); 54: two sums of whole vectors
        [20, 28, 54, 54, 54, 54],
    ),
    # 109: ∂θ/∂b, a K×K Jacobian, written 1; 115: xᵀ(ŷ − y), a number, for ∂J/∂w (K×K); 53, 103: ∂θ/∂w has 3 indices
    "seed-002-verbatim.md": (23, {109: None, 115: None}, [53, 103]),
    # 63: δ_jk = 𝟙(x_i = x_k) (δ_ik is meant), 65 goes on from it; 57: '≠' and an array of a generic g(x), so 59
    # and 61 continue nothing; 128: ∂z/∂w with z undefined reads two ways (a constant's 0, or z = wᵀx unwritten)
    "seed-003-verbatim.md": (25, {63: "an index typo", 65: None}, [57, 59, 61, 128]),
    "seed-000-question-weights.md": (7, {34: None, 56: None}, [22]),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_seed_as_written_is_read_and_its_slips_refuted(capsys: pytest.CaptureFixture[str], name: str) -> None:
    proven, refuted, unreadable = EXPECTED[name]
    code = main(["check", str(CHECKS / name), "--format", "json", "--no-cache", "--timeout", "120", "--budget", "900"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    statuses = [link["status"] for link in report["links"]]
    assert statuses.count("proven") == proven
    assert {
        link["line"]: link.get("mistake", {}).get("name") for link in report["links"] if link["status"] != "proven"
    } == refuted
    assert all(link["status"] in ("proven", "refuted") for link in report["links"])
    assert sorted(u["line"] for u in report["unchecked"] if u["reason"].startswith("unreadable: ")) == unreadable
