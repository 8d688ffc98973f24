"""Add, Subtract, Multiply, Average, Maximum, Minimum and Concatenate: the registry entries of
the two merge kinds.

Elementwise merges broadcast as Keras 3's ``Merge`` layers do: the per-sample shapes are
aligned on their last axes and an axis of size 1 stretches (a lower-rank input gains unit
axes right after the batch axis). The C (``merge.c.j2``) walks the output once, each input
through its own element strides (0 along a stretched axis), with axes that are contiguous for
every operand collapsed into one loop. ``Concatenate`` (``concatenate.c.j2``) copies, per
index of the axes before ``axis``, each input's contiguous run into its place; producers that
can write straight into their slice of a channel concatenation do so (the plan decides), and
their runs are not copied.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from .. import reference
from ..cexpr import affine
from ..layers import ArgError, Shape, _is_int, fmt_shape
from .kind import Kind


@dataclass(frozen=True)
class Merge:
    """An elementwise merge (``type`` is the Keras class)."""

    type: str
    name: Optional[str] = None

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "Merge":
        return cls(type_, name=args.get("name"))

    def output_shape(self, *shapes: Shape) -> Shape:
        """Keras's broadcast of the per-sample shapes (aligned on their last axes)."""
        out: Shape = shapes[0]
        for shape in shapes[1:]:
            long, short = (out, shape) if len(out) >= len(shape) else (shape, out)
            tail = []
            for a, b in zip(long[len(long) - len(short):], short):
                if a != b and 1 not in (a, b):
                    listing = ", ".join(fmt_shape(s) for s in shapes)
                    raise ArgError("inputs", f"{self.type} inputs have incompatible shapes "
                                             f"{listing} (one sample each): axes must be "
                                             "equal or 1")
                tail.append(b if a == 1 else a)
            out = long[:len(long) - len(short)] + tuple(tail)
        return out

    def weight_shapes(self, *shapes: Shape) -> List[Tuple[str, Shape]]:
        return []

    def macs(self, *shapes: Shape) -> int:
        return 0


@dataclass(frozen=True)
class Concatenate:
    """``Concatenate(axis)``; ``axis`` counts the batch axis as Keras's does."""

    type: str
    axis: int = -1
    name: Optional[str] = None

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "Concatenate":
        axis = args.get("axis", -1)
        if not _is_int(axis):
            raise ArgError("axis", f"expected an integer, got {axis!r}")
        return cls(type_, axis, name=args.get("name"))

    def sample_axis(self, rank: int) -> int:
        """The axis of a per-sample shape of ``rank`` axes that ``axis`` names."""
        axis = self.axis + rank + 1 if self.axis < 0 else self.axis
        if not 1 <= axis <= rank:
            raise ArgError("axis", f"axis {self.axis} is not an axis of the inputs' "
                                   f"non-batch axes (inputs of rank {rank + 1} with the batch "
                                   f"axis: accepted {-rank} to -1 and 1 to {rank})")
        return axis - 1

    def output_shape(self, *shapes: Shape) -> Shape:
        listing = ", ".join(fmt_shape(s) for s in shapes)
        if len({len(s) for s in shapes}) > 1:
            raise ArgError("inputs", f"Concatenate needs inputs of one rank, got shapes "
                                     f"{listing} (one sample each)")
        axis = self.sample_axis(len(shapes[0]))
        rest = {s[:axis] + s[axis + 1:] for s in shapes}
        if len(rest) > 1:
            raise ArgError("inputs", f"Concatenate(axis={self.axis}) needs inputs whose "
                                     f"shapes match except on that axis, got {listing} "
                                     "(one sample each)")
        return shapes[0][:axis] + (sum(s[axis] for s in shapes),) + shapes[0][axis + 1:]

    def weight_shapes(self, *shapes: Shape) -> List[Tuple[str, Shape]]:
        return []

    def macs(self, *shapes: Shape) -> int:
        return 0


# ---------------------------------------------------------------- lowering

def _operand_strides(shape: Shape, out: Shape) -> List[int]:
    """Element strides of a contiguous tensor ``shape`` read at the index of ``out`` (both
    batch first), 0 along axes it stretches; its missing leading axes are unit ones."""
    shape = shape[:1] + (1,) * (len(out) - len(shape)) + shape[1:]
    strides, step = [], 1
    for n, o in zip(reversed(shape), reversed(out)):
        strides.append(step if n == o else 0)
        step *= n
    return strides[::-1]


