"""The workspace planner: buffers with lifetimes in, offsets out.

Greedy by size over lifetimes (as TensorFlow Lite Micro's greedy planner and TVM's storage
rewrite place tensors): the largest buffers are placed first, each at the lowest offset where
it overlaps no buffer already placed whose lifetime it shares. Two buffers share a lifetime
when some step has both live; a step's inputs, its output and its scratch are all live while
it runs, so they never share bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Sequence, Tuple


@dataclass(frozen=True)
class Buffer:
    """``size`` elements live from step ``first`` (its writer) to step ``last`` (its last
    reader), inclusive."""

    name: str
    size: int
    first: int
    last: int

    def meets(self, other: "Buffer") -> bool:
        """Whether some step has both buffers live."""
        return not (self.last < other.first or other.last < self.first)


def place(buffers: Sequence[Buffer]) -> Tuple[Dict[str, int], int]:
    """Offsets (elements) of the buffers and the total the workspace needs."""
    placed: List[Tuple[Buffer, int]] = []
    for buf in sorted(buffers, key=lambda b: (-b.size, b.first, b.name)):
        offset = 0
        for start, size in sorted((o, b.size) for b, o in placed if b.meets(buf)):
            if offset + buf.size <= start:
                break
            offset = max(offset, start + size)
        placed.append((buf, offset))
    offsets = {b.name: o for b, o in placed}
    return offsets, max((o + b.size for b, o in placed), default=0)


def peak_live(buffers: Sequence[Buffer]) -> int:
    """The largest sum of sizes live at one step: no placement can need less."""
    steps = {s for b in buffers for s in (b.first, b.last)}
    return max((sum(b.size for b in buffers if b.first <= s <= b.last) for s in steps),
               default=0)
