"""`derive check PATH…` on many files: directories (recursively), globs, several paths; files without derive
front matter skipped and counted; a summary table; exit 1 when a link is not proven, 2 (after the others) when a
file cannot be read; JSON, Markdown and the CI formats of the whole batch; a progress bar only on a terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive import progress
from derive.batch import Batch, FileResult, collect, has_derive_front_matter
from derive.check.verdict import Status
from derive.cli import main
from derive.printers.table import row, summary_table

FRONT = "---\nn: 2\nvectors: [z]\nindices: [i]\nscalars: [a, b, c]\n---\n"
GOOD = FRONT + "$$a (b + c) = a b + a c$$\n"
WRONG = FRONT + "\nSome prose.\n\n$$(a + b)^2 = a^2 + b^2$$\n"
TEX = "".join(f"% {line}\n" for line in FRONT.splitlines()) + "\\[ a + a = 2 a \\]\n"


def tree(root: Path, wrong: bool = True, bad: bool = False) -> Path:
    """good.md, sub/t.tex (proven), sub/wrong.markdown (refuted), a site page and plain notes (skipped), a hidden
    directory and a .txt file (not collected); with ``bad``, sub/bad.md, whose front matter has an unknown key."""
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "good.md").write_text(GOOD, encoding="utf-8")
    (root / "sub" / "t.tex").write_text(TEX, encoding="utf-8")
    if wrong:
        (root / "sub" / "wrong.markdown").write_text(WRONG, encoding="utf-8")
    if bad:
        (root / "sub" / "bad.md").write_text(FRONT.replace("n: 2", "n: 2\nbogus: 1") + "$$a = a$$\n", "utf-8")
    (root / "site.md").write_text("---\ntitle: A page of a site\n---\n# Hi\n$$x = y$$\n", encoding="utf-8")
    (root / "plain.md").write_text("# Notes\n\n$$x = y$$\n", encoding="utf-8")
    (root / ".hidden" / "h.md").write_text(WRONG, encoding="utf-8")
    (root / "notes.txt").write_text(WRONG, encoding="utf-8")
    return root


def table_rows(out: str) -> dict[str, list[str]]:
    lines = out[out.index("file  ") :].splitlines()
    return {line.split()[0]: line.split()[1:] for line in lines[1:] if line.strip() and "  " in line}


def test_a_directory_is_checked_recursively_with_a_summary_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tree(tmp_path / "d")
    assert main(["check", str(root)]) == 1
    out = capsys.readouterr().out
    rows = table_rows(out)
    assert set(rows) == {str(root / "good.md"), str(root / "sub" / "t.tex"), str(root / "sub" / "wrong.markdown")}
    assert rows[str(root / "good.md")][:5] == ["1", "1", "0", "0", "0"]
    assert rows[str(root / "sub" / "wrong.markdown")][:5] == ["1", "0", "1", "0", "0"]
    assert "3 files checked: 2 with every link proven, 1 not; 2 skipped (no derive front matter)." in out
    assert "← first wrong step" in out and out.index("← first wrong step") < out.index("file  ")  # its report first
    assert "good.md —" not in out  # a file all proven has its row only


def test_all_proven_is_exit_0_and_skipped_files_are_no_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tree(tmp_path / "d", wrong=False)
    assert main(["check", str(root)]) == 0
    assert "2 files checked: 2 with every link proven; 2 skipped" in capsys.readouterr().out
    assert main(["check", "--many", str(root / "plain.md")]) == 0  # as pre-commit passes any .md it changed
    assert "0 files checked: 0 with every link proven; 1 skipped" in capsys.readouterr().out


def test_an_unreadable_file_is_a_row_with_its_reason_and_the_others_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tree(tmp_path / "d", wrong=False, bad=True)
    assert main(["check", str(root)]) == 2
    captured = capsys.readouterr()
    rows = table_rows(captured.out)
    assert rows[str(root / "sub" / "bad.md")] == ["-", "-", "-", "-", "file", rows[str(root / "sub" / "bad.md")][-1]]
    assert rows[str(root / "good.md")][:2] == ["1", "1"]
    (reason,) = [line for line in captured.out.splitlines() if line.startswith("unreadable: ")]
    assert reason.startswith(f"unreadable: {root / 'sub' / 'bad.md'}:3: unknown key 'bogus'; the known keys are n,")
    assert "Traceback" not in captured.err


def test_globs_and_several_paths_each_file_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tree(tmp_path / "d")
    files = collect([str(root / "**" / "*.md"), str(root / "good.md"), str(root / "sub")])
    assert files == [root / "good.md", root / "plain.md", root / "site.md", root / "sub" / "t.tex",
                     root / "sub" / "wrong.markdown"]  # fmt: skip
    assert main(["check", str(root / "*.md"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(f["file"], f["status"]) for f in data["files"]] == [
        (str(root / "good.md"), "checked"),
        (str(root / "plain.md"), "skipped"),
        (str(root / "site.md"), "skipped"),
    ]
    assert data["files"][0]["report"]["links"][0]["status"] == "proven" and data["ok"] is True


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{d}/nothing-*.md"], "no file matches {d}/nothing-*.md"),
        (["{d}/missing.md", "{d}/good.md"], "no such file or directory: {d}/missing.md"),
        (["{d}", "--format", "latex"], "--format latex writes one document for one file"),
    ],
)
def test_usage_errors_are_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    root = tree(tmp_path / "d")
    assert main(["check", *(a.replace("{d}", str(root)) for a in args)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert message.replace("{d}", str(root)) in captured.err


def test_the_ci_formats_cover_every_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tree(tmp_path / "d")
    assert main(["check", str(root), "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    (error,) = [line for line in lines if line.startswith("::error")]
    assert error.startswith(f"::error file={root}/sub/wrong.markdown,line=10,title=derive%3A refuted step")
    assert main(["check", str(root), "-o", str(tmp_path / "report.xml")]) == 1
    xml = (tmp_path / "report.xml").read_text(encoding="utf-8")
    assert xml.count("<testsuite ") == 3 and xml.count("<failure ") == 1


def test_front_matter_of_derive_is_told_from_a_site_s(tmp_path: Path) -> None:
    root = tree(tmp_path / "d")
    assert has_derive_front_matter(root / "good.md") and has_derive_front_matter(root / "sub" / "t.tex")
    assert not has_derive_front_matter(root / "site.md") and not has_derive_front_matter(root / "plain.md")
    unclosed = root / "unclosed.md"
    unclosed.write_text("---\nn: 2\n$$a = a$$\n", encoding="utf-8")
    assert has_derive_front_matter(unclosed)  # reading it says that the block is not closed


def test_the_progress_bar_shows_on_a_terminal_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tree(tmp_path / "d", wrong=False)
    main(["check", str(root)])
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(progress, "stderr_is_terminal", lambda: True)
    main(["check", str(root)])
    assert "check" in capsys.readouterr().err  # rich's bar, drawn on standard error


def test_displays_the_reader_could_not_read_count_as_unreadable(tmp_path: Path) -> None:
    from dataclasses import replace

    from derive.read.find import Unchecked
    from derive.report import check_file

    report = check_file(tree(tmp_path / "d") / "good.md")
    partial = replace(report, document=replace(report.document, unchecked=(Unchecked(3, "unreadable: z_12"),)))
    batch = Batch((FileResult(Path("good.md"), partial, seconds=0.25),))
    assert row(batch.files[0]) == ("good.md", "1", "1", "0", "0", "1", "0.2")
    assert not batch.ok and batch.total(Status.PROVEN) == 1
    assert summary_table(batch).splitlines()[0].split() == ["file", "links", "proven", "refuted", "unproven",
                                                            "unreadable", "seconds"]  # fmt: skip


def test_a_file_whose_assumptions_contradict_is_unreadable_and_its_wave_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tree(tmp_path / "d", wrong=False)
    contradictory = FRONT.replace("vectors: [z]", "vectors: [z, y]\nassume:\n  - y one-hot\n  - y positive")
    (root / "contradicts.md").write_text(contradictory + "$$a = a$$\n", encoding="utf-8")
    assert main(["check", str(root)]) == 2
    out = capsys.readouterr().out
    rows = table_rows(out)
    assert rows[str(root / "contradicts.md")][:5] == ["-", "-", "-", "-", "file"]
    assert rows[str(root / "good.md")][:3] == ["1", "1", "0"] and rows[str(root / "sub" / "t.tex")][:2] == ["1", "1"]
    assert f"unreadable: {root / 'contradicts.md'}: the assumptions 'y is positive' and 'y is one-hot'" in out
    assert all(float(row[-1]) >= 0 for row in rows.values())
