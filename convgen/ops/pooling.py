"""MaxPooling1D/2D/3D, AveragePooling1D/2D/3D, GlobalMaxPooling1D/2D/3D and
GlobalAveragePooling1D/2D/3D: the registry entry of the pooling kind.

One loop nest (``pool.c.j2``) for all twelve: a global pooling is a pooling whose window is
the whole input (stride 1, valid). Per output pixel the window's taps are walked with the
checked loops of ``window.j2`` and each tap reduces a run of channels into an accumulator
(channels innermost, so GCC vectorises the channels_last case). ``same`` padding as Keras:
``out = ceil(n / s)``, the odd padding element after; max pooling ignores the padding (as if
-inf), average pooling divides by the number of real inputs in the window. A NaN in a max
window gives NaN, as Keras's torch and jax backends do.

A ``valid`` 2-D pooling whose strides are its pool size can instead run in the step of the
convolution it reads (:mod:`convgen.fusion`, *pooled*): :func:`fused_context` and
``pooled.c.j2``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from .. import dtypes, reference, scalar
from ..layers import (
    ArgError,
    Shape,
    Spatial,
    _padding,
    _required,
    boolean,
    conv_output_length,
    data_format,
    fmt_shape,
    int_tuple,
    pad_before,
)
from ..lowering import Axes, Band, Reads, Schedule, layer_context, tensor_strides
from ..targets import ANY, Target
from ..threads import Split, pixels, taps
from .kind import Kind


@dataclass(frozen=True)
class Pooling(Spatial):
    """A pooling layer, normalised. ``mode`` is ``max`` or ``average``; a global pooling
    (``is_global``) has no ``pool_size``/``strides`` (its window is the whole input) and may
    keep its unit spatial axes (``keepdims``)."""

    type: str
    rank: int
    mode: str
    data_format: str
    pool_size: Tuple[int, ...] = ()
    strides: Tuple[int, ...] = ()
    padding: str = "valid"
    is_global: bool = False
    keepdims: bool = False
    name: Optional[str] = None

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "Pooling":
        mode = "max" if "Max" in type_ else "average"
        fmt = data_format(args.get("data_format"))
        if type_.startswith("Global"):
            return cls(type_, rank, mode, fmt, is_global=True,
                       keepdims=boolean(args.get("keepdims", False), "keepdims"),
                       name=args.get("name"))
        # MaxPooling defaults to 2 per axis; AveragePooling has no default in Keras 3.
        pool_size = int_tuple(args.get("pool_size", 2) if mode == "max"
                              else _required(args, "pool_size"), rank, "pool_size")
        # Keras: strides None means pool_size. (Keras's argument check lets a stride of 0
        # through, but its shape arithmetic then divides by it: refused here.)
        strides = args.get("strides")
        strides = pool_size if strides is None else int_tuple(strides, rank, "strides")
        return cls(type_, rank, mode, fmt, pool_size=pool_size, strides=strides,
                   padding=_padding(args.get("padding", "valid"), ("valid", "same"), type_),
                   name=args.get("name"))

    def window(self, in_shape: Shape) -> Tuple[Shape, Shape, str]:
        """(pool size, strides, padding) on ``in_shape``: the whole input for a global one."""
        spatial, _ = self.split(in_shape)
        if self.is_global:
            return tuple(spatial), (1,) * self.rank, "valid"
        return self.pool_size, self.strides, self.padding

    def conv_output_shape(self, in_shape: Shape) -> Shape:
        """The pooled shape with its spatial axes (unit ones for a global pooling)."""
        self.check_rank(in_shape)
        spatial, channels = self.split(in_shape)
        pool, strides, padding = self.window(in_shape)
        out = tuple(conv_output_length(n, k, s, 1, padding)
                    for n, k, s in zip(spatial, pool, strides))
        if min(out) <= 0:
            raise ArgError("pool_size", f"input {fmt_shape(in_shape)} is smaller than "
                                        f"pool_size {fmt_shape(pool)} with padding valid: the "
                                        f"output would be {fmt_shape(out)}")
        return self.join(out, channels)

    def output_shape(self, in_shape: Shape) -> Shape:
        shape = self.conv_output_shape(in_shape)
        if self.is_global and not self.keepdims:
            return (self.split(shape)[1],)
        return shape

    def weight_shapes(self, in_shape: Shape) -> List[Tuple[str, Shape]]:
        return []

    def macs(self, in_shape: Shape) -> int:
        """Window elements read (one max or add each), real inputs only: Keras's summary
        counts no operations for pooling, so this is convgen's own measure of its work."""
        spatial, channels = self.split(in_shape)
        pool, strides, padding = self.window(in_shape)
        return channels * math.prod(sum(_axis_counts(n, k, s, padding))
                                    for n, k, s in zip(spatial, pool, strides))


def _axis_counts(n: int, k: int, s: int, padding: str) -> List[int]:
    """Real inputs in each window along one axis of ``n`` inputs."""
    out = conv_output_length(n, k, s, 1, padding)
    pad = pad_before(n, k, s, 1, padding)
    return [min(o * s - pad + k, n) - max(o * s - pad, 0) for o in range(out)]


