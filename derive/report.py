"""A check report: what ``derive check`` produces for one file, and how a file is checked into one.

A ``CheckReport`` pairs a read document with the checker's result for each of its links, grouped into the
document's chains; printers read it (``derive.printers.render``), nothing here prints. ``check_document`` and
``check_file`` are the library's way to check a file that a person wrote, as the command line does.

The reader and the provers are imported only when a file is checked: importing this module for the report's
type (the printers do, to show it in a notebook) stays cheap.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sympy import Basic, Symbol

from derive.check.display import Displayable
from derive.check.verdict import KEEPS_REASON, SHAPE_MISMATCH, Counterexample, Status, Verdict
from derive.report_sigmoid import sigmoid_rechecked
from derive.report_verdicts import for_every, kept, unrefuted, vacuous

#: How the report lists σ where the page neither declares nor defines it: read as any function.
_SIGMA_INFERRED = re.compile(r"functions [^;]*\\sigma\b")  # "functions \\ell, \\sigma (any function …)"

if TYPE_CHECKING:
    from derive.check.cache import VerdictCache
    from derive.check.claim import Claim
    from derive.check.diagnose import LinkResult
    from derive.engine.step import Assumption
    from derive.read.document import Document, Link

#: How a re-check runs: each link's timeout, the verdict cache, the whole budget (seconds).
Budget = tuple[float, "VerdictCache | None", float]

#: Seconds the reading of a check file may take, out of the budget: at least this much, so that a small budget
#: still reads the file (its links then run out of time), and at most this much of a large one.
READ_AT_LEAST, READ_AT_MOST = 10.0, 60.0
#: The reason of an unchecked display that the reader could not read (partial reading), as it starts.
UNREADABLE = "unreadable:"


@dataclass(frozen=True)
class CheckedLink:
    """One link of a chain (``link``: its line, both sides as written and as read) and the checker's result."""

    link: Link
    result: LinkResult
    #: The page's name for its length (N, K, C), as the counterexample's "at K = 2" says it.
    length: str = "n"

    @property
    def status(self) -> Status:
        return self.result.verdict.status

    @property
    def counterexample(self) -> Counterexample | None:
        """The counterexample to show: the diagnosis's telling one (e.g. a zero target) or the checker's."""
        diagnosis = self.result.diagnosis
        if diagnosis is not None and diagnosis.counterexample is not None:
            return diagnosis.counterexample
        return self.result.verdict.counterexample

    @property
    def method(self) -> str:
        diagnosis = self.result.diagnosis
        if diagnosis is not None and diagnosis.counterexample is not None:
            return "counterexample chosen by the diagnosis (the target entry at the free index is 0)"
        return self.result.verdict.method

    @property
    def scope(self) -> str:
        diagnosis = self.result.diagnosis
        if diagnosis is not None and diagnosis.counterexample is not None:
            return ""
        return self.result.verdict.scope


@dataclass(frozen=True)
class CheckReport(Displayable):
    """A checked file: its document, each link checked, and (for --verbose) a point where its assumptions hold."""

    document: Document
    links: tuple[CheckedLink, ...]
    #: A point at which the file's assumptions all hold (shown under --verbose), when one was found.
    assumptions_point: tuple[tuple[Basic, Basic], ...] | None = None

    @property
    def ok(self) -> bool:
        """Every displayed equality checked and proven (a file in which nothing was checked is not ok)."""
        unchecked = any(u.equality for u in self.document.unchecked)
        return bool(self.links) and not unchecked and all(link.status is Status.PROVEN for link in self.links)

    @property
    def first_wrong(self) -> CheckedLink | None:
        """The first refuted link in file order (else the first undefined, unproven or vacuous one): the step to
        look at."""
        for status in (Status.REFUTED, Status.UNDEFINED, Status.UNPROVEN, Status.VACUOUS):
            for link in self.links:
                if link.status is status:
                    return link
        return None

    @property
    def chains(self) -> tuple[tuple[CheckedLink, ...], ...]:
        """The links grouped by chain, in file order: a report is a sequence of chains of checked links."""
        groups: list[list[CheckedLink]] = []
        for checked in self.links:
            if not groups or groups[-1][-1].link.chain != checked.link.chain:
                groups.append([])
            groups[-1].append(checked)
        return tuple(tuple(group) for group in groups)

    @property
    def unreadable(self) -> int:
        """How many displays the reader could not read (listed in ``document.unchecked``, reason "unreadable: …")."""
        return sum(u.reason.startswith(UNREADABLE) for u in self.document.unchecked)

    def count(self, status: Status) -> int:
        return sum(link.status is status for link in self.links)


