"""--format github and --format junit: GitHub's workflow commands with its escaping, and JUnit XML of the
structure CI services read (checked by parsing it), for a report, for many files and for a derivation."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from report_fixture import made_up_report

from derive.batch import Batch, FileResult
from derive.check import CheckedDerivation
from derive.printers import render
from derive.printers.github import command, escape_data, escape_property

# The JUnit schema that Jenkins, GitLab and others accept (jenkins-junit.xsd): the elements, each with the
# attributes it may carry and those it must.
JUNIT = {
    "testsuites": ({"name", "tests", "failures", "errors", "time", "disabled"}, set()),
    "testsuite": (
        {"name", "tests", "failures", "errors", "skipped", "time", "timestamp", "hostname", "id", "package"},
        {"name", "tests"},
    ),
    "testcase": ({"name", "classname", "time", "assertions", "status"}, {"name", "classname"}),
    "failure": ({"message", "type"}, set()),
    "error": ({"message", "type"}, set()),
}
CHILDREN = {"testsuites": {"testsuite"}, "testsuite": {"testcase"}, "testcase": {"failure", "error"}}


def assert_junit(xml: str) -> ET.Element:
    """``xml`` parses, and every element, attribute and count is as the JUnit schema has it."""
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(xml)
    assert root.tag == "testsuites"
    for element in root.iter():
        allowed, required = JUNIT[element.tag]
        assert set(element.attrib) <= allowed, (element.tag, element.attrib)
        assert required <= set(element.attrib), (element.tag, element.attrib)
        assert {child.tag for child in element} <= CHILDREN.get(element.tag, set())
        for count in ("tests", "failures", "errors", "skipped"):
            if count in element.attrib:
                assert int(element.attrib[count]) >= 0
        if "time" in element.attrib:
            assert float(element.attrib["time"]) >= 0
    for suite in root:
        cases = suite.findall("testcase")
        assert int(suite.attrib["tests"]) == len(cases)
        assert int(suite.attrib["failures"]) == sum(case.find("failure") is not None for case in cases)
        assert int(suite.attrib["errors"]) == sum(case.find("error") is not None for case in cases)
    for count in ("tests", "failures", "errors"):
        assert int(root.attrib[count]) == sum(int(suite.attrib[count]) for suite in root)
    return root


def test_github_escapes_as_its_toolkit_does() -> None:
    assert escape_data("100% a\r\nb") == "100%25 a%0D%0Ab"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    line = command("error", "x: 1, 2\nthen", "dir/a,b:c.md", 3, "derive: refuted")
    assert line == "::error file=dir/a%2Cb%3Ac.md,line=3,title=derive%3A refuted::x: 1, 2%0Athen"


def test_github_annotates_each_step_not_proven_at_its_line(tmp_path: Path) -> None:
    report = made_up_report(tmp_path)
    lines = render(report, "github").splitlines()
    path = escape_property(str(tmp_path / "d.md"))
    errors = [line for line in lines if line.startswith("::error ")]
    warnings = [line for line in lines if line.startswith("::warning ")]
    refuted, unproven = (report.links[0].link.line, report.links[2].link.line)
    assert len(errors) == 1
    assert errors[0].startswith(f"::error file={path},line={refuted},title=derive%3A refuted step%2C the first wrong")
    message = errors[0].split("::", 2)[2]
    assert message.startswith(f"Chain 1 (line {refuted}): = y_k (s_k - 1)%0Arefuted — counterexample")
    assert "%0Aknown mistake: a dropped sum over outputs" in message and "\n" not in message
    assert len(warnings) == 1
    assert warnings[0].startswith(f"::warning file={path},line={unproven},title=derive%3A unproven step::")
    assert lines[-1].startswith(f"{tmp_path / 'd.md'}: 1 of 3 links proven")


def test_github_on_a_derivation_annotates_nothing_when_all_is_proven(
    checked: Callable[[str, int], CheckedDerivation], wrong: CheckedDerivation
) -> None:
    assert not render(checked("softmax-ce", 2), "github").startswith("::")
    lines = render(wrong, "github").splitlines()
    assert lines[0].startswith("::error title=derive%3A refuted step::")  # no file, so no file= or line=


def test_junit_is_one_testcase_per_chain_with_the_failure_spelled_out(tmp_path: Path) -> None:
    report = made_up_report(tmp_path)
    root = assert_junit(render(report, "junit"))
    (suite,) = root
    cases = suite.findall("testcase")
    first, unproven = report.links[0].link.line, report.links[2].link.line
    assert [case.attrib["name"] for case in cases] == [
        f"line {first}: Chain 1",
        f"line {unproven}: Chain 2 (case i = k)",
    ]
    failure = cases[0].find("failure")
    assert failure is not None and failure.attrib["type"] == "refuted"
    assert failure.attrib["message"].startswith(f"line {first}: refuted — counterexample at n = 3: k = 1")
    assert failure.text is not None
    assert f"line {first}: \\frac{{\\partial L}}{{\\partial z_k}} = y_k (s_k - 1)" in failure.text
    assert "known mistake: a dropped sum over outputs" in failure.text
    second = cases[1].find("failure")
    assert second is not None and second.attrib["type"] == "unproven"


def test_junit_of_many_files_has_a_suite_each_and_an_error_for_an_unreadable_one(tmp_path: Path) -> None:
    report = made_up_report(tmp_path)
    batch = Batch(
        (
            FileResult(tmp_path / "d.md", report, seconds=1.5),
            FileResult(tmp_path / "bad.md", error="bad.md:2: unknown key 'm'", seconds=0.1),
            FileResult(tmp_path / "plain.md"),  # skipped: not in the XML
        )
    )
    root = assert_junit(render(batch, "junit"))
    assert [suite.attrib["name"] for suite in root] == [str(tmp_path / "d.md"), str(tmp_path / "bad.md")]
    error = root[1].find("testcase/error")
    assert error is not None and error.attrib["message"] == "bad.md:2: unknown key 'm'"
    assert root.attrib["errors"] == "1" and root[0].attrib["time"] == "1.500"
    lines = render(batch, "github").splitlines()
    assert f"::error file={escape_property(str(tmp_path / 'bad.md'))},title=derive%3A unreadable::" in "\n".join(lines)


@pytest.mark.parametrize("name", ["softmax-ce", "softmax-jacobian"])
def test_junit_of_a_derivation_passes_its_shortcut_refuted_as_expected(
    checked: Callable[[str, int], CheckedDerivation], name: str
) -> None:
    root = assert_junit(render(checked(name, 2), "junit"))
    assert root.attrib["failures"] == "0" and int(root.attrib["tests"]) == len(checked(name, 2).chains)
