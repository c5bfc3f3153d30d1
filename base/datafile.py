"""Load the project's YAML data files, keeping the line of every mapping so errors can point at it."""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import Any

import yaml

from base.errors import DrugkgError


class LineDict(dict):
    """A dict that remembers the line (1-based) where its YAML mapping started."""

    line: int = 0


class _PureLineLoader(yaml.SafeLoader):
    """PyYAML's pure-Python parser: its error messages are the ones users see."""


#: libyaml's parser (PyYAML's C binding) with the same constructors: about 9 times faster, and on the 491 YAML files
#: of the repository the same data, lines included (decision 0907). It reads only the package's own data (`PACKAGE`):
#: libyaml accepts some texts PyYAML refuses (decision 0964), and a malformed file a user wrote must be refused, so
#: every other file is read by `_PureLineLoader`; tests/test_yaml_parser_0907.py reads the package's files with both.
#: A text libyaml rejects is parsed again by `_PureLineLoader`, so a malformed file gets the message it always got.
_LineLoader = type("_LineLoader", (getattr(yaml, "CSafeLoader", _PureLineLoader),), {})

#: The folders of the package's data files (the lexicon, the identifiers, the rules and confidence tables).
PACKAGE = tuple(Path(__file__).resolve().parents[1] / name for name in ("ontology", "graph_build"))


def is_package_data(path: str | Path) -> bool:
    """Whether `path` is a file of the package's own data (under `PACKAGE`)."""
    try:
        resolved = Path(path).resolve()
    except OSError:
        return False
    return any(resolved.is_relative_to(folder) for folder in PACKAGE)


def safe_load(text: str, path: str | Path) -> Any:
    """`yaml.safe_load(text)` of the file `path` (plain dicts), read by libyaml when PyYAML has it and the file is the
    package's own data; a text libyaml rejects, and any other file, is read by the pure-Python parser."""
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is not None and is_package_data(path):
        try:
            return yaml.load(text, Loader=loader)
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise DrugkgError(
                f"duplicate key {key!r}",
                where=f"{loader.name}:{key_node.start_mark.line + 1}",
                fix="remove or rename one of them",
            )
        result[key] = loader.construct_object(value_node, deep=True)
    return result


_PureLineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


#: The files parsed in this process, by path and sha256 of the text, as pickles (each caller gets objects of its own:
#: a caller may change what it was given). A build reads the corpus's claims files and the lexicon twice; unpickling
#: is ~20 times faster than PyYAML's pure-Python parser (decision 0964). A file whose text changed is parsed again.
_PARSED: dict[tuple[str, bytes], bytes] = {}
#: `_PARSED` is emptied when it holds this many files.
PARSED_LIMIT = 256


def load_yaml(path: str | Path) -> Any:
    """Parse a YAML file; mappings come back as `LineDict`. Unreadable or malformed files raise DrugkgError.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.yaml"
    >>> _ = p.write_text("a: 1\\nb:\\n  c: 2\\n")
    >>> data = load_yaml(p)
    >>> data["b"].line
    3
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DrugkgError("file not found", where=path, fix="check the path") from None
    except UnicodeDecodeError as exc:
        raise DrugkgError(
            f"not UTF-8 text ({exc.reason} at byte {exc.start})", where=path, fix="save the file as UTF-8"
        ) from None
    except OSError as exc:
        raise DrugkgError(f"cannot read file ({exc.strerror})", where=path) from None
    key = (str(path), hashlib.sha256(text.encode()).digest())
    parsed = _PARSED.get(key)
    if parsed is not None:
        return pickle.loads(parsed)
    try:
        data = _parsed(_LineLoader if is_package_data(path) else _PureLineLoader, text, path)
    except yaml.YAMLError:  # (libyaml rejects it: the pure parser reads it, or says what is wrong as it always did)
        data = _parsed(_PureLineLoader, text, path)
    if len(_PARSED) >= PARSED_LIMIT:
        _PARSED.clear()
    _PARSED[key] = pickle.dumps(data, pickle.HIGHEST_PROTOCOL)  # (the safe loader makes only picklable values)
    return data


def _parsed(loader_class: type, text: str, path: Path) -> Any:
    """The data of `text` read by `loader_class`. The pure parser's errors become DrugkgError; libyaml's are raised
    as they are (the caller asks the pure parser again)."""
    loader = loader_class(text)
    loader.name = str(path)
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        if loader_class is not _PureLineLoader:
            raise
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "malformed YAML"
        raise DrugkgError(
            f"malformed YAML: {problem}", where=f"{path}:{line}" if line else path, fix="fix the syntax at that line"
        ) from None
    except yaml.YAMLError as exc:
        if loader_class is not _PureLineLoader:
            raise
        raise DrugkgError(f"malformed YAML: {exc}", where=path) from None
    finally:
        loader.dispose()


def line_of(value: Any, default: int = 0) -> int:
    """The line a loaded mapping started on, or `default` for anything else."""
    return getattr(value, "line", default)