def _pool_context(layer: Pooling, in_shape: Shape, reads: Reads,
                  target: Target = ANY) -> Dict[str, Any]:
    spatial, _ = layer.split(in_shape)
    pool, strides, padding = layer.window(in_shape)
    pads = [pad_before(n, k, s, 1, padding) for n, k, s in zip(spatial, pool, strides)]
    # Every window whole: the divisor of an average is the pool size, a constant.
    whole = all(min(_axis_counts(n, k, s, padding)) == k
                for n, k, s in zip(spatial, pool, strides))
    is_max = layer.mode == "max"
    return dict(
        k=Axes.of(pool), stride=Axes.of(strides), dilation=Axes.of((1,) * layer.rank),
        pad=Axes.of(pads, 0), mode=layer.mode,
        init="-INFINITY" if is_max else "0.0f",
        divisor="" if is_max else f"{float(math.prod(pool))!r}f" if whole else "(float)count",
        count=not is_max and not whole,
        helpers=["cg_max"] if is_max else [],
        # vector=True: the model defines CG_VECTOR, which picks the loop GCC vectorises;
        # the portable branch's channels: runs of at most POOL_RUN in scalar registers
        vector=True, pool_runs=scalar.filter_runs(layer.split(in_shape)[1], POOL_RUN),
    )


POOL_RUN = 8   # channels a tile of the portable branch holds

# its work: one window read per tap and channel
POOL = Schedule("pool", "pool.c.j2", _pool_context, strided_output=True, activation=False,
                threads=Split("output pixels", lambda ctx: taps(ctx) * ctx["channels"], pixels))

BAND_BYTES = 8 * 1024   # a fused pooling's band of convolution rows: a quarter of an L1 data cache


def _pooled_rows(pooled_h: int, row_bytes: int) -> int:
    """Pooled rows per band: the most that divide the pooled height with their convolution
    rows within BAND_BYTES (at least one)."""
    return max([r for r in range(1, pooled_h + 1)
                if pooled_h % r == 0 and r * row_bytes <= BAND_BYTES] or [1])


def fused_context(batch: int, conv, in_shape: Shape, reads: Reads, conv_schedule: Schedule,
                  pool: Pooling, target: Target = ANY) -> Dict[str, Any]:
    """The context of ``pooled.c.j2``: convolution ``conv`` (its input ``in_shape``, read as
    ``reads``, by ``conv_schedule``, which computes bands) with the 2-D ``valid`` pooling
    ``pool`` of strides equal to its pool size applied to its output band by band. Each band
    is the convolution rows of ``pooled_rows`` pooled rows, only the columns the pooling
    reads, in the workspace; the pooling reduces it into its rows of the output."""
    conv_shape = conv.conv_output_shape(in_shape)
    (height, width), channels = pool.split(conv_shape)
    (ph, pw), (out_h, out_w) = pool.pool_size, pool.split(pool.output_shape(conv_shape))[0]
    extent = (out_h * ph, out_w * pw)   # valid pooling drops the rest
    rows = _pooled_rows(out_h, dtypes.nbytes(ph * extent[1] * channels))
    band = Band(rows * ph, extent)
    conv_ctx = layer_context(1, conv, in_shape, reads, conv_schedule, band=band,
                             target=target)
    band_shape = pool.join((band.rows, extent[1]), channels)
    pool_ctx = layer_context(1, pool, band_shape, Reads.whole(pool, band_shape), POOL,
                             target=target)
    # the band's pooled rows are rows of the whole pooled output
    y = tensor_strides((out_h, out_w), channels, pool.data_format)
    pool_ctx.update(y=y, band=rows)
    size = band.rows * extent[1] * channels
    return dict(
        parts=[(conv_schedule.template, dict(conv_ctx, role="conv")),
               ("pool.c.j2", dict(pool_ctx, role="pool"))],
        batch=batch, x_n=conv_ctx["x"].n, y_n=y.n, y_h=y.h, out_h=out_h, pooled_rows=rows,
        band_rows=band.rows, pool_h=ph, mode=pool.mode, k=Axes.of(pool.pool_size),
        dropped=(height - extent[0], width - extent[1]), residual=False,
        input_dims=conv_ctx["input_dims"],
        output_dims=f"{batch}x{fmt_shape(pool.output_shape(conv_shape))}",
        workspace_size=size + conv_ctx["workspace_size"],
        workspace_note=f" (one band of {band.rows} x {extent[1]} x {channels} convolution "
                       "values)" + conv_ctx["workspace_note"],
    )


def _schedule(layer: Pooling) -> Schedule:
    return POOL


def _types() -> Dict[str, Tuple[int, Sequence[str]]]:
    out: Dict[str, Tuple[int, Tuple[str, ...]]] = {}
    for r in (1, 2, 3):
        for mode in ("Max", "Average"):
            out[f"{mode}Pooling{r}D"] = (r, ("pool_size", "strides", "padding", "data_format"))
            out[f"Global{mode}Pooling{r}D"] = (r, ("data_format", "keepdims"))
    return out


KIND = Kind("pooling", _types(), Pooling, ("activity_regularizer",), reference.pooling_layer,
            _schedule)
