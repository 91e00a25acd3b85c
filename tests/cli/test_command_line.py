"""The command line as a newcomer meets it: the format from the file's extension, progress and "wrote FILE" on
standard error, export creating its directory, "did you mean", the names in --help, -n, latex-fragment as
described, toy-network's own default n, and --dpi."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import derive
from derive.cli import main
from derive.engine import names

ROOT = Path(derive.__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# The format follows the extension; --format in any case; a contradiction is one line, exit 2.


@pytest.mark.parametrize(
    ("suffix", "starts"), [(".tex", "\\documentclass"), (".md", "# "), (".json", "{"), (".TEX", "\\documentclass")]
)
def test_the_extension_chooses_the_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str, starts: str
) -> None:
    target = tmp_path / f"d{suffix}"
    code, out, err = run(capsys, "show", "softmax-jacobian", "--n", "2", "-o", str(target))
    assert (code, out, err) == (0, "", f"wrote {target}\n")
    assert target.read_text(encoding="utf-8").startswith(starts)


def test_format_names_are_case_insensitive(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "softmax-jacobian", "--n", "2", "--format", "JSON")
    assert code == 0 and json.loads(out)["name"] == "softmax-jacobian"


def test_latex_fragment_may_go_to_a_tex_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "chains.tex"
    assert run(capsys, "show", "softmax-jacobian", "-n", "2", "--format", "Latex-Fragment", "-o", str(target))[0] == 0
    assert target.read_text(encoding="utf-8").startswith("% ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["show", "softmax-jacobian", "--format", "json", "-o", "{d}/x.tex"],
            "--format json contradicts the extension of {d}/x.tex, which means latex; drop --format or rename the file",
        ),
        (
            ["show", "softmax-jacobian", "--format", "markdown", "-o", "{d}/x.pdf"],
            "--format markdown contradicts the extension of {d}/x.pdf, which means pdf; drop --format or rename the"
            " file",
        ),
        (
            ["check", "derivations/checks/seed-000-answer.md", "-o", "{d}/report.png"],
            "derive check does not write png (the extension of {d}/report.png); give --format"
            " text|json|markdown|latex|html|github|junit or another file name",
        ),
        (
            ["check", "derivations/checks/seed-000-answer.md", "--format", "json", "-o", "{d}/report.md"],
            "--format json contradicts the extension of {d}/report.md, which means markdown; drop --format or"
            " rename the file",
        ),
    ],
)
def test_a_format_that_contradicts_the_extension_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, *(arg.format(d=tmp_path) for arg in args))
    assert (code, out, err) == (2, "", f"derive: error: {message.format(d=tmp_path)}\n")
    assert list(tmp_path.iterdir()) == []


def test_check_writes_the_format_of_the_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.json"
    code, out, err = run(capsys, "check", str(ROOT / "derivations/checks/seed-000-answer.md"), "-o", str(target))
    assert (code, out, err) == (0, "", f"wrote {target}\n")
    assert json.loads(target.read_text(encoding="utf-8"))["links"]


# Progress on a terminal; every written file announced.


def test_export_creates_its_directory_and_announces_every_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("derive.engine.catalogue.CATALOGUE", derive.engine.catalogue.CATALOGUE[:2])
    directory = tmp_path / "new" / "exports"
    code, out, err = run(capsys, "export", str(directory))
    assert (code, out) == (0, "")
    written = [
        f"{stem}{suffix}"
        for name in names()[:2]
        for stem in (name, f"{name}-symbolic")
        for suffix in (".tex", ".md", ".json")
    ]
    assert err.splitlines() == [f"wrote {directory / name}" for name in written]
    assert sorted(p.name for p in directory.iterdir()) == sorted(written)


def test_export_to_a_file_names_no_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "file"
    file.write_text("", encoding="utf-8")
    code, out, err = run(capsys, "export", str(file / "sub"))
    assert (code, out) == (2, "")
    assert err.startswith(f"derive: error: cannot create the directory {file / 'sub'}: ") and err.count("\n") == 1
    assert "--output" not in err
    code, _, err = run(capsys, "export", str(file))
    assert code == 2 and err.count("\n") == 1 and "is a file" in err and "--output" not in err


def test_export_to_a_read_only_directory_is_refused_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_access = os.access
    denied = (tmp_path, os.W_OK)  # as a user sees a directory of mode 0500 (root ignores permissions)
    monkeypatch.setattr(os, "access", lambda p, mode: False if (Path(p), mode) == denied else real_access(p, mode))
    monkeypatch.setattr("derive.check.check_derivation", None)  # no work may start
    code, out, err = run(capsys, "export", str(tmp_path))
    assert (code, out, err) == (2, "", f"derive: error: cannot export to {tmp_path}: it is not writable\n")


def test_export_refuses_a_bad_n_before_creating_anything(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "export", str(tmp_path / "out"), "-n", "1")
    assert (code, err) == (2, "derive: error: n must be at least 2, got 1; pass --n 2 or more\n")
    assert list(tmp_path.iterdir()) == []


def test_a_progress_bar_only_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("derive.engine.catalogue.CATALOGUE", derive.engine.catalogue.CATALOGUE[:1])
    code, _, err = run(capsys, "export", str(tmp_path / "piped"))
    assert code == 0 and "\x1b[" not in err and "export" not in err.replace(str(tmp_path), "")  # only "wrote" lines
    monkeypatch.setattr("derive.progress.stderr_is_terminal", lambda: True)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("COLUMNS", "100")
    code, _, err = run(capsys, "export", str(tmp_path / "tty"))
    assert code == 0
    assert f"wrote {tmp_path / 'tty' / 'softmax-ce.tex'}" in err
    assert "export softmax-ce-symbolic" in err and "2/2" in err  # the bar, with the last derivation and its count


def test_show_draws_a_bar_from_n_64(monkeypatch: pytest.MonkeyPatch) -> None:
    """show at a large n reports each chain; below PROGRESS_FROM_N it draws nothing."""
    import derive.cli as cli
    import derive.progress

    shown: list[tuple[str, bool]] = []
    real = derive.progress.progress

    def spy(description: str, total: int | None = None, show: bool = True):
        shown.append((description, show))
        return real(description, total, show)

    assert cli.PROGRESS_FROM_N == 64
    monkeypatch.setattr(cli, "progress", spy)
    monkeypatch.setattr(cli, "PROGRESS_FROM_N", 3)  # as if n = 3 were large: the same path, in a fraction of a second
    assert main(["show", "softmax-jacobian-log", "-n", "3", "-o", os.devnull]) == 0
    assert main(["show", "softmax-jacobian-log", "-n", "2", "-o", os.devnull]) == 0
    assert shown == [("softmax-jacobian-log at n = 3", True), ("softmax-jacobian-log at n = 2", False)]


# Names: did you mean, the list in --help, -n.


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("sofmax-ce", "unknown derivation 'sofmax-ce'; did you mean 'softmax-ce'? (see 'derive list')"),
        ("toy", "unknown derivation 'toy'; did you mean 'toy-network'? (see 'derive list')"),
        ("nope", "unknown derivation 'nope' (see 'derive list')"),
    ],
)
def test_a_misspelt_name_gets_did_you_mean(capsys: pytest.CaptureFixture[str], typed: str, message: str) -> None:
    assert run(capsys, "show", typed) == (2, "", f"derive: error: {message}\n")


def test_show_help_lists_every_name_whole(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "--help")
    assert code == 0
    words = {word.strip(",") for line in out.splitlines() for word in line.split()}
    assert set(names()) <= words  # every name, none broken at a hyphen
    assert all(len(line) <= 80 for line in out.splitlines())
    assert "-n, --n INTEGER" in out


def test_dash_n_is_short_for_n(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "softmax-jacobian", "-n", "2", "--format", "json")
    assert code == 0 and json.loads(out)["n"] == 2


# latex-fragment is what --help says.


def test_latex_fragment_is_what_help_says(capsys: pytest.CaptureFixture[str]) -> None:
    _, help_text, _ = run(capsys, "show", "--help")
    said = " ".join(help_text.split())
    assert (
        "latex-fragment only the chains, each a \\subsection*, an align* block and its verdicts, to \\input into a"
        " document that loads amsmath and amssymb" in said
    )
    code, out, _ = run(capsys, "show", "softmax-jacobian", "-n", "2", "--format", "latex-fragment")
    assert code == 0
    assert "\\documentclass" not in out and "\\begin{document}" not in out and "\\usepackage" not in out
    import derive as api

    chains = api.derivation("softmax-jacobian", n=2).chains
    assert out.count("\\subsection*{") == len(chains) == out.count("\\begin{align*}")


# toy-network's own default n.


def test_toy_network_defaults_to_the_two_output_network(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "toy-network", "--format", "json")
    document = json.loads(out)
    assert code == 0 and document["n"] == 2
    assert document["symbols"]["targets"] == ["t_1", "t_2"]
    assert derive.derivation("toy-network").n == 2 and derive.derivation("softmax-ce").n == 3


def test_export_writes_toy_network_at_its_own_n(exports: Path) -> None:
    assert json.loads((exports / "toy-network.json").read_text(encoding="utf-8"))["n"] == 2
    assert json.loads((exports / "softmax-ce.json").read_text(encoding="utf-8"))["n"] == 3


# --dpi for png.


def test_png_takes_dpi_with_a_readable_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import derive.printers.pdf as pdf

    drawn: list[int] = []
    monkeypatch.setattr(pdf, "require_tools", lambda fmt: {})
    monkeypatch.setattr(pdf, "png_bytes", lambda checked, dpi=pdf.PNG_DPI: drawn.append(dpi) or b"\x89PNG")
    for extra in ([], ["--dpi", "300"]):
        assert run(capsys, "show", "softmax-jacobian", "-n", "2", "-o", str(tmp_path / "d.png"), *extra)[0] == 0
    assert drawn == [150, 300] and pdf.PNG_DPI >= 150
    assert "[default: 150]" in " ".join(run(capsys, "show", "--help")[1].split())


def test_dpi_is_only_for_png(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", "softmax-jacobian", "--format", "latex", "--dpi", "200")
    assert (code, out, err) == (
        2,
        "",
        "derive: error: --dpi is the resolution of --format png, not of latex; drop --dpi\n",
    )


def test_png_at_dpi_with_the_real_tools(tmp_path: Path, pdflatex: str, pdftoppm: str) -> None:
    """Twice the dots per inch, twice the width."""
    widths = []
    for dpi in ("150", "300"):
        target = tmp_path / f"d{dpi}.png"
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "derive",
                "show",
                "softmax-jacobian-log",
                "-n",
                "2",
                "-o",
                str(target),
                "--dpi",
                dpi,
            ],
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=600,
        )
        assert done.returncode == 0, done.stderr
        widths.append(int.from_bytes(target.read_bytes()[16:20], "big"))
    assert abs(widths[1] - 2 * widths[0]) <= 2


def test_list_says_what_a_seed_is_instead_of_its_number(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert "seed 0" not in out.lower()
    assert "a question from a Q&A site whose derivation drops a sum" in " ".join(out.split())
