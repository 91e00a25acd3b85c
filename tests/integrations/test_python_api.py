"""derive.check_text, derive.check_file and derive.testing.assert_proven: the report ``derive check`` builds,
for tests written in Python; and which texts are derivations at all (the integrations skip the others)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MKDOCS_PAGE, PLAIN, PROVEN, REFUTED, ROOT, TEX

import derive
from derive.check import Status
from derive.detect import KNOWN_KEYS
from derive.errors import InputError
from derive.integrations.run import has_front_matter, is_derive_file
from derive.testing import assert_proven


def statuses(report: object) -> list[tuple[int, Status]]:
    return [(checked.link.line, checked.status) for checked in report.links]  # type: ignore[attr-defined]


def test_check_text_returns_the_report_that_derive_check_prints() -> None:
    from derive.cli import main
    from derive.printers import render

    report = derive.check_text(REFUTED.read_text(encoding="utf-8"), name="question.md")
    assert not report.ok
    assert statuses(report) == [(19, Status.REFUTED), (19, Status.PROVEN), (24, Status.REFUTED)]
    assert report.first_wrong is not None and report.first_wrong.link.line == 19
    assert report.document.path == "question.md"
    assert report._repr_markdown_().startswith("# Check of `question.md`")  # shown as such in a notebook
    same = derive.check_file(REFUTED)
    assert render(same, "json") == render(report, "json").replace("question.md", str(REFUTED))
    assert main(["check", str(REFUTED), "--format", "json", "-o", "-"]) == 1


def test_text_without_front_matter_is_read_from_the_text() -> None:
    """No front matter is an empty one: a named file or a text is read, every name inferred."""
    text = "# Notes\n\n$$\\frac{d}{dx} x^2 = 2x$$\n\n$$\\frac{d}{dx} x^3 = 2x^2$$\n"
    report = derive.check_text(text, name="notes.md", cache=False)
    assert statuses(report) == [(3, Status.PROVEN), (5, Status.REFUTED)]


def test_check_text_reads_tex_and_proves() -> None:
    report = derive.check_text(TEX, tex=True, cache=False)
    assert report.ok and statuses(report) == [(8, Status.PROVEN)]
    assert derive.check_text(PROVEN.read_text(encoding="utf-8")).ok


def test_text_that_cannot_be_read_is_a_one_line_input_error_naming_the_text() -> None:
    for text, message in (
        ("n: 3\n---\n$$z_1 = 1$$\n", "notes.md:1: the front matter has no opening '---' line: put one above 'n: 3'"),
        ("---\nn: [1\n---\n$$z_1 = 1$$\n", "notes.md:2: malformed front matter"),
    ):
        with pytest.raises(InputError) as error:
            derive.check_text(text, name="notes.md")
        assert str(error.value).startswith(message) and "\n" not in str(error.value)
        assert "derive-text-" not in str(error.value)  # not the temporary file's name


def test_a_display_that_cannot_be_read_is_listed_and_the_rest_checked() -> None:
    report = derive.check_text("---\nn: 3\n---\n$$z_12 = 1$$\n\n$$z_1 = z_1$$\n", name="notes.md")
    (unreadable,) = report.document.unchecked
    assert unreadable.line == 4 and unreadable.reason.startswith("unreadable: ")
    assert len(report.links) == 1 and not report.ok


def test_assert_proven_passes_in_silence_or_raises_with_the_report(tmp_path: Path) -> None:
    assert_proven(PROVEN)
    assert_proven(str(PROVEN))
    assert_proven(PROVEN.read_text(encoding="utf-8"))
    for given in (REFUTED, REFUTED.read_text(encoding="utf-8")):
        with pytest.raises(AssertionError) as failure:
            assert_proven(given)
        message = str(failure.value)
        assert "✗ = -\\frac{t_j}{o_j} o_j (1 - o_j)   line 19" in message
        assert "    refuted — counterexample at n = 3: j = 1, t_1 = 0," in message
        assert "known mistake: a dropped sum over outputs" in message
        assert message.rstrip().endswith("First wrong step: line 19 (chain 1, link 1).")
    nothing = tmp_path / "nothing.md"
    nothing.write_text("---\nn: 2\nvectors: [z]\nindices: [i]\n---\nNo math.\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="Nothing was checked"):
        assert_proven(nothing)  # a file in which nothing was checked is not proven
    with pytest.raises(InputError, match="no such file"):
        assert_proven("docs/missing.md")


@pytest.mark.parametrize(
    ("text", "tex", "expected"),
    [
        (PROVEN.read_text(encoding="utf-8"), False, True),
        ("\n\n---\nn: symbolic\n---\n", False, True),  # blank lines first, and a key alone: the reader says the rest
        ("---\ntitle: About\nn: 2\n---\n", False, True),
        ("---\n# a comment\nvectors: [z]\n", False, True),  # not closed: the reader says so
        (MKDOCS_PAGE, False, False),
        (PLAIN, False, False),
        ("# Title\n---\nn: 2\n---\n", False, False),  # not at the top
        ("---\ntitle: x\n  n: 2\n---\n", False, False),  # not at the top level
        ("---\ntitle: x\n---\nn: 2\n", False, False),  # after the front matter
        (TEX, True, True),
        ("%\n% ---\n%n: 2\n% ---\n", True, True),
        ("\\documentclass{article}\n% ---\n% n: 2\n% ---\n", True, False),
        ("% A note\n% ---\n% n: 2\n% ---\n", True, False),
        (TEX, False, False),
    ],
)
def test_which_texts_are_derivations(text: str, tex: bool, expected: bool) -> None:
    assert has_front_matter(text, tex) is expected


def test_every_file_the_reader_accepts_is_a_derivation_and_no_export_is(tmp_path: Path) -> None:
    assert all(is_derive_file(path) for path in (ROOT / "derivations" / "checks").glob("*.md"))
    assert not any(is_derive_file(path) for path in (ROOT / "derivations").glob("*.*"))
    (tmp_path / "binary.md").write_bytes(b"---\nn: 2\n\xff\xfe")
    assert not is_derive_file(tmp_path / "binary.md") and not is_derive_file(tmp_path)


@pytest.mark.parametrize("key", KNOWN_KEYS)
def test_each_key_the_reader_knows_makes_a_derivation(key: str) -> None:
    from derive.read.frontmatter import KNOWN_KEYS as READER_KEYS

    assert key in READER_KEYS
    assert has_front_matter(f"---\n{key}: x\n---\n") and has_front_matter(f"% ---\n% {key}: x\n% ---\n", tex=True)
    assert not has_front_matter(f"---\n  {key}: x\n---\n")  # nested under another key: not derive's


def test_import_derive_loads_neither_sympy_nor_the_integrations() -> None:
    script = (
        "import sys, derive; derive.check_text, derive.check_file;"
        "print(sorted(m for m in sys.modules if m.startswith(('sympy', 'derive.'))))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"
