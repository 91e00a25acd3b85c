"""An inline formula in a sentence that states a condition ("If the neuron is in the output layer, because
$o_j = y$, …") holds there only: it is no definition of the page. Read as one, o_j = y made every o_j equal and a
slip (∂(w_ij o_i)/∂w_ij = o_j) was proven. "If we define $…$" still defines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

PAGE = """Only one term of the sum depends on $w_{{ij}}$:

$$\\frac{{\\partial}}{{\\partial w_{{ij}}}} w_{{ij}} o_i = {last}$$

If the neuron is in the output layer, because $o_j = y$, the loss is simpler.
"""


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[list[str], list[str]]:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--no-cache", "--timeout", "60"])
    found = json.loads(capsys.readouterr().out)
    return [link["status"] for link in found["links"]], [u["reason"] for u in found["unchecked"]]


@pytest.mark.parametrize(("last", "status"), [("o_i", "proven"), ("o_j", "refuted")])
def test_a_formula_under_a_condition_defines_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, status: str
) -> None:
    statuses, reasons = check(tmp_path, capsys, PAGE.format(last=last))
    assert statuses == [status]
    assert any(r.startswith("$o_j = y$ is stated under a condition ('If the neuron is in the output") for r in reasons)


@pytest.mark.parametrize(("last", "status"), [("2 z", "proven"), ("z", "refuted")])
def test_if_we_define_still_defines(tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, status: str) -> None:
    text = f"If we define $s = z^2$, then\n\n$$\\frac{{d s}}{{d z}} = {last}$$\n"
    statuses, _ = check(tmp_path, capsys, text)
    assert statuses == [status]
