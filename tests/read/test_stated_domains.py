"""Domains as people state them in the front matter become Contains relations the checker samples inside."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from sympy import FiniteSet, IndexedBase, Interval, Symbol, oo
from sympy.sets import Contains

from derive.cli import main
from derive.errors import InputError
from derive.read import read_document

FRONT = "---\nn: 3\nvectors: [y]\nindices: [i]\nscalars: [T, a]\nassume:\n  - '{}'\n---\n$$a = a$$\n"
y = IndexedBase("y", real=True)
i = Symbol("i", integer=True)
T, a = Symbol("T", real=True), Symbol("a", real=True)


def stated(tmp_path: Path, assumption: str) -> object:
    path = tmp_path / "d.md"
    path.write_text(FRONT.format(assumption), encoding="utf-8")
    (domain,) = read_document(path).assumptions
    assert domain.kind == "domain"
    return domain.relation


@pytest.mark.parametrize(
    ("assumption", "relation"),
    [
        ("y_i \\in [0, 1]", Contains(y[i], Interval(0, 1))),
        ("0 \\le y_i \\le 1", Contains(y[i], Interval(0, 1))),
        ("y_2 \\in (0, 1]", Contains(y[2], Interval(0, 1, True, False))),
        ("T > 0", Contains(T, Interval.open(0, oo))),
        ("a \\ge -1", Contains(a, Interval(-1, oo))),
        ("1 > a", Contains(a, Interval.open(-oo, 1))),
        ("a \\in [0, \\infty)", Contains(a, Interval(0, oo))),
        ("y \\in \\{0, 1\\}^n", Contains(y[i], FiniteSet(0, 1))),
    ],
)
def test_domains_as_people_state_them(tmp_path: Path, assumption: str, relation: object) -> None:
    assert str(stated(tmp_path, assumption)) == str(relation)  # the symbols also carry what the domain implies


@pytest.mark.parametrize(
    "assumption", ["0 < a > 1", "y \\in \\mathbb{R}", "a \\in [b, 1]", "a + 1 > 0", "a \\in (1, 1)", "1 < a < 0"]
)
def test_what_is_not_one_of_those_forms_is_refused(tmp_path: Path, assumption: str) -> None:
    with pytest.raises(InputError):
        stated(tmp_path, assumption)


def test_a_stated_domain_is_used_by_the_provers_and_refutes_nothing_outside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "d.md"
    front = "---\nn: 2\nvectors: [y]\nindices: [i]\nscalars: [T]\nassume:\n  - 'T > 0'\n---\n"
    path.write_text(front + "$$\\sqrt{T^2} = T$$\n", encoding="utf-8")
    assert main(["check", str(path), "--format", "json"]) == 0
    assert '"status": "proven"' in capsys.readouterr().out  # true for T > 0, and T > 0 is what the file states
    path.write_text(front.replace("  - 'T > 0'\n", "  - 'T \\in [-2, 2]'\n") + "$$\\sqrt{T^2} = T$$\n")
    assert main(["check", str(path), "--format", "json"]) == 1
    assert '"status": "refuted"' in capsys.readouterr().out


@pytest.mark.parametrize(
    ("assumption", "claim", "status"),
    [
        ("T > 0", "\\log(T^2) = 2 \\log T", "proven"),
        ("T > 0", "\\log(T^2) = \\log T", "refuted"),
        ("x > 0", "\\sqrt{x^2} = x", "proven"),
        ("x > 0", "\\sqrt{x^2} = -x", "refuted"),
        ("\\epsilon \\in (0, 1)", "\\sqrt{\\epsilon^2} = \\epsilon", "proven"),
        ("\\epsilon \\in (0, 1)", "\\sqrt{\\epsilon^2} = 2 \\epsilon", "refuted"),
        ("y_i \\in [0, 1]", "\\sqrt{y_1^2} = y_1", "proven"),
        ("0 \\le y_i \\le 1", "\\sqrt{y_1^2} = y_1", "proven"),
        ("0 \\le y_i \\le 1", "\\sqrt{y_1^2} = y_1 - 1", "refuted"),
        ("y \\in \\{0,1\\}^n", "\\sqrt{y_2^2} = y_2", "proven"),
        ("y_2 \\in (0, 1]", "\\sqrt{y_1^2} = y_1", "refuted"),  # one entry's domain says nothing of another's
    ],
)
def test_each_domain_people_state_is_used_by_the_provers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], assumption: str, claim: str, status: str
) -> None:
    path = tmp_path / "d.md"
    path.write_text(f"---\nn: 2\nassume:\n  - '{assumption}'\n---\n$${claim}$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    assert f'"status": "{status}"' in capsys.readouterr().out


@pytest.mark.parametrize(
    ("lead", "claim", "status"),
    [
        (
            "Assuming $T > 0$:",
            "\\sqrt{T^2} = T",
            "proven",
        ),  # used by the proof; never refuted at a T the page rules out
        ("Assuming $T > 0$:", "\\sqrt{T^2} = -T", "refuted"),
        ("Given $y_i \\in [0, 1]$,", "\\sqrt{y_1^2} = y_1 - 2", "refuted"),
        ("Assuming $y_1 + y_2 = 1$:", "y_1 z_1 + y_2 z_1 = z_1", "proven"),
        ("Assuming $y_1 + y_2 = 1$:", "y_1 z_1 = z_1", "refuted"),
    ],
)
def test_an_assumption_stated_in_prose_holds_for_the_next_chain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, claim: str, status: str
) -> None:
    path = tmp_path / "d.md"
    path.write_text(f"---\nn: 2\n---\n{lead}\n\n$${claim}$$\n\n$$\\sqrt{{T^2}} = -T$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    out = capsys.readouterr().out
    first, second = out.split('"status"')[1:3]
    assert first.startswith(f': "{status}"') and second.startswith(': "refuted"')  # the next chain: none


@pytest.mark.parametrize(
    "lead",
    [
        "Assuming $a > b$:",
        "Given $y \\in \\mathbb{R}$.",
        "Assume $a \\gg 1$:",  # a relation derive does not read is refused, never dropped
        "Assuming $a > 0$ and $a > b$:",  # two in one line: the second must not go unread
        "Suppose $a > 0$, and that $a \\approx 2$, then",
    ],
)
def test_an_assumption_in_prose_derive_cannot_read_leaves_its_chain_unchecked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    path = tmp_path / "d.md"
    path.write_text(f"---\nn: 2\n---\n{lead}\n\n$$a^2 = 4$$\n", encoding="utf-8")
    assert main(["check", str(path)]) == 1
    assert "unreadable" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("lead", "status", "why"),
    [
        ("Assuming $a = 2$:", "proven", ""),
        ("Suppose $a > 0$, and that $a = 2$, then", "proven", ""),
        ("Assuming $a > 0$ and $a < 0$:", "unproven", "the assumptions 'a > 0' and 'a < 0' stated for it contradict"),
        ("Assuming $a = -2$ and $a > 0$:", "unproven", "the assumptions 'a = -2' and 'a > 0' stated for it contradict"),
    ],
)
def test_every_assumption_a_line_states_holds_for_its_chain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, status: str, why: str
) -> None:
    """Each formula of the line is read; two that contradict each other leave the chain unproven (no point satisfies
    them), and the rest of the file is still checked (once: one line refused the whole file, exit 2)."""
    path = tmp_path / "d.md"
    page = f"---\nn: 2\n---\n{lead}\n\n$$a^2 = 4$$\n\nSeparately, for any $b$,\n\n$$b^2 = b$$\n"  # not under it
    path.write_text(page, encoding="utf-8")
    assert main(["check", str(path), "--format", "json"]) == 1
    links = json.loads(capsys.readouterr().out)["links"]
    assert [link["status"] for link in links] == [status, "refuted"]
    assert links[0]["method"].startswith(why)


@pytest.mark.parametrize(
    ("lead", "status"),
    [("Assuming $T > 0$:", "proven"), ("Assuming $T < 0$:", "refuted"), ("Then", "refuted")],
)
def test_a_domain_stated_for_a_chain_is_used_by_its_proof(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, status: str
) -> None:
    """√(T²) = T under T > 0: proven (once unproven, the domain only sampled); under T < 0, or none, refuted at a
    point inside what is stated."""
    path = tmp_path / "d.md"
    path.write_text(f"---\n---\n{lead}\n\n$$\\sqrt{{T^2}} = T$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    (link,) = json.loads(capsys.readouterr().out)["links"]
    assert link["status"] == status
    if status == "refuted":
        assert Fraction(link["counterexample"]["values"]["T"]) < 0


@pytest.mark.parametrize(
    ("assume", "claim", "status"),
    [
        ("['x \\le 0', 'x \\ge 0']", "x = 0", "proven"),  # x is 0: the meet of the two
        ("['x \\le 0', 'x \\ge 0']", "x = 1", "refuted"),
        ("['x \\in [0, 1]', 'x \\le 0']", "\\sqrt{x^2} = 5x", "proven"),
    ],
)
def test_domains_that_meet_in_one_point_fix_the_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], assume: str, claim: str, status: str
) -> None:
    """A probe: x ≤ 0 and x ≥ 0 made x a SymPy symbol that is 0, each domain then read as True and dropped, and
    x = 0 was refuted at x = 97/50, which breaks x ≤ 0. The two meet in {0}: x is 0, as x = 0 stated would be."""
    from tests.read.page_reports import page_report

    report = page_report(tmp_path, capsys, f"---\nassume: {assume}\n---\n$${claim}$$\n")
    assert [link["status"] for link in report["links"]] == [status], report
    for link in report["links"]:
        assert link.get("counterexample") is None or link["counterexample"]["values"].get("x") in (
            None,
            "0",
            "Integer(0)",
        )
