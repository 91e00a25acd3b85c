"""The `derive` command: a thin layer that parses arguments, calls the library and maps outcomes to exit codes.

Exit codes: 0 every step proven (and every shortcut shown false), 1 a step refuted or unproven, 2 bad usage
or input. Errors are one line on stderr, without a traceback. SymPy is imported only by the commands that
need it, so that ``derive --help`` answers at once.
"""

from __future__ import annotations

import gc
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from derive.engine.catalogue import DEFAULT_N, DEFAULT_NAME
from derive.errors import DeriveError, InputError, OutputError, UsageError

if TYPE_CHECKING:
    from derive.check.cache import VerdictCache

FORMATS = ("text", "latex", "latex-fragment", "markdown", "json")
#: Binary formats of ``derive show``, drawn by outside programs (pdflatex, pdftoppm); they need --output.
BINARY_FORMATS = ("pdf", "png")
EXIT_OK, EXIT_NOT_PROVEN, EXIT_USAGE = 0, 1, 2
#: What ``derive export`` writes for each derivation: (format, file suffix).
EXPORTS = (("latex", ".tex"), ("markdown", ".md"), ("json", ".json"))

verbose_option = click.option(
    "--verbose", is_flag=True, help="Show each verdict's method, scope and numeric evidence under its step."
)
no_cache_option = click.option(
    "--no-cache",
    is_flag=True,
    help="Recompute every verdict: neither read nor write the verdict cache ($DERIVE_CACHE_DIR, else "
    "$XDG_CACHE_HOME/derive, else ~/.cache/derive).",
)