def report(
    document: Document, results: Sequence[LinkResult], point: tuple[tuple[Basic, Basic], ...] | None = None
) -> CheckReport:
    """The report of ``document`` whose links the checker decided as ``results`` (one per link, in order)."""
    length = str(document.space.n) if isinstance(document.space.n, Symbol) else "n"
    checked = tuple(
        CheckedLink(link, named_axes(sized(r, link.instance_n, length), f"{link.lhs_latex} {link.rhs_latex}"), length)
        for link, r in zip(document.links, results, strict=True)
    )
    return CheckReport(document, checked, point)


def sized(result: LinkResult, n: int | None, length: str) -> LinkResult:
    """``result`` with its scope naming the page's length ("C = 3") where the link was checked at a size the page
    fixes (the checker names a concrete length n)."""
    scope = result.verdict.scope
    if n is None or not scope.startswith(f"n = {n}"):
        return result
    return replace(result, verdict=replace(result.verdict, scope=f"{length} = {n}" + scope[len(f"n = {n}") :]))


def named_axes(result: LinkResult, written: str) -> LinkResult:
    """``result`` with the letters derive gives the entries of whole vectors and matrices (p, q: ``AXES``, letters
    the page does not use) named in a counterexample as the page would: "entry = 2" of a vector, "row" and "column"
    of a matrix ("p = 2" named a letter the page never writes). ``written``: the link's sides as the page writes
    them, where a page's own index would stand."""
    from derive.read.shapes import AXES

    found = result.verdict.counterexample
    letters = [*AXES, "p'", "q'", "r'"]
    if found is None:
        return result
    axes = sorted(
        (
            key
            for key, _ in found.values
            if isinstance(key, Symbol) and key.is_integer and key.name in letters
            and not re.search(rf"(?<![A-Za-z\\]){re.escape(key.name)}(?![A-Za-z])", written)
        ),
        key=lambda key: letters.index(key.name),
    )  # fmt: skip
    if not axes:
        return result
    words = ["entry"] if len(axes) == 1 else ["row", "column", "depth"][: len(axes)]
    named = dict(zip(axes, (Symbol(word) for word in words), strict=False))
    values = tuple((named.get(key, key), value) for key, value in found.values)
    return replace(result, verdict=replace(result.verdict, counterexample=replace(found, values=values)))


def read_file(path: Path, budget: float = 60.0) -> Document:
    """Read a check file in a child process within a share of ``budget`` seconds; an InputError (one line,
    naming the file) when it cannot be read."""
    from derive.errors import InputError
    from derive.read import read_document
    from derive.read.preload import load_reader
    from derive.read.sandbox import run_bounded

    load_reader()  # once here, not in each child
    read = run_bounded(read_document, (path,), min(max(budget, READ_AT_LEAST), READ_AT_MOST))
    if read.failure is not None and read.failure.startswith("internal error"):
        from derive.errors import InternalError

        shown, _, trace = read.failure.partition("\n")  # the traceback, with DERIVE_DEBUG=1
        raise InternalError(
            f"{path}: {shown} while reading the file; this is a bug in derive, not in your input: "
            "please report it (DERIVE_DEBUG=1 shows the traceback)",
            trace,
        )
    if read.error is not None or read.failure is not None:
        raise InputError(read.error or f"{path}: {read.failure} while reading the file")
    document: Document = read.value
    return document


