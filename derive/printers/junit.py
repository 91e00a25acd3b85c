"""JUnit XML, as GitLab, Jenkins and most CI services read it: ``<testsuites>`` holding one ``<testsuite>`` per
file (or derivation) and one ``<testcase>`` per chain. A chain that does not come out as it claims has a
``<failure>`` whose message is its first link not proven and whose text lists each such link: its line, both
sides, the verdict (with the counterexample) and the known mistake. A file that cannot be read is a suite with
one ``<error>``. Built with xml.etree, which escapes what it must.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from derive.check import Status
from derive.printers.plain import plain
from derive.printers.sheet import ChainSheet, Entry


def _failure_text(chain: ChainSheet) -> str:
    lines = []
    for row in chain.rows:
        if row.status is Status.PROVEN:
            continue
        where = f"{row.label}: " if row.line is None else f"line {row.line}: "
        lines.append(f"{where}{chain.written or plain(chain.lhs)} = {row.written or plain(row.rhs)}")
        lines.append(f"  {row.verdict}")
        if row.mistake:
            lines.append(f"  {row.mistake}")
    return "\n".join(lines)


def _testcase(suite: ET.Element, name: str, chain: ChainSheet) -> bool:
    """The chain as a testcase of ``suite``; True when it failed."""
    where = "" if chain.line is None else f"line {chain.line}: "
    case = ET.SubElement(suite, "testcase", classname=name, name=f"{where}{chain.title}", time="0")
    if chain.ok:
        return False
    wrong = [row for row in chain.rows if row.status is not Status.PROVEN]
    if chain.expected_to_fail and not wrong:
        message, kind = "expected to fail, but no step is refuted", "not refuted"
    else:
        first = wrong[0]
        message, kind = f"{first.label}: {first.verdict}", first.status.value
    failure = ET.SubElement(case, "failure", message=message, type=kind)
    failure.text = _failure_text(chain)
    return True


def junit_tree(entries: Sequence[Entry]) -> ET.Element:
    root = ET.Element("testsuites", name="derive")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    seconds_all = 0.0
    for entry in entries:
        seconds = entry.seconds or 0.0
        seconds_all += seconds
        suite = ET.SubElement(root, "testsuite", name=entry.name)
        counts = {"tests": 0, "failures": 0, "errors": 0}
        if entry.sheet is None:
            case = ET.SubElement(suite, "testcase", classname=entry.name, name="read the file", time=f"{seconds:.3f}")
            ET.SubElement(case, "error", message=entry.error or "could not be read", type="unreadable")
            counts.update(tests=1, errors=1)
        else:
            for chain in entry.sheet.chains:
                counts["tests"] += 1
                counts["failures"] += _testcase(suite, entry.name, chain)
            displays = [text for line, text in entry.sheet.not_checked if line is not None]
            if displays or not entry.sheet.chains:
                case = ET.SubElement(suite, "testcase", classname=entry.name, name="displays not checked", time="0")
                if not entry.sheet.ok and all(chain.ok for chain in entry.sheet.chains):  # they are why
                    failure = ET.SubElement(case, "failure", message=entry.sheet.summary, type="not checked")
                    failure.text = "\n".join(displays)
                    counts["failures"] += 1
                counts["tests"] += 1
        suite.set("tests", str(counts["tests"]))
        suite.set("failures", str(counts["failures"]))
        suite.set("errors", str(counts["errors"]))
        suite.set("skipped", "0")
        suite.set("time", f"{seconds:.3f}")
        for key in totals:
            totals[key] += counts[key]
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("time", f"{seconds_all:.3f}")
    return root


def junit(entries: Sequence[Entry]) -> str:
    """The entries as a JUnit XML document (UTF-8, with its declaration)."""
    tree = junit_tree(entries)
    ET.indent(tree)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(tree, encoding="unicode") + "\n"


__all__ = ["junit", "junit_tree"]
