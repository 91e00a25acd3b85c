"""Exports that real tools accept: every .tex compiles with pdflatex, chktex has nothing to say and the PDF
becomes a PNG; every formula of every .md renders with KaTeX (strict) and MathJax 3 (throwing on errors).

The exports are written fresh by ``derive export`` (every built-in derivation, at n = 3 and for every n).
Check reports: ``derive check`` on every derivation in derivations/checks/, exported as LaTeX and Markdown,
is tested the same way by the ``test_check_report_*`` tests (skipped while the command or inputs are missing).
"""

from __future__ import annotations

import re
import struct
import subprocess
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from derive.cli import cli, main
from derive.engine import names

ROOT = Path(__file__).resolve().parents[2]
#: Derivations that people wrote, for ``derive check``; their reports are tested below when the command exists.
CHECK_REPORTS = ROOT / "derivations" / "checks"
#: chktex warnings switched off, each a false positive for machine-written math:
#:   9 "`]' expected, found `)'" and 17 "Number of `(' doesn't match the number of `)'": a half-open
#:     interval, y_i ∈ [0, ∞), is written \left[0, \infty\right); \left/\right pairing is checked by pdflatex.
CHKTEX_OFF = ("-n9", "-n17")
#: A check report quotes the author's own LaTeX verbatim, such as (\Sigma)^2, and the reader's reasons quote it
#: too (T(x), a character `?'): chktex's style advice on it (3, "enclose the previous parenthesis with {}"; 11,
#: "use \cdots" for the author's \dots; 25, "put this between {}" on the author's -s_2s_1; 36, "a space in front
#: of parenthesis"; 38, "punctuation in front of quotes") is for the author, not for the report. 44 (a user
#: regex, "[] inside optional arguments []") takes a matrix value written on one line in prose, [[a, b], [c, d]],
#: for nested optional arguments.
CHKTEX_OFF_REPORTS = (*CHKTEX_OFF, "-n3", "-n11", "-n25", "-n36", "-n38", "-n44")
#: Math in Markdown: $$…$$ (display), then $…$ (inline) with no backslash before either dollar.
DISPLAY = re.compile(r"\$\$(.+?)\$\$", re.DOTALL)
INLINE = re.compile(r"(?<!\\)\$(.+?)(?<!\\)\$")
STEMS = [stem for name in names() for stem in (name, f"{name}-symbolic")]

MathRenderer = Callable[[list[tuple[str, bool]]], list[Any]]


def markdown_math(markdown: str) -> list[tuple[str, bool]]:
    """Every formula of a Markdown export, as (TeX, display); no unescaped dollar is left outside them."""
    formulas = [(m.group(1).strip(), True) for m in DISPLAY.finditer(markdown)]
    rest = DISPLAY.sub(" ", markdown)
    formulas += [(m.group(1), False) for m in INLINE.finditer(rest)]
    leftover = INLINE.sub(" ", rest)
    assert not re.search(r"(?<!\\)\$", leftover), "a lone $ outside math"
    return formulas


def check_markdown(text: str, math_renderer: MathRenderer) -> None:
    formulas = markdown_math(text)
    assert formulas
    failures = math_renderer(formulas)
    assert not failures, "\n".join(f"{f.engine}: {f.error}\n    {f.tex}" for f in failures)


