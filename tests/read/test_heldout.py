"""Held-out derivations: public derivations transcribed verbatim (tests/read/heldout/, the source in each front
matter), each link's verdict pinned by the line it stands on. The correct links are proven; the real slips are
refuted at their line (zakariapz: L = -Σ ℓ_j with ℓ_j = -y_j log p_j, a sign the page's own next step
contradicts; fjradi: the 1/m of the mean dropped); nothing is falsely proven, nothing else is unreadable.

The two displays listed as unreadable write a whole vector or matrix as a pattern (a bmatrix with \\vdots), which
this reader does not read yet; they are pinned so that the day it does, this test says so.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from derive.cli import main

HELDOUT = Path(__file__).parent / "heldout"

P, R = "proven", "refuted"

#: file → {line: the statuses of the links on it, in order}, and the lines listed as not checked.
VERDICTS: dict[str, tuple[dict[int, list[str]], list[int]]] = {
    "fjradi-ann-from-scratch.md": ({23: [P, P], 27: [P, R], 40: [P, P]}, [31]),
    "mathse-sigmoid-bce.md": ({13: [P, P, P], 17: [P]}, []),
    "mathse-softmax-temperature.md": ({14: [P], 22: [P] * 9}, []),
    "postnetwork-softmax-ce.md": ({22: [P], 30: [P], 36: [P], 45: [P], 54: [P], 61: [P]}, [16]),
    "softmax-loss-notes.md": ({line: [P] for line in (16, 22, 28, 29, 36, 37, 38, 39, 40, 47)}, []),
    "statsse-mse-linear.md": ({16: [P], 18: [P] * 5}, [20]),
    "sunhaozhe-softmax-ce.md": ({15: [P], 19: [P], 21: [P, P], 25: [P] * 3, 29: [P] * 3, 31: [P], 35: [P] * 6}, []),
    "zakariapz-softmax-ce.md": (
        {17: [P, R], 21: [P], 25: [R], 29: [P, P], 33: [P], 37: [P] * 5, 41: [P] * 4, 45: [P], 49: [P] * 3},
        [],
    ),
}


def test_every_held_out_file_is_pinned() -> None:
    assert sorted(path.name for path in HELDOUT.glob("*.md")) == sorted(VERDICTS)
    assert len(VERDICTS) >= 8


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(VERDICTS))
def test_held_out_verdicts(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = HELDOUT / name
    text = path.read_text(encoding="utf-8")
    assert "# source: http" in text.split("---")[1]  # where it was transcribed from
    main(["check", str(path), "--no-cache", "--format", "json", "--timeout", "60", "--budget", "600"])
    report = json.loads(capsys.readouterr().out)
    found: dict[int, list[str]] = defaultdict(list)
    for link in report["links"]:
        found[link["line"]].append(link["status"])
    expected, unchecked = VERDICTS[name]
    assert dict(found) == expected
    assert [entry["line"] for entry in report["unchecked"]] == unchecked
    for entry in report["unchecked"]:
        reason = entry["reason"]
        # the display of ∂C/∂w as a column with dots, of length n beside X (m × n): not read yet
        assert "holds no '='" in reason or "matrix with dots" in reason, reason
