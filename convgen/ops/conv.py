"""Conv1D / Conv2D / Conv3D: the registry entry of the convolution kind.

Groups of 1 run the register-blocked dense microkernel (``dense.c.j2``), or, on a target that
allows it, Winograd F(2x2,3x3)/F(4x4,3x3) (``winograd.c.j2``) for the 3x3 stride-1 2-D ones
its cost model favours (:mod:`convgen.winograd`); grouped convolutions the general loop nest
(``conv.c.j2``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Tuple

from .. import mve, reference, scalar, schedule, winograd
from ..layers import (
    ArgError,
    Shape,
    Spatial,
    _forbid_stride_and_dilation,
    _padding,
    _required,
    activation,
    boolean,
    conv_output_length,
    data_format,
    int_tuple,
    positive_int,
    training_only,
)
from ..lowering import Axes, Reads, Schedule, kernel_axes, same_pads
from ..targets import ANY, Target
from ..threads import Split, pixels, taps
from .kind import Kind


@dataclass(frozen=True)
class Conv(Spatial):
    """Conv1D / Conv2D / Conv3D, normalised."""

    type: str
    rank: int
    filters: int
    kernel_size: Tuple[int, ...]
    strides: Tuple[int, ...]
    padding: str
    data_format: str
    dilation_rate: Tuple[int, ...]
    groups: int
    activation: str
    use_bias: bool
    name: Optional[str] = None

    family = "conv"

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "Conv":
        paddings = ("valid", "same", "causal") if rank == 1 else ("valid", "same")
        layer = cls(
            type=type_, rank=rank,
            filters=positive_int(_required(args, "filters"), "filters"),
            kernel_size=int_tuple(_required(args, "kernel_size"), rank, "kernel_size"),
            strides=int_tuple(args.get("strides", 1), rank, "strides"),
            padding=_padding(args.get("padding", "valid"), paddings, type_),
            data_format=data_format(args.get("data_format")),
            dilation_rate=int_tuple(args.get("dilation_rate", 1), rank, "dilation_rate"),
            groups=positive_int(args.get("groups", 1), "groups"),
            activation=activation(args.get("activation")),
            use_bias=boolean(args.get("use_bias", True), "use_bias"),
            name=args.get("name"),
        )
        _forbid_stride_and_dilation(layer)
        if layer.filters % layer.groups:
            raise ArgError("groups", f"groups={layer.groups} does not divide "
                                     f"filters={layer.filters}")
        return layer

    def conv_output_shape(self, in_shape: Shape) -> Shape:
        """Shape after the convolution, before a last-axis activation reshapes it."""
        self.check_rank(in_shape)
        spatial, channels = self.split(in_shape)
        if channels % self.groups:
            raise ArgError("groups", f"groups={self.groups} does not divide the "
                                     f"{channels} input channels")
        out = tuple(conv_output_length(n, k, s, d, self.padding) for n, k, s, d in
                    zip(spatial, self.kernel_size, self.strides, self.dilation_rate))
        self.check_positive(in_shape, out)
        return self.join(out, self.filters)

    def weight_shapes(self, in_shape: Shape) -> List[Tuple[str, Shape]]:
        """``get_weights()`` order and Keras layouts."""
        _, channels = self.split(in_shape)
        shapes = [("kernel", self.kernel_size + (channels // self.groups, self.filters))]
        if self.use_bias:
            shapes.append(("bias", (self.filters,)))
        return shapes

    def scale_outputs(self, arrays, s):
        """The kernel (bias removed) with output channel ``f`` times ``s[f]``: folding a
        BatchNormalization (:func:`convgen.ops.batchnorm.fold`)."""
        return [arrays[0] * s]

    def macs(self, in_shape: Shape) -> int:
        _, channels = self.split(in_shape)
        out_spatial, _ = self.split(self.conv_output_shape(in_shape))
        return (math.prod(out_spatial) * self.filters * math.prod(self.kernel_size)
                * (channels // self.groups))


def grouped_context(layer, in_shape: Shape, reads: Reads, groups: int,
                     filters: int, band: int = 0, width: Optional[int] = None) -> Dict[str, Any]:
    """Numbers of the general loop nest; ``band`` > 0: a function computing one band of that
    many output rows, of the first ``width`` columns (default all)."""
    _, channels = layer.split(in_shape)
    out, _ = layer.split(layer.conv_output_shape(in_shape))
    pad = same_pads(layer, in_shape, reads)
    k, s, d = layer.kernel_size[-1], layer.strides[-1], layer.dilation_rate[-1]
    lo, hi = Axes.of(reads.lo, 0), Axes.of(reads.hi)
    return dict(
        kernel_axes(layer), pad=pad, groups=groups, band=band,
        cin_group=channels // groups,
        filters=filters, filters_group=filters // groups, use_bias=layer.use_bias,
        bias_offset=math.prod(layer.kernel_size) * (channels // groups) * filters,
        # vector=True: the model defines CG_VECTOR, which picks the loop nest GCC vectorises;
        # the portable branch's interior tiles' window: every column they read exists
        vector=True, interior_lo=Axes(lo.d, lo.h, -(1 << 30)),
        interior_hi=Axes(hi.d, hi.h, 1 << 30),
        **scalar.grouped_context(width or out[-1], k, s, d, pad.w, reads.lo[-1],
                                 reads.hi[-1], filters // groups),
    )


def _conv_context(layer: Conv, in_shape: Shape, reads: Reads, band: int = 0,
                  width: Optional[int] = None, target: Target = ANY) -> Dict[str, Any]:
    return grouped_context(layer, in_shape, reads, layer.groups, layer.filters, band, width)


def _dense_context(layer: Conv, in_shape: Shape, reads: Reads, band: int = 0,
                   width: Optional[int] = None, target: Target = ANY) -> Dict[str, Any]:
    """``band`` > 0: a function computing one band of that many output rows, of the first
    ``width`` columns (default all)."""
    _, channels = layer.split(in_shape)
    out, _ = layer.split(layer.conv_output_shape(in_shape))
    pad = same_pads(layer, in_shape, reads)
    tiles = mve if target.mve else scalar   # the portable branch's tiles
    return dict(kernel_axes(layer), pad=pad, use_bias=layer.use_bias, band=band,
                **schedule.dense_context(layer, channels, width or out[-1], pad.w,
                                         reads.lo[-1], reads.hi[-1], target),
                **tiles.dense_context(layer, channels, width or out[-1], pad.w,
                                      reads.lo[-1], reads.hi[-1], target))


def _dense_taps(ctx: Mapping[str, Any]) -> int:
    """Taps of a dense convolution per output position: 1/stride of them when transposed."""
    if ctx.get("transposed"):
        s = ctx["stride"]
        return max(1, taps(ctx) // (s.d * s.h * s.w))
    return taps(ctx)


def _dense_macs(ctx: Mapping[str, Any]) -> int:
    return _dense_taps(ctx) * ctx["channels"] * ctx["blocks"] * ctx["ft"]


# dense.c.j2 splits batch x filter blocks x depth x rows (a 1-D layer of one filter block
# has a single part: its loops run along w, inside the tiles); conv.c.j2 every output pixel.
DENSE_THREADS = Split("filter blocks x output rows", _dense_macs,
                      lambda ctx: ctx["batch"] * ctx["blocks"] * ctx["out"].d
                      * (ctx.get("band") or ctx["out"].h))
GROUPED_THREADS = Split("output pixels", lambda ctx: taps(ctx) * ctx["cin_group"]
                        * ctx["filters"], pixels)

DENSE = Schedule("dense", "dense.c.j2", _dense_context, schedule.pack_dense,
                 strided_output=True, residual="store", band=True, threads=DENSE_THREADS)
GROUPED = Schedule("conv", "conv.c.j2", _conv_context, strided_output=True, residual="pass",
                   band=True, threads=GROUPED_THREADS)


def _winograd_context(layer: Conv, in_shape: Shape, reads: Reads, band: int = 0,
                      width: Optional[int] = None, target: Target = ANY) -> Dict[str, Any]:
    _, channels = layer.split(in_shape)
    out, _ = layer.split(layer.conv_output_shape(in_shape))
    return dict(kernel_axes(layer), pad=same_pads(layer, in_shape, reads),
                use_bias=layer.use_bias,
                **winograd.context(layer, channels, out[0], out[1],
                                   winograd.choose(layer, in_shape, target), target))


# Capabilities as DENSE's where fusion reads them (residual, strided output), but no bands: a
# layer fused with a pooling keeps DENSE (Kind.schedule_for); the residual is added in a pass.
# Threads each take their own tiles of every block through the three phases (their own rows of
# V and M): as many parts as a block has register tiles; its work counts as the direct form's.
WINOGRAD = Schedule("winograd", "winograd.c.j2", _winograd_context, winograd.pack,
                    strided_output=True, residual="pass", derives=True,
                    threads=Split("Winograd tiles", _dense_macs,
                                  lambda ctx: -(-min(ctx["tile_block"], ctx["tile_count"])
                                                // max(ctx["wide_p"], ctx["narrow_p"]))))


def _schedule(layer: Conv) -> Schedule:
    return DENSE if layer.groups == 1 else GROUPED


def _choose(layer: Conv, in_shape: Shape, target: Target = ANY) -> Schedule:
    """WINOGRAD where the target allows it and its cost model is cheaper, else as
    :func:`_schedule`."""
    return WINOGRAD if winograd.choose(layer, in_shape, target) else _schedule(layer)


ARGS = ("filters", "kernel_size", "strides", "padding", "data_format", "dilation_rate",
        "groups", "activation", "use_bias")
# A pointwise convolution (1x1..., stride 1, one group, channels_last) whose rows are shorter
# than this many pixels runs as one row of all its pixels: the tiles along a row (6 pixels on
# 16-register machines, up to 12 with AVX-512) are then full, and each weight vector is
# loaded once a tile rather than once for every short row (the 2x2 to 12x12 ends of
# MobileNets and ResNets, whose weights dominate: ResNet50's 2x2 conv5 streams 15 M of them).
FLAT_BELOW = 16


def _flat(layer: Conv, in_shape: Shape) -> Optional[Shape]:
    """Every pixel of a pointwise convolution's short rows as one row (``Kind.flat``)."""
    if (layer.rank < 2 or layer.groups != 1 or layer.data_format != "channels_last"
            or any(k != 1 for k in layer.kernel_size) or any(s != 1 for s in layer.strides)):
        return None
    spatial, channels = layer.split(in_shape)
    if spatial[-1] >= FLAT_BELOW or math.prod(spatial[:-1]) == 1:
        return None
    return (1,) * (layer.rank - 1) + (math.prod(spatial), channels)


KIND = Kind("conv", {f"Conv{r}D": (r, ARGS) for r in (1, 2, 3)}, Conv,
            training_only("kernel", "bias"), reference.conv_layer, _schedule, folds=True,
            choose=_choose, flat=_flat)
