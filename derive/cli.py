"""The `derive` command: a thin layer that parses arguments, calls the library and maps outcomes to exit codes.

Exit codes: 0 every step proven (and every shortcut shown false), 1 a step refuted or unproven, 2 bad usage
or input. Errors are one line on stderr, without a traceback. SymPy is imported only by the commands that
need it, so that ``derive --help`` answers at once.
"""

from __future__ import annotations

import gc
import os
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from derive.engine.catalogue import CATALOGUE, DEFAULT_N, DEFAULT_NAME, default_n, names
from derive.errors import DeriveError, OutputError, UsageError
from derive.formats import choose_format
from derive.output_files import OutputPath, ensure_writable, is_stdout
from derive.progress import emit, progress

if TYPE_CHECKING:
    from derive.check import CheckedDerivation
    from derive.check.cache import VerdictCache

FORMATS = ("text", "latex", "latex-fragment", "markdown", "json", "html", "github", "junit")
#: Binary formats of ``derive show``, drawn by outside programs (pdflatex, pdftoppm); they need --output.
BINARY_FORMATS = ("pdf", "png")
EXIT_OK, EXIT_NOT_PROVEN, EXIT_USAGE = 0, 1, 2
EXIT_INTERNAL = 3  #: a bug in derive, said in one line
#: What ``derive export`` writes for each derivation: (format, file suffix).
EXPORTS = (("latex", ".tex"), ("markdown", ".md"), ("json", ".json"))
#: From this n on, ``derive show`` draws a progress bar on a terminal (n = 64 takes seconds).
PROGRESS_FROM_N = 64
#: The n of every derivation whose default is not DEFAULT_N, for --help.
OWN_N = ", ".join(f"{entry.default_n} for {entry.name}" for entry in CATALOGUE if entry.default_n is not None)

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
        type=OutputPath(),
        default=None,
        help=f"Write {what} to this file (whole, or not at all) instead of standard output; - is standard output.",
    )


def format_option(formats: Sequence[str], more: str = "") -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--format, in any case; without it the extension of --output decides (.tex, .md, .json, …), else text."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(tuple(formats), case_sensitive=False),
        default=None,
        help="Output format [default: the extension of --output (.tex, .md, .json, .html, .xml, .pdf, .png), else"
        " text]." + more,
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
        return show_derivation(DEFAULT_NAME, None, "text", None, no_cache, verbose=verbose)
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


def names_epilog() -> str:
    """The names of the built-in derivations for ``derive show --help``, wrapped by hand (click would break them at
    their hyphens)."""
    lines = textwrap.wrap(", ".join(names()), width=76, break_on_hyphens=False, break_long_words=False)
    return "\b\nNAME is one of these ('derive list' says what each derives):\n" + "\n".join(lines)


@cli.command("show", epilog=names_epilog())
@click.argument("name")
@click.option(
    "-n", "--n", "n", type=int, default=None, help=f"Number of classes, at least 2.  [default: {DEFAULT_N}; {OWN_N}]"
)
@click.option("--symbolic", is_flag=True, help="Derive for every n at once, in index notation (not with --n).")
@format_option(
    (*FORMATS, *BINARY_FORMATS),
    " latex is a standalone document; latex-fragment only the chains, each a \\subsection*, an align* block"
    " and its verdicts, to \\input into a document that loads amsmath and amssymb; pdf and png are drawn by"
    " pdflatex (and pdftoppm) and need --output.",
)
@click.option(
    "--dpi",
    type=click.IntRange(min=30, max=1200),
    default=None,
    help="Resolution of --format png, in dots per inch.  [default: 150]",
)
@output_option("the derivation")
@no_cache_option
@verbose_option
def show_command(
    name: str,
    n: int | None,
    symbolic: bool,
    fmt: str | None,
    dpi: int | None,
    output: Path | None,
    no_cache: bool,
    verbose: bool,
) -> int:
    """Derive NAME, check every step, and print or export it."""
    if symbolic and n is not None:
        raise UsageError("--n and --symbolic exclude each other: --symbolic derives for every n; drop one")
    fmt = choose_format(fmt, None if is_stdout(output) else output, (*FORMATS, *BINARY_FORMATS), "derive show")
    if dpi is not None and fmt != "png":
        raise UsageError(f"--dpi is the resolution of --format png, not of {fmt}; drop --dpi")
    if fmt in BINARY_FORMATS and output is None:
        raise UsageError(f"--format {fmt} writes a binary file: give --output FILE.{fmt} (or - for standard output)")
    if fmt in BINARY_FORMATS and is_stdout(output) and sys.stdout.isatty():
        raise UsageError(f"--format {fmt} writes a binary file, not for a terminal: redirect it, or give a file name")
    size = None if symbolic else (n if n is not None else default_n(name))
    return show_derivation(name, size, fmt, output, no_cache, dpi, verbose)


