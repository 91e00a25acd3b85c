"""derive's own LaTeX, read back by derive check, gets the verdicts derive gave it (issue 15's round trip).

Each built-in derivation at n = 2 is printed as a LaTeX fragment (chains in align*, cases and constraints in the
line before, verdict marks and rule names in a column of their own, the full Jacobian as a matrix), given a front
matter with its definitions, and checked: every step must be read, and each must be proven where derive proved
it and refuted where derive refuted it (the shortcuts that are expected to fail)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sympy import IndexedBase

from derive.check import check_derivation
from derive.cli import main
from derive.engine import build
from derive.engine.step import Derivation
from derive.printers import render
from derive.printers.latex import BASE_NAMES, latex_expr

#: The derivations whose notation the reader covers; the others need what it does not read yet (backprop-hidden's
#: δ_k as a defined name, label-smoothing's ỹ_i, stated domains for the provers).
ROUND_TRIP = (
    "softmax-ce",
    "softmax-jacobian-log",
    "cross-entropy-grad",
    "sigmoid-bce",
    "dense-softmax-ce",
    "toy-network",
)


def front_matter(derivation: Derivation) -> str:
    """The % front matter of a .tex file: n, the derivation's definitions, its one-hot and sum-to-one targets."""
    lines = ["% ---", f"% n: {derivation.space.n}", "% define:"]
    for definition in derivation.definitions:
        name = definition.name
        if isinstance(name, IndexedBase):
            key = f"{BASE_NAMES.get(str(name.label), str(name.label))}_{definition.index}"
        else:
            key = str(name)
        lines.append(f"%   {key}: '{latex_expr(definition.body)}'")
    assumed = [f"{a.vector} one-hot" for a in derivation.assumptions if a.kind == "one-hot" and a.vector is not None]
    if assumed:
        lines += ["% assume:", *(f"%   - {a}" for a in assumed)]
    return "\n".join([*lines, "% ---", ""])


@pytest.mark.slow
@pytest.mark.parametrize("name", ROUND_TRIP)
def test_derives_latex_reads_back_with_the_same_verdicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    checked = check_derivation(build(name, 2))
    path = tmp_path / f"{name}.tex"
    path.write_text(front_matter(checked.derivation) + render(checked, "latex-fragment"), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "120", "--budget", "900"])
    report = json.loads(capsys.readouterr().out)
    assert [u for u in report["unchecked"] if u["reason"].startswith("unreadable")] == []
    expected = [verdict.status.value for chain in checked.chains for verdict in chain.verdicts]
    assert [link["status"] for link in report["links"]] == expected
