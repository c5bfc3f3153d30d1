"""One comparison of loaded YAML data for the tests that read a file two ways (tests/test_cold_build.py: remembered
and fresh parses; tests/test_yaml_parser_0907.py: libyaml and the pure parser)."""

from __future__ import annotations


def same_data(a: object, b: object) -> bool:
    """Equal data, of the same types, with the same mapping lines, keys in the same order."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return (
            getattr(a, "line", None) == getattr(b, "line", None)
            and list(a) == list(b)
            and all(same_data(a[k], b[k]) for k in a)
        )
    if isinstance(a, list):
        return len(a) == len(b) and all(same_data(x, y) for x, y in zip(a, b, strict=True))
    return a == b and repr(a) == repr(b)
