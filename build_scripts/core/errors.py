"""One error type for everything a user can get wrong in the inputs.

A `BuildError` names the file, the line (1-based, when known) and the key (a YAML key, a table
column, a region label ...) so that the CLI can print one clear line and exit non-zero instead of
a traceback. Messages come from the message catalog (``catalog/messages.yaml``) in both languages.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class BuildError(Exception):
    file: str | Path
    message: str
    line: int | None = None
    key: str | None = None

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        where = str(self.file)
        if self.line:
            where += f":{self.line}"
        key = f" [{self.key}]" if self.key else ""
        return f"{where}:{key} {self.message}"


class BuildErrors(Exception):
    """Several input errors found in one pass; reported together."""

    def __init__(self, errors: list[BuildError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))