def output_option(what: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--output/-o FILE for a command that writes ``what`` (written whole, or not at all)."""
    return click.option(
        "--output",
        "-o",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help=f"Write {what} to this file instead of standard output (whole, or not at all).",
    )


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="derive", prog_name="derive")
@no_cache_option
@verbose_option
@click.pass_context
def cli(ctx: click.Context, no_cache: bool, verbose: bool) -> int | None:
    """Machine-checked derivations of the softmax / cross-entropy gradient.

    With no command, prints the default derivation (softmax-ce for every n, with the 3 × 3 Jacobian as a
    worked instance) with a verdict on every step. Verdicts are cached: a second run with the same code
    reads them back (see --no-cache).
    """
    ctx.obj = {"no_cache": no_cache}
    if ctx.invoked_subcommand is None:
        return show_derivation(DEFAULT_NAME, None, "text", None, no_cache, verbose)
    return None


def skip_cache(no_cache: bool) -> bool:
    """--no-cache given to this command or to ``derive`` before it."""
    context = click.get_current_context(silent=True)
    root = context.find_root() if context is not None else None
    return no_cache or bool(root is not None and isinstance(root.obj, dict) and root.obj.get("no_cache"))


def verdict_cache(no_cache: bool) -> VerdictCache | None:
    """The verdict cache at its default place, or None under --no-cache."""
    from derive.check.cache import VerdictCache

    return None if skip_cache(no_cache) else VerdictCache.default()


@cli.command("list")
def list_command() -> int:
    """List the built-in derivations by topic: the name, then what it derives."""
    from derive.engine.catalogue import CATALOGUE

    width = max(len(entry.name) for entry in CATALOGUE)
    topics = list(dict.fromkeys(entry.topic for entry in CATALOGUE))
    for number, topic in enumerate(topics):
        click.echo(("\n" if number else "") + f"{topic}:")
        for entry in CATALOGUE:
            if entry.topic == topic:
                click.echo(f"  {entry.name:<{width}}  {entry.description}")
    return EXIT_OK


@cli.command("show")
@click.argument("name")
@click.option("--n", "n", type=int, default=None, help=f"Number of classes, at least 2.  [default: {DEFAULT_N}]")
@click.option("--symbolic", is_flag=True, help="Derive for every n at once, in index notation (not with --n).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice((*FORMATS, *BINARY_FORMATS)),
    default="text",
    show_default=True,
    help="Output format; pdf and png are drawn by pdflatex (and pdftoppm) and need --output.",
)
@output_option("the derivation")
@no_cache_option
@verbose_option
def show_command(
    name: str, n: int | None, symbolic: bool, fmt: str, output: Path | None, no_cache: bool, verbose: bool
) -> int:
    """Derive NAME, check every step, and print or export it."""
    if symbolic and n is not None:
        raise UsageError("--n and --symbolic exclude each other: --symbolic derives for every n; drop one")
    if fmt in BINARY_FORMATS and output is None:
        raise UsageError(f"--format {fmt} writes a binary file: give --output FILE.{fmt}")
    size = None if symbolic else (n if n is not None else DEFAULT_N)
    return show_derivation(name, size, fmt, output, no_cache, verbose)


@cli.command("export")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--n", "n", type=int, default=DEFAULT_N, show_default=True, help="Number of classes (at least 2).")
@no_cache_option
def export_command(directory: Path, n: int, no_cache: bool) -> int:
    """Write every built-in derivation to DIRECTORY as NAME.tex, .md and .json at n, and as NAME-symbolic.* for
    every n (this regenerates derivations/)."""
    from derive.check import check_derivation
    from derive.engine.catalogue import SYMBOLIC_N, build, names
    from derive.printers import render

    if not directory.is_dir():
        raise OutputError(f"cannot export to {directory}: not an existing directory; create it first")
    ok = True
    cache = verdict_cache(no_cache)
    for name in names():
        for size, stem in ((n, name), (SYMBOLIC_N, f"{name}-symbolic")):
            checked = check_derivation(build(name, size), cache=cache)
            ok = ok and checked.ok
            for fmt, suffix in EXPORTS:
                target = directory / f"{stem}{suffix}"
                ensure_writable(target)
                write_atomically(target, render(checked, fmt))
    return EXIT_OK if ok else EXIT_NOT_PROVEN


CHECK_FORMATS = ("text", "json", "markdown", "latex")


@cli.command("check")
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(CHECK_FORMATS), default="text", show_default=True, help="Output format."
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1, max=3600),
    default=10.0,
    show_default=True,
    help="Seconds for each link; a link not decided in time is unproven.",
)
@output_option("the report")
@no_cache_option
@verbose_option
def check_command(file: Path, fmt: str, timeout: float, output: Path | None, no_cache: bool, verbose: bool) -> int:
    """Check a derivation that a person wrote (FILE: .md with YAML front matter, or .tex), link by link."""
    if output is not None:
        ensure_writable(output)
    from derive.check import Claim
    from derive.check.diagnose import check_links
    from derive.printers.report_words import report
    from derive.read import read_document
    from derive.read.sandbox import run_bounded

    read = run_bounded(read_document, (file,), max(timeout, 10.0))
    if read.error is not None or read.failure is not None:
        raise InputError(read.error or f"{file}: {read.failure} while reading the file")
    document = read.value
    space, definitions, assumed = document.space, document.definitions, document.constraints
    calls = [
        (Claim(link.lhs, link.rhs, space, definitions, link.condition, assumed + link.constraints), link.head)
        for link in document.links
    ]
    checked = report(document, check_links(calls, timeout, verdict_cache(no_cache)))
    if fmt == "text" and output is None:
        from derive.printers.report_terminal import print_report

        print_report(checked, verbose=verbose)
    else:
        from derive.printers.report_render import render_report

        emit(render_report(checked, fmt), output)
    return EXIT_OK if checked.ok else EXIT_NOT_PROVEN


def show_derivation(
    name: str, n: int | None, fmt: str, output: Path | None, no_cache: bool = False, verbose: bool = False
) -> int:
    """Build, check and emit one derivation (n None: for every n); the exit code says if every step was proven."""
    from derive.engine.catalogue import entry_for

    entry_for(name, n)  # an unknown name or an n out of range is refused before SymPy is imported
    if output is not None:
        ensure_writable(output)
    if fmt in BINARY_FORMATS:
        from derive.printers.pdf import require_tools

        require_tools(fmt)  # before the work: say at once how to install what is missing
    from derive.check import check_derivation
    from derive.engine.catalogue import SYMBOLIC_N, build

    checked = check_derivation(build(name, SYMBOLIC_N if n is None else n), cache=verdict_cache(no_cache))
    if fmt in BINARY_FORMATS and output is not None:
        from derive.printers.pdf import pdf_bytes, png_bytes

        write_atomically(output, (pdf_bytes if fmt == "pdf" else png_bytes)(checked))
    elif fmt == "text" and output is None:
        from derive.printers.terminal import print_checked

        print_checked(checked, verbose=verbose)
    else:
        from derive.printers import render

        emit(render(checked, fmt), output)
    return EXIT_OK if checked.ok else EXIT_NOT_PROVEN


def emit(text: str, output: Path | None) -> None:
    """Print ``text``, or write it whole to ``output``."""
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
    else:
        write_atomically(output, text)


def ensure_writable(path: Path) -> None:
    """Fail early, before any work, when ``path`` cannot be written."""
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a directory; give a file name")
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: directory {parent} does not exist; create it or choose another")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"cannot write {path}: directory {parent} is not writable; choose another --output")


def write_atomically(path: Path, text: str | bytes) -> None:
    """Write ``text`` (or bytes) to a temporary file beside ``path``, then rename it: never a half-written file."""
    parent = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=parent)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror}; choose another --output") from None
    try:
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        with os.fdopen(handle, "wb") as stream:
            os.fchmod(stream.fileno(), _mode_for(path))  # mkstemp made it 0600; give it a written file's mode
            stream.write(data)
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OutputError(f"cannot write {path}: {error.strerror}; choose another --output") from None
        raise


def _mode_for(path: Path) -> int:
    """The permissions of the file being replaced, else those of a new file under the process's umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code. Every error becomes one line on stderr."""
    try:
        result = cli.main(args=list(argv) if argv is not None else None, prog_name="derive", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as error:
        click.echo(error.format_message(), err=True)
        return EXIT_USAGE
    except click.ClickException as error:
        context = getattr(error, "ctx", None)
        hint = f" (see '{context.command_path} --help')" if context is not None else ""
        click.echo(f"derive: error: {error.format_message()}{hint}", err=True)
        return EXIT_USAGE
    except click.Abort:
        click.echo("derive: interrupted", err=True)
        return 130
    except DeriveError as error:
        click.echo(f"derive: error: {error}", err=True)
        return error.exit_code
    return result if isinstance(result, int) else EXIT_OK


def tune_gc() -> None:
    """Collect the youngest generation every 200,000 allocations instead of every 700, as mypy does: importing
    and building SymPy objects (long-lived, few cycles) otherwise spends about 5 % of a short run in the collector."""
    if sys.implementation.name == "cpython":
        gc.set_threshold(200_000, 30, 30)


def run() -> None:
    """Console-script entry point."""
    tune_gc()
    sys.exit(main())