@cli.command("export")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "-n", "--n", "n", type=int, default=None, help=f"Number of classes, at least 2.  [default: {DEFAULT_N}; {OWN_N}]"
)
@no_cache_option
def export_command(directory: Path, n: int | None, no_cache: bool) -> int:
    """Write every built-in derivation to DIRECTORY (created if need be) as NAME.tex, .md and .json at n, and as
    NAME-symbolic.* for every n (this regenerates derivations/)."""
    from derive.engine.catalogue import entry_for

    for name in names():
        entry_for(name, n if n is not None else default_n(name))  # an n out of range is refused before any work
    make_directory(directory)
    from derive.check import check_derivation
    from derive.engine.catalogue import SYMBOLIC_N, build
    from derive.printers import render

    ok = True
    cache = verdict_cache(no_cache)
    with progress("export", 2 * len(names())) as tracker:
        for name in names():
            for size, stem in ((n if n is not None else default_n(name), name), (SYMBOLIC_N, f"{name}-symbolic")):
                checked = check_derivation(build(name, size), cache=cache)
                ok = ok and checked.ok
                for fmt, suffix in EXPORTS:
                    target = directory / f"{stem}{suffix}"
                    ensure_writable(target)
                    emit(render(checked, fmt), target, tracker)
                tracker.advance(stem)
    return EXIT_OK if ok else EXIT_NOT_PROVEN


