"""An index a definition holds free (y in q_k = δ_{k,y}, the correct class) takes values in its range at every
point of the numeric check: a counterexample with y = 47/25 (no class at all) would refute a true claim."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

PAGE = (
    "---\n---\n"
    "The model computes $p_k = \\frac{\\exp(z_k)}{\\sum_{i=1}^K \\exp(z_i)}$ for each label $k$, the target is "
    "$q_k = \\delta_{k,y}$, and the loss is $\\ell = -\\sum_{k=1}^K \\log(p_k) q_k$. Then\n\n"
    "$$\\frac{\\partial \\ell}{\\partial z_k} = GRADIENT$$\n"
)


def _link(tmp_path: Path, capsys: pytest.CaptureFixture[str], gradient: str) -> dict[str, object]:
    path = tmp_path / "d.md"
    path.write_text(PAGE.replace("GRADIENT", gradient), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    (link,) = json.loads(capsys.readouterr().out)["links"]
    return link  # type: ignore[no-any-return]


def test_a_true_claim_is_not_refuted_at_a_fixed_index_out_of_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _link(tmp_path, capsys, "p_k - q_k")["status"] != "refuted"


def test_a_false_claim_is_refuted_at_a_fixed_index_in_range(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = _link(tmp_path, capsys, "p_k + q_k")
    assert link["status"] == "refuted"
    values = link["counterexample"]["values"]  # type: ignore[index]
    assert values["y"] in ("1", "2", "3", "4", "5", "6"), link
