"""A capital the page writes out with dots in shapes its own product cannot take (``derive.read.written_shapes``):
``X=[x_1 \\cdots x_i]`` times a W whose rows run to j in ``Y = XW + B``. The refusal of W read as a number says that
the page's shapes disagree, and each name defined with W says so through the chain, in plain words (before: "which
it is defined with …, which the page transposes it")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

PAGE = (
    "$$\ny_{j}=b_{j}+\\sum_{i}x_{i}w_{i j}\n$$\n\n"
    "$$\nX=[x_{1}\\ \\ \\cdots\\ \\ x_{i}]  \\quad \\quad "
    "W=\\begin{bmatrix}\nw_{11} & \\cdots & w_{1i} \\\\\n\\vdots & \\ddots & \\vdots \\\\\n"
    "w_{j1} & \\cdots & w_{ji}\n\\end{bmatrix}\n$$\n\n"
    "$$\nY = XW + B\n$$\n\n"
    "$$\nZ = 2Y\n$$\n\n"
    "$$\n\\frac{\\partial E}{\\partial W}=X^{t}\\frac{\\partial E}{\\partial Y}\n$$\n\n"
    "$$\nZ + 1 = 1 + Z\n$$\n"
)

CLASH = (
    "as the page writes W out (line 6), it has rows to j and columns to i, where XW, X a row of i entries (x_1 to "
    "x_i), needs i rows: the page's shapes agree only if j = i: a matrix, as the page means it, or a number, as derive "
    "would read it; write the page's matrices out with shapes that agree, then give its shape"
)


def unread(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict[int, str]:
    """Each line not checked, with why."""
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    report = json.loads(capsys.readouterr().out)
    assert report["links"] == []
    return {u["line"]: u["reason"] for u in report["unchecked"]}


def test_a_matrix_written_out_in_the_wrong_shape_is_named_in_the_refusal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """W written j×i where XW needs i rows: refused, saying so; Z, defined with Y, defined with W, says the chain."""
    reasons = unread(tmp_path, capsys, PAGE)
    assert reasons[21] == (
        "unreadable: W, which the page never indexes, reads as a number here, but the page writes its entries w_{ij}; "
        + CLASH
        + " (arrays: {W: [m, n]}, with sizes: {m: symbolic} for a length of its own), and the display is read with "
        "matrices"
    )
    assert reasons[25].startswith(
        "unreadable: Z, which the page never indexes, reads as a number here, but it is defined with Y, which is "
        "defined with W, which has entries w_{ij}; " + CLASH
    )


def test_a_matrix_written_out_in_the_products_shape_keeps_the_plain_refusal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """W written i×j, as XW needs: only the reading as a number is refused, with what to declare."""
    text = PAGE.replace("w_{1i} \\\\", "w_{1j} \\\\").replace("w_{j1} & \\cdots & w_{ji}", "w_{i1} & \\cdots & w_{ij}")
    reasons = unread(tmp_path, capsys, text)
    assert reasons[21] == (
        "unreadable: W, which the page never indexes, reads as a number here, but the page writes its entries w_{ij}: "
        "a matrix, as the page means it, or a number, as derive would read it; give its shape (arrays: {W: [m, n]}, "
        "with sizes: {m: symbolic} for a length of its own), and the display is read with matrices"
    )
    assert reasons[25].startswith(
        "unreadable: Z, which the page never indexes, reads as a number here, but it is defined with Y, which is "
        "defined with W, which has entries w_{ij}: a matrix"
    )
