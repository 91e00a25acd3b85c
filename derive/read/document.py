"""A check file read into claims-to-be: the notation table, and every link of every chain, with its line.

Displays are found as the renderer finds them (``find``); each display's rows become equality chains (``rows``);
each side is parsed by TeX's rules (``latex_parser``) with the names declared (``declarations``). A chain's case is a
trailing ``(i \\neq k)`` on its first row, else the prose before the display. What is not checked is listed, never lost.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from sympy import Symbol

from derive.engine.step import Assumption
from derive.errors import InputError
from derive.model.notation import Definition, IndexSpace, bears_on_lengths, used_symbols
from derive.read.algorithm_boxes import with_algorithm_boxes
from derive.read.argument_lists import whole_argument_lists
from derive.read.asides import refuse_aside_continuations
from derive.read.bare_partials import bare_partial_words
from derive.read.biases import with_biases
from derive.read.bold_rows import find_bold_rows, with_bold_rows
from derive.read.bold_sizes import refuse_bold_sizes
from derive.read.capital_runs import capital_runs
from derive.read.complex_letters import stated_kinds
from derive.read.conditional_inline import conditions, outside_conditions, without_consequences
from derive.read.declarations import build_definitions, build_names
from derive.read.definition_leads import below_leads, definition_leads, lead_readings
from derive.read.definition_report import described
from derive.read.display_equations import display_equations
from derive.read.displayed_bounds import stated_conditions
from derive.read.dummies import named_apart
from derive.read.einstein import einstein_links
from derive.read.entry_columns import take_entry_columns
from derive.read.entry_definitions import refuse_lengths_as_parameters, take_entry_definitions
from derive.read.entry_functions import entry_function_arguments
from derive.read.entry_labels import entry_labels
from derive.read.entry_numbers import entry_numbers
from derive.read.escaped_delimiters import escaped_math
from derive.read.escaped_scripts import grouped_scripts, unescaped_scripts
from derive.read.euler_name import refuse_constant_names
from derive.read.example_functions import drop_parameter_lists
from derive.read.example_labels import drop_example_labels
from derive.read.example_numbers import evaluated_names
from derive.read.example_sums import examples_read, over_examples_checked
from derive.read.example_totals import example_totals
from derive.read.examples import find_examples, numbered_examples, page_bases, with_examples
from derive.read.file_text import blank_comments, read_text, shown_markdown
from derive.read.find import Redefinition, Unchecked, find_markdown, find_tex
from derive.read.front_assumptions import build_assumptions
from derive.read.frontmatter import FrontMatter, read_front_matter, split_front_matter
from derive.read.function_constants import constants_words
from derive.read.generic_examples import take_generic_definitions
from derive.read.heading_cases import with_heading_case
from derive.read.held_intermediates import held_partials
from derive.read.identity_prose import stated_identities
from derive.read.index_n import with_index_n
from derive.read.index_ranges import defined_shapes
from derive.read.index_sets import set_domains
from derive.read.inference import declared_name, with_inferred
from derive.read.inline_assumptions import out_of_scope_unheld, say_unheld, take_inline_sums_to_one, take_one_hot_prose
from derive.read.inline_shapes import refuse_numbered_shapes, refuse_plain_widths, take_inline_shapes
from derive.read.inline_values import unheld_inline_values
from derive.read.label_transposes import with_label_transposes
from derive.read.label_twins import label_twins
from derive.read.last_entry import last_entry
from derive.read.length_labels import length_labels
from derive.read.links import Link, from_definition, skipped_between
from derive.read.listed_values import with_listed_values
from derive.read.macros import Macros
from derive.read.mathjax_scripts import script_math
from derive.read.matrix_letters import refuse_matrix_letters
from derive.read.matrix_rows import find_matrix_rows, with_matrix_rows, written_by_rows
from derive.read.named_functions import take_named_functions
from derive.read.named_unread import named_unread
from derive.read.network import build_network, network_spec, with_activation
from derive.read.newton_dots import newton_words
from derive.read.numbered_layers import numbered_definitions, numbered_layers
from derive.read.old_fonts import with_font_commands
from derive.read.one_hot_reasons import with_unheld
from derive.read.one_sided import one_sided
from derive.read.operators import take_operators
from derive.read.page_arrays import PageDefinition, take_definitions
from derive.read.page_fixed import page_fixed_indices
from derive.read.page_names import infer_names
from derive.read.pair_sums import pair_sums
from derive.read.probability_entries import distribution_conditions, probability_entries
from derive.read.prose_domains import domain_readings, page_domains
from derive.read.prose_sets import counted_letters, prose_sets
from derive.read.raised_indices import raised_names
from derive.read.read_notes import described_inferred, fixed_words, learned_words, one_example_words
from derive.read.redefinitions import below_redefinitions
from derive.read.rereading import Learned, UnreadDefinition, page_hypotheses, unread_definition
from derive.read.row_definitions import define_letters, local_names, take_row_definitions
from derive.read.scalar_labels import with_scalar_labels
from derive.read.sentence_cases import unheld_sentence_cases
from derive.read.set_conditions import with_set_conditions
from derive.read.several_lengths import with_sizes
from derive.read.shape_inference import take_whole_letters
from derive.read.shapes import Axes
from derive.read.site_macros import with_site_macros
from derive.read.starred import refuse_constrained_stars
from derive.read.stated_constraints import with_stated_constraints
from derive.read.stated_domains import sharpen
from derive.read.stated_leads import with_stated_leads
from derive.read.stated_prose import out_of_scope, stated_prose
from derive.read.stated_sigmoid import take_stated_sigmoid
from derive.read.stated_sizes import sized_links
from derive.read.substitutions import take_substitutions
from derive.read.sum_lengths import contested_lengths, zero_based
from derive.read.summand_names import summand_names
from derive.read.trailing_equals import carried_equals
from derive.read.transposed_rows import find_transposed_rows, with_transposed_rows
from derive.read.unicode_letters import with_unicode_commands
from derive.read.unread_names import contested_inputs, unread_heads
from derive.read.upstream import unconfirmed, upstream_words
from derive.read.variances import with_variances
from derive.read.vector_arguments import vector_functions
from derive.read.vector_function_labels import take_vector_function_labels


@dataclass(frozen=True)
class Document:
    path: str
    space: IndexSpace
    definitions: tuple[Definition, ...]
    assumptions: tuple[Assumption, ...]
    links: tuple[Link, ...]
    unchecked: tuple[Unchecked, ...] = ()  #: displays (or what renders as one) not checked, with why
    inline_equalities: int = 0  #: inline formulas ($…$) holding '=', not checked: counted for the report
    inferred: str = ""  #: the names the text used that the front matter did not declare, as printed ("" for none)
    readings: tuple[str, ...] = ()  #: how the notation was read where the front matter says so, for the report
    page: tuple[PageDefinition, ...] = ()  #: the page's own definitions (``derive.read.scopes``)
    redefined: tuple[Redefinition, ...] = ()  #: the names it defines again
    unread_assumptions: tuple[int, ...] = ()  #: lines of leads whose assumptions were unread: nothing refuted

    @property
    def bears_on_n(self) -> bool:
        """Whether the length plays a part (a vector, an array, an index, a sum or n in a link, definitions in)."""
        sides = (side for link in self.links for side in (link.lhs, link.rhs, link.condition))
        return not self.links or bears_on_lengths(sides, self.definitions, self.space)

    @property
    def constraints(self) -> tuple[Assumption, ...]:
        return tuple(a for a in self.assumptions if a.kind != "domain")

    @property
    def domains(self) -> tuple[Assumption, ...]:
        return tuple(a for a in self.assumptions if a.kind == "domain")


def read_document(path: Path) -> Document:
    """Read and parse a check file (.md, or .tex); every problem is an ``InputError`` naming file and line."""
    text = read_text(path)
    tex = path.suffix.lower() in (".tex", ".latex")
    split = split_front_matter(str(path), text, tex)
    front = read_front_matter(str(path), split)
    from derive.read.scopes import in_scopes  # y_i defined anew in a section of its own: read there so

    body = split.body if tex else shown_markdown(split.body)  # <!-- … -->; {% mathjax %}; !!! note
    read = lambda b: _read_whole(path, b, front, tex)  # noqa: E731 - each setting's text, with the same front matter
    return in_scopes(read(body), body, read, expands=bool(front.define or front.macros))


def _read_whole(path: Path, body: str, front: FrontMatter, tex: bool) -> Document:
    """The page's body read with one notation throughout, read again as long as reading it teaches something."""
    refused: dict[tuple[int, str], str] = {}  # (line, name) of what looked like a definition: why it was unread
    learned = contested_lengths(body)  # vectors' lengths learned from their sums (Names.learned); two: contested
    while True:
        try:
            return _read_document(path, body, front, tex, dict(refused), learned)
        except UnreadDefinition as unread:
            refused[unread.definition] = unread.reason
            learned = {**learned, **unread.contested}  # x summed up to m and to d: kept for the next reading
        except Learned as more:
            learned = more.lengths


