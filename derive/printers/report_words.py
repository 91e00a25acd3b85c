"""What every check report says, in words: the links' verdicts, the first wrong step, known mistakes, a tally.

The report itself (``CheckReport``, ``CheckedLink``) is ``derive.report``'s, imported here for the
printers. Nothing here computes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sympy import And, GreaterThan, LessThan, S

from derive.check.diagnose import WITNESS_N
from derive.check.verdict import KEEPS_REASON, SHAPE_MISMATCH, Status
from derive.printers.latex_math import latex_expr
from derive.printers.plain import plain
from derive.printers.words import counterexample_n, counterexample_words, size_words
from derive.report import CheckedLink, CheckReport

if TYPE_CHECKING:
    from derive.read.document import Document, Link


def assumptions_line(report: CheckReport) -> str:
    """ "the assumptions all hold at y_1 = 1, y_2 = 0", or "" when the file states none or no point is known."""
    if not report.document.assumptions or not report.assumptions_point:
        return ""
    values = ", ".join(f"{plain(name)} = {plain(value)}" for name, value in report.assumptions_point)
    return f"the assumptions all hold at {values}" if values else ""


def assumed_line(report: CheckReport) -> str:
    """ "assuming y is one-hot; T > 0": what every proof and counterexample of the file takes as given, or ""."""
    phrases = [a.phrase for a in report.document.assumptions]
    return "assuming " + "; ".join(phrases) if phrases else ""


def inferred_line(report: CheckReport) -> str:
    """ "read from the text (not in the front matter): vectors t, z; indices i, j", or "" when nothing was."""
    inferred = report.document.inferred
    return f"read from the text (not in the front matter): {inferred}" if inferred else ""


def scope(document: Document) -> str:
    """ "every n (symbolic)", "n = 3", or "scalars only" for a page where no length plays a part."""
    return size_words(document.space.n) if document.bears_on_n else "scalars only"


def verdict_detail(checked: CheckedLink) -> str:
    """What backs the verdict, without the verdict: "<method>, <scope>", "counterexample: …" or "<why>"."""
    counterexample = checked.counterexample
    if checked.status is Status.REFUTED and counterexample is not None:
        words = counterexample_words(counterexample, plain, counterexample_at(checked), checked.length)
        if checked.method.startswith(KEEPS_REASON):  # "…; the counterexample keeps y is one-hot, as …"
            return f"{words}; {checked.method}"
        return f"{checked.method}; {words}" if checked.method.startswith(SHAPE_MISMATCH) else words
    return ", ".join(part for part in (checked.method, checked.scope) if part)


def counterexample_at(checked: CheckedLink) -> int | None:
    """The n of the counterexample shown: the diagnosis's witness length, or the verdict's (its scope names it)."""
    diagnosis = checked.result.diagnosis
    if diagnosis is not None and diagnosis.counterexample is not None:
        return WITNESS_N
    return counterexample_n(checked.result.verdict, checked.length)


def verdict_line(checked: CheckedLink) -> str:
    """ "proven — <method>, <scope>", "refuted — counterexample: …" or "unproven — <why>"."""
    detail = verdict_detail(checked)
    return f"{checked.status.value} — {detail}" if detail else checked.status.value


def mistake_line(checked: CheckedLink) -> str:
    """ "known mistake: <name> (<why>); the same rule gives <correct>", or ""."""
    diagnosis = checked.result.diagnosis
    if diagnosis is None:
        return ""
    gives = "" if diagnosis.correct is None else f"; the same rule gives {plain(diagnosis.correct)}"
    return f"known mistake: {diagnosis.mistake} ({diagnosis.explanation}){gives}"


def has_case(link: Link) -> bool:
    """True when the link's chain holds under a case condition (such as i ≠ k), not for every index value."""
    return bool(link.condition != S.true)