def check_tex(
    source: str,
    tmp_path: Path,
    pdflatex: str,
    chktex: str,
    pdftoppm: str,
    off: tuple[str, ...] = CHKTEX_OFF,
    boxes: bool = True,
) -> None:
    """chktex prints nothing; pdflatex -halt-on-error compiles (with no overfull line, where ``boxes``: a check
    report quotes the author's lines as written); pdftoppm makes a non-empty PNG of page 1."""
    (tmp_path / "doc.tex").write_text(source, encoding="ascii")
    lint = subprocess.run([chktex, "-q", *off, "doc.tex"], cwd=tmp_path, capture_output=True, text=True)
    assert lint.stdout.strip() == "", lint.stdout  # chktex exits 0 whatever it finds: its output is the verdict
    run = subprocess.run(
        [pdflatex, "-halt-on-error", "-interaction=nonstopmode", "doc.tex"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-3000:]
    if boxes:
        assert "Overfull \\hbox" not in (tmp_path / "doc.log").read_text(errors="replace")
    subprocess.run([pdftoppm, "-png", "-r", "50", "-f", "1", "-l", "1", "doc.pdf", "page"], cwd=tmp_path, check=True)
    (png,) = tmp_path.glob("page*.png")
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") and png.stat().st_size > 1000


# The tools themselves: each check fails on input it must refuse -------------------------------------------


def test_the_math_checker_refuses_bad_tex(math_renderer: MathRenderer) -> None:
    bad = [(r"\undefinedmacro x", False), (r"\frac{", True), ("é", False)]
    failures = {(f.tex, f.engine) for f in math_renderer([*bad, (r"\frac{\partial L}{\partial z_{k}}", True)])}
    assert failures == {
        (r"\undefinedmacro x", "katex"),
        (r"\undefinedmacro x", "mathjax"),  # MathJax's default draws it in red and carries on
        (r"\frac{", "katex"),
        (r"\frac{", "mathjax"),
        ("é", "katex"),  # strict mode: unicode text in math mode is an error
    }


def test_markdown_math_finds_every_formula() -> None:
    text = "- $a_{i}$ and \\$5, $b$\n\n$$ = \\frac{1}{2} $$\n"
    assert markdown_math(text) == [(r"= \frac{1}{2}", True), ("a_{i}", False), ("b", False)]
    with pytest.raises(AssertionError, match="lone"):
        markdown_math("costs $5")


def test_chktex_finds_what_it_guards(chktex: str, tmp_path: Path) -> None:
    (tmp_path / "bad.tex").write_text("\\begin{document}\n$(a+b)^2$ and \\LaTeX is\n\\end{document}\n")
    out = subprocess.run([chktex, "-q", *CHKTEX_OFF, "bad.tex"], cwd=tmp_path, capture_output=True, text=True)
    assert "Warning 3 " in out.stdout and "Warning 1 " in out.stdout


# Every built-in derivation --------------------------------------------------------------------------------


@pytest.mark.parametrize("stem", STEMS)
def test_tex_export_passes_chktex_compiles_and_renders(
    stem: str, exports: Path, tmp_path: Path, pdflatex: str, chktex: str, pdftoppm: str
) -> None:
    check_tex((exports / f"{stem}.tex").read_text(encoding="utf-8"), tmp_path, pdflatex, chktex, pdftoppm)


@pytest.mark.parametrize("stem", STEMS)
def test_markdown_export_renders_with_katex_and_mathjax(stem: str, exports: Path, math_renderer: MathRenderer) -> None:
    check_markdown((exports / f"{stem}.md").read_text(encoding="utf-8"), math_renderer)


# Check reports (derive check) -----------------------------------------------------------------------------
# Every derivation that people wrote in derivations/checks/ (the inputs of ``derive check``), checked and
# exported as LaTeX and Markdown, goes through the same tools. Until the ``check`` command exists, or while
# there are no inputs, these tests are reported as skipped.


def check_inputs() -> list[Any]:
    """The inputs of ``derive check`` in derivations/checks/; one skipped case when there are none."""
    paths = sorted(p for p in CHECK_REPORTS.glob("*") if p.suffix in (".md", ".tex"))
    none = pytest.param(None, id="none", marks=pytest.mark.skip(reason=f"no derivations in {CHECK_REPORTS} yet"))
    return [pytest.param(path, id=path.name) for path in paths] or [none]


def check_report(path: Path, fmt: str, directory: Path) -> str:
    """``derive check PATH --format FMT`` as written to a file (any verdict: the report is what is tested)."""
    if "check" not in cli.commands:
        pytest.skip("derive check is not there yet")
    target = directory / f"report.{fmt}"
    assert main(["check", str(path), "--format", fmt, "--output", str(target)]) in (0, 1)
    return target.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", check_inputs())
def test_check_report_tex_passes_chktex_compiles_and_renders(
    path: Path, tmp_path: Path, pdflatex: str, chktex: str, pdftoppm: str
) -> None:
    check_tex(
        check_report(path, "latex", tmp_path), tmp_path, pdflatex, chktex, pdftoppm, CHKTEX_OFF_REPORTS, boxes=False
    )


@pytest.mark.parametrize("path", check_inputs())
def test_check_report_markdown_renders_with_katex_and_mathjax(
    path: Path, tmp_path: Path, math_renderer: MathRenderer
) -> None:
    check_markdown(check_report(path, "markdown", tmp_path), math_renderer)


# derive show --format pdf / png ----------------------------------------------------------------------------


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG, after checking its signature and that its image data inflates to that size."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    at, idat = 8, b""
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        if data[at + 4 : at + 8] == b"IDAT":
            idat += data[at + 8 : at + 8 + length]
        at += 12 + length
    assert len(zlib.decompress(idat)) == height * (1 + 3 * width)
    return width, height


@pytest.mark.parametrize("fmt", ["pdf", "png"])
def test_show_binary_format_needs_output(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "softmax-jacobian", "--format", fmt]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("derive: error: ") and "--output" in err


@pytest.mark.parametrize("fmt", ["pdf", "png"])
def test_show_binary_format_without_pdflatex_says_how_to_install(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no pdflatex, no pdftoppm
    target = tmp_path / f"out.{fmt}"
    assert main(["show", "softmax-jacobian", "--format", fmt, "--output", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("derive: error: ")
    assert "pdflatex" in err and "apt-get install texlive-latex-base" in err
    assert not target.exists()


def test_show_pdf_writes_a_pdf(pdflatex: str, tmp_path: Path) -> None:
    target = tmp_path / "jacobian.pdf"
    assert main(["show", "softmax-jacobian", "--format", "pdf", "--output", str(target)]) == 0
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]


def test_show_png_stacks_every_page_into_one_image(pdflatex: str, pdftoppm: str, tmp_path: Path) -> None:
    target = tmp_path / "jacobian.png"
    assert main(["show", "softmax-jacobian", "--format", "png", "--output", str(target)]) == 0
    width, height = png_size(target.read_bytes())
    # A4 pages (8.27 in wide) at the default 150 dpi: more than two pages, one above another
    assert width == 1241 and height > 2 * 1650
    assert list(tmp_path.iterdir()) == [target]  # nothing else left beside it