def make_directory(directory: Path) -> None:
    """Create ``directory`` and its parents if need be; an OutputError (naming no option) if that fails."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot create the directory {directory}: {error.strerror}") from None
    if not os.access(directory, os.W_OK):
        raise OutputError(f"cannot export to {directory}: it is not writable")


CHECK_FORMATS = ("text", "json", "markdown", "latex", "html", "github", "junit")


@cli.command("check")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@format_option(
    CHECK_FORMATS,
    " github: GitHub Actions annotations on each step not proven; junit: JUnit XML, a test case per chain;"
    " html: one self-contained page with MathML.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1, max=3600),
    default=10.0,
    show_default=True,
    help="Seconds for each link; a link not decided in time is unproven.",
)
@click.option(
    "--budget",
    type=click.FloatRange(min=0.1, max=86400),
    default=60.0,
    show_default=True,
    help="Seconds for each file; the links left when it is spent are unproven.",
)
@click.option(
    "--many",
    is_flag=True,
    help="Treat even one file as many: skip it without derive front matter, and end with the summary table.",
)
@output_option("the report")
@no_cache_option
@verbose_option
def check_command(
    paths: tuple[str, ...],
    fmt: str | None,
    timeout: float,
    budget: float,
    many: bool,
    output: Path | None,
    no_cache: bool,
    verbose: bool,
) -> int:
    """Check derivations that people wrote, link by link: files (.md with YAML front matter, or .tex),
    directories (their .md, .markdown and .tex files, recursively) and globs. With more than one file, files
    without derive front matter are skipped, and a summary table ends the report."""
    from derive.check_command import run_check

    fmt = choose_format(fmt, None if is_stdout(output) else output, CHECK_FORMATS, "derive check")
    return run_check(paths, fmt, timeout, budget, output, verdict_cache(no_cache), verbose, many)


def show_derivation(
    name: str,
    n: int | None,
    fmt: str,
    output: Path | None,
    no_cache: bool = False,
    dpi: int | None = None,
    verbose: bool = False,
) -> int:
    """Build, check and emit one derivation (n None: for every n); the exit code says if every step was proven.
    From n = PROGRESS_FROM_N on, a terminal shows a progress bar on standard error."""
    from derive.engine.catalogue import entry_for

    entry_for(name, n)  # an unknown name or an n out of range is refused before SymPy is imported
    if output is not None:
        ensure_writable(output)
    if fmt in BINARY_FORMATS:
        from derive.printers.pdf import require_tools

        require_tools(fmt)  # before the work: say at once how to install what is missing
    from derive.check import check_derivation
    from derive.engine.catalogue import SYMBOLIC_N, build

    big = n is not None and n >= PROGRESS_FROM_N
    to_terminal = fmt == "text" and is_stdout(output)
    with progress(f"{name} at n = {n}", show=big) as tracker:
        derivation = build(name, SYMBOLIC_N if n is None else n)
        tracker.expect(len(derivation.chains) + (1 if to_terminal else 2))
        tracker.advance("built")
        checked = check_derivation(derivation, cache=verdict_cache(no_cache), progress=tracker.advance)
        if not to_terminal:
            data = render_bytes(checked, fmt, dpi)
            tracker.advance("rendered")
    if to_terminal:
        from derive.printers.terminal import print_checked

        print_checked(checked, verbose=verbose)
    else:
        emit(data, output)
    return EXIT_OK if checked.ok else EXIT_NOT_PROVEN


def render_bytes(checked: CheckedDerivation, fmt: str, dpi: int | None) -> str | bytes:
    """The checked derivation in ``fmt``: text for the text formats, bytes for pdf and png."""
    if fmt in BINARY_FORMATS:
        from derive.printers.pdf import PNG_DPI, pdf_bytes, png_bytes

        return pdf_bytes(checked) if fmt == "pdf" else png_bytes(checked, dpi or PNG_DPI)
    from derive.printers import render

    return render(checked, fmt)


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
        if getattr(error, "trace", ""):  # an internal error in a child process, DERIVE_DEBUG=1: its traceback
            click.echo(error.trace, err=True)  # type: ignore[attr-defined]
        click.echo(f"derive: error: {error}", err=True)
        return error.exit_code
    except Exception as error:  # a bug of ours: one line, not a traceback (DERIVE_DEBUG=1 shows it)
        if os.environ.get("DERIVE_DEBUG"):
            raise
        import traceback

        where = traceback.extract_tb(error.__traceback__)[-1:]
        at = f" in {where[0].name} ({Path(where[0].filename).name}:{where[0].lineno})" if where else ""
        click.echo(
            f"derive: internal error: {type(error).__name__}{at}; this is a bug in derive, not in your input: "
            "please report it (DERIVE_DEBUG=1 shows the traceback)",
            err=True,
        )
        return EXIT_INTERNAL
    return result if isinstance(result, int) else EXIT_OK


def tune_gc() -> None:
    """Collect the youngest generation every 200,000 allocations instead of every 700, as mypy does: importing
    and building SymPy objects (long-lived, few cycles) otherwise spends about 5 % of a short run in the collector."""
    if sys.implementation.name == "cpython":
        gc.set_threshold(200_000, 30, 30)


#: Results SymPy's cache keeps per cached function (its default is 1,000): a back-propagation derivation's proofs
#: overflow 1,000 and compute again what they had (about 8 % of backprop-hidden's processor time).
SYMPY_CACHE_SIZE = "10000"


def size_sympy_cache() -> None:
    """Let SymPy's cache hold ``SYMPY_CACHE_SIZE`` results, unless the environment says otherwise (read once, when
    SymPy is imported: the commands import it later)."""
    if "sympy" not in sys.modules:
        os.environ.setdefault("SYMPY_CACHE_SIZE", SYMPY_CACHE_SIZE)


def skip_final_collection() -> None:
    """Freeze every object before exit: the interpreter's last collections then leave them alone. They found
    nothing to free and took about 0.14 s of a cold run (SymPy's objects, its caches and ours)."""
    if sys.implementation.name == "cpython":
        gc.freeze()


def run() -> None:
    """Console-script entry point."""
    tune_gc()
    size_sympy_cache()
    code = main()
    skip_final_collection()
    sys.exit(code)
