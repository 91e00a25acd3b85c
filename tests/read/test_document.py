"""Check files are read into links with the right line numbers, cases, constraints and definitions."""

from __future__ import annotations

from pathlib import Path

import pytest
from refusals import refusal
from sympy import Derivative, Eq, IndexedBase, Ne, S, Symbol

from derive.errors import InputError
from derive.read import read_document

FRONT = """---
n: symbolic
vectors: [z, y]
indices: [i, j, k]
define:
  s_i: \\frac{e^{z_i}}{\\sum_{j=1}^{n} e^{z_j}}
  L: -\\sum_{i=1}^{n} y_i \\log s_i
assume:
  - z real
---
"""

BODY = """
Some prose, with inline math $s_i$ that is not a chain.

$$
\\begin{aligned}
\\frac{\\partial s_i}{\\partial z_k} &= -s_i s_k \\quad (i \\neq k) \\\\
&= - s_k s_i
\\end{aligned}
$$

```
$$ this is code, not a chain $$
```

$$\\frac{\\partial L}{\\partial z_k} = s_k - y_k \\quad (\\sum_{i=1}^{n} y_i = 1)$$
"""


def write(tmp_path: Path, text: str, name: str = "d.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_links_lines_cases_and_chain_constraints(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, FRONT + BODY))
    links = document.links
    assert [link.line for link in links] == [16, 17, 25]
    i, k = (Symbol(name, integer=True) for name in "ik")
    assert links[0].condition == Ne(i, k) and links[1].condition == Ne(i, k)
    assert links[2].condition == S.true
    assert [c.kind for c in links[2].constraints] == ["sum-to-one"] and not links[0].constraints
    assert links[0].lhs_latex == r"\frac{\partial s_i}{\partial z_k}"
    assert links[0].rhs_latex == "-s_i s_k" and links[1].rhs_latex == "- s_k s_i"
    assert links[1].head == links[0].lhs == Derivative(IndexedBase("s")[i], IndexedBase("z", real=True)[k])
    assert [d.head for d in document.definitions][1] == Symbol("L")
    assert document.space.indices == tuple(Symbol(name, integer=True) for name in "ijk")


def test_a_tex_file_reads_the_same(tmp_path: Path) -> None:
    front = "".join(f"% {line}\n" for line in FRONT.strip().split("\n"))
    body = BODY.replace("$$\n\\begin{aligned}", "\\begin{align*}").replace("\\end{aligned}\n$$", "\\end{align*}")
    body = body.replace("```\n$$ this is code, not a chain $$\n```", "% $$ a comment $$\n")
    document = read_document(write(tmp_path, front + body, "d.tex"))
    assert [link.line for link in document.links] == [15, 16, 22]  # one line fewer per replaced delimiter
    assert document.links[0].condition == Ne(*(Symbol(name, integer=True) for name in "ik"))


def test_case_equal(tmp_path: Path) -> None:
    text = FRONT + "$$\\frac{\\partial s_i}{\\partial z_k} = s_i (1 - s_i) \\quad (i = k)$$\n"
    (link,) = read_document(write(tmp_path, text)).links
    assert link.condition == Eq(*(Symbol(name, integer=True) for name in "ik"))
    assert link.line == 11


def test_concrete_n_and_another_length_name(tmp_path: Path) -> None:
    text = FRONT.replace("n: symbolic", "n: 3\nlength: K").replace("{n}", "{K}") + "$$y_1 + y_3 = y_3 + y_1$$\n"
    document = read_document(write(tmp_path, text))
    assert document.space.n == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (FRONT.replace("indices", "indexes"), "unknown key 'indexes'; the known keys are n, length, vectors"),
        (FRONT.replace("n: symbolic", "n: 1000"), "n must be an integer"),
        (FRONT.replace("vectors: [z, y]", "vectors: {a: b}"), "vectors must be a list"),
        (FRONT.replace("z real", "z purple"), "cannot read the assumption"),
        (FRONT.replace("z real", "\\sum_{i=1}^{n} y_i = 2"), "only Σ_i y_i = 1"),
        (FRONT.replace("s_i: ", "s_i: s_i + "), "cycle"),
        (FRONT.replace("---\n", "", 1), "the front matter has no opening '---' line"),
        ("# Title\n\n" + FRONT, "a front matter block below other text"),
        (FRONT[:-4], "not closed"),
        ("---\nn: [1\n---\n", "malformed front matter"),
        ("---\n- a\n---\n", "must be a mapping"),
        ("---\nn: !!python/object/apply:os.system ['true']\n---\n", "malformed front matter"),
        (FRONT.replace("vectors: [z, y]", "vectors: [\"__import__('os').system('true')\"]"), "is not a name"),
    ],
)
def test_bad_input_is_one_error_with_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    refused = refusal(path)
    assert message in refused
    assert refused.startswith(f"{path}:")


def test_bad_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "missing.md")
    with pytest.raises(InputError, match="is a directory"):
        read_document(tmp_path)
    binary = tmp_path / "b.md"
    binary.write_bytes(b"---\n\xff\xfe\x00\n---\n")
    with pytest.raises(InputError, match="not UTF-8"):
        read_document(binary)
    with pytest.raises(InputError, match="empty"):
        read_document(write(tmp_path, "  \n"))
    big = write(tmp_path, FRONT + "x" * 1_100_000)
    with pytest.raises(InputError, match="too large"):
        read_document(big)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [("$i = k$", "Eq"), ("### Case 2: $i \\neq k$", "Ne"), ("• Case 1: i ≠ k", "Ne"), ("", None)],
)
def test_a_line_before_a_chain_can_state_its_case(tmp_path: Path, lead: str, expected: str | None) -> None:
    text = FRONT + f"\n{lead}\n\n$$\\frac{{\\partial s_i}}{{\\partial z_k}} = s_i (\\delta_{{ik}} - s_k)$$\n"
    (link,) = read_document(write(tmp_path, text)).links
    i, k = (Symbol(name, integer=True) for name in "ik")
    assert link.condition == {"Eq": Eq(i, k), "Ne": Ne(i, k), None: S.true}[expected]


def test_a_case_on_an_entry_number_is_the_chain_at_that_number(tmp_path: Path) -> None:
    """'$k = 1$' before a chain states k = 1: the chain is read with k replaced by 1 (it was read as no case at
    all, then refused)."""
    text = FRONT + "\n$k = 1$\n\n$$\\frac{\\partial s_i}{\\partial z_k} = s_i (\\delta_{ik} - s_k)$$\n"
    document = read_document(write(tmp_path, text))
    (link,) = document.links
    assert Symbol("k", integer=True) not in link.rhs.free_symbols and link.condition == Eq(Symbol("k", integer=True), 1)


def test_a_page_that_uses_every_letter_for_a_row_or_column_still_reads(tmp_path: Path) -> None:
    letters = "pqrsuvabcfgh"  # the letters whole vectors' rows and columns are named by, all taken as scalars
    path = write(tmp_path, f"---\nscalars: [{', '.join(letters)}]\n---\n$$ {' + '.join(letters)} = p + q $$\n")
    (link,) = read_document(path).links
    assert link.lhs != link.rhs  # read (and false): it was an internal error (IndexError) before
