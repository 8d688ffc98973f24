"""Conv1DTranspose / Conv2DTranspose / Conv3DTranspose: the registry entry of the
transposed-convolution kind, run by stride phases on the dense microkernel (``dense.c.j2``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Tuple

from .. import mve, reference, scalar, schedule
from ..layers import (
    ArgError,
    Shape,
    Spatial,
    _forbid_stride_and_dilation,
    _required,
    _window_args,
    fmt_shape,
    int_tuple,
    positive_int,
    training_only,
    transpose_crop,
    transpose_output_length,
)
from ..lowering import Axes, Reads, Schedule, kernel_axes
from ..targets import ANY, Target
from .conv import DENSE_THREADS
from .kind import Kind


@dataclass(frozen=True)
class ConvTranspose(Spatial):
    """Conv1DTranspose / Conv2DTranspose / Conv3DTranspose."""

    type: str
    rank: int
    kernel_size: Tuple[int, ...]
    strides: Tuple[int, ...]
    padding: str
    data_format: str
    dilation_rate: Tuple[int, ...]
    activation: str
    use_bias: bool
    filters: int = 1
    output_padding: Optional[Tuple[int, ...]] = None
    name: Optional[str] = None

    family = "transpose"

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "ConvTranspose":
        op = args.get("output_padding")
        layer = cls(**_window_args(type_, rank, args),
                    filters=positive_int(_required(args, "filters"), "filters"),
                    output_padding=None if op is None else int_tuple(op, rank,
                                                                     "output_padding", 0))
        _forbid_stride_and_dilation(layer)
        if layer.output_padding is not None:
            for op, s in zip(layer.output_padding, layer.strides):
                if op >= s:
                    raise ArgError("output_padding", f"each output_padding must be less than "
                                   f"its stride: output_padding {list(layer.output_padding)}, "
                                   f"strides {list(layer.strides)}")
        return layer

    def _ops(self) -> Tuple[Optional[int], ...]:
        return self.output_padding or (None,) * self.rank

    def conv_output_shape(self, in_shape: Shape) -> Shape:
        self.check_rank(in_shape)
        spatial, _ = self.split(in_shape)
        out = tuple(transpose_output_length(n, k, s, d, self.padding, op) for n, k, s, d, op in
                    zip(spatial, self.kernel_size, self.strides, self.dilation_rate,
                        self._ops()))
        if min(out) <= 0:
            raise ArgError("kernel_size", f"input {fmt_shape(in_shape)} with kernel_size "
                           f"{fmt_shape(self.kernel_size)}, strides {fmt_shape(self.strides)}, "
                           f"padding {self.padding} and output_padding {self.output_padding} "
                           f"gives an empty output {fmt_shape(out)}")
        return self.join(out, self.filters)

    def crops(self, in_shape: Shape) -> Tuple[int, ...]:
        spatial, _ = self.split(in_shape)
        out, _ = self.split(self.conv_output_shape(in_shape))
        return tuple(transpose_crop(n, k, s, d, self.padding, o) for n, k, s, d, o in
                     zip(spatial, self.kernel_size, self.strides, self.dilation_rate, out))

    def weight_shapes(self, in_shape: Shape) -> List[Tuple[str, Shape]]:
        """Keras puts filters before input channels in a transposed kernel."""
        _, channels = self.split(in_shape)
        shapes = [("kernel", self.kernel_size + (self.filters, channels))]
        if self.use_bias:
            shapes.append(("bias", (self.filters,)))
        return shapes

    def scale_outputs(self, arrays, s):
        """The kernel (k..., F, C) with filter ``f`` times ``s[f]``."""
        return [arrays[0] * s[:, None]]

    def macs(self, in_shape: Shape) -> int:
        spatial, channels = self.split(in_shape)
        return math.prod(spatial) * math.prod(self.kernel_size) * channels * self.filters


def _dense_transpose_context(layer: ConvTranspose, in_shape: Shape, reads: Reads,
                             target: Target = ANY) -> Dict[str, Any]:
    spatial, channels = layer.split(in_shape)
    out, _ = layer.split(layer.conv_output_shape(in_shape))
    crop = Axes.of(layer.crops(in_shape), 0)
    tiles = mve if target.mve else scalar   # the portable branch's tiles
    return dict(kernel_axes(layer), crop=crop, use_bias=layer.use_bias,
                **schedule.transpose_context(layer, channels, spatial[-1], out[-1], crop.w,
                                             target),
                **tiles.transpose_context(layer, channels, spatial[-1], out[-1], crop.w,
                                          target))


DENSE = Schedule("dense_transpose", "dense.c.j2", _dense_transpose_context,
                 schedule.pack_dense_transpose, strided_output=True, residual="store",
                 threads=DENSE_THREADS)

ARGS = ("kernel_size", "strides", "padding", "data_format", "dilation_rate", "activation",
        "use_bias", "filters", "output_padding")
KIND = Kind("transpose", {f"Conv{r}DTranspose": (r, ARGS) for r in (1, 2, 3)}, ConvTranspose,
            training_only("kernel", "bias"), reference.transpose_layer, lambda layer: DENSE)
