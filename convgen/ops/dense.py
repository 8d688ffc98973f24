"""Dense: the registry entry of the fully connected kind.

Keras's ``Dense`` acts on the last axis of an input of any rank: every row of ``in`` values
becomes ``units`` values, ``y[u] = act(bias[u] + sum_i x[i] * kernel[i][u])``, kernel
``(in, units)`` as ``get_weights()`` gives it. The C (``dense_layer.c.j2``) reads the kernel
in that layout. The vector tiles hold a block of up to :data:`VECTOR_NV` vectors of units in
registers for the whole sum, each input broadcast once per block against that many weight
vectors (one load per multiply-add, the floor of a matrix-vector product, and no accumulator
traffic through memory). A block of fewer vectors keeps ``VECTOR_NV // nv`` partial sums,
over inputs ``i = p mod P``, added at the end: one chain of dependent multiply-adds per
vector would wait on the FMA latency. When ``units`` is not a whole number of vectors, one
last vector ends at the last unit and overlaps the block before it (it is stored last), so
no load or store leaves the row. Fewer units than a vector take a loop over the units (GCC
vectorises what it can). Elementwise activations are applied to each finished row, last-axis ones
(softmax & co.) in a pass over the rows (``epilogue.j2``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Tuple

from .. import activations, mve, reference, scalar
from ..layers import (
    ArgError,
    Shape,
    _required,
    activation,
    boolean,
    fmt_shape,
    positive_int,
    training_only,
)
from ..lowering import activation_context
from ..targets import ANY, Target
from .kind import Kind

# vectors of units a block of the vector tiles holds in registers (x86: 8 accumulators of 16
# registers with AVX2, of 32 with AVX-512; NEON: 16 of its 32 128-bit registers)
VECTOR_NV = 8


def vector_blocks(units: int, width: int, nv_max: int = VECTOR_NV
                  ) -> List[Tuple[int, int, int]]:
    """Runs ``(first unit, vectors, blocks)`` of the blocks of the vector tiles of ``width``
    floats: the whole vectors in blocks of at most ``nv_max``, as even as can be (a run: that
    many blocks of that many vectors, one after the other, a loop in the C), then one vector
    ending at the last unit when a tail is left; [] when ``units < width``. (The template
    keeps ``nv_max // vectors`` partial sums a block.)"""
    whole = units // width
    if not whole:
        return []
    count = -(-whole // nv_max)
    big = whole % count   # blocks of one vector more than the others
    runs = [(0, whole // count + 1, big)] if big else []
    runs.append((big * (whole // count + 1) * width, whole // count, count - big))
    if units % width:
        runs.append((units - width, 1, 1))
    return runs


@dataclass(frozen=True)
class Dense:
    """Dense, normalised."""

    type: str
    units: int
    activation: str
    use_bias: bool
    name: Optional[str] = None

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "Dense":
        return cls(type_, positive_int(_required(args, "units"), "units"),
                   activation(args.get("activation")),
                   boolean(args.get("use_bias", True), "use_bias"), name=args.get("name"))

    def conv_output_shape(self, in_shape: Shape) -> Shape:
        """Shape before a last-axis activation reshapes it (glu halves the last axis)."""
        return tuple(in_shape[:-1]) + (self.units,)

    def output_shape(self, in_shape: Shape) -> Shape:
        shape = self.conv_output_shape(in_shape)
        if activations.halves_last_axis(self.activation):
            if self.units % 2:
                raise ArgError("activation", f"glu halves the last axis, which has odd size "
                                             f"{self.units} (output {fmt_shape(shape)})")
            shape = shape[:-1] + (self.units // 2,)
        return shape

    def weight_shapes(self, in_shape: Shape) -> List[Tuple[str, Shape]]:
        """``get_weights()`` order and Keras layouts: kernel ``(in, units)``, bias."""
        shapes = [("kernel", (in_shape[-1], self.units))]
        if self.use_bias:
            shapes.append(("bias", (self.units,)))
        return shapes

    def scale_outputs(self, arrays, s):
        """The kernel (bias removed) with unit ``u`` times ``s[u]``: folding a
        BatchNormalization on the last axis (:func:`convgen.ops.batchnorm.fold`)."""
        return [arrays[0] * s]

    def macs(self, in_shape: Shape) -> int:
        return math.prod(in_shape) * self.units


def _lower(node, batch: int, target: Target = ANY, **_) -> Tuple[str, Dict[str, Any]]:
    """The Dense step (the portable branch's tiles: scalar, or MVE on a target with them)."""
    layer = node.layer
    in_shape = node.inputs[0].shape
    conv_shape = layer.conv_output_shape(in_shape)
    n_in = in_shape[-1]
    ctx = activation_context(batch, layer, conv_shape)
    if ctx["act_fn"] == "cg_linear":
        ctx["act_fn"] = ""   # nothing to apply: no helper, no loop
    ctx.update(rows=batch * math.prod(in_shape[:-1]), n_in=n_in, units=layer.units,
               use_bias=layer.use_bias, bias_offset=n_in * layer.units,
               input_dims=f"{batch}x{fmt_shape(in_shape)}",
               out_dims=f"{batch}x{fmt_shape(node.output.shape)}",
               workspace_size=ctx["act_scratch"], workspace_note=ctx["act_note"],
               # vector=True: the model defines CG_VECTOR, which picks the loop GCC vectorises
               vector=True, partial_sums=lambda nv: max(1, min(VECTOR_NV // nv, n_in)),
               blocks8=vector_blocks(layer.units, 8),
               blocks16=vector_blocks(layer.units, 16) if target.wide else [],
               **(mve if target.mve else scalar).dense_layer_context(ctx["rows"],
                                                                                layer.units))
    return "dense_layer.c.j2", ctx


KIND = Kind("dense", {"Dense": (0, ("units", "activation", "use_bias"))}, Dense,
            training_only("kernel", "bias"), reference.dense_layer, lower=_lower)
