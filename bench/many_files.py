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


#: The copies of seed 003 in the long check file: its logits, softmax, the softmax's other name and its loss.
COPIES = (("x", "s", "S", "L"), ("u", "p", "P", "M"), ("w", "q", "Q", "N"))
#: The last line of the part of a copy that holds its first ten links.
TEN_LINKS = r"$$\frac{1}{s_i} \frac{\partial s_i}{\partial x_k} = \delta_{ik} - s_k$$"


def _copy(text: str, logits: str, softmax: str, other: str, loss: str) -> str:
    names = {"x": logits, "s": softmax, "S": other}
    text = re.sub(r"(?<![\\A-Za-z])([xsS])_", lambda m: names[m.group(1)] + "_", text)
    return re.sub(r"(?<![\\A-Za-z])L(?![A-Za-z])", loss, text)


def write_long_check(path: Path, links: int = 50) -> Path:
    """One check file of ``links`` links (50: two copies of seed 003's derivation and the first ten links of a
    third, each copy in names of its own, so that no link is another's in the verdict cache)."""
    source = (CHECKS / "seed-003-log-derivative.md").read_text(encoding="utf-8")
    _, front, body = source.split("---\n", 2)
    defines = front.split("define:\n", 1)[1]
    front = front.split("define:\n", 1)[0].replace("vectors: [x, y]", "vectors: [x, y, u, w]")
    front += "define:\n" + "".join(_copy(defines, *names) for names in COPIES)
    parts = [_copy(body, *names) for names in COPIES]
    if links == 50:
        cut = _copy(TEN_LINKS, *COPIES[-1])
        parts[-1] = parts[-1].split(cut, 1)[0] + cut + "\n"
    elif links != 60:
        raise ValueError("the long check file has 50 or 60 links")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("---\n" + front + "---\n" + "\n".join(parts), encoding="utf-8")
    return path


if __name__ == "__main__":
    import sys

    for path in write_checks(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 50):
        print(path)
