"""The one exception type for bad specs."""

from __future__ import annotations

from typing import Optional


class SpecError(ValueError):
    """A spec is invalid.

    The message names the spec file and line where known, the field path
    (``layers[0].strides``), the value given and what is accepted.
    """

    def __init__(self, message: str, *, source: Optional[str] = None,
                 line: Optional[int] = None, field: Optional[str] = None):
        self.source = source
        self.line = line
        self.field = field
        self.detail = message
        where = source or "<spec>"
        if line is not None:
            where += f":{line}"
        prefix = f"{where}: " + (f"{field}: " if field else "")
        super().__init__(prefix + message)
