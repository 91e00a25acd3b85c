"""derive where derivations live: the Python API for a string or a file (``run``), a pytest plugin, a MkDocs
plugin and a notebook cell magic. Each module is imported only by the tool that uses it (pytest, MkDocs, IPython),
and none imports SymPy until it has a derivation to check."""
