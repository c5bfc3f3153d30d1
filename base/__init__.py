"""Helpers every room shares: errors in one line, atomic writes, data files with line numbers, project paths.

The command line (`drugkg/`), the write side (`graph_build/`) and the read side (`queries/`) import these; this
package imports none of them.
"""