def check_document(
    document: Document, timeout: float = 10.0, budget: float = 60.0, cache: VerdictCache | None = None
) -> CheckReport:
    """Check every link of ``document`` (each within ``timeout`` seconds, all within ``budget``) under the
    file's assumptions; a verdict reached under assumptions that contradict each other is capped."""
    return check_documents([document], timeout, budget, cache)[0]


def check_documents(
    documents: Sequence[Document], timeout: float = 10.0, budget: float = 60.0, cache: VerdictCache | None = None
) -> list[CheckReport]:
    """``check_document`` for several documents at once: their links are checked together, in parallel child
    processes within one memory cap, all within ``budget`` seconds."""
    from derive.check import Claim
    from derive.check.consistency import assumptions_in_force, capped
    from derive.check.diagnose import check_links
    from derive.model.notation import IndexSpace

    calls = []
    consistent = []
    for document in documents:
        space, definitions, assumed = document.space, document.definitions, document.constraints
        domains = document.domains
        calls += [
            (
                at_size(Claim(link.lhs, link.rhs,
                      IndexSpace(space.n, space.indices, link.ranges, space.lengths) if link.ranges else space,
                      link.definitions or definitions, link.condition,
                      assumed + tuple(c for c in link.constraints if c.kind != "domain"),
                      domains + tuple(c for c in link.constraints if c.kind == "domain"), link.nonzero),
                      link.instance_n),  # "a vector of size $3$": that n only
                link.head,
            )
            for link in document.links
        ]  # fmt: skip
        links = [link.constraints for link in document.links]
        consistent.append(assumptions_in_force(document.assumptions, links, space))
    shaped = [link.shapes is not None for document in documents for link in document.links]
    checked = check_links([call for call, skip in zip(calls, shaped, strict=True) if not skip], timeout, cache,
                          budget=budget)  # fmt: skip
    results = [
        shape_mismatch(link) if link.shapes is not None else checked.pop(0)
        for document in documents
        for link in document.links
    ]
    every = [link for document in documents for link in document.links]
    results = notation_rechecked(every, calls, results, (timeout, cache, budget))
    results, stands = reason_rechecked(every, calls, results, (timeout, cache, budget))
    inferred = [bool(_SIGMA_INFERRED.search(d.inferred)) for d in documents for _ in d.links]
    results = sigmoid_rechecked(every, calls, results, (timeout, cache, budget), inferred)
    unheld = ["" if k in stands else link.unheld for k, link in enumerate(every)]
    reports = []
    for document, checks in zip(documents, consistent, strict=True):
        mine, results = results[: len(document.links)], results[len(document.links) :]
        reasons, unheld = unheld[: len(document.links)], unheld[len(document.links) :]
        mine = [kept(r, capped(r.verdict, c)) for r, c in zip(mine, checks, strict=True)]
        mine = [  # a lead it could not read, of the page or of the link: no refutation
            for_every(vacuous(unrefuted(r, document.unread_assumptions, reason, link), link, document.domains), link)
            for r, link, reason in zip(mine, document.links, reasons, strict=True)
        ]
        point = next((c.point for c in checks if c.point is not None), None)
        reports.append(report(document, mine, point))
    return reports


def _tried_again(
    links: Sequence[Link],
    calls: Sequence[tuple[Claim, Basic]],
    results: list[LinkResult],
    held: Sequence[tuple[Assumption, ...]],
    check: Budget,
) -> list[tuple[int, LinkResult]]:
    """Each refuted link with assumptions in ``held`` (a shape mismatch stays refuted) checked again under them:
    (its position, the new result)."""
    from derive.check.diagnose import check_links

    again = [
        k
        for k, (link, r) in enumerate(zip(links, results, strict=True))
        if held[k] and r.verdict.refuted and link.shapes is None
    ]
    if not again:
        return []
    timeout, cache, budget = check
    rechecked = check_links([_held(calls[k], held[k]) for k in again], timeout, cache, budget=budget)
    return list(zip(again, rechecked, strict=True))


