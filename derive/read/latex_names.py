"""Names in derive's TeX grammar: what a letter stands for (index, scalar, vector entry, array entry, whole vector,
defined value, function), and the ways a name before parentheses reads: applied, labelled, or a product."""

from __future__ import annotations

from sympy import Expr, Indexed, Integer

from derive.errors import InputError
from derive.model.notation import rename_bound_apart
from derive.model.real_values import real_guards
from derive.read import function_hints as hints
from derive.read.bold_rows import read_bold_row
from derive.read.complex_letters import refuse_complex
from derive.read.entry_lists import applied_to_list
from derive.read.examples import read_example, read_numbered_example
from derive.read.generic_functions import parenthesized_arguments, read_generic, subscripted_function
from derive.read.latex_indicators import IndicatorParser
from derive.read.latex_lexer import Token
from derive.read.latex_parser import ambiguous
from derive.read.names import ACCENTS, GREEK, display_name
from derive.read.network import layer_entry, refuse_whole_layer
from derive.read.ng_notation import refuse_ng_derivative
from derive.read.parameter_entries import primed_body
from derive.read.raised_indices import refuse_raised_index, refuse_raised_label
from derive.read.script_labels import layer_label_at, layer_letter, refuse_zeroth
from derive.read.shapes import Shaped
from derive.read.transpose_powers import power_of_a_name
from derive.read.transposes import Mark
from derive.read.value_products import complement_factor, parenthesized
from derive.read.vector_parameters import at_own_vectors
from derive.read.zero_counts import refuse_zero_count

#: Arrows written between the two indices of a weight, w_{j \\to k}.
ARROWS = frozenset({"to", "rightarrow"})
#: The largest entry read at a symbolic length: each claim is then checked from n at that entry on (an entry past it,
#: p_{400}, would ground sums of 400 terms and time out; a page that far out means a length, refused as before).
ENTRIES_READ = 16


