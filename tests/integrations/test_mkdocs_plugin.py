"""The MkDocs plugin, through ``mkdocs build`` (a child process that finds the plugin by its entry point) on a
site with pymdownx.arithmatex: the marks that readers see, and ``--strict`` failing on a link not proven."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from unittest import mock

import pytest
import yaml
from conftest import MKDOCS_PAGE, PLAIN, PROVEN, REFUTED, ROOT

#: The configuration that docs/integrations.md shows, in a site of its own.
DOCUMENTED = re.findall(
    r"^```yaml\n(# mkdocs.yml\n.*?)^```$", (ROOT / "docs" / "integrations.md").read_text(), re.S | re.M
)
MKDOCS_YML = "site_name: derivations\ndocs_dir: docs\n" + DOCUMENTED[0]
MARK = re.compile(r'<span class="derive-mark derive-(\w+)" title="([^"]*)"[^>]*>(.)</span>')
ARITHMATEX_DISPLAY = re.compile(r'<div class="arithmatex">\\\[(.*?)\\\]</div>', re.DOTALL)


@pytest.fixture
def site(tmp_path: Path, tool_env: dict[str, str], require_modules: Callable[..., None]) -> Path:
    """A site: an index without front matter, a page with MkDocs' own front matter, and a proven derivation."""
    require_modules("mkdocs", "pymdownx")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text(PLAIN, encoding="utf-8")
    (docs / "about.md").write_text(MKDOCS_PAGE, encoding="utf-8")
    (docs / "answer.md").write_text(PROVEN.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    return tmp_path


def test_the_documented_configurations_parse() -> None:
    text = (ROOT / "docs" / "integrations.md").read_text(encoding="utf-8")
    blocks = [yaml.safe_load(block) for block in re.findall(r"^```yaml\n(.*?)^```$", text, re.S | re.M)]
    assert len(DOCUMENTED) == 1 and len(blocks) == 3
    mkdocs, pre_commit, workflow = blocks
    assert mkdocs["plugins"] == [{"derive": {"cache": True, "timeout": 10, "budget": 60}}]
    assert pre_commit["repos"][0]["hooks"] == [{"id": "derive-check"}]
    assert workflow["jobs"]["check"]["steps"][-1] == {"run": "derive check --format github docs/"}


def build(site: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """``mkdocs build`` (never -q: it hides warnings from --strict's count)."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", "site", *options],
        cwd=site,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def page(site: Path, name: str) -> str:
    return (site / "site" / name / "index.html").read_text(encoding="utf-8")


def marks(built: str) -> list[tuple[str, str, str]]:
    """(verdict class, title, mark) of every mark on a built page, the title unescaped."""
    return [(verdict, html.unescape(title), mark) for verdict, title, mark in MARK.findall(built)]


def test_a_proven_page_builds_strictly_with_a_proven_mark_on_every_link(site: Path) -> None:
    result = build(site, "--strict")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "WARNING" not in result.stderr
    built = page(site, "answer")
    found = marks(built)
    assert [(verdict, mark) for verdict, _, mark in found] == [("proven", "✓")] * 8
    assert [title.split(":")[0] for _, title, _ in found] == [f"line {n}" for n in (19, 20, 21, 22, 23, 24, 33, 34)]
    assert all(" proven — " in title for _, title, _ in found)
    # the math is still arithmatex's, and each display is followed by its marks
    displays = ARITHMATEX_DISPLAY.findall(built)
    assert len(displays) == 2 and "\\frac{\\partial E}{\\partial z_k}" in displays[0]
    assert len(re.findall(r'</div>\s*<p><span class="derive-verdicts"', built)) == built.count("derive-verdicts") == 2
    for other in ("", "about"):  # no front matter, and MkDocs' own: left alone
        assert "derive-mark" not in (site / "site" / other / "index.html").read_text(encoding="utf-8")


#: Every display form derive reads, in a list item and inside a paragraph too; the second link of the align* is
#: refuted.
FORMS = """\
---
n: 2
vectors: [z]
indices: [i]
---
Brackets:

\\[
(z_1 + z_2)^2 = z_1^2 + 2 z_1 z_2 + z_2^2
\\]

An environment:

\\begin{align*}
(z_1 - z_2)^2 &= z_1^2 - 2 z_1 z_2 + z_2^2 \\\\
&= z_1^2 + z_2^2
\\end{align*}

- In a list:

    $$
    z_1 + z_1 = 2 z_1
    $$

Inside a paragraph, $$z_1 + 0 = z_1$$ as well.
"""


def test_the_marks_follow_each_display_whatever_its_form_and_leave_the_math_to_arithmatex(site: Path) -> None:
    (site / "docs" / "forms.md").write_text(FORMS, encoding="utf-8")
    result = build(site)
    assert result.returncode == 0, result.stderr[-3000:]
    built = page(site, "forms")
    after = re.findall(r"(</div>|</p>)\s*<p><span class=\"derive-verdicts\"[^>]*>(.*?)</span></p>", built, re.S)
    assert [(closing, marks(line)) for closing, line in after] == [
        ("</div>", [("proven", "line 9: proven — rational identity (numerator expands to 0), n = 2", "✓")]),
        ("</div>", [("proven", "line 15: proven — rational identity (numerator expands to 0), n = 2", "✓"),
                    ("refuted", mock.ANY, "✗")]),
        ("</div>", [("proven", mock.ANY, "✓")]),
        ("</p>", [("proven", mock.ANY, "✓")]),
    ]  # fmt: skip
    assert "\\end{align*}\\]</div>" in built and "<li>" in built  # the environment and the list are intact
    (warning,) = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert warning.startswith("WARNING -  derive: forms.md:16: refuted — counterexample at n = 2: ")


#: A box of MkDocs' admonition extension, its false display after a paragraph of its own.
ADMONITION = "---\nscalars: [x]\n---\n$$x + x = 2x$$\n\n!!! note\n    We now claim:\n\n    $$x + x = 3x$$\n"


def test_a_display_in_an_admonition_is_checked_and_marked_inside_the_box(site: Path) -> None:
    """The box's body is indented: read as code, its false display had been listed nowhere, and --strict passed."""
    (site / "mkdocs.yml").write_text(MKDOCS_YML + "  - admonition\n", encoding="utf-8")
    (site / "docs" / "box.md").write_text(ADMONITION, encoding="utf-8")
    result = build(site, "--strict")
    assert result.returncode == 1
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert len(warnings) == 1 and warnings[0].startswith("WARNING -  derive: box.md:9: refuted")
    built = page(site, "box")
    box = built[built.index('<div class="admonition note">') :]
    assert [verdict for verdict, _, _ in marks(built)] == ["proven", "refuted"]
    assert [verdict for verdict, _, _ in marks(box)] == ["refuted"]  # after the display, inside the box


def test_a_refuted_link_is_a_warning_that_fails_a_strict_build_and_a_cross_for_readers(site: Path) -> None:
    (site / "docs" / "question.md").write_text(REFUTED.read_text(encoding="utf-8"), encoding="utf-8")
    strict = build(site, "--strict")
    assert strict.returncode == 1
    assert "Aborted with 2 warnings in strict mode!" in strict.stdout + strict.stderr
    warnings = [line for line in strict.stderr.splitlines() if line.startswith("WARNING")]
    assert len(warnings) == 2
    assert warnings[0].startswith("WARNING -  derive: question.md:19: refuted — counterexample at n = 3: j = 1, ")
    assert "known mistake: a dropped sum over outputs" in warnings[0]
    assert warnings[1].startswith("WARNING -  derive: question.md:24: refuted")
    relaxed = build(site)
    assert relaxed.returncode == 0, relaxed.stderr[-3000:]
    found = marks(page(site, "question"))
    assert [(verdict, mark) for verdict, _, mark in found] == [("refuted", "✗"), ("proven", "✓"), ("refuted", "✗")]
    assert found[0][1].startswith("line 19: refuted — counterexample at n = 3:")


def test_an_unreadable_page_is_a_warning_naming_its_line(site: Path) -> None:
    (site / "docs" / "broken.md").write_text("---\nn: 3\nvectors: [z]\nindices: [i]\n---\n$$z_12 = 1$$\n")
    result = build(site, "--strict")
    assert result.returncode == 1
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert any(w.startswith("WARNING -  derive: broken.md:6: ") and "unreadable" in w for w in warnings), warnings
