"""Flatten, Reshape, Permute, RepeatVector: the registry entry of the glue kind (pure data
movement; Cropping/ZeroPadding/UpSampling are :mod:`convgen.ops.reshape`).

Each layer is a *gather*: the output, contiguous, walks a loop shape while the input is read
through one element stride per loop axis (``Permute`` permutes the input's strides,
``RepeatVector`` reads with stride 0 along the repeats, a channels_first ``Flatten`` moves
the channel stride last). When that walk is the input's own memory order (``Reshape``, a
channels_last ``Flatten``, a ``Permute`` that moves only unit axes, ``RepeatVector(1)``) the
layer costs nothing: the plan places its output on its input (no step, no copy). Otherwise
``gather.c.j2`` copies, with axes that run on contiguously for both sides merged into one loop.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from .. import reference
from ..cexpr import affine
from ..layers import ArgError, Shape, _is_int, _required, data_format, fmt_shape, positive_int
from .kind import Kind
from .merge import collapse


def contiguous_strides(shape: Shape) -> Tuple[int, ...]:
    """Element strides of a row-major tensor of ``shape``."""
    strides, step = [], 1
    for n in reversed(shape):
        strides.append(step)
        step *= n
    return tuple(reversed(strides))


class _Glue:
    """Shared by the glue layers: no weights, no arithmetic; ``walk(in_shape)`` is the loop
    shape the contiguous output follows and the input's element stride on each of its axes."""

    def weight_shapes(self, in_shape: Shape) -> List[Tuple[str, Shape]]:
        return []

    def macs(self, in_shape: Shape) -> int:
        return 0

    def walk(self, in_shape: Shape) -> Tuple[Shape, Tuple[int, ...]]:
        return tuple(in_shape), contiguous_strides(in_shape)


@dataclass(frozen=True)
class Flatten(_Glue):
    """``Flatten(data_format)``: under channels_first the channel axis moves last first (its
    own argument, whatever the previous layers' format)."""

    type: str
    data_format: str
    name: Optional[str] = None

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "Flatten":
        return cls(type_, data_format(args.get("data_format")), name=args.get("name"))

    def output_shape(self, in_shape: Shape) -> Shape:
        return (math.prod(in_shape),)

    def walk(self, in_shape: Shape) -> Tuple[Shape, Tuple[int, ...]]:
        strides = contiguous_strides(in_shape)
        if self.data_format == "channels_first" and len(in_shape) > 1:
            return tuple(in_shape[1:]) + in_shape[:1], strides[1:] + strides[:1]
        return tuple(in_shape), strides


