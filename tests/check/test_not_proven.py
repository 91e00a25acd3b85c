"""Verdicts that are not proven although nothing is false: a vacuous case, and a proof for every n that the
concrete check at small n does not confirm. Neither may count as proven anywhere (chain, report, exit code)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sympy import Eq, Integer, Ne, Symbol

from derive.check import CheckedChain, Claim, Status, Verdict, check_claim
from derive.check.decide import first_n
from derive.check.diagnose import LinkResult
from derive.engine.rules import Rule
from derive.engine.step import Chain, Step
from derive.model.notation import IndexSpace, SumExcept
from derive.printers.markdown import markdown_report
from derive.printers.terminal import report_text
from derive.read import read_document
from derive.report import report

n = Symbol("n", integer=True, positive=True)
i, j, k = (Symbol(name, integer=True) for name in "ijk")
EVERY_N = IndexSpace(n, (i, j, k))


@pytest.mark.parametrize("size", [3, n])
@pytest.mark.parametrize("condition", [Ne(i, i), Ne(k, k), Eq(i, j) & Ne(j, i)])
def test_a_case_that_no_index_value_satisfies_is_vacuous_not_proven(size: object, condition: object) -> None:
    claim = Claim(Integer(1), Integer(2), IndexSpace(size, (i, j, k)), condition=condition)  # type: ignore[arg-type]
    verdict = check_claim(claim)
    assert verdict.status is Status.VACUOUS and not verdict.proven


def test_a_vacuous_step_fails_its_chain() -> None:
    chain = Chain("c", Integer(1), (Step(Integer(1), Rule("r", "r"), "why"),))
    assert not CheckedChain(chain, (Verdict(Status.VACUOUS, "no index values satisfy the case"),)).as_expected
    assert not CheckedChain(chain, (Verdict(Status.UNDEFINED, "undefined at n = 1"),)).as_expected


def test_every_n_says_from_which_n_the_case_holds() -> None:
    assert first_n(Claim(k, k, EVERY_N)) == 1
    assert first_n(Claim(k, k, EVERY_N, condition=Ne(i, k))) == 2
    assert first_n(Claim(k, k, EVERY_N, condition=Ne(i, k) & Ne(i, j) & Ne(j, k))) == 3
    assert first_n(Claim(k, k, EVERY_N, condition=Ne(k, k))) is None
    verdict = check_claim(Claim(k, k, EVERY_N, condition=Ne(i, k)))
    assert verdict.proven and verdict.scope.startswith("every n ≥ 2")
    verdict = check_claim(Claim(k, k, EVERY_N))
    assert verdict.proven and verdict.scope.startswith("every n ≥ 1")


def test_a_proof_for_every_n_that_the_concrete_check_does_not_confirm_is_not_proven() -> None:
    # Σ_{i=1..n, i≠i} 1 leaves out its own bound index: the two checkers read it differently.
    verdict = check_claim(Claim(SumExcept(Integer(1), (i, 1, n), i), n - 1, EVERY_N))
    assert verdict.status is Status.UNPROVEN
    assert "disagree" in verdict.method and "n = 2" in verdict.method


TEXT = """---
n: 3
vectors: [z]
indices: [i, k]
---
$$
z_1 = z_1
$$
"""


def test_a_report_with_a_vacuous_link_is_not_ok_and_says_vacuous(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(TEXT, encoding="utf-8")
    document = read_document(path)
    checked = report(document, [LinkResult(Verdict(Status.VACUOUS, "no index values satisfy the case", "n = 3"))])
    assert not checked.ok and checked.first_wrong is not None
    text = report_text(checked, width=120)
    assert "∅ = z_1" in text and "vacuous — no index values satisfy the case" in text and "✓" not in text
    assert "1 vacuous" in text.splitlines()[-1]
    assert "∅" in markdown_report(checked) and "**vacuous**" in markdown_report(checked)


def test_the_command_exits_1_on_a_vacuous_case(tmp_path: Path) -> None:
    from derive.cli import main

    path = tmp_path / "d.md"
    path.write_text(TEXT.replace("z_1 = z_1", "z_i = z_i \\quad (i \\neq i)"), encoding="utf-8")
    assert main(["check", str(path)]) == 1


def test_the_same_expression_on_both_sides_is_proven_at_once_unless_vacuous_or_undefined() -> None:
    from derive.check.decide import IDENTICAL_SIDES

    x = Symbol("x", real=True)
    three = IndexSpace(3, (i, j, k))
    verdict = check_claim(Claim(k + 1, k + 1, three))
    assert verdict.proven and verdict.method == IDENTICAL_SIDES and verdict.evidence is None
    assert verdict.scope == "n = 3, all 3 values of k"
    assert check_claim(Claim(k, k, three, condition=Ne(k, k))).status is Status.VACUOUS
    assert check_claim(Claim(1 / x, 1 / x, three)).status is Status.UNDEFINED
