"""One self-contained HTML file: math as presentation MathML (rendered by the browser, no script, nothing
fetched), each link with its verdict mark (✓ ✗ ? …, the verdict as its title), counterexamples as tables, the
case in each chain's heading; for many files, a section each and the summary table.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from derive.check import Status
from derive.printers.mathml import mathml
from derive.printers.sheet import ChainSheet, Entry, Row
from derive.printers.words import MARKS, counterexample_values

STYLE = """body{font-family:system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#222}
table.links{border-collapse:collapse;margin:.5rem 0}table.links td{padding:.15rem .5rem;vertical-align:middle}
td.mark{font-weight:bold;font-size:1.2em;text-align:center}.proven td.mark{color:#1a7f37}
.refuted td.mark,.undefined td.mark{color:#cf222e}.unproven td.mark,.vacuous td.mark{color:#9a6700}
td.label{color:#666;font-size:.9em}tr.first td{background:#fff0f0}p.verdict{margin:.1rem 0;font-size:.9em}
table.counterexample{border-collapse:collapse;font-size:.9em;margin:.25rem 0}
table.counterexample th,table.counterexample td{border:1px solid #ccc;padding:.1rem .4rem}
table.summary{border-collapse:collapse}table.summary th,table.summary td{border:1px solid #ccc;padding:.2rem .5rem}
.ok{color:#1a7f37}.not-ok{color:#cf222e}"""


def _counterexample(row: Row) -> str:
    counterexample = row.counterexample
    if counterexample is None or row.status is not Status.REFUTED:
        return ""
    first, others = counterexample_values(counterexample)
    at = f" at n = {row.counterexample_n}" if row.counterexample_n is not None else ""
    cells = [f"<tr><th>{mathml(name)}</th><td>{mathml(value)}</td></tr>" for name, value in first + others]
    cells.append(f"<tr><th>left side</th><td>{mathml(counterexample.lhs_value)}</td></tr>")
    cells.append(f"<tr><th>right side</th><td>{mathml(counterexample.rhs_value)}</td></tr>")
    return f'<table class="counterexample"><caption>Counterexample{at}</caption>{"".join(cells)}</table>'


def _row(row: Row) -> str:
    status = row.status.value
    classes = status + (" first" if row.first_wrong else "")
    mark = f'<td class="mark" title="{escape(row.verdict)}">{MARKS[row.status]}</td>'
    math = f"<td>{mathml(row.rhs, display=True, before='<mo>=</mo>', alttext=row.written)}</td>"
    label = f'<td class="label">{escape(row.label)}{" — first wrong step" if row.first_wrong else ""}</td>'
    detail = f'<p class="verdict">{escape(row.verdict)}</p>' if status != "proven" else ""
    if row.mistake:
        detail += f'<p class="verdict">{escape(row.mistake)}</p>'
    detail += _counterexample(row)
    more = f'<tr class="detail"><td></td><td colspan="2">{detail}</td></tr>' if detail else ""
    return f'<tr class="{classes}">{mark}{math}{label}</tr>{more}'


def _chain(chain: ChainSheet) -> str:
    heading = escape(chain.title)
    if chain.case and chain.case not in chain.title:
        heading += f" (case {escape(chain.case)})"
    parts = [f"<h3>{heading}</h3>"]
    if chain.assuming:
        parts.append(f"<p><em>{escape(chain.assuming)}</em></p>")
    if chain.expected_to_fail:
        parts.append("<p><em>A tempting shortcut: expected to fail.</em></p>")
    rows = "".join(_row(row) for row in chain.rows)
    first = mathml(chain.lhs, display=True, alttext=chain.written)
    parts.append(f'<table class="links"><tr><td></td><td>{first}</td><td></td></tr>{rows}</table>')
    return '<section class="chain">' + "\n".join(parts) + "</section>"


def _entry(entry: Entry, heading: str) -> str:
    if entry.sheet is None:
        reason = f'<p class="not-ok">unreadable: {escape(entry.error or "")}</p>'
        return f'<section class="file"><{heading}>{escape(entry.name)}</{heading}>{reason}</section>'
    sheet = entry.sheet
    parts = [f"<{heading}>{escape(sheet.title)}</{heading}>", f"<p>{escape(sheet.subtitle)}</p>"]
    parts += [_chain(chain) for chain in sheet.chains]
    if sheet.not_checked:
        items = "".join(f"<li>{escape(text)}</li>" for _, text in sheet.not_checked)
        parts.append(f"<h3>Not checked</h3><ul>{items}</ul>")
    parts.append(f'<p class="{"ok" if sheet.ok else "not-ok"}"><strong>{escape(sheet.summary)}</strong></p>')
    return '<section class="file">' + "\n".join(parts) + "</section>"


def html(entries: Sequence[Entry], summary: str = "") -> str:
    """The entries as one HTML document; ``summary`` is HTML put at its end (the table of many files)."""
    title = entries[0].sheet.title if len(entries) == 1 and entries[0].sheet is not None else "derive check"
    body = [_entry(entry, "h1" if len(entries) == 1 else "h2") for entry in entries]
    if len(entries) != 1:
        body.insert(0, "<h1>derive check</h1>")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<style>\n{STYLE}\n</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + summary
        + "\n</body>\n</html>\n"
    )


def summary_html(columns: Sequence[str], rows: Sequence[Sequence[str]], totals: str) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f'\n<h2>Summary</h2>\n<table class="summary"><tr>{head}</tr>{body}</table>\n<p>{escape(totals)}</p>'


__all__ = ["html", "summary_html"]
