"""An argument list written out with dots, as Wikipedia writes LogSumExp: ``\\mathrm{LSE}(x_1, \\dots, x_n) =
\\log(\\exp(x_1) + \\cdots + \\exp(x_n))``, and then ``\\mathrm{LSE}(\\mathbf{x})``.

The entries x_1, (x_2,) …, x_m of one vector, in the parentheses of a function, with m the page's length, are
the whole vector x: the list is written ``\\mathbf{x}`` (each line's length kept), so that the function is the one
of a whole vector the rest of the reader knows (``derive.read.value_labels``). Read so only where m is the
length the page's sums run to (or its length, where no sum has a letter for a bound): a list up to another
letter is a part of x, or a vector of another length, and is left as written (refused where read).
"""

from __future__ import annotations

import re

from derive.read.frontmatter import FrontMatter

_SPACE = r"(?:\s|\\[,;:! ]|~)*"
_DOTS = r"\\(?:dots|ldots|cdots|dotsc|dotsb)(?![A-Za-z])"
_LIST = re.compile(
    r"(?<=[A-Za-z}'])(?P<open>\s*(?:\\left\s*)?\()"
    + _SPACE
    + r"(?P<v>[A-Za-df-z])_\{?\s*1\s*\}?"
    + rf"(?:{_SPACE},{_SPACE}(?P=v)_\{{?\s*2\s*\}}?)?"
    + rf"{_SPACE},{_SPACE}{_DOTS}{_SPACE},{_SPACE}"
    + r"(?P=v)_(?:\{\s*(?P<m1>[A-Za-z])\s*\}|(?P<m2>[A-Za-z]))"
    + _SPACE
    + r"(?P<close>(?:\\right\s*)?\))"
)
#: Operators whose list is a set of values, each an argument of its own: ``\\max(x_1, \\dots, x_n)``.
_EXTREMUM = re.compile(r"\\(?:max|min|sup|inf|argmax|argmin|gcd|lcm)\s*$")
#: A sum's upper bound written as one letter: ``\\sum_{i=1}^{K}``, ``\\sum_{j=1}^n``.
_BOUND = re.compile(r"\\sum\s*_\s*\{[^{}]*=[^{}]*\}\s*\^\s*\{?\s*([A-Za-z])\s*\}?(?![A-Za-z_])")


def _length(text: str, front: FrontMatter) -> str | None:
    """The one letter the page's vectors run to: the front matter's length, else the one letter its sums are
    bounded by, else ``n``; None where sums run to several letters or a size of its own (no one length)."""
    if front.length_given or front.n is not None:
        return front.length
    bounds = set(_BOUND.findall(text))
    sizes = {entry.text for entry, _ in front.sizes}
    if len(bounds) > 1 or bounds & sizes:
        return None
    return next(iter(bounds), front.length)


def whole_argument_lists(text: str, front: FrontMatter) -> tuple[str, str]:
    """``text`` with each ``(x_1, \\dots, x_n)`` after a function's name written ``(\\mathbf{x})``, and each list of
    fixed data after ';' dropped (``derive.read.fixed_parameters``), and a line for the report saying so."""
    from derive.read.fixed_parameters import fixed_parameters

    text, fixed = fixed_parameters(text)
    text, whole = _whole_lists(text, front)
    return text, "; ".join(line for line in (whole, fixed) if line)


def _whole_lists(text: str, front: FrontMatter) -> tuple[str, str]:
    """``text`` with each ``(x_1, \\dots, x_n)`` after a function's name written ``(\\mathbf{x})``, and a line for
    the report saying so ("" where nothing was)."""
    length = _length(text, front)
    if length is None:
        return text, ""
    read: list[str] = []
    rewritten = text
    for match in reversed(list(_LIST.finditer(text))):
        last = match.group("m1") or match.group("m2")
        if last != length or match.group("v") == length or _EXTREMUM.search(text, 0, match.start()) is not None:
            continue  # \max(x_1, \dots, x_n): the largest entry, not \max of one value
        whole = f"{match.group('open')}\\mathbf{{{match.group('v')}}}"
        inner = text[match.end("open") : match.start("close")]
        if "\n" in inner:
            continue
        whole += match.group("close")  # the spaces after it: what the report shows reads as the page does
        rewritten = rewritten[: match.start()] + whole.ljust(match.end() - match.start()) + rewritten[match.end() :]
        read.append(f"{match.group('v')}_1, …, {match.group('v')}_{last}")
    if not read:
        return text, ""
    shown = "; ".join(sorted(set(read)))
    return rewritten, f"argument lists read as the whole vector: ({shown})"
