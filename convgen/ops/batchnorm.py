"""BatchNormalization at inference: the registry entry of the batchnorm kind.

Keras 3 computes ``gamma * (x - moving_mean) / sqrt(moving_variance + epsilon) + beta`` along
one ``axis`` (an int: Keras 3's layer takes no list). That is the per-channel affine map
``y = x * s[c] + t[c]`` with ``s = gamma / sqrt(var + eps)`` and ``t = beta - mean * s``,
computed in float64 when the weights are packed: the packed blob of a BatchNormalization
holds ``s`` then ``t`` (2*C floats), and its step is one pass over the tensor
(``affine.c.j2``). When the layer's input comes from a convolution that nothing else reads
and whose activation is linear, :mod:`convgen.fusion` folds it into that convolution's
weights instead (:func:`fold`): the BatchNormalization then has no step and no packed floats.

The packed values of a BatchNormalization, and of a convolution it is folded into, are each
computed from several Keras values: :meth:`convgen.plan.Plan.positions` marks them ``-1``
(they have no one source position) and :meth:`~convgen.plan.Plan.unpack` refuses such a plan.

MACs: Keras's summary counts none; convgen counts one multiply-add per element (the affine
pass), also for a folded layer (the count is a property of the layer, not of the plan).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np

from .. import reference
from ..layers import ArgError, Shape, _is_int, boolean, fmt_shape, training_only
from .kind import Kind

# The weights Keras adds with renorm=True (training statistics; inference ignores them).
RENORM_WEIGHTS = ("moving_stddev", "renorm_mean", "renorm_stddev")


@dataclass(frozen=True)
class BatchNorm:
    """``BatchNormalization``, normalised; ``axis`` counts the batch axis as Keras's does."""

    type: str
    axis: int = -1
    epsilon: float = 1e-3
    center: bool = True
    scale: bool = True
    renorm: bool = False
    name: Optional[str] = None

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "BatchNorm":
        axis = args.get("axis", -1)
        if not _is_int(axis):
            raise ArgError("axis", f"expected an integer (Keras 3's BatchNormalization takes "
                                   f"one axis), got {axis!r}")
        epsilon = args.get("epsilon", 1e-3)
        if isinstance(epsilon, bool) or not isinstance(epsilon, (int, float)) \
                or not math.isfinite(epsilon) or epsilon < 0:
            raise ArgError("epsilon", f"expected a number >= 0, got {epsilon!r}")
        return cls(type_, int(axis), float(epsilon),
                   boolean(args.get("center", True), "center"),
                   boolean(args.get("scale", True), "scale"),
                   boolean(args.get("renorm", False), "renorm"), name=args.get("name"))

    def sample_axis(self, rank: int) -> int:
        """The axis of a per-sample shape of ``rank`` axes that ``axis`` names."""
        axis = self.axis + rank + 1 if self.axis < 0 else self.axis
        if axis == 0:
            raise ArgError("axis", f"axis {self.axis} is the batch axis: convgen normalises "
                                   f"per sample (accepted {-rank} to -1 and 1 to {rank})")
        if not 1 <= axis <= rank:
            raise ArgError("axis", f"axis {self.axis} is not an axis of the input (rank "
                                   f"{rank + 1} with the batch axis: accepted {-rank} to -1 "
                                   f"and 1 to {rank})")
        return axis - 1

    def channels(self, shape: Shape) -> int:
        return shape[self.sample_axis(len(shape))]

    def output_shape(self, shape: Shape) -> Shape:
        self.sample_axis(len(shape))
        return shape

    def weight_shapes(self, shape: Shape) -> List[Tuple[str, Shape]]:
        """``get_weights()`` order: gamma (if scale), beta (if center), the moving statistics
        (and renorm's three arrays when renorm)."""
        c = (self.channels(shape),)
        names = (["gamma"] if self.scale else []) + (["beta"] if self.center else []) \
            + ["moving_mean", "moving_variance"] + (list(RENORM_WEIGHTS) if self.renorm else [])
        return [(n, c) for n in names]

    def macs(self, shape: Shape) -> int:
        return math.prod(shape)

    def affine(self, arrays: Sequence[np.ndarray]) -> Tuple[np.ndarray, np.ndarray]:
        """``(s, t)`` in float64 from the ``get_weights()`` arrays: ``y = x * s + t``."""
        arrays = [np.asarray(a, np.float64) for a in arrays]
        gamma = arrays.pop(0) if self.scale else 1.0
        beta = arrays.pop(0) if self.center else 0.0
        mean, var = arrays[0], arrays[1]
        s = gamma / np.sqrt(var + self.epsilon) * np.ones_like(mean)
        return s, beta - mean * s


# ---------------------------------------------------------------- packing and folding

def _pack(layer: BatchNorm, in_shapes, arrays, fill=0) -> List[np.ndarray]:
    """The four (or more) Keras arrays -> ``[s, t]``, computed in float64."""
    return list(layer.affine(arrays))


def fold(producer, bn: BatchNorm, arrays: Sequence[np.ndarray],
         bn_arrays: Sequence[np.ndarray]) -> List[np.ndarray]:
    """A convolution's ``get_weights()`` arrays with ``bn`` folded in, in float64, in the
    Keras layout of the same layer with ``use_bias=True`` (the producer's own packer then
    packs them): each output channel's weights times ``s``, bias ``(bias or 0) * s + t``."""
    s, t = bn.affine(bn_arrays)
    arrays = [np.asarray(a, np.float64) for a in arrays]
    bias = arrays.pop() if producer.use_bias else np.zeros_like(s)
    return producer.scale_outputs(arrays, s) + [bias * s + t]


# ---------------------------------------------------------------- lowering

def _affine_context(node, batch: int) -> Dict[str, Any]:
    shape = node.output.shape
    axis = node.layer.sample_axis(len(shape))
    channels = shape[axis]
    return dict(outer=batch * math.prod(shape[:axis]), channels=channels,
                inner=math.prod(shape[axis + 1:]),
                dims=f"{batch}x{fmt_shape(shape)}", axis=axis + 1, workspace_size=0)


TRAINING = ("momentum", "renorm_clipping", "renorm_momentum", "synchronized",
            "moving_mean_initializer", "moving_variance_initializer") \
    + training_only("gamma", "beta")
KIND = Kind("batchnorm",
            {"BatchNormalization": (0, ("axis", "epsilon", "center", "scale", "renorm"))},
            BatchNorm, TRAINING, reference.batchnorm_layer,
            lower=lambda node, batch, **_: ("affine.c.j2", _affine_context(node, batch)),
            packer=_pack, derives=True)
