"""SeparableConv1D / SeparableConv2D: the registry entry of the separable kind.

Channels_last layers run depthwise and pointwise fused per band of output rows
(``separable_rows.c.j2``, its parts the vector depthwise and dense microkernel templates); the
others fused per pixel (``separable.c.j2``).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Tuple

import numpy as np

from .. import dtypes, reference, schedule
from ..layers import Shape, _required, _window_args, positive_int, training_only
from ..lowering import Reads, Schedule, kernel_axes, layer_context, same_pads
from ..targets import ANY, Target
from . import conv, depthwise
from .conv import Conv
from .depthwise import Depthwise
from .kind import Kind


@dataclass(frozen=True)
class Separable(Depthwise):
    """SeparableConv1D / SeparableConv2D: depthwise (no bias), then a 1x1 pointwise
    convolution to ``filters``, then bias and activation."""

    filters: int = 1

    family = "separable"

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "Separable":
        return cls(**_window_args(type_, rank, args),
                   depth_multiplier=positive_int(args.get("depth_multiplier", 1),
                                                 "depth_multiplier"),
                   filters=positive_int(_required(args, "filters"), "filters"))

    def conv_output_shape(self, in_shape: Shape) -> Shape:
        out_spatial, _ = self.split(self.depthwise_output_shape(in_shape))
        return self.join(out_spatial, self.filters)

    def weight_shapes(self, in_shape: Shape) -> List[Tuple[str, Shape]]:
        _, channels = self.split(in_shape)
        cm = channels * self.depth_multiplier
        shapes = [("depthwise_kernel", self.kernel_size + (channels, self.depth_multiplier)),
                  ("pointwise_kernel", (1,) * self.rank + (cm, self.filters))]
        if self.use_bias:
            shapes.append(("bias", (self.filters,)))
        return shapes

    def scale_outputs(self, arrays, s):
        """Depthwise kernel unchanged, pointwise kernel's output channel ``f`` times ``s[f]``."""
        return [arrays[0], arrays[1] * s]

    def macs(self, in_shape: Shape) -> int:
        out_spatial, cm = self.split(self.depthwise_output_shape(in_shape))
        return super().macs(in_shape) + math.prod(out_spatial) * cm * self.filters


def _separable_context(layer: Separable, in_shape: Shape, reads: Reads,
                       target: Target = ANY) -> Dict[str, Any]:
    _, channels = layer.split(in_shape)
    cm = channels * layer.depth_multiplier
    depthwise_floats = math.prod(layer.kernel_size) * cm
    return dict(
        kernel_axes(layer), pad=same_pads(layer, in_shape, reads),
        multiplier=layer.depth_multiplier,
        cm=cm, filters=layer.filters, use_bias=layer.use_bias,
        # a pixel's depthwise values and sums as named scalars (unrolled) when they fit the
        # 32 FPU registers beside a weight and an input; else arrays and loops
        in_registers=cm + layer.filters <= IN_REGISTERS,
        pointwise_offset=depthwise_floats,
        bias_offset=depthwise_floats + cm * layer.filters,
    )


IN_REGISTERS = 24   # depthwise values + sums of one pixel the unrolled form holds

BAND_BYTES = 32 * 1024   # the separable schedule's depthwise band: about an L1 data cache


def _band_rows(layer: Separable, in_shape: Shape) -> int:
    """Output rows per band of the separable schedule: the most that divide the height with
    the band's depthwise values within BAND_BYTES (at least one row)."""
    out, _ = layer.split(layer.conv_output_shape(in_shape))
    _, channels = layer.split(in_shape)
    height, row_bytes = (out[-2] if len(out) > 1 else 1), dtypes.nbytes(out[-1] * channels)
    row_bytes *= layer.depth_multiplier
    return max([r for r in range(1, height + 1)
                if height % r == 0 and r * row_bytes <= BAND_BYTES] or [1])


def _pointwise_band(layer: Separable, in_shape: Shape) -> Tuple[Conv, Shape]:
    """The pointwise step of a separable layer as a 1x1 Conv1D over one band of output rows
    (contiguous pixels under channels_last)."""
    out, _ = layer.split(layer.conv_output_shape(in_shape))
    _, channels = layer.split(in_shape)
    conv = Conv(type="Conv1D", rank=1, filters=layer.filters, kernel_size=(1,), strides=(1,),
                padding="valid", data_format="channels_last", dilation_rate=(1,), groups=1,
                activation=layer.activation, use_bias=layer.use_bias)
    return conv, (_band_rows(layer, in_shape) * out[-1], channels * layer.depth_multiplier)


def _separable_rows_context(layer: Separable, in_shape: Shape, reads: Reads,
                            target: Target = ANY) -> Dict[str, Any]:
    _, channels = layer.split(in_shape)
    out, _ = layer.split(layer.conv_output_shape(in_shape))
    cm = channels * layer.depth_multiplier
    band = _band_rows(layer, in_shape)
    pw, band_shape = _pointwise_band(layer, in_shape)
    pw_ctx = layer_context(1, pw, band_shape, Reads.whole(pw, band_shape), conv.DENSE,
                           target=target)
    # the depthwise step one band per call: the vector depthwise schedule, or with a
    # multiplier the grouped loop nest's register tiles (conv.c.j2)
    dw = Depthwise(type=f"DepthwiseConv{layer.rank}D", rank=layer.rank,
                   kernel_size=layer.kernel_size, strides=layer.strides,
                   padding=layer.padding, data_format=layer.data_format,
                   dilation_rate=layer.dilation_rate, activation="linear", use_bias=False,
                   depth_multiplier=layer.depth_multiplier)
    own = depthwise.VECTOR if layer.depth_multiplier == 1 else depthwise.GROUPED
    bands = Schedule("depthwise_band", own.template,
                     functools.partial(own.context, band=band))
    dw_ctx = layer_context(1, dw, in_shape, reads, bands, target=target)
    parts = [(own.template, dict(dw_ctx, role="depthwise")),
             ("dense.c.j2", dict(pw_ctx, role="pointwise"))]
    return dict(
        kernel_axes(layer), pad=same_pads(layer, in_shape, reads),
        multiplier=layer.depth_multiplier, cm=cm, filters=layer.filters, band=band,
        pointwise_offset=math.prod(layer.kernel_size) * cm,
        scratch=band * out[-1] * cm, scratch_note=" (one band)", parts=parts,
    )


def _pack_separable_rows(layer: Separable, in_shape: Shape, arrays, fill=0,
                         target: Target = ANY):
    pw, band_shape = _pointwise_band(layer, in_shape)
    pointwise = np.asarray(arrays[1])
    rest = [pointwise.reshape(pointwise.shape[-2:])] + list(arrays[2:])
    return [arrays[0]] + schedule.pack_dense(pw, band_shape, rest, fill, target)


ROWS = Schedule("separable_rows", "separable_rows.c.j2", _separable_rows_context,
                _pack_separable_rows)
PIXELS = Schedule("separable", "separable.c.j2", _separable_context, strided_output=True,
                  residual="pass")


def _schedule(layer: Separable) -> Schedule:
    if layer.data_format == "channels_last" and layer.activation != "glu":
        return ROWS
    return PIXELS


ARGS = ("kernel_size", "strides", "padding", "data_format", "dilation_rate", "activation",
        "use_bias", "depth_multiplier", "filters")
KIND = Kind("separable", {f"SeparableConv{r}D": (r, ARGS) for r in (1, 2)}, Separable,
            training_only("depthwise", "pointwise", "bias"), reference.separable_layer,
            _schedule, folds=True)