def _read_document(
    path: Path, text: str, front: FrontMatter, tex: bool, refused: dict[tuple[int, str], str], learned: dict[str, str]
) -> Document:
    try:
        text, front = with_site_macros(text, front)  # macros: {\R: \mathbb{R}}, in prose and displays alike
        text = escaped_math(script_math(with_unicode_commands(text)), tex)  # δ_k: \delta_k; <script …>x</script>: $x$
        text = with_label_transposes(with_font_commands(text))  # {\rm ce}: \mathrm{ce}; a^{[1]T}: {a^{[1]}}^{T}
        text, lists = whole_argument_lists(text, front)  # LSE(x_1, \dots, x_n): LSE(x)
        text, probability, distributions = probability_entries(text)  # p(k|x): p's entry k, a distribution's
        text, label = drop_example_labels(text, front.length_given or front.n is not None or bool(front.sizes))
        text, parameters = drop_parameter_lists(text)  # l^{(i)}(\mathbf{w}, b) everywhere: l^{(i)}
        text, entry_args = entry_function_arguments(text)  # y_i(x) = \frac{e^{x_i}}{…}: y_i at the page's x
        text = written_by_rows(text, matrix := find_matrix_rows(front, text))  # \mathbf{W}\mathbf{x}, \mathbf{w}_j
        if tex:
            macros, body = Macros.of_tex(blank_comments(text, tex))
            found = grouped_scripts(find_tex(body))
        else:
            macros, found = Macros.of_markdown(find_markdown(text))  # $$\\newcommand{\\cS}{…}$$: as MathJax applies it
            found = grouped_scripts(unescaped_scripts(found))  # y\\_i (Hexo's): y_i; x_\\text{max}: x_{\\text{max}}
        found = take_row_definitions(carried_equals(found), define_letters(front))  # $$a =$$ $$b$$; f(x) = … ⟶ …
        shown_displays = found.displays  # every display, read or not: the conditions each states (``displayed_bounds``)
        totals = example_totals(found.displays)  # l = \\sum_i y^{(i)} …: a total over the examples
        by_rows = matrix.matrix and matrix.describe()
        said = tuple(filter(None, (lists, probability, label, parameters, entry_args, by_rows)))
        found = dataclasses.replace(found, readings=(*found.readings, *said)) if said else found
        front, operators = take_operators(front)  # D_j: \\frac{\\partial}{\\partial a_j}, written out where used
        front, entries = take_entry_definitions(front)  # I_{kj}: \\delta_{kj}, written out where used
        entries = (*entries, *stated_identities(text, front, entries))  # "I is the identity matrix"
        macros = Macros(macros.macros, operators, entries)
        spec = network_spec(front)
        front = with_activation(front, spec)  # the network's a_j = σ(z_j): a definition of the file
        front, found = take_entry_columns(*with_algorithm_boxes(found, front, text))  # g_1(x), g_2(x) = …
        front, found = with_variances(front, found, text)  # \\sigma^2 = \\frac{1}{D}\\sum_i (x_i - \\mu)^2: one name
        found = display_equations(unheld_sentence_cases(with_stated_leads(found, text)), front, text)  # gather rows
        found = refuse_aside_continuations(without_consequences(found, text))  # "so that $p_t = …$"; '=' after an aside
        found = with_set_conditions(found, text)  # "we set the derivative to zero": its "= 0" a condition
        found = with_scalar_labels(found, front)  # p_t beside p, p never indexed: p_{\\text{t}}, labelled t
        found = take_vector_function_labels(front, found)  # y_c = \\varsigma(\\mathbf{z})_c = …: ς names the formula
        front, found = take_stated_sigmoid(front, found, text)  # σ'(z) = σ(z)(1 - σ(z)) stated: the sigmoid
        labels = entry_labels(front, found)  # p_t = Σ_i y_i p_i beside p_i = …: p's entry at t, or a value labelled t?
        found = take_substitutions(found, text)  # "the change of variables $x = y \ln 2$": no definition of x
        found = refuse_constant_names(found, front, text)  # e = a + d: Euler's number, or the page's e? π, i too
        found = refuse_bold_sizes(refuse_constrained_stars(found, text), front)  # w^* by an arg min; h, \mathbf{h}
        stated = conditions(found, text)  # "If …, because $o_j = y$": defined where the condition holds
        found = refuse_plain_widths(front, found, text)  # h beside \\mathbf{h} and \\mathbb{R}^{h}: which?
        found = refuse_numbered_shapes(front, found, text)  # y \\in \\mathbb{R}^{3} beside n: 2
        own = {(key.line, key.text) for key, _ in front.define}  # the names of a sum's terms made below: the page's
        front, found = summand_names(front, found, refused)  # -Σ_j y_j log p_j = -Σ_j ℓ_j: ℓ_j names the terms
        summed = {(key.line, key.text) for key, _ in front.define} - own
        layers = numbered_layers(found) | numbered_definitions(found, front)  # W^{(1)}, W^{(2)}; L_0 = …
        front, found, page, entries = take_definitions(front, found, macros, refused, entries)  # D_{ij} = …: an array
        front, found = take_inline_shapes(front, found, text)  # "$\\mathbf{x} \\in \\mathbb{R}^d$": x a vector of d
        front, functions_named = take_named_functions(front, text)  # "let $f$ be a function": f generic
        found = outside_conditions(found, stated, ((d.line, d.head, d.body) for d in page if d.inline))
        found = unheld_inline_values(below_redefinitions(found, page), page, front)  # "Since $p_{11} = …$"
        front, hypotheses = page_hypotheses(front, page)  # h_\\theta(x) = \\theta^T x: written out where applied
        functions = vector_functions(front, (d.label for d in page if d.label), (*found.displays, *found.inline))
        macros = Macros(macros.macros, operators, entries, hypotheses, functions)
        biases = ((d.label.arguments, d.body, d.line) for d in page if d.label)  # J(\\theta, \\theta_0): θ_0 a bias
        front, found = with_biases(front, found, biases, hypotheses)
        front, found = take_generic_definitions(front, found)  # \hat{y} = w^T x + b beside \hat{y}^{(i)}: example i's
        examples = find_examples(front, found, ((f"{e.head}={e.text}", e.line) for e in entries))  # x^{(i)}, y^{(i)}
        front = with_examples(front, examples)
        front = with_bold_rows(front, rows := find_bold_rows(front, found, text))  # \mathbf{x}_n beside x_{nd}: a row
        front = with_transposed_rows(front, transposed := find_transposed_rows(front, found))  # w_j^T x_i: rows
        front = with_matrix_rows(front, matrix)  # \mathbf{w}_j: row j of \mathbf{W}
        front, found = take_whole_letters(front, found, text)  # w^\\top x: two vectors; X^T(Xw - y): X a matrix
        page_says = stated_prose(text, [d.line for d in found.displays])  # above them all, in no code or quote
        front, found = take_one_hot_prose(front, found, page_says)  # "the one-hot target $y_k$"
        front, found = take_inline_sums_to_one(front, found, page_says)  # "where $\\sum_i y_i = 1$"
        front, found = with_index_n(front, found, text, lambda f: infer_names(f, found, macros))  # NLL_n: n an index
        front = length_labels(front)  # \Sigma_C with C the length: one name
        refuse_lengths_as_parameters(entries, front)  # \hat{y}_{n,i} beside the length n
        front, found = with_stated_constraints(front, found, page_says)  # "with $y_1 + y_2 + y_3 = 1$"
        uncommented, lines = blank_comments(text, tex), [d.line for d in found.displays]  # a section's statements
        found = out_of_scope_unheld(front, found, out_of_scope(uncommented, lines), uncommented)
        found = say_unheld(front, found)  # "…, which never fails": no link refuted, unless assumed anyway
        runs = capital_runs(front, found)  # FL, CE: one name where no letter of it is a name of the page
        numbered = entry_numbers(front, found) | layers  # p_{y_i}: y_i one index; W^{(1)}, W^{(2)}
        inferred, found, last = last_entry(infer_names(front, found, macros, runs.words | numbered), found, front)
        inferred = numbered_examples(inferred, examples)  # p_1^{(1)} beside p^{(i)}: example 1's p, no layer's p_1
        found = refuse_matrix_letters(found, inferred, page, text, macros, front)  # X^T beside X; e^{A} e^{B}
        declared_indices = {declared_name(entry.text) for entry in front.indices} - set(examples.labels)
        declared_indices |= page_fixed_indices(front, inferred, found)  # Nielsen's y in C = -ln a_y
        front = with_sizes(with_inferred(front, inferred), inferred.sizes)
        try:
            names = build_names(front)
        except InputError as error:  # \text{NLL}_n = … with n no index of the page: that definition unread
            raise unread_definition(error, page, only_at=True) from None
        names.declared_indices, names.last_entry, names.prose_functions = declared_indices, last, functions_named.lines
        names.unread, names.unread_entries = unread_heads(refused, found.given, found.tied)  # and "Since $w_2 = 2w_1$"
        names.undeclared |= contested_inputs(refused)  # "Let $z_i = e^{x_i}$", z declared: neither reading
        names.examples, names.examples_line, names.hypotheses = examples.names(), examples.line, hypotheses
        names.example_totals, names.examples_declined = totals, examples.declined
        names.example_labels = frozenset(examples.labels)  # \\sum_{i=1}^m counts examples, numbered from 1
        names.page_defined = tuple((d.head, d.body) for d in page if d.inline)  # "Suppose that $C = …$. Then"
        names.row_arrays = set(rows.arrays) | transposed.names() | ({matrix.rows} if matrix.rows else set())
        names.arrays |= rows.of_matrices(names.arrays)  # 𝐱_i, row i of 𝐗 ∈ R^{n×p}: X's numbers
        names.words |= runs.words | numbered
        names.twofold, names.labels, names.entry_arrays = runs.twofold, labels, entries  # D_{ij}: ``upstream``
        names.bases, names.zero_based = page_bases(inferred.bases, names.example_labels), zero_based(text)  # x_0
        names.prose_sets, (names.row_vectors, names.complex_letters) = prose_sets(text), stated_kinds(text)
        names.raised = raised_names(((d.text, d.line) for d in found.displays), names.indices)  # s^i: s_i?
        given = {front.length} if front.length_given else set()
        names.counts = counted_letters(text) | given | {entry.text.strip() for entry, _ in front.sizes}
        names.learned = dict(learned)
        by_name = {name: length for length, name in names.lengths().items()}  # the page's length too (g of length N)
        learned_shapes = {n: tuple(by_name.get(s) for s in size.split(",")) for n, size in learned.items()}  # N,C
        names.shapes.update({n: z for n, z in learned_shapes.items() if n not in names.shapes and None not in z})
        names.axes = Axes.free_of({*names.known(), names.length_name}, names.n)  # before the definitions (J: ∂s/∂x)
        leads = definition_leads(page, names, min((d.line for d in found.displays), default=None))  # "Assume $x>0$:"
        prose, found = page_domains(found, front, text, names, leads.domains, page_says)  # "$y \\in \\{\\pm 1\\}$ …"
        front = dataclasses.replace(front, assume=(*front.assume, *prose, *leads.domains))
        said = (*found.readings, *domain_readings(prose), *lead_readings(leads.domains))
        found = dataclasses.replace(found, readings=said, unchecked=(*found.unchecked, *leads.unread))
        assumptions = build_assumptions(front, names)
        if sharpen(names, assumptions):  # T > 0 makes T positive for the provers too
            assumptions = build_assumptions(front, names)
        try:
            defined = build_definitions(front, names)
            if names.whole_defined:  # z = W_1 x + b_1 read after a definition that uses z: read them again
                defined = build_definitions(front, names)
            if defined_shapes(names):  # a defined vector of another length: its uses in definitions read again
                defined = build_definitions(front, names)
        except InputError as error:
            raise unread_definition(error, page, learned=names.learned, made=summed) from None
        names.constrained = {a.vector for a in assumptions if a.vector is not None}
        names.network = build_network(spec, names) if spec is not None else None
        n = front.n if front.n is not None else names.n
        links: list[Link] = []
        unchecked = list(found.unchecked)
        history: list[Link] = []  # the last link of each display just before, which a display may go on from
        bodies = [(d.line, d.body) for d in page if not d.inline]
        shown = [d.line for d in found.displays] + [u.line for u in found.unchecked]  # every display, read or not
        backstop = stated_conditions(text, names, shown_displays, macros, page)  # "Let $x > 0$", $$x > 1$$
        for display in found.displays:
            if display.lead.lstrip().startswith("#") or skipped_between(found.unchecked, history, display.line):
                history = []  # a heading between, or a display not read: nothing goes on across it
            chains = links[-1].chain if links else 0
            headed = display.lead.lstrip().startswith("#")
            above = None
            if not headed:  # "$$f = 3x$$ $$= x + 2x$$": from 3x, or refused where it may go on from above too
                above = from_definition(bodies, sorted(shown), display, names, chains, history, found.headings)
            if isinstance(above, str):  # "$$a = b$$ where $$u = …$$ $$= …$$": from the chain, or from u's body?
                unchecked.append(Unchecked(display.line, f"unreadable: {above}"))
                history = []
                continue
            history = history if above is None else above  # "$$f = 3x$$ $$= x + 2x$$": from 3x
            here = local_names(display, names)  # f(x) = e^x \\rightarrow …: the row's f
            if isinstance(here, Unchecked):
                unchecked.append(here)
                history = []
                continue
            read = sized_links(display, here, macros, history, chains, unchecked, (found, text))  # z_1, z_2, z_3
            held = (with_unheld(link, display, backstop, assumptions) for link in read if not link.opening)
            links.extend(with_heading_case(link, display, names) for link in held)  # "### When $j \\neq i$" above
            history = [*history, read[-1]] if read and not read[-1].ends_unread else []
        links = with_listed_values(links, shown_displays, unchecked, names, macros, refused, found.inline)
        if names.learned != learned:  # read again, every use of those vectors with its length
            raise Learned(names.learned)
        links = one_sided(unconfirmed(links, names, unchecked), inferred.functions, names, unchecked)  # f(x) = …?
        links = evaluated_names(links, names, unchecked, found.displays)  # H = -(0.0 log 0.228 + …): H where?
        links = pair_sums(label_twins(links, names, unchecked), unchecked)  # a_i^{(2)}: a? Σ_{i≠j}: at one j?
        links = held_partials(links, names, unchecked)  # ∂x̂_i/∂x_i beside ∂x̂_i/∂μ_B: μ_B held fixed, or not?
        links = distribution_conditions(links, distributions, front, names)  # p(k|x): refuted at a distribution
        links = named_unread(links, text, front, unchecked, {str(v) for v in names.constrained})  # "$g$ is the sine"
        links = einstein_links(below_leads(links, leads.later, names), text, names, unchecked, page)  # implied sums?
        assumptions = (*assumptions, *set_domains(names))  # input(o): any subset, each membership 0 or 1
        links = [link.with_nonzero(defined.nonzero_in(link.lhs) + defined.nonzero_in(link.rhs)) for link in links]
        links, definitions = over_examples_checked(named_apart(links), defined.definitions, names, unchecked)
        used = set().union(*(used_symbols(link.lhs) | used_symbols(link.rhs) for link in links))
        whole = tuple(axis for axis in (names.axes.row, names.axes.column, names.axes.depth) if axis in used)
        lengths = tuple(size for size in names.sizes.values() if isinstance(size, Symbol))
        space = IndexSpace(n, (*names.indices.values(), *whole), (), lengths)
        unchecked.sort(key=lambda u: u.line)
        return Document(
            str(path),
            space,
            definitions,
            assumptions,
            tuple(links),
            tuple(unchecked),
            found.inline_equalities,
            "; ".join(
                part
                for part in (
                    described_inferred(inferred, names),
                    learned_words(learned),
                    described(page),
                    functions_named.describe(),
                    fixed_words(names),
                    runs.describe(),
                )
                if part
            ),
            (
                *((names.network.statement,) if names.network is not None else ()),
                *(one_example_words(size) for size in sorted(names.one_example)),
                *(operator.describe() for operator in operators),
                *(entry.describe() for entry in entries),
                *found.readings,
                *constants_words(names),
                *newton_words(names),
                *bare_partial_words(names),
                *upstream_words(names),
                *(hypothesis.describe() for hypothesis in hypotheses),
                *examples_read(names),
                *((examples.describe(),) if examples.count is not None else ()),
                *((rows.describe(),) if rows.arrays else ()),
                *((transposed.describe(),) if transposed.arrays else ()),
            ),
            page,
            found.redefined,
            (*leads.unread_lines, *(line + 1 for line, _, _ in found.unheld)),
        )
    except InputError as error:
        message = str(error)
        if message.startswith("line "):
            raise InputError(f"{path}:{message[5:]}") from None
        raise
