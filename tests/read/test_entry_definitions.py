"""Arrays defined entry by entry in the front matter (``I_{kj}: \\delta_{kj}``, Bishop's identity matrix): written
out where used, proven with their definition, a false claim refuted, and an index the definition would capture
refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

BISHOP = """---
define:
  I_{kj}: \\delta_{kj}
  y_k: \\frac{\\exp(a_k)}{\\sum_j \\exp(a_j)}
---
$$\\frac{\\partial y_k}{\\partial a_j} = RIGHT$$
"""


def report(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("right", "status"),
    [
        ("y_k (I_{kj} - y_j)", "proven"),
        ("y_k (I_{k,j} - y_j)", "proven"),
        ("y_k (I_{jk} - y_j)", "proven"),  # the identity is symmetric
        ("y_k (I_{kj} + y_j)", "refuted"),
        ("y_k (1 - y_j)", "refuted"),  # the diagonal only
    ],
)
def test_an_array_defined_by_its_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    found = report(tmp_path, capsys, BISHOP.replace("RIGHT", right))
    assert [link["status"] for link in found["links"]] == [status]
    assert any("I_{kj} read as \\delta_{kj}" in reading for reading in found["readings"]), found["readings"]


def test_an_index_the_definition_sums_over_is_renamed_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """J_{ij}: Σ_k w_{ik} w_{kj} written J_{ik}: the sum's own k is renamed apart (k'), never the entry's k; a wrong
    claim about it is refuted."""
    text = (
        "---\ndefine:\n  J_{ij}: \\sum_k w_{ik} w_{kj}\n---\n"
        "$$J_{ik} = \\sum_m w_{im} w_{mk}$$\n\n$$J_{il} = \\sum_m w_{im} w_{ml}$$\n\n"
        "$$J_{ik} = \\sum_m w_{im} w_{km}$$\n"
    )
    found = report(tmp_path, capsys, text)
    assert [link["status"] for link in found["links"]] == ["proven", "proven", "refuted"]


def test_an_index_the_definition_uses_outside_its_sum_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """J_{ij}: Σ_k w_{ik} w_{kj} + w_{ik} written J_{ik}: its last k is no sum's, and would be the entry's: refused,
    not misread."""
    text = (
        "---\ndefine:\n  J_{ij}: \\sum_k w_{ik} w_{kj} + w_{ik}\n---\n"
        "$$J_{ik} = \\sum_m w_{im} w_{mk} + w_{ik}$$\n\n$$J_{il} = \\sum_m w_{im} w_{ml} + w_{ik}$$\n"
    )
    found = report(tmp_path, capsys, text)
    (unread,) = [u["reason"] for u in found["unchecked"] if u["reason"].startswith("unreadable")]
    assert "uses k as a letter of its own" in unread, unread


def test_an_array_defined_by_its_entries_written_with_one_index_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """I_k would otherwise be read as an entry of a vector I of the page's own, any vector: refused at its line."""
    found = report(tmp_path, capsys, BISHOP.replace("RIGHT", "y_k (I_k - y_j)"))
    assert found["links"] == []
    assert "is defined by its entries (line 3): write each with two indices" in found["unchecked"][0]["reason"]
