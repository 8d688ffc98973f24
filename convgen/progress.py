"""A tiny dependency-free progress bar for long command-line runs.

It draws on stderr, and only when stderr is a terminal: redirected or piped output (CI logs,
``2> file``) stays exactly as it was. Lines the command prints meanwhile go through
:meth:`Progress.print`, which lifts the bar, prints the line and draws the bar again.
"""

from __future__ import annotations

import shutil
import sys
import time
from typing import IO, Optional


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):   # no isatty, or a closed stream
        return False


class Progress:
    """``with Progress(total, "verify") as p: ... p.update(done, "spec name") ...``"""

    def __init__(self, total: int, label: str = "", stream: Optional[IO[str]] = None,
                 enabled: Optional[bool] = None):
        self.total = max(int(total), 0)
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = _isatty(self.stream) if enabled is None else bool(enabled)
        self.done = 0
        self.text = ""
        self.start = time.monotonic()
        self._drawn = False

    def __enter__(self) -> "Progress":
        self.draw()
        return self

    def __exit__(self, *exc) -> None:
        self.clear()

    def update(self, done: Optional[int] = None, text: Optional[str] = None) -> None:
        """Set the count of finished items (default: one more) and the current item's text."""
        self.done = self.done + 1 if done is None else done
        if text is not None:
            self.text = text
        self.draw()

    def line(self, width: int) -> str:
        """The bar's text, fitted to ``width`` columns."""
        total = max(self.total, 1)
        frac = min(max(self.done / total, 0.0), 1.0)
        elapsed = time.monotonic() - self.start
        head = f"{self.label} " if self.label else ""
        tail = f" {self.done}/{self.total} {elapsed:4.0f}s"
        if self.text:
            tail += f" {self.text}"
        cells = max(min(30, width - len(head) - len(tail) - 2), 0)
        filled = int(round(frac * cells))
        bar = f"[{'#' * filled}{'.' * (cells - filled)}]" if cells else ""
        return (head + bar + tail)[:max(width - 1, 0)]

    def draw(self) -> None:
        if not self.enabled:
            return
        width = shutil.get_terminal_size((80, 24)).columns
        self.stream.write("\r\x1b[K" + self.line(width))
        self.stream.flush()
        self._drawn = True

    def clear(self) -> None:
        if self.enabled and self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = False

    def print(self, text: str, file: Optional[IO[str]] = None) -> None:
        """Print a line (default on stdout) without tearing the bar."""
        self.clear()
        print(text, file=file if file is not None else sys.stdout, flush=True)
        self.draw()
