"""DepthwiseConv1D / DepthwiseConv2D: the registry entry of the depthwise kind.

Channels_last layers of multiplier 1 run the vector depthwise schedule (``depthwise.c.j2``),
the rest the grouped loop nest (``conv.c.j2``) with one group per channel.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Tuple

from .. import mve, reference, scalar, schedule
from ..layers import Shape, Spatial, _window_args, conv_output_length, positive_int, training_only
from ..lowering import Reads, Schedule, kernel_axes, same_pads
from ..targets import ANY, Target
from ..threads import Split, rows, taps
from .conv import GROUPED_THREADS, grouped_context
from .kind import Kind


@dataclass(frozen=True)
class Depthwise(Spatial):
    """DepthwiseConv1D / DepthwiseConv2D: output channel ``c * depth_multiplier + m``.

    Strides > 1 together with dilation > 1 are allowed (Keras >= 3.15).
    """

    type: str
    rank: int
    kernel_size: Tuple[int, ...]
    strides: Tuple[int, ...]
    padding: str
    data_format: str
    dilation_rate: Tuple[int, ...]
    activation: str
    use_bias: bool
    depth_multiplier: int = 1
    name: Optional[str] = None

    family = "depthwise"

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "Depthwise":
        return cls(**_window_args(type_, rank, args),
                   depth_multiplier=positive_int(args.get("depth_multiplier", 1),
                                                 "depth_multiplier"))

    def depthwise_output_shape(self, in_shape: Shape) -> Shape:
        self.check_rank(in_shape)
        spatial, channels = self.split(in_shape)
        out = tuple(conv_output_length(n, k, s, d, self.padding) for n, k, s, d in
                    zip(spatial, self.kernel_size, self.strides, self.dilation_rate))
        self.check_positive(in_shape, out)
        return self.join(out, channels * self.depth_multiplier)

    conv_output_shape = depthwise_output_shape

    def weight_shapes(self, in_shape: Shape) -> List[Tuple[str, Shape]]:
        _, channels = self.split(in_shape)
        shapes = [("kernel", self.kernel_size + (channels, self.depth_multiplier))]
        if self.use_bias:
            shapes.append(("bias", (channels * self.depth_multiplier,)))
        return shapes

    def scale_outputs(self, arrays, s):
        """The kernel (k..., C, M) with output channel ``c*M + m`` times ``s[c*M + m]``."""
        kernel = arrays[0]
        return [kernel * s.reshape(kernel.shape[-2:])]

    def macs(self, in_shape: Shape) -> int:
        out_spatial, cm = self.split(self.depthwise_output_shape(in_shape))
        return math.prod(out_spatial) * cm * math.prod(self.kernel_size)


def _depthwise_context(layer: Depthwise, in_shape: Shape, reads: Reads, band: int = 0,
                       width: Optional[int] = None, target: Target = ANY) -> Dict[str, Any]:
    # A depthwise kernel (k..., C, M) flattened is a grouped kernel (k..., 1, C*M) with C
    # groups: output channel c*M + m is exactly group c, filter m.
    _, channels = layer.split(in_shape)
    return grouped_context(layer, in_shape, reads, channels,
                            channels * layer.depth_multiplier, band, width)


def vector_context(layer: Depthwise, in_shape: Shape, reads: Reads,
                   band: int = 0, width: Optional[int] = None,
                   target: Target = ANY) -> Dict[str, Any]:
    """Numbers of the vector schedule; ``band`` > 0: a function computing one band of that
    many output rows (the depthwise step of a fused separable layer, or of a fused pooling),
    of the first ``width`` columns (default all)."""
    _, channels = layer.split(in_shape)
    out, _ = layer.split(layer.conv_output_shape(in_shape))
    pad = same_pads(layer, in_shape, reads)
    tiles = schedule.depthwise_context(layer, channels, width or out[-1], pad.w,
                                       reads.lo[-1], reads.hi[-1])
    if target.mve:   # the portable branch's tiles are MVE vectors: sized to their registers
        tiles.update(mve.depthwise_context(layer, channels, width or out[-1], pad.w,
                                           reads.lo[-1], reads.hi[-1]))
    # the portable branch's scalar tiles, sized to the FPU's 32 registers
    tiles.update(scalar.depthwise_context(layer, width or out[-1], pad.w, reads.lo[-1],
                                          reads.hi[-1]))
    return dict(kernel_axes(layer), pad=pad, use_bias=layer.use_bias,
                bias_offset=math.prod(layer.kernel_size) * channels, band=band, **tiles)


# one tap per channel; split by samples x output rows
VECTOR = Schedule("depthwise_vector", "depthwise.c.j2", vector_context, strided_output=True,
                  residual="pass", band=True,
                  threads=Split("output rows", lambda ctx: taps(ctx) * ctx["channels"], rows))
GROUPED = Schedule("depthwise", "conv.c.j2", _depthwise_context, strided_output=True,
                   residual="pass", band=True, threads=GROUPED_THREADS)


def _schedule(layer: Depthwise) -> Schedule:
    if layer.depth_multiplier == 1 and layer.rank <= 2 and layer.data_format == "channels_last":
        return VECTOR
    return GROUPED


ARGS = ("kernel_size", "strides", "padding", "data_format", "dilation_rate", "activation",
        "use_bias", "depth_multiplier")
KIND = Kind("depthwise", {f"DepthwiseConv{r}D": (r, ARGS) for r in (1, 2)}, Depthwise,
            training_only("depthwise", "bias"), reference.depthwise_layer, _schedule,
            folds=True)
