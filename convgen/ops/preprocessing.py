"""Rescaling and Normalization, the preprocessing layers keras.applications models start
with: the registry entries of the rescaling and normalization kinds.

Both are a per-channel affine map ``y = x * s[c] + t[c]`` along one axis (``scale_shift.c.j2``):

- ``Rescaling(scale, offset)``: ``x * scale + offset``; a list scale or offset acts along the
  last axis, as Keras reshapes it. The numbers are constants printed into the C.
- ``Normalization(axis, mean, variance, invert)``: Keras computes
  ``(x - mean) / max(sqrt(variance), 1e-7)`` (``invert``: ``mean + x * max(...)``); with
  ``mean``/``variance`` given as arguments they are constants, otherwise they are the layer's
  weights (``mean``, ``variance``, ``count`` as ``get_weights()`` lists them) and ``s``, ``t``
  are computed from them in float64 when the weights are packed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np

from .. import reference
from ..layers import ArgError, Shape, _is_int, boolean, fmt_shape
from .kind import Kind

EPSILON = 1e-7   # keras.config.epsilon(), Normalization's floor on the standard deviation


def _numbers(value: Any, field: str) -> Tuple[float, ...]:
    """A number or a non-empty list of numbers, as a tuple."""
    values = value if isinstance(value, (list, tuple)) else [value]
    if not values or not all(isinstance(v, (int, float)) and not isinstance(v, bool)
                             and math.isfinite(v) for v in values):
        raise ArgError(field, f"expected a finite number or a list of them, got {value!r}")
    return tuple(float(v) for v in values)


def _per_channel(values: Tuple[float, ...], channels: int, field: str, where: str) -> None:
    if len(values) not in (1, channels):
        raise ArgError(field, f"has {len(values)} values; {where} has {channels}")


@dataclass(frozen=True)
class Rescaling:
    type: str
    scale: Tuple[float, ...]
    offset: Tuple[float, ...]
    name: Optional[str] = None

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "Rescaling":
        if "scale" not in args:
            raise ArgError("scale", "is required")
        return cls(type_, _numbers(args["scale"], "scale"),
                   _numbers(args.get("offset", 0.0), "offset"), name=args.get("name"))

    def output_shape(self, in_shape: Shape) -> Shape:
        for field, values in (("scale", self.scale), ("offset", self.offset)):
            _per_channel(values, in_shape[-1], field, f"the last axis of {fmt_shape(in_shape)}")
        return in_shape

    def weight_shapes(self, in_shape: Shape) -> List[Tuple[str, Shape]]:
        return []

    def macs(self, in_shape: Shape) -> int:
        return math.prod(in_shape)   # one multiply-add per element (Keras counts none)

    def sample_axis(self, rank: int) -> int:
        return rank - 1

    def affine(self, channels: int, arrays=()) -> Tuple[np.ndarray, np.ndarray]:
        return (np.broadcast_to(np.asarray(self.scale, np.float64), (channels,)),
                np.broadcast_to(np.asarray(self.offset, np.float64), (channels,)))


@dataclass(frozen=True)
class Normalization:
    type: str
    axis: int = -1
    mean: Optional[Tuple[float, ...]] = None
    variance: Optional[Tuple[float, ...]] = None
    invert: bool = False
    name: Optional[str] = None

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "Normalization":
        axis = args.get("axis", -1)
        if isinstance(axis, (list, tuple)) and len(axis) == 1:
            axis = axis[0]
        if not _is_int(axis):
            raise ArgError("axis", f"convgen takes one axis (an integer, or a list of one), "
                                   f"got {axis!r}")
        mean, variance = args.get("mean"), args.get("variance")
        if (mean is None) != (variance is None):
            raise ArgError("mean" if mean is None else "variance",
                           "mean and variance are given together or not at all (Keras)")
        return cls(type_, axis,
                   None if mean is None else _numbers(mean, "mean"),
                   None if variance is None else _numbers(variance, "variance"),
                   boolean(args.get("invert", False), "invert"), name=args.get("name"))

    def sample_axis(self, rank: int) -> int:
        axis = self.axis + rank + 1 if self.axis < 0 else self.axis
        if not 1 <= axis <= rank:
            raise ArgError("axis", f"axis {self.axis} is not an axis of the input's non-batch "
                                   f"axes (accepted {-rank} to -1 and 1 to {rank})")
        return axis - 1

    def output_shape(self, in_shape: Shape) -> Shape:
        channels = in_shape[self.sample_axis(len(in_shape))]
        if self.mean is not None:
            for field in ("mean", "variance"):
                _per_channel(getattr(self, field), channels, field, f"axis {self.axis}")
        return in_shape

    def weight_shapes(self, in_shape: Shape) -> List[Tuple[str, Shape]]:
        if self.mean is not None:
            return []
        channels = in_shape[self.sample_axis(len(in_shape))]
        return [("mean", (channels,)), ("variance", (channels,)), ("count", ())]

    def macs(self, in_shape: Shape) -> int:
        return math.prod(in_shape)

    def affine(self, channels: int, arrays=()) -> Tuple[np.ndarray, np.ndarray]:
        """(s, t) in float64 from the constants or the ``get_weights()`` arrays."""
        if self.mean is not None:
            arrays = (self.mean, self.variance)
        mean = np.broadcast_to(np.asarray(arrays[0], np.float64), (channels,))
        std = np.maximum(np.sqrt(np.broadcast_to(np.asarray(arrays[1], np.float64),
                                                 (channels,))), EPSILON)
        return (std, mean) if self.invert else (1.0 / std, -mean / std)


# ---------------------------------------------------------------- lowering

def _geometry(node, batch: int) -> Dict[str, Any]:
    shape = node.output.shape
    axis = node.layer.sample_axis(len(shape))
    return dict(outer=batch * math.prod(shape[:axis]), channels=shape[axis],
                inner=math.prod(shape[axis + 1:]), dims=f"{batch}x{fmt_shape(shape)}",
                axis=axis + 1, workspace_size=0)


def _lower(node, batch: int, **_) -> Tuple[str, Dict[str, Any]]:
    ctx = _geometry(node, batch)
    packed = bool(node.weight_shapes())
    s, t = ((None, None) if packed else node.layer.affine(ctx["channels"]))
    ctx.update(packed=packed, s=None if packed else [float(v) for v in s],
               t=None if packed else [float(v) for v in t])
    return "scale_shift.c.j2", ctx


def _pack(layer: Normalization, in_shapes, arrays: Sequence[np.ndarray],
          fill=0) -> List[np.ndarray]:
    """Normalization's weights -> s then t (float64 arithmetic, float32 storage)."""
    s, t = layer.affine(np.shape(arrays[0])[0], arrays)
    return [s, t]


RESCALING = Kind("rescaling", {"Rescaling": (0, ("scale", "offset"))}, Rescaling,
                 ("activity_regularizer",), reference.rescaling_layer, lower=_lower)
NORMALIZATION = Kind("normalization",
                     {"Normalization": (0, ("axis", "mean", "variance", "invert"))},
                     Normalization, ("activity_regularizer",), reference.normalization_layer,
                     lower=_lower, packer=_pack, derives=True)