def collapse(out: Shape, operands: Sequence[Sequence[int]]) -> List[Tuple[int, List[int]]]:
    """Loops ``(trip count, stride per operand)`` over ``out``, merging each axis into the one
    before it where every operand (and the contiguous output) runs on contiguously."""
    loops: List[Tuple[int, List[int]]] = []
    for k, n in enumerate(out):
        strides = [s[k] for s in operands]
        if n == 1:
            continue
        if loops and all(p == s * n for p, s in zip(loops[-1][1], strides)):
            loops[-1] = (loops[-1][0] * n, strides)
        else:
            loops.append((n, strides))
    return loops or [(1, [0] * len(operands))]


# Keras's merge functions on float32 values ``a``, ``b`` (Average divides the sum last).
_COMBINE = {
    "Add": "{a} + {b}", "Subtract": "{a} - {b}", "Multiply": "{a} * {b}",
    "Average": "{a} + {b}", "Maximum": "cg_max({a}, {b})", "Minimum": "cg_min({a}, {b})",
}


def _merge_context(node, batch: int) -> Dict[str, Any]:
    out = (batch,) + node.output.shape
    operands = [_operand_strides((batch,) + t.shape, out) for t in node.inputs]
    out_strides = _operand_strides(out, out)
    loops = collapse(out, operands + [out_strides])
    variables = [f"i{k}" for k in range(len(loops))]
    index = [affine(*[(v, strides[j]) for v, (_, strides) in zip(variables, loops)])
             for j in range(len(operands) + 1)]
    value = f"in0[{index[0]}]"
    for j in range(1, len(operands)):
        value = _COMBINE[node.layer.type].format(a=value, b=f"in{j}[{index[j]}]")
    if node.layer.type == "Average":
        value = f"({value}) / {float(len(operands))!r}f"
    helper = {"Maximum": "cg_max", "Minimum": "cg_min"}.get(node.layer.type, "")
    return dict(n_inputs=len(operands), loops=[n for n, _ in loops], variables=variables,
                out_index=index[-1], value=value, helpers=[helper] if helper else [],
                out_dims=f"{batch}x{fmt_shape(node.output.shape)}",
                in_dims=[f"{batch}x{fmt_shape(t.shape)}" for t in node.inputs],
                workspace_size=0)


def _concatenate_context(node, batch: int, in_place: Sequence[bool]) -> Dict[str, Any]:
    shape = node.output.shape
    axis = node.layer.sample_axis(len(shape))
    outer = batch * math.prod(shape[:axis])
    inner = math.prod(shape[axis + 1:])
    row = shape[axis] * inner
    runs, start = [], 0
    for j, t in enumerate(node.inputs):
        length = t.shape[axis] * inner
        if not in_place[j]:
            runs.append(dict(input=j, length=length,
                             dst=affine(("r", row if outer > 1 else 0), ("i", 1), const=start),
                             src=affine(("r", length if outer > 1 else 0), ("i", 1))))
        start += length
    return dict(n_inputs=len(node.inputs), outer=outer, row=row, runs=runs,
                out_dims=f"{batch}x{fmt_shape(shape)}",
                in_dims=[f"{batch}x{fmt_shape(t.shape)}" for t in node.inputs],
                workspace_size=0)


def channel_axis_of(node, layout: str) -> bool:
    """Whether a Concatenate node joins along the channel axis of tensors in ``layout``."""
    rank = len(node.output.shape)
    axis = node.layer.sample_axis(rank)
    return axis == (rank - 1 if layout == "channels_last" else 0)


MERGE_TYPES = ("Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum")
MERGE = Kind("merge", {t: (0, ()) for t in MERGE_TYPES}, Merge, (), reference.merge_layer,
             lower=lambda node, batch, **_: ("merge.c.j2", _merge_context(node, batch)),
             arity={t: (2, 2) if t == "Subtract" else (2, None) for t in MERGE_TYPES},
             convention="merge")
CONCATENATE = Kind("concatenate", {"Concatenate": (0, ("axis",))}, Concatenate, (),
                   reference.concatenate_layer,
                   lower=lambda node, batch, in_place=(), **_: (
                       "concatenate.c.j2",
                       _concatenate_context(node, batch, in_place or [False] * len(node.inputs))),
                   arity=(2, None), convention="merge")