@dataclass(frozen=True)
class Reshape(_Glue):
    """``Reshape(target_shape)``; at most one entry is -1, inferred from the input size."""

    type: str
    target_shape: Tuple[int, ...]
    name: Optional[str] = None

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "Reshape":
        value = _required(args, "target_shape")
        if not isinstance(value, (list, tuple)) or not value or not all(
                _is_int(v) and (v > 0 or v == -1) for v in value):
            raise ArgError("target_shape", f"expected a non-empty list of positive integers "
                                           f"(one of them may be -1), got {value!r}")
        if list(value).count(-1) > 1:
            raise ArgError("target_shape", f"at most one entry may be -1, got {list(value)}")
        return cls(type_, tuple(value), name=args.get("name"))

    def output_shape(self, in_shape: Shape) -> Shape:
        size = math.prod(in_shape)
        known = math.prod(v for v in self.target_shape if v != -1)
        if -1 in self.target_shape:
            if size % known:
                raise ArgError("target_shape", f"cannot reshape input {fmt_shape(in_shape)} "
                                               f"({size} values) to {list(self.target_shape)}: "
                                               f"{size} is not a multiple of {known}")
            return tuple(size // known if v == -1 else v for v in self.target_shape)
        if known != size:
            raise ArgError("target_shape", f"cannot reshape input {fmt_shape(in_shape)} "
                                           f"({size} values) to {list(self.target_shape)} "
                                           f"({known} values)")
        return self.target_shape


@dataclass(frozen=True)
class Permute(_Glue):
    """``Permute(dims)``: output axis k is input axis ``dims[k]`` (1-based, batch excluded)."""

    type: str
    dims: Tuple[int, ...]
    name: Optional[str] = None

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "Permute":
        value = _required(args, "dims")
        if (not isinstance(value, (list, tuple)) or not all(_is_int(v) for v in value)
                or sorted(value) != list(range(1, len(value) + 1))):
            raise ArgError("dims", f"expected a permutation of 1..n (1-based axes after the "
                                   f"batch axis), got {value!r}")
        return cls(type_, tuple(value), name=args.get("name"))

    def output_shape(self, in_shape: Shape) -> Shape:
        if len(in_shape) != len(self.dims):
            raise ArgError("dims", f"dims {list(self.dims)} permutes {len(self.dims)} axes but "
                                   f"the input {fmt_shape(in_shape)} has {len(in_shape)}")
        return tuple(in_shape[d - 1] for d in self.dims)

    def walk(self, in_shape: Shape) -> Tuple[Shape, Tuple[int, ...]]:
        strides = contiguous_strides(in_shape)
        return self.output_shape(in_shape), tuple(strides[d - 1] for d in self.dims)


@dataclass(frozen=True)
class RepeatVector(_Glue):
    """``RepeatVector(n)``: ``(features,)`` -> ``(n, features)``."""

    type: str
    n: int
    name: Optional[str] = None

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "RepeatVector":
        return cls(type_, positive_int(_required(args, "n"), "n"), name=args.get("name"))

    def output_shape(self, in_shape: Shape) -> Shape:
        if len(in_shape) != 1:
            raise ArgError(None, f"RepeatVector expects an input of rank 2 (batch, features), "
                                 f"got one sample of shape {fmt_shape(in_shape)}")
        return (self.n,) + tuple(in_shape)

    def walk(self, in_shape: Shape) -> Tuple[Shape, Tuple[int, ...]]:
        return (self.n,) + tuple(in_shape), (0, 1)


# ---------------------------------------------------------------- lowering

def _loops(layer, in_shape: Shape, batch: int) -> List[Tuple[int, List[int]]]:
    shape, strides = layer.walk(in_shape)
    shape, strides = (batch,) + shape, (math.prod(in_shape),) + strides
    return collapse(shape, [list(strides), list(contiguous_strides(shape))])


def aliases(layer, in_shape: Shape) -> bool:
    """Whether the layer's output is its input's memory unchanged (a walk in memory order)."""
    loops = _loops(layer, in_shape, 1)
    return len(loops) == 1 and (loops[0][0] == 1 or loops[0][1] == [1, 1])


def lower_gather(node, batch: int, **_) -> Tuple[str, Dict[str, Any]]:
    """``gather.c.j2``'s context: the merged loops and both sides' index expressions."""
    in_shape = node.inputs[0].shape
    loops = _loops(node.layer, in_shape, batch)
    variables = [f"i{k}" for k in range(len(loops))]
    index = [affine(*[(v, strides[j]) for v, (_, strides) in zip(variables, loops)])
             for j in (0, 1)]
    return "gather.c.j2", dict(loops=[n for n, _ in loops], variables=variables,
                               in_index=index[0], out_index=index[1],
                               in_dims=f"{batch}x{fmt_shape(in_shape)}",
                               out_dims=f"{batch}x{fmt_shape(node.output.shape)}",
                               workspace_size=0)


def _sequence(types: Sequence[str]) -> Dict[str, Tuple[int, Tuple[str, ...]]]:
    args = {"Flatten": ("data_format",), "Reshape": ("target_shape",), "Permute": ("dims",),
            "RepeatVector": ("n",)}
    return {t: (0, args[t]) for t in types}


CLASSES = {"Flatten": Flatten, "Reshape": Reshape, "Permute": Permute,
           "RepeatVector": RepeatVector}


class _ByType:
    """The kind's layer class: dispatches ``from_args`` on the Keras class name."""

    @staticmethod
    def from_args(type_: str, rank: int, args: Mapping[str, Any]):
        return CLASSES[type_].from_args(type_, rank, args)


KIND = Kind("glue", _sequence(list(CLASSES)), _ByType, (), reference.glue_layer,
            lower=lower_gather, convention="merge", aliases=aliases)
