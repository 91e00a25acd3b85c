"""d2l's hidden width h beside its hidden vector ``\\mathbf{h}``: with ``sizes: {h: …}`` a bold h reads two ways (the
size, or a vector of its own) and is refused (``derive.read.bold_sizes``); it was read as the size and refuted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


def test_a_bold_letter_beside_a_size_of_that_letter_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "---\nsizes:\n  h: symbolic\n---\n\n$$\\mathbf{h} = 2 u$$\n\n$$\\frac{d}{du} u^2 = 2 u$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(8, "proven")]
    assert any("\\mathbf{h} beside the size h" in reason for reason in unchecked)
