"""A vacuous or undefined verdict is shown as such in every derivation printer, with its own mark, never ✓."""

from __future__ import annotations

import dataclasses

import pytest

from derive.check import CheckedChain, CheckedDerivation, Status, Verdict, check_derivation
from derive.engine import build
from derive.printers import render
from derive.printers.terminal import plain_text


@pytest.fixture(scope="module")
def checked() -> CheckedDerivation:
    return check_derivation(build("softmax-jacobian", 2))


@pytest.mark.parametrize(("status", "mark"), [(Status.VACUOUS, "∅"), (Status.UNDEFINED, "!")])
def test_every_printer_names_the_verdict(checked: CheckedDerivation, status: Status, mark: str) -> None:
    first = checked.chains[0]
    verdict = Verdict(status, "no index values satisfy the case" if status is Status.VACUOUS else "at n = 1")
    chains = (CheckedChain(first.chain, (verdict,) * len(first.verdicts)), *checked.chains[1:])
    changed = dataclasses.replace(checked, chains=chains)
    assert not changed.ok
    text = plain_text(changed, width=200)
    rows = [line for line in text.splitlines() if line.lstrip().startswith(("✓", mark))]
    assert sum(line.lstrip().startswith(mark) for line in rows) == len(first.verdicts)
    assert f"{status.value}: {verdict.method}" in text
    for fmt in ("markdown", "latex", "json"):
        assert status.value in render(changed, fmt)
