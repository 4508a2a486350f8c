"""YAML loading that keeps line numbers, so errors in side files name file, line and key."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from build_scripts.core.errors import BuildError


class LineDict(dict):
    """A dict from YAML that remembers the line of itself and of each of its keys."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    line: int = 0


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):    # libyaml's parser when PyYAML has it
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    d = LineDict()
    d.line = node.start_mark.line + 1
    d.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in d:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        d[key] = loader.construct_object(value_node, deep=True)
        d.key_lines[key] = key_node.start_mark.line + 1
    return d


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    seq = LineList(loader.construct_object(child, deep=True) for child in node.value)
    seq.line = node.start_mark.line + 1
    return seq


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
# Keep dates and times as the strings they were written as: metadata is copied, not interpreted.
_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_list(path: str | Path, key: str, doc: Any = None) -> list[LineDict]:
    """The mappings listed under a file's top-level `key:` (`doc`: the file, if already loaded); a
    missing list or an entry that is not a mapping is a BuildError naming file, line and key."""
    path = Path(path)
    doc = load_yaml(path) if doc is None else doc
    if not isinstance(doc, dict) or not isinstance(doc.get(key), list):
        raise BuildError(path, f"must hold a top-level '{key}:' list / 须有顶层 {key} 列表", key=key)
    for entry in doc[key]:
        if not isinstance(entry, dict):
            raise BuildError(path, f"each entry of '{key}:' must be a mapping / {key} 的每个条目须为映射",
                             line=getattr(entry, "line", None), key=key)
    return doc[key]


def require_keys(path: str | Path, entry: LineDict, keys, what: str) -> None:
    """Every key in `keys` present and non-empty in `entry` (a `what`: 'indicator', 'region' ...)."""
    for k in keys:
        if entry.get(k) in (None, "", []):
            raise BuildError(path, f"{what} misses {k!r} / 缺少键 {k}", line=entry.line, key=k)


def string_list(path: str | Path, entry: LineDict, key: str) -> list[str]:
    """`entry[key]`: a list of non-empty strings (absent: []), else a BuildError naming file, line, key."""
    v = entry.get(key) or []
    if not isinstance(v, list) or not all(isinstance(t, str) and t.strip() for t in v):
        raise BuildError(path, f"{key} must be a list of non-empty strings / {key} 须为字符串列表",
                         line=entry.line_of(key), key=key)
    return [str(t) for t in v]


def load_yaml(path: str | Path) -> Any:
    """Load a YAML file; any syntax problem becomes a BuildError with file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BuildError(path, "file not found / 文件不存在") from None
    except UnicodeDecodeError as exc:
        raise BuildError(path, f"not valid UTF-8 (byte {exc.start}) / 不是有效的 UTF-8 编码") from None
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise BuildError(path, f"invalid YAML: {exc.problem or exc} / YAML 格式错误", line=line) from None
    except yaml.YAMLError as exc:
        raise BuildError(path, f"invalid YAML: {exc} / YAML 格式错误") from None
