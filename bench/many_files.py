"""A directory of check files for the benchmark of ``derive check DIR``: the shipped examples, and variants of the
two seed-000 files (the question, refuted, and its answer, proven) with their names changed, so that no variant's
claims are another's (the verdict cache cannot answer one from another)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

CHECKS = Path(__file__).resolve().parent.parent / "derivations" / "checks"
#: Letters for the logits, the targets and the softmax outputs of a variant (none of i, j, k, n, e).
LETTERS = "abcdfghpqruvwxz"


def _renamed(text: str, logits: str, targets: str, outputs: str) -> str:
    names = {"z": logits, "t": targets, "o": outputs}
    text = text.replace("vectors: [z, t]", f"vectors: [{logits}, {targets}]")
    return re.sub(r"(?<![\\A-Za-z])([zto])_", lambda m: names[m.group(1)] + "_", text)


def write_checks(directory: Path, count: int = 50) -> list[Path]:
    """``count`` check files in ``directory``: the shipped ones, then variants; their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sorted(CHECKS.glob("*.md")):
        written.append(Path(shutil.copy(source, directory / source.name)))
    sources = [CHECKS / "seed-000-question.md", CHECKS / "seed-000-answer.md"]
    triples = [(a, b, c) for a in LETTERS for b in LETTERS for c in LETTERS if len({a, b, c}) == 3]
    for at in range(count - len(written)):
        source = sources[at % 2]
        logits, targets, outputs = triples[(at * 37) % len(triples)]
        target = directory / f"variant-{at:02d}-{source.stem}.md"
        target.write_text(_renamed(source.read_text(encoding="utf-8"), logits, targets, outputs), encoding="utf-8")
        written.append(target)
    return written


if __name__ == "__main__":
    import sys

    for path in write_checks(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 50):
        print(path)
