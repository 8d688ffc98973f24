"""Load YAML with ``safe_load`` semantics while remembering the line of every field.

Errors about a spec must name the file, the line and the field path; PyYAML forgets lines
once it has built Python objects, so we compose the node graph ourselves and convert it,
recording ``path -> line`` on the way. Duplicate keys, merge keys and unknown tags are
refused here, and alias expansion is bounded (a "billion laughs" file must not hang us).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, Optional, Tuple

import yaml

from .errors import SpecError

Path_ = Tuple[Any, ...]

# Far more nodes than any real spec has; bounds alias expansion.
MAX_NODES = 100_000
MAX_DEPTH = 64


def format_path(path: Path_) -> str:
    """``("layers", 0, "strides")`` -> ``layers[0].strides``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def suggest(name: str, options: Iterable[str]) -> str:
    """A ``did you mean`` hint for a misspelt name, or an empty string."""
    close = difflib.get_close_matches(str(name), list(options), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


@dataclass
class Source:
    """Where a spec came from and the line of each field path in it."""

    name: str = "<spec>"
    lines: Dict[Path_, int] = field(default_factory=dict)

    def line_of(self, path: Path_) -> Optional[int]:
        for cut in range(len(path), -1, -1):
            if path[:cut] in self.lines:
                return self.lines[path[:cut]]
        return None

    def error(self, path: Path_, message: str) -> SpecError:
        return SpecError(message, source=self.name, line=self.line_of(path),
                         field=format_path(path) or None)


class _Loader(yaml.SafeLoader):
    """SafeLoader whose constructors we call only for scalars."""


def _convert(loader: _Loader, node: yaml.Node, path: Path_, src: Source, budget: list) -> Any:
    budget[0] += 1
    if budget[0] > MAX_NODES or len(path) > MAX_DEPTH:
        raise src.error(path, f"YAML document too large or too deeply nested "
                              f"(more than {MAX_NODES} nodes or {MAX_DEPTH} levels; "
                              "alias expansion counts)")
    src.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        if node.tag != "tag:yaml.org,2002:map":
            raise src.error(path, f"YAML tag '{node.tag}' is not allowed")
        out: Dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise src.error(path, "YAML merge keys ('<<') are not supported")
            key = _convert(loader, key_node, path + ("<key>",), src, budget)
            if not isinstance(key, str):
                raise SpecError(f"mapping keys must be strings, got {key!r}", source=src.name,
                                line=key_node.start_mark.line + 1,
                                field=format_path(path) or None)
            if key in out:
                raise SpecError(f"duplicate key '{key}' (first at line "
                                f"{src.lines[path + (key,)]})", source=src.name,
                                line=key_node.start_mark.line + 1,
                                field=format_path(path + (key,)))
            src.lines[path + (key,)] = key_node.start_mark.line + 1
            out[key] = _convert(loader, value_node, path + (key,), src, budget)
        return out
    if isinstance(node, yaml.SequenceNode):
        if node.tag != "tag:yaml.org,2002:seq":
            raise src.error(path, f"YAML tag '{node.tag}' is not allowed")
        return [_convert(loader, item, path + (i,), src, budget)
                for i, item in enumerate(node.value)]
    if node.tag not in _Loader.yaml_constructors:
        raise src.error(path, f"YAML tag '{node.tag}' is not allowed: a spec holds plain "
                              "YAML values only")
    try:
        return loader.construct_object(node, deep=True)
    except Exception as exc:   # PyYAML's scalar constructors raise ValueError, KeyError, ...
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        raise src.error(path, f"cannot read {node.value!r} as {tag}: "
                              f"{_one_line(exc) or type(exc).__name__}") from None


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


def load_yaml(text: str, source_name: str = "<spec>") -> Tuple[Any, Source]:
    """Parse YAML text into plain Python objects and a :class:`Source` of field lines."""
    src = Source(source_name)
    loader = None
    try:
        loader = _Loader(text)
        node = loader.get_single_node()
        if node is None:
            raise SpecError("the spec is empty", source=source_name)
        return _convert(loader, node, (), src, [0]), src
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise SpecError(f"invalid YAML: {exc.problem or _one_line(exc)}",
                        source=source_name, line=line) from None
    except yaml.reader.ReaderError as exc:   # a character YAML does not allow
        line = text.count("\n", 0, max(exc.position, 0)) + 1
        raise SpecError(f"invalid YAML: {exc.reason} (character {exc.character!r})",
                        source=source_name, line=line) from None
    except yaml.YAMLError as exc:
        raise SpecError(f"invalid YAML: {_one_line(exc)}", source=source_name) from None
    except RecursionError:
        raise SpecError(f"YAML document nested too deeply (more than {MAX_DEPTH} levels)",
                        source=source_name) from None
    finally:
        if loader is not None:
            loader.dispose()