def case_words(link: Link) -> str:
    """The chain's case in words, "i ≠ k", or "" when it has none."""
    condition = link.condition
    if isinstance(condition, And) and len(condition.args) == 2:  # 1 ≤ i ≤ 3, as "\forall i = 1, 2, 3" states
        low, high = sorted(condition.args, key=lambda part: not isinstance(part, GreaterThan))
        if isinstance(low, GreaterThan) and isinstance(high, LessThan) and low.lhs == high.lhs:
            return f"{plain(low.rhs)} ≤ {plain(low.lhs)} ≤ {plain(high.rhs)}"
    return plain(condition) if has_case(link) else ""


def chain_heading(link: Link) -> str:
    """ "Chain 2", or "Chain 2 (case i ≠ k)" when the chain holds under a case condition, and "(at C = 3, stated
    at line 5)" when the page fixes a size for its display."""
    said = [f"case {case_words(link)}"] if has_case(link) else []
    said += [link.instance_said] if link.instance_said else []
    return f"Chain {link.chain}" + (f" ({'; '.join(said)})" if said else "")


def chain_openings(report: CheckReport) -> list[tuple[CheckedLink, bool]]:
    """Each link of the report, and whether it is the first of its chain (where a report starts a new block)."""
    return [(checked, at == 0 or checked.link.chain != report.links[at - 1].link.chain)
            for at, checked in enumerate(report.links)]  # fmt: skip


def constraints_line(link: Link) -> str:
    """ "assuming Σ y = 1" for constraints stated on a chain, or ""."""
    return "assuming " + "; ".join(a.phrase for a in link.constraints) if link.constraints else ""


def assumed_here(report: CheckReport) -> list[str]:
    """For each link, "assuming …" where its constraints are not its chain's (a step the page says used Σ t = 1,
    a link checked where x ≠ 0), else "": printed with that link, as the chain's are under its heading."""
    firsts: dict[int, Link] = {}
    lines = []
    for checked in report.links:
        first = firsts.setdefault(checked.link.chain, checked.link)
        lines.append("" if checked.link.constraints == first.constraints else constraints_line(checked.link))
    return lines


def where(checked: CheckedLink) -> str:
    link = checked.link
    case = f", case {case_words(link)}" if has_case(link) else ""
    return f"line {link.line} (chain {link.chain}, link {link.position}{case})"


def not_checked(report: CheckReport) -> list[str]:
    """One line for each display that was not checked, and one for the inline equalities: nothing is skipped
    silently."""
    document = report.document
    lines = [f"line {u.line}: not checked — {u.reason}" for u in document.unchecked]
    count = document.inline_equalities
    if count:
        lines.append(f"{count} inline equalit{'y' if count == 1 else 'ies'} ($…$) not checked: only displays are")
    return lines


def read_as(link: Link) -> str:
    """derive's own LaTeX of what it read for a link, to compare with the page."""
    return f"{latex_expr(link.lhs)} = {latex_expr(link.rhs)}"


def summary(checked: CheckReport) -> str:
    total = len(checked.links)
    proven, refuted, unproven = (checked.count(s) for s in (Status.PROVEN, Status.REFUTED, Status.UNPROVEN))
    skipped = sum(u.equality and not u.part for u in checked.document.unchecked)
    parts = sum(u.part for u in checked.document.unchecked)
    unread = f" {skipped} display{'s' if skipped != 1 else ''} with '=' not checked." if skipped else ""
    unread += f" {parts} side{'s' if parts != 1 else ''} of a chain not read." if parts else ""
    if not total:
        return "Nothing was checked: no display holds an equality chain." + unread
    if checked.ok:
        return f"All {total} links proven ({scope(checked.document)})."
    first = checked.first_wrong
    if first is None:
        return f"All {total} links proven, but not every displayed equality was checked." + unread
    kind = "wrong" if first.status is Status.REFUTED else first.status.value
    others = "".join(
        f", {count} {status.value}" for status in (Status.VACUOUS, Status.UNDEFINED) if (count := checked.count(status))
    )
    return (
        f"{proven} of {total} links proven, {refuted} refuted, {unproven} unproven{others}. "
        f"First {kind} step: {where(first)}." + unread
    )
