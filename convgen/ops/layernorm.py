"""LayerNormalization: the registry entry of the layer-normalization kind.

Keras 3 (``keras.ops.layer_normalization``) normalises each sample over ``axis`` (an int or a
list; Keras sorts the list) with the population statistics of those axes:
``y = (x - mean) / sqrt(var + epsilon) * gamma + beta``; gamma and beta have the shape of the
input along the normalised axes, in their order. The deprecated ``rms_scaling=True`` form
computes ``x / sqrt(var + epsilon) * gamma`` (the variance about the mean, not the mean
square, and no beta), as Keras does. ``get_weights()``: gamma (when ``scale`` or
``rms_scaling``), then beta (when ``center`` and not ``rms_scaling``).

convgen normalises over consecutive axes after the batch axis (channels last, channels
first, or a block such as ``[1, 2, 3]``), so that each normalised group is ``length`` values
``inner`` apart: ``layernorm.c.j2`` makes passes over a group in float (the mean, the
variance around it, then the affine map), with convgen's own square root (no libm).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Tuple

from .. import reference
from ..layers import ArgError, Shape, _is_int, boolean, fmt_shape, training_only
from .kind import Kind


@dataclass(frozen=True)
class LayerNorm:
    """``LayerNormalization``, normalised; ``axis`` as written (each counted with the batch
    axis, as Keras counts it), sorted as Keras sorts it."""

    type: str
    axis: Tuple[int, ...] = (-1,)
    epsilon: float = 1e-3
    center: bool = True
    scale: bool = True
    rms_scaling: bool = False
    name: Optional[str] = None

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "LayerNorm":
        axis = args.get("axis", -1)
        axes = [axis] if _is_int(axis) else axis
        if not isinstance(axes, (list, tuple)) or not axes \
                or not all(_is_int(a) for a in axes):
            raise ArgError("axis", f"expected an integer or a non-empty list of integers, "
                                   f"got {axis!r}")
        if len(set(axes)) != len(axes):
            raise ArgError("axis", f"names an axis twice: {list(axes)}")
        epsilon = args.get("epsilon", 1e-3)
        if isinstance(epsilon, bool) or not isinstance(epsilon, (int, float)) \
                or not math.isfinite(epsilon) or epsilon < 0:
            raise ArgError("epsilon", f"expected a number >= 0, got {epsilon!r}")
        return cls(type_, tuple(sorted(int(a) for a in axes)), float(epsilon),
                   boolean(args.get("center", True), "center"),
                   boolean(args.get("scale", True), "scale"),
                   boolean(args.get("rms_scaling", False), "rms_scaling"),
                   name=args.get("name"))

    def sample_axes(self, rank: int) -> Tuple[int, ...]:
        """The normalised axes of a per-sample shape of ``rank`` axes, in Keras's order."""
        accepted = f"accepted {-rank} to -1 and 1 to {rank}"
        out = []
        for a in self.axis:
            b = a + rank + 1 if a < 0 else a
            if b == 0:
                raise ArgError("axis", f"axis {a} is the batch axis: convgen normalises per "
                                       f"sample ({accepted})")
            if not 1 <= b <= rank:
                raise ArgError("axis", f"axis {a} is not an axis of the input (rank "
                                       f"{rank + 1} with the batch axis: {accepted})")
            out.append(b - 1)
        if out != sorted(out):
            raise ArgError("axis", f"{list(self.axis)} mixes negative and positive axes, "
                                   f"which Keras sorts by value, not by position: write "
                                   f"them all negative or all positive")
        if out != list(range(out[0], out[0] + len(out))):
            raise ArgError("axis", f"{list(self.axis)} are not consecutive axes: convgen "
                                   f"normalises over a run of adjacent axes")
        return tuple(out)

    def output_shape(self, in_shape: Shape) -> Shape:
        self.sample_axes(len(in_shape))
        return tuple(in_shape)

    def has_gamma(self) -> bool:
        return self.scale or self.rms_scaling

    def has_beta(self) -> bool:
        return self.center and not self.rms_scaling

    def weight_shapes(self, in_shape: Shape) -> List[Tuple[str, Shape]]:
        """``get_weights()`` order: gamma, beta, each the input's shape on the axes."""
        shape = tuple(in_shape[a] for a in self.sample_axes(len(in_shape)))
        return ([("gamma", shape)] if self.has_gamma() else []) \
            + ([("beta", shape)] if self.has_beta() else [])

    def macs(self, in_shape: Shape) -> int:
        return math.prod(in_shape)   # one multiply-add per element (Keras counts none)


def _lower(node, batch: int, **_) -> Tuple[str, Dict[str, Any]]:
    layer: LayerNorm = node.layer
    shape = tuple(node.inputs[0].shape)
    axes = layer.sample_axes(len(shape))
    length = math.prod(shape[a] for a in axes)
    return "layernorm.c.j2", dict(
        dims=f"{batch}x{fmt_shape(shape)}", axes=[a + 1 for a in axes],
        outer=batch * math.prod(shape[:axes[0]]), length=length,
        inner=math.prod(shape[axes[-1] + 1:]), epsilon=layer.epsilon,
        gamma=layer.has_gamma(), beta=layer.has_beta(), center=not layer.rms_scaling,
        beta_offset=length if layer.has_gamma() else 0, workspace_size=0, helpers=["cg_sqrt"])


KIND = Kind("layernorm",
            {"LayerNormalization": (0, ("axis", "epsilon", "center", "scale", "rms_scaling"))},
            LayerNorm, training_only("gamma", "beta"), reference.layer_normalization_layer,
            lower=_lower)