class NameParser(IndicatorParser):
    """The names of derive's TeX grammar, with the notation table (``Names``)."""

    def names_d(self) -> bool:
        """d a name of the page's other than an index (Σ_d e^{x_d} beside dy_i/dx_j: (d·y_i)/(d·x_j) is no reading)."""
        n = self.names
        valued = any("d" in table for table in (n.vectors, n.scalars, n.defined_scalars, n.sizes, {n.length_name}))
        return self.is_name("d") and (valued or "d" not in n.indices)

    def names_power(self, mark: Mark, base: Expr) -> bool:
        return mark.letter and self.is_name("T") and power_of_a_name(base, self.names, self.peek())

    def is_name(self, name: str) -> bool:
        names = self.names
        tables = (names.vectors, names.arrays, names.indices, names.scalars, names.defined_vectors,
                  names.defined_scalars, names.defined_matrices, names.sizes)  # fmt: skip
        return any(name in table for table in tables) or name == names.length_name

    def whole_shape(self, name: str, slots: int) -> tuple[Expr, ...]:
        """The lengths of a whole vector or matrix: n each, or its own (``arrays: {W_1: [H, d]}``)."""
        return self.names.shapes.get(name, (self.names.n,) * slots)

    def index_value(self, token: Token, vector: str | None = None) -> Expr:
        """The index ``token`` writes (of ``vector``'s entry, where it is one): a letter, a number, the length."""
        refuse_zero_count(self.names, token, vector)  # x_1 beside \sum_{i=0}^N x_i: counted from 0, or from 1?
        if token.kind in ("letter", "command") and token.value in self.names.indices:  # i, \\alpha (declared)
            return self.names.indices[token.value]
        if token.kind == "letter" and token.value == self.names.length_name:
            return self.names.n  # y_n: the last entry
        if token.kind == "letter" and token.value in self.names.sizes:
            return self.names.sizes[token.value]
        if token.kind == "number" and "." not in token.value:
            value = int(token.value)
            n = self.names.n
            # at symbolic n, an entry past 1 is read where the page has no other lengths: the checker then checks
            # every n from it on (``derive.check.claim.entries_written``); else only 1, and a dotted matrix's shown
            past = not self.names.sizes and self.names.entries_past_one and value <= ENTRIES_READ
            top = int(n) if isinstance(n, Integer) else value if past else self.shown_positions
            if not 1 <= value <= top:
                raise hints.index_outside(
                    token.line, value, self.names.length_name, symbolic=not isinstance(n, Integer)
                )
            return Integer(value)
        raise InputError(
            f"line {token.line}: '{token.describe()}' is not an index; declare it under indices (known: "
            + ", ".join(sorted(self.names.indices))
            + ")"
        )

    def named(self, name: str, scripts: bool = True) -> Expr:
        """A declared name, with its index if it is a vector (``scripts``: may it take a subscript here)."""
        names = self.names
        token = self.tokens[self.position - 1]
        line = token.line
        if name == "d":  # dz^{[2]}: Ng's name for ∂L/∂z, or the product d·z?
            refuse_ng_derivative(names, self.tokens, self.position)
        if name.rsplit("_", 1)[0] in names.examples and name.rsplit("_", 1)[-1].isdigit():  # x^{(1)}_j: example 1
            return read_numbered_example(self, name, token)
        subscript = self.subscript_tokens() if scripts and name not in names.examples else None
        shown = display_name(name)
        refuse_complex([shown], names.complex_letters, line)  # |z|^2 = z^2, z complex: derive's numbers are real
        if name in names.examples and scripts and subscript is None:  # x^{(i)}, x^{(i)}_j, y^{(i)}: examples
            return read_example(self, name, token)
        if subscript is not None and len(subscript) == 1 and self.tokens[self.position - 1].kind != "}":
            self.after_script("_")
        self.refuse_running_layer(name, token)
        if subscript is not None and name not in names.functions:  # y_i^c: labelled c, or the power c?
            entry = f"{shown}_{{{''.join(t.value for t in subscript)}}}"  # y_{i}, as written
            refuse_raised_label(self.tokens, self.position, entry, names.indices, names.layered(name))
        if subscript is None and name not in names.functions:  # a^0: layer 0's a, or the power 0? s^i: s_i?
            refuse_zeroth(self.tokens, self.position, shown)
            refuse_raised_index(self.tokens, self.position, shown, names.indices, names.raised)
        label = layer_label_at(self.tokens, self.position) if subscript is None else None
        if label is not None and f"{name}^{label}" in names.known():  # a^L alone, beside a^L_j and a name a
            raise ambiguous(
                token,
                f"{shown}^{label}",
                f"the layer-{label} vector {shown}^{label} whose entries the page writes {shown}^{label}_j",
                f"{shown} to the power {label}, written {{{shown}}}^{label}",
            )
        if name in names.generic:  # σ(z), σ'(z_j): an arbitrary function
            if subscript is not None:
                raise subscripted_function(names, shown, name, line)
            return read_generic(self, name, line)
        if name not in names.functions and subscript is None and self.at("'"):
            raise InputError(
                f"line {line}: {shown}' is the derivative of a function {shown} that the front matter does not "
                f"define: define it, as {shown}(x): …"
            )
        if subscript is not None and self.at("'"):  # L_\delta'(a): a labelled function's derivative
            label = "".join(t.describe() for t in subscript)
            raise InputError(f"line {line}: {shown}_{{{label}}}' is the derivative of a function labelled by a "
                             f"subscript, not read yet: define it as {shown}(x): … and write {shown}'(x)")  # fmt: skip
        if name in names.functions:
            if subscript is not None:
                raise InputError(f"line {line}: the function {shown} takes arguments in parentheses, not a subscript")
            return self.applied(name, token)
        if not self.is_name(name):
            if self.at("(") or self.at("command", "left"):
                raise hints.undeclared_applied(token, shown, subscript, self.tokens[self.position :])
            raise hints.unknown_symbol(token.origin or line, shown, names, self.tokens[self.position - 1 :])
        if name in names.defined_matrices and subscript is None:
            return names.defined_matrices[name]
        if name in names.vectors or name in names.defined_vectors:
            base = names.vectors.get(name) or names.defined_vectors[name]
            if subscript is None and name in names.defined_vectors and self.labelled(name, token):
                subscript = self.subscript_tokens()  # σ(z)_i: the entry i of σ, labelled by the vector it is of
            if subscript is None and names.axes is not None:
                refuse_whole_layer(names, base, line)
                hints.vector_applied(token, shown, self.tokens, self.position, self.mentions_defined())  # σ(A_i)?
                (rows,) = self.whole_shape(name, 1)
                return Shaped(rows, Integer(1), Indexed(base, names.axes.row), names.axes)
            subscript = self.one_example_entry(subscript)
            if subscript is not None and len([t for t in subscript if t.kind != ","]) == 2:  # y_{n,i} beside y_o
                raise ambiguous(token, f"two indices on the vector {shown}", f"an entry of {shown}, written {shown}_i",
                                "an array of its own, as a batch's (give it a letter of its own; for a batch of "
                                "one example, give its size as 1 under sizes)")  # fmt: skip
            if subscript is None or len(subscript) != 1:
                raise InputError(f"line {line}: vector {shown} needs exactly one index, as in {shown}_i")
            labelled = name in names.defined_vectors and self.labelled(
                name, token
            )  # g_i(\\vec{x}) of g_i(\\vec{x}) = …
            if not labelled and self.looks_applied():
                raise hints.entry_applied(token, shown, subscript[0], self.tokens[self.position + 1])
            self.refuse_operator_d(name, token, subscript[0])
            return layer_entry(names, base, self.index_value(subscript[0], name))  # z_j of a layer before (network)
        if name in names.arrays:
            if name in names.row_arrays and subscript is not None and len(subscript) == 1:
                return read_bold_row(self, name, subscript[0], line)  # \mathbf{x}_n beside x_{nd}: row n
            if subscript is None and names.axes is not None:
                axes = names.axes
                entry = Indexed(names.arrays[name], axes.row, axes.column)
                rows, columns = self.whole_shape(name, 2)
                return Shaped(rows, columns, entry, axes)
            return Indexed(names.arrays[name], *self.array_indices(subscript, shown, line))
        if subscript is not None:
            raise InputError(f"line {line}: {shown} takes no subscript (it is not declared as a vector)")
        if name in names.defined_scalars and self.labelled(name, token):
            return names.defined_scalars[name]  # J(\\theta), L(s, y): the value, labelled with what it depends on
        if name in names.defined_scalars and self.at("(") and self.several_arguments():
            if (listed := applied_to_list(self, name, token)) is not None:  # LSE(\log(x_1), \dots, \log(x_n))
                return listed
            raise InputError(  # ξ(T, Y) = Σ_i ξ(t_i, y_i) after ξ: -Σ_c t_c log y_c: a batch's loss, say
                f"line {line}: {shown}(…, …) with {shown} defined as a value: applied to several arguments it names "
                f"another quantity (a batch's loss?) than the value {shown} the front matter defines; give it a name "
                "of its own under define, or write this display by entries (-\\sum_i \\sum_c t_{ic} \\log y_{ic})"
            )
        complement = name not in GREEK and complement_factor(self.tokens, self.position)  # ŷ(1 − y), not σ(1 − z)
        if name in names.defined_scalars and self.at("(") and not self.mentions_defined() and not complement:
            inside = parenthesized(self.tokens, self.position)  # as the page writes it, not a letter of derive's
            raise ambiguous(token, f"{shown}({inside}) with {shown} defined as a value",
                            f"{shown} applied to {inside}, defined as {shown}(x): …",
                            f"the product of {shown} and {inside}, written {shown} \\cdot ({inside})")  # fmt: skip
        if name in names.indices and 0 in names.bases:  # an index as a number changes when relabeled
            raise ambiguous(
                token,
                f"the index {shown} as a number on a page whose sums count from 0 (line {names.bases[0]})",
                f"{shown} counted from 0 as those sums count",
                f"{shown} counted from 1 as the page's lengths are (write every sum from 1, \\sum_{{i=1}}^{{n}})",
            )
        for table in (names.indices, names.scalars, names.defined_scalars):
            if name in table:
                return table[name]
        if name == names.length_name:
            return names.n
        if name in names.sizes:
            return names.sizes[name]
        raise hints.unknown_symbol(token.origin or line, shown, names, self.tokens[self.position - 1 :])

    def refuse_running_layer(self, name: str, token: Token) -> None:
        """a^l_j where l is also an index of the page (\\sum_l), or L a name the front matter declares: the label of
        one layer, or a layer that runs over l (or a power by L): refused naming both."""
        names, letter = self.names, layer_letter(name)
        capitals = name.split("^", 1)[1].strip("{}") if "^" in name else ""
        if len(capitals) > 1 and capitals.isalpha() and capitals.isupper() and all(map(self.is_name, capitals)):
            shown, base = display_name(name), display_name(name.split("^", 1)[0])  # y^{KN} with K and N lengths
            raise ambiguous(token, f"{shown} with {', '.join(capitals)} each a name of the page",
                            f"the name {shown}, labelled {capitals}", f"{base} to the power {' · '.join(capitals)}, "
                            "written " + base + "^{" + " \\cdot ".join(capitals) + "}")  # fmt: skip
        if letter is None:
            return
        declared = {*names.sizes, names.length_name, *(set(names.scalars) - names.undeclared)}
        if letter in names.indices or letter in declared:
            shown, base = display_name(name), display_name(name.split("^", 1)[0])
            other = (
                f"a layer that changes with the index {letter} (which derive does not read)"
                if letter in names.indices
                else f"{base}_j to the power {letter}, written ({base}_j)^{letter}"
            )
            raise ambiguous(token, f"{shown} with {letter} also a name of the page",
                            f"the name of one layer {shown}, {letter} a label", other)  # fmt: skip

    def refuse_operator_d(self, name: str, token: Token, index: Token) -> None:
        """``D_j S_i`` with D never declared: many notes write D_j for ∂/∂(the j-th input); a vector D would make it a
        product. Both are refused, named, when a defined name follows D_j directly."""
        after = self.tokens[self.position] if self.position < len(self.tokens) else None
        defined = {*self.names.defined_scalars, *self.names.defined_vectors, *self.names.functions}
        if name != "D" or name not in self.names.undeclared or after is None or after.value not in defined:
            return
        script = self.tokens[self.position + 1 : self.position + 3]
        scripted = len(script) == 2 and script[0].kind == "_" and script[1].kind in ("letter", "number")
        quantity = display_name(after.value) + (f"_{script[1].value}" if scripted else "")
        raise ambiguous(
            token,
            f"D_{index.value} {quantity}",
            f"the derivative of {quantity} by input {index.value}, as notes write D_j (write it "
            "\\frac{\\partial …}{\\partial …}, or define the operator, D_j: \\frac{\\partial}{\\partial a_j})",
            f"the product of an entry D_{index.value} and {quantity} (declare D under vectors)",
        )

    def one_example_entry(self, subscript: list[Token] | None) -> list[Token] | None:
        """y_{n,i} inside \\sum_{n \\in N} with N: 1 is the one example's y_i: its subscript without n."""
        kept = [t for t in subscript or () if t.kind != ","]
        if len(kept) != 2 or not self.one_example:
            return subscript
        rest = [t for t in kept if not (t.kind == "letter" and t.value in self.one_example)]
        if len(rest) != 1:
            return subscript
        example = next(t.value for t in kept if t not in rest)
        self.names.one_example.add(self.one_example_sizes[example])
        return rest

    def array_indices(self, subscript: list[Token] | None, shown: str, line: int) -> tuple[Expr, Expr]:
        """The two indices of an array entry: w_{ij}, w_{i,j}, w_{j \\to k}, or w_{12} (two digits, one each)."""
        kept = [t for t in subscript or () if not (t.kind == "command" and t.value in ARROWS)]
        if len(kept) == 1 and kept[0].kind == "number" and len(kept[0].value) == 2 and kept[0].value.isdigit():
            first, second = (Token("number", digit, kept[0].line) for digit in kept[0].value)
            kept = [first, second]
        if len(kept) != 2:
            raise InputError(f"line {line}: {shown} needs two indices, as in {shown}_{{ij}} or {shown}_{{j \\to k}}")
        return self.index_value(kept[0]), self.index_value(kept[1])

    def accented_at(self, at: int) -> tuple[str, int] | None:
        """The accented name at ``at``, ``\\hat{y}`` or ``\\hat y`` ("yhat"), and the position after it; else None."""
        tokens = self.tokens
        if tokens[at].kind != "command" or tokens[at].value not in ACCENTS or at + 1 >= len(tokens):
            return None
        if tokens[at + 1].kind == "letter":
            return tokens[at + 1].value + ACCENTS[tokens[at].value], at + 2
        inner = tokens[at + 1 : at + 4]
        if [t.kind for t in inner] == ["{", "letter", "}"]:
            return inner[1].value + ACCENTS[tokens[at].value], at + 4
        return None

    def labelled(self, name: str, token: Token) -> bool:
        """Parentheses holding only whole vectors or arrays, ``(\\theta)``, ``(s, y)``, after a defined value: the
        value written with what it depends on (a product with a whole vector would not be a number). Consumed;
        a name listed twice, or one the value does not depend on, is refused."""
        if not self.at("("):
            return False
        wholes = {*self.names.vectors, *self.names.defined_vectors, *self.names.arrays}
        at, listed = self.position + 1, list[str]()
        while at < len(self.tokens):
            item = self.tokens[at]
            if item.kind == ")" and listed and len(listed) % 2 == 1:
                break
            value, after = self.accented_at(at) or (item.value, at + 1)  # (\hat{y}, y) as well as (s, y)
            named = item.kind in ("letter", "command") and value in wholes
            if not ((named and len(listed) % 2 == 0) or (item.kind == "," and len(listed) % 2 == 1)):
                return False
            listed.append(value)
            at = after
        else:
            return False
        labels = listed[::2]
        depends = self.dependencies(name)
        foreign = [label for label in labels if not (self.dependencies(label) | {label}) & depends]
        if foreign or len(set(labels)) != len(labels):
            shown = display_name(name)
            raise InputError(
                f"line {token.line}: {shown}({', '.join(labels)}) names "
                + (f"{display_name(foreign[0])}, which {shown} does not depend on" if foreign else "a vector twice")
                + f": write {shown}, or define {shown} with parameters"
            )
        self.position = at + 1
        return True

    def dependencies(self, name: str) -> set[str]:
        """The names a defined name is made of, through every definition (itself excluded)."""
        defined = self.names.defined
        if defined is None:
            return set()
        found: set[str] = set()
        pending = [d.body for d in defined.definitions if str(getattr(d.name, "label", d.name)) == name]
        while pending:
            body = pending.pop()
            used = {str(e.base.label) for e in body.atoms(Indexed)} | {str(s) for s in body.free_symbols}
            for fresh in used - found:
                found.add(fresh)
                pending += [d.body for d in defined.definitions if str(getattr(d.name, "label", d.name)) == fresh]
        return found

    def several_arguments(self) -> bool:
        """Whether the parentheses that follow hold a comma at their own level: ξ(T, Y)."""
        level = 0
        for item in self.tokens[self.position :]:
            level += {"(": 1, ")": -1}.get(item.kind, 0)
            if item.kind == "," and level == 1:
                return True
            if level == 0:
                return False
        return False

    def mentions_defined(self) -> bool:
        """Whether the parentheses that follow hold a defined name (σ(1 − σ), a product as derivations write it)."""
        defined = {*self.names.defined_scalars, *self.names.defined_vectors}
        level, accent = 0, ""
        for item in self.tokens[self.position :]:
            level += {"(": 1, ")": -1}.get(item.kind, 0)
            if item.kind in ("letter", "command") and item.value + accent in defined:
                return True  # σ(1 − σ), and ŷ(1 − ŷ) with \hat{y} defined
            if item.kind in ("letter", "command"):
                accent = ACCENTS.get(item.value, "") if item.kind == "command" else ""
            if level == 0:
                return False
        return False

    def looks_applied(self) -> bool:
        """Parentheses around one name right after a name, as in σ(z) or f(x_i): how functions are written."""
        if not self.at("("):
            return False
        inner = self.tokens[self.position + 1 : self.position + 6]
        closing = next((at for at, t in enumerate(inner) if t.kind == ")"), None)
        if closing is None or closing == 0:
            return False
        body = inner[:closing]
        named = body[0].kind == "letter" or (body[0].kind == "command" and body[0].value in GREEK)
        return named and all(t.kind in ("letter", "number", "_", "{", "}") for t in body[1:])

    def applied(self, name: str, token: Token) -> Expr:
        """A defined function applied to its arguments: the body with each parameter replaced (bound indices of
        the body renamed apart from the arguments, so that nothing is captured)."""
        function = self.names.functions[name]
        shown = display_name(name)
        order = self.primes()
        body = function.body
        body = primed_body(function, shown, token.line, order) if order else body
        left = self.at("command", "left")
        if left:
            self.next()
        values = {**self.names.scalars, **self.names.defined_scalars}
        alone = self.whole_numerator and self.position == len(self.tokens) and not order  # d𝓛/da: 𝓛 all of ∂A
        labels = len(function.parameters) > 1 and not (order or left or self.at("("))  # L(y, ŷ) = … then L = …
        alone = alone or labels  # σ alone after σ(x): … stays refused (σ at x, or at the argument meant?)
        if alone and all(str(p) in values for p in function.parameters):
            arguments = [values[str(p)] for p in function.parameters]  # 𝓛(a, y) written 𝓛, a and y the page's
        else:
            arguments = parenthesized_arguments(self, left, shown, token.line)
        if len(arguments) != len(function.parameters):
            count = len(function.parameters)
            raise InputError(f"line {token.line}: {shown} takes {count} argument{'s' if count > 1 else ''}")
        if any(isinstance(a, Shaped) for a in arguments) or function.vectors:  # J(θ) of the vector θ
            return at_own_vectors(function, arguments, shown, token.line, order)
        free = set().union(*(a.free_symbols for a in arguments))
        body, put = rename_bound_apart(body, free), dict(zip(function.parameters, arguments, strict=True))
        self.nonzero.extend(guard.xreplace(put) for guard in real_guards(body))  # f(x) := √x: f(−1) is not real
        return body.xreplace(put)
