"""Reading derivations that people write: front matter, a small LaTeX grammar, and equality chains with lines.

Nothing here evaluates user text: the LaTeX parser is our own and builds SymPy objects directly.
"""

from derive.read.document import Document, Link, read_document

__all__ = ["Document", "Link", "read_document"]