def notation_rechecked(
    links: Sequence[Link], calls: Sequence[tuple[Claim, Basic]], results: list[LinkResult], check: Budget
) -> list[LinkResult]:
    """``results``, each refutation of a link whose notation states what derive does not assume (p(k|x): p a
    distribution, ``Link.notation_holds``) tried again under it: it stands with a counterexample that satisfies it;
    proven there, the link is "not refuted: it holds where …"; else "not refuted" either. Never a proof."""
    held = [link.notation_holds for link in links]
    results = list(results)
    for k, result in _tried_again(links, calls, results, held, check):
        said = " and ".join(a.phrase for a in links[k].notation_holds)
        if result.verdict.refuted:
            results[k] = result
            continue
        why = "it holds where" if result.verdict.proven else "no counterexample found keeps"
        method = (
            f"not refuted: {why} {said}, as the page's notation says (p(k|x), a distribution), which derive does not "
            "assume: if the page means it, state it (assume: …)"
        )
        verdict = replace(results[k].verdict, status=Status.UNPROVEN, method=method, counterexample=None, evidence=None)
        results[k] = kept(results[k], verdict)
    return results


def reason_rechecked(
    links: Sequence[Link], calls: Sequence[tuple[Claim, Basic]], results: list[LinkResult], check: Budget
) -> tuple[list[LinkResult], set[int]]:
    """``results``, each refutation of a link under a reason in words derive does not read but can hold ("since $y$
    is a one-hot vector": ``Link.unheld_holds``) tried again with it held; and the links whose refutation then
    stands, with a counterexample that keeps the reason (the rest are left "not refuted" by ``unrefuted``)."""
    held = [link.unheld_holds if link.unheld else () for link in links]
    results = list(results)
    stands: set[int] = set()
    for k, result in _tried_again(links, calls, results, held, check):
        if result.verdict.refuted:
            said = " and ".join(a.phrase for a in links[k].unheld_holds)
            method = f"{KEEPS_REASON} the reason before it ({links[k].unheld.strip()}): {said}"
            results[k] = kept(result, replace(result.verdict, method=method))
            stands.add(k)
    return results, stands


def _held(call: tuple[Claim, Basic], held: Sequence[Assumption]) -> tuple[Claim, Basic]:
    """The check of a link with ``held`` assumed too."""
    claim, head = call
    more = tuple(a for a in held if a.kind != "domain"), tuple(a for a in held if a.kind == "domain")
    return replace(claim, constraints=(*claim.constraints, *more[0]), domains=(*claim.domains, *more[1])), head


def at_size(claim: Claim, n: int | None) -> Claim:
    """``claim`` at the size its page fixes for its display (``Link.instance_n``), or as it is."""
    from derive.check.claim import at_n

    return at_n(claim, n) if n is not None and not isinstance(claim.space.n, int) else claim


def shape_mismatch(link: Link) -> LinkResult:
    """A link whose sides are of different shapes (a K×1 column and a number): refuted at n = 2 (the lengths its
    sides use, at small values), where the two sides, written out, are not the same kind of object; the provers
    are not asked."""
    from derive.check.diagnose import LinkResult

    assert link.shapes is not None
    (left, lhs), (right, rhs) = link.shapes
    at = link.shape_point  # the lengths the sides use, at small values; none for matrices written out
    method = f"{SHAPE_MISMATCH}, {left} and {right}"
    scope = "at " + ", ".join(f"{size} = {value}" for size, value in at) if at else "as written"
    return LinkResult(Verdict(Status.REFUTED, method, scope, Counterexample(at, lhs, rhs)))


def check_file(
    path: Path, timeout: float = 10.0, budget: float = 60.0, cache: VerdictCache | None = None
) -> CheckReport:
    """Read and check the file at ``path`` as ``derive check`` does: ``budget`` covers reading and checking."""
    started = time.monotonic()
    document = read_file(path, budget)
    return check_document(document, timeout, max(0.0, budget - (time.monotonic() - started)), cache)


__all__ = ["CheckReport", "CheckedLink", "check_document", "check_documents", "check_file", "read_file", "report"]
