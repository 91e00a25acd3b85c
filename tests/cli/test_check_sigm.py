"""Murphy's ``\\mathrm{sigm}``: the logistic sigmoid, unless the page defines sigm; a false derivative refuted."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report

PAGE = "Let $\\mu = \\mathrm{sigm}(\\eta)$.\n\n$$\\frac{d\\mu}{d\\eta} = \\mathrm{sigm}(\\eta)({sign})$$\n"


@pytest.mark.parametrize(
    ("front", "sign", "status"),
    [
        ("", "1 - \\mathrm{sigm}(\\eta)", "proven"),
        ("", "1 + \\mathrm{sigm}(\\eta)", "refuted"),
        ("---\ndefine:\n  \\mathrm{sigm}(x): \\tanh(x)\n---\n", "1 - \\mathrm{sigm}(\\eta)", "refuted"),  # its own sigm
    ],
)
def test_sigm_is_the_logistic_sigmoid_unless_defined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, sign: str, status: str
) -> None:
    found = report(tmp_path, capsys, front, PAGE.replace("{sign}", sign))
    assert [link["status"] for link in found["links"]] == [status]
