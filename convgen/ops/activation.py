"""Activation, ReLU, LeakyReLU, PReLU, ELU, Softmax: the registry entry of the activation-layer
kind.

Elementwise layers are one loop over the tensor (``activation.c.j2``) calling a helper of
``convgen_helpers.h`` with the layer's constants printed losslessly; PReLU reads its ``alpha``
through broadcast strides (0 along the shared axes). ``Activation`` with a last-axis function
(softmax, log_softmax, sparsemax, glu) copies, then makes the same pass over rows as a
convolution's activation; ``Softmax`` normalises along any axis (the batch axis too, as Keras
allows) with ``cg_softmax_axis``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union

import numpy as np

from .. import activations, reference
from ..cexpr import affine
from ..layers import ArgError, Shape, _is_int, _required, activation, fmt_shape, training_only
from .kind import Kind
from .merge import _operand_strides, collapse


def _float(value: Any, field: str, minimum: Optional[float] = 0.0) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not np.isfinite(value):
        raise ArgError(field, f"expected a number, got {value!r}")
    if minimum is not None and value < minimum:
        raise ArgError(field, f"expected a number >= {minimum}, got {value!r}")
    return float(value)


def _shared_axes(value: Any) -> Tuple[int, ...]:
    if value is None:
        return ()
    values = [value] if _is_int(value) else value
    if not isinstance(values, (list, tuple)) or not all(_is_int(v) and v >= 1 for v in values):
        raise ArgError("shared_axes", f"expected null, an integer or a list of integers >= 1 "
                                      f"(axes after the batch axis), got {value!r}")
    return tuple(sorted(set(values)))


@dataclass(frozen=True)
class ActivationLayer:
    """One activation layer, normalised; fields a class does not take keep their defaults.

    ``function``: Activation's activation name; ``max_value`` None is no clipping; ``axis``
    is Softmax's, counted with the batch axis as Keras counts it: an integer, or a tuple of
    two or more axes (Keras's list form: the softmax over all of them together; a list of one
    axis is that axis)."""

    type: str
    function: str = "linear"
    max_value: Optional[float] = None
    negative_slope: float = 0.0
    threshold: float = 0.0
    alpha: float = 1.0
    shared_axes: Tuple[int, ...] = ()
    axis: Union[int, Tuple[int, ...]] = -1
    name: Optional[str] = None

    def as_string(self) -> Optional[str]:
        """The ``activation=`` string computing exactly this layer, or None: what lets the
        plan apply it in its producer's store (:mod:`convgen.fusion`)."""
        if self.type == "Activation":
            return self.function
        if self.type == "ReLU" and self.negative_slope == 0.0 and self.threshold == 0.0:
            return {None: "relu", 6.0: "relu6"}.get(self.max_value)
        if self.type == "LeakyReLU" and self.negative_slope == 0.2:
            return "leaky_relu"
        if self.type == "ELU" and self.alpha == 1.0:
            return "elu"
        if self.type == "Softmax" and self.axis == -1:
            return "softmax"
        return None

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "ActivationLayer":
        name = args.get("name")
        if type_ == "Activation":
            return cls(type_, function=activation(_required(args, "activation")), name=name)
        if type_ == "ReLU":
            max_value = args.get("max_value")
            return cls(type_, max_value=None if max_value is None else
                       _float(max_value, "max_value"),
                       negative_slope=_float(args.get("negative_slope", 0.0), "negative_slope"),
                       threshold=_float(args.get("threshold", 0.0), "threshold"), name=name)
        if type_ == "LeakyReLU":
            return cls(type_, negative_slope=_float(args.get("negative_slope", 0.3),
                                                    "negative_slope"), name=name)
        if type_ == "ELU":
            return cls(type_, alpha=_float(args.get("alpha", 1.0), "alpha", None), name=name)
        if type_ == "PReLU":
            return cls(type_, shared_axes=_shared_axes(args.get("shared_axes")), name=name)
        axis = args.get("axis", -1)
        if isinstance(axis, (list, tuple)) and axis and all(_is_int(a) for a in axis):
            axis = axis[0] if len(axis) == 1 else tuple(axis)
        elif not _is_int(axis):
            raise ArgError("axis", f"expected an integer or a non-empty list of integers, "
                                   f"got {axis!r}")
        return cls(type_, axis=axis, name=name)

    def batched_axes(self, rank: int) -> Tuple[int, ...]:
        """Softmax's axes in a batched tensor of ``rank + 1`` axes, in increasing order."""
        given = self.axis if isinstance(self.axis, tuple) else (self.axis,)
        axes = []
        for a in given:
            b = a + rank + 1 if a < 0 else a
            if not 0 <= b <= rank:
                raise ArgError("axis", f"axis {a} is not an axis of an input of rank "
                                       f"{rank + 1} with the batch axis (accepted "
                                       f"{-rank - 1} to {rank})")
            axes.append(b)
        if len(set(axes)) < len(axes):
            raise ArgError("axis", f"axes {list(given)} name the same axis twice (input of "
                                   f"rank {rank + 1} with the batch axis)")
        return tuple(sorted(axes))

    def output_shape(self, in_shape: Shape) -> Shape:
        if self.type == "Softmax":
            self.batched_axes(len(in_shape))
        if self.type == "PReLU" and self.shared_axes and max(self.shared_axes) > len(in_shape):
            raise ArgError("shared_axes", f"shared_axes {list(self.shared_axes)} names an axis "
                                          f"beyond the input {fmt_shape(in_shape)}")
        if activations.halves_last_axis(self.function):
            if in_shape[-1] % 2:
                raise ArgError("activation", f"glu halves the last axis, which has odd size "
                                             f"{in_shape[-1]} (input {fmt_shape(in_shape)})")
            return tuple(in_shape[:-1]) + (in_shape[-1] // 2,)
        return tuple(in_shape)

    def weight_shapes(self, in_shape: Shape) -> List[Tuple[str, Shape]]:
        """PReLU's ``alpha``: the input's shape with 1 on each shared axis."""
        if self.type != "PReLU":
            return []
        return [("alpha", tuple(1 if k + 1 in self.shared_axes else n
                                for k, n in enumerate(in_shape)))]

    def macs(self, in_shape: Shape) -> int:
        return 0


# ---------------------------------------------------------------- lowering

def _elementwise(layer: ActivationLayer) -> Tuple[str, List[Optional[float]]]:
    """(helper, its constant arguments after ``x``; None: HUGE_VALF, no bound) of an
    elementwise layer other than PReLU. The template prints them with ``cfloat``."""
    if layer.type == "Activation":
        return activations.ELEMENTWISE[layer.function], []
    if layer.type == "ReLU":
        bound = layer.max_value
        if bound is not None and not np.isfinite(np.float32(bound)):
            bound = None
        return "cg_relu_layer", [layer.negative_slope, layer.threshold, bound]
    if layer.type == "LeakyReLU":
        return "cg_leaky_relu_slope", [layer.negative_slope]
    return "cg_elu_alpha", [layer.alpha]


def _softmax_loops(full, axes) -> Tuple[List[Tuple[int, int]], List[Tuple[int, int]]]:
    """The kept and the reduced axes of a softmax over ``axes`` of the row-major ``full``,
    as (extent, element stride), neighbouring axes of the same class merged and size-1 axes
    dropped (a reduction over nothing but size-1 axes keeps one axis of 1)."""
    strides = [math.prod(full[k + 1:]) for k in range(len(full))]
    kept: List[List[int]] = []
    reduced: List[List[int]] = []
    last = None
    for k, n in enumerate(full):
        cls = k in axes
        if n == 1:
            continue
        group = reduced if cls else kept
        if last is cls and group:
            group[-1] = [group[-1][0] * n, strides[k]]
        else:
            group.append([n, strides[k]])
        last = cls
    return [tuple(g) for g in kept], [tuple(g) for g in reduced] or [(1, 1)]


def _lower(node, batch: int, **_) -> Tuple[str, Dict[str, Any]]:
    layer = node.layer
    in_shape = node.inputs[0].shape
    full = (batch,) + tuple(in_shape)
    size = math.prod(full)
    ctx: Dict[str, Any] = dict(in_dims=f"{batch}x{fmt_shape(in_shape)}",
                               out_dims=f"{batch}x{fmt_shape(node.output.shape)}",
                               size=size, uses_weights=layer.type == "PReLU", workspace_size=0)
    if layer.type == "Softmax":
        axes = layer.batched_axes(len(in_shape))
        kept, reduced = _softmax_loops(full, axes)
        if len(reduced) == 1 and len(kept) <= 2:   # one run of axes: outer x length x inner
            inner = reduced[0][1]
            return "activation.c.j2", dict(ctx, mode="axis", helpers=["cg_softmax_axis"],
                                           outer=size // (reduced[0][0] * inner),
                                           length=reduced[0][0], inner=inner)
        return "activation.c.j2", dict(
            ctx, mode="axes", helpers=["cg_exp"], kept=kept, reduced=reduced,
            length=math.prod(n for n, _ in reduced),
            kept_loops=[(f"k{j}", n) for j, (n, _) in enumerate(kept)],
            kept_offset=affine(*[(f"k{j}", s) for j, (_, s) in enumerate(kept)]),
            reduced_offset=affine(*[(f"r{j}", s) for j, (_, s) in enumerate(reduced)]))
    if layer.function in activations.LAST_AXIS:
        rows_fn = activations.LAST_AXIS[layer.function]
        mode = "glu" if activations.halves_last_axis(layer.function) else "rows"
        return "activation.c.j2", dict(ctx, mode=mode, helpers=[rows_fn], rows_fn=rows_fn,
                                       rows=size // full[-1], row_len=full[-1])
    if layer.type == "PReLU":
        alpha = (1,) + node.weight_shapes()[0][1]
        loops = collapse(full, [list(_operand_strides(full, full)),
                                _operand_strides(alpha, full)])
        helper, consts = "cg_prelu", []
    else:
        loops = collapse(full, [list(_operand_strides(full, full))])
        helper, consts = _elementwise(layer)
    variables = [f"i{k}" for k in range(len(loops))]
    index = [affine(*[(v, strides[j]) for v, (_, strides) in zip(variables, loops)])
             for j in range(len(loops[0][1]))]
    return "activation.c.j2", dict(ctx, mode="elementwise", helpers=[helper], helper=helper,
                                   consts=consts, loops=[n for n, _ in loops],
                                   variables=variables, index=index[0],
                                   alpha_index=index[1] if len(index) > 1 else "")


TYPES = {
    "Activation": (0, ("activation",)),
    "ReLU": (0, ("max_value", "negative_slope", "threshold")),
    "LeakyReLU": (0, ("negative_slope",)),
    "PReLU": (0, ("shared_axes",)),
    "ELU": (0, ("alpha",)),
    "Softmax": (0, ("axis",)),
}
KIND = Kind("activation", TYPES, ActivationLayer, training_only("alpha"),
            reference.activation_layer, lower=_lower)
