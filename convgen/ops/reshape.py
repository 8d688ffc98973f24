"""Cropping1D/2D/3D, ZeroPadding1D/2D/3D, UpSampling1D/2D/3D: the registry entry of the
reshaping kind. Crop, pad and nearest upsampling copy rows (``reshape.c.j2``); interpolated
upsampling resamples separably (``resize.c.j2``). A ZeroPadding or Cropping right before a
convolution of the same rank and data format is folded into its window bounds by the plan.
Upsampling keeps values in registers: bilinear with its per-phase weights as constants,
nearest as units loaded once and stored once per repeat.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Tuple

from .. import reference, resample
from ..layers import (
    ArgError,
    Shape,
    Spatial,
    data_format,
    fmt_shape,
    int_tuple,
    pairs,
    positive_int,
)
from ..lowering import Axes, Reads, Schedule
from ..targets import ANY, Target
from ..yamlsrc import suggest
from .kind import Kind

INTERPOLATIONS = ("nearest", "bilinear", "bicubic", "lanczos3", "lanczos5")


@dataclass(frozen=True)
class Reshape(Spatial):
    """Cropping1D/2D/3D, ZeroPadding1D/2D/3D, UpSampling1D/2D/3D, normalised.

    ``op`` is ``crop``, ``pad`` or ``upsample``; ``amounts`` the ``(before, after)`` pairs of
    crop/pad per spatial axis; ``size`` the repeat factor per axis of upsample.
    """

    type: str
    rank: int
    op: str
    data_format: str
    amounts: Tuple[Tuple[int, int], ...] = ()
    size: Tuple[int, ...] = ()
    interpolation: str = "nearest"
    name: Optional[str] = None

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "Reshape":
        # Cropping1D and UpSampling1D have no data_format argument (always (steps, features));
        # ZeroPadding1D has one in Keras 3.
        fmt = data_format(args.get("data_format"))
        if type_.startswith("Cropping"):
            default = (1, 1) if rank == 1 else ((0, 0), (0, 0)) if rank == 2 else 1
            return cls(type_, rank, "crop", fmt,
                       amounts=pairs(args.get("cropping", default), rank, "cropping"),
                       name=args.get("name"))
        if type_.startswith("ZeroPadding"):
            return cls(type_, rank, "pad", fmt,
                       amounts=pairs(args.get("padding", 1), rank, "padding"),
                       name=args.get("name"))
        interpolation = "nearest"
        if rank == 2:
            value = args.get("interpolation", "nearest")
            if not isinstance(value, str) or value.lower() not in INTERPOLATIONS:
                hint = suggest(str(value).lower(), INTERPOLATIONS)
                raise ArgError("interpolation", f"unknown interpolation {value!r}{hint}; "
                                                f"accepted: {', '.join(INTERPOLATIONS)}")
            interpolation = value.lower()
        # UpSampling1D's size is an int only, as Keras checks; 2D/3D take an int or a list.
        size = ((positive_int(args.get("size", 2), "size"),) if rank == 1
                else int_tuple(args.get("size", 2), rank, "size"))
        return cls(type_, rank, "upsample", fmt, size=size,
                   interpolation=interpolation, name=args.get("name"))

    def conv_output_shape(self, in_shape: Shape) -> Shape:
        self.check_rank(in_shape)
        spatial, channels = self.split(in_shape)
        if self.op == "upsample":
            return self.join(tuple(n * f for n, f in zip(spatial, self.size)), channels)
        sign = -1 if self.op == "crop" else 1
        out = tuple(n + sign * (a + b) for n, (a, b) in zip(spatial, self.amounts))
        if min(out) <= 0:
            raise ArgError("cropping", f"cropping {[list(p) for p in self.amounts]} leaves "
                                       f"nothing of input {fmt_shape(in_shape)} (output "
                                       f"{fmt_shape(out)})")
        return self.join(out, channels)

    def output_shape(self, in_shape: Shape) -> Shape:
        return self.conv_output_shape(in_shape)   # no activation argument

    def weight_shapes(self, in_shape: Shape) -> List[Tuple[str, Shape]]:
        return []

    def macs(self, in_shape: Shape) -> int:
        return 0


def _reshape_context(layer: Reshape, in_shape: Shape, reads: Reads,
                     target: Target = ANY) -> Dict[str, Any]:
    """Rows of the output copied from rows of the input (or zeroed): source index on each
    axis is ``o / scale + offset``; along the contiguous width the copy is one run (crop,
    pad) or a repeat (nearest upsampling). A row is W pixels of ``elem`` floats."""
    spatial, channels = layer.split(in_shape)
    out, _ = layer.split(layer.conv_output_shape(in_shape))
    if layer.op == "upsample":
        scale, offset = layer.size, (0,) * layer.rank
    else:
        scale = (1,) * layer.rank
        sign = 1 if layer.op == "crop" else -1
        offset = tuple(sign * before for before, _ in layer.amounts)
    inp, outp = Axes.of(spatial), Axes.of(out)
    off_w = offset[-1]
    lo, hi = max(0, -off_w), min(outp.w, inp.w - off_w)
    ctx = _row_context(layer, channels)
    repeat = None
    if scale[-1] > 1:
        # A unit of `pixels` input pixels x a run of channels is loaded into registers once
        # and stored scale.w times (no copy loop per float).
        elem, most = ctx["elem"], register_values(target)
        runs = channel_runs(elem, most)
        pixels = max(d for d in range(1, most // runs[0].size + 1)
                     if inp.w % d == 0) if elem < most else 1
        repeat = dict(pixels=pixels, runs=runs)
    return ctx | dict(
        scale=Axes.of(scale), offset=Axes.of(offset, 0),
        run_lo=lo, run_hi=hi, run_src=lo + off_w, repeat=repeat,
    )


def _row_context(layer, channels: int) -> Dict[str, Any]:
    last = layer.data_format == "channels_last"
    return dict(elem=channels if last else 1, outer_channels=1 if last else channels)


def register_values(target: Target) -> int:
    """Floats a unit of upsampling holds in registers: a unit of nearest upsampling (loaded
    once, stored once per repeat), or a row group's run of channels per input column in the
    phased bilinear kernel (v and u each). 8 on a scalar core (2 x 8 of an FPv4-SP's 32
    single-precision registers, the rest for loads and weights); 16 with vector tiles, where
    the compiler's SLP vectoriser makes a run of 8 or 16 channels whole vectors (x86-64 with
    AVX2: nearest 1.8 -> 0.23 us, bilinear 4.2 -> 2.0 us on the upsample specs)."""
    return 16 if target.vector else 8


@dataclass(frozen=True)
class Run:
    """``count`` runs of ``size`` channels from channel ``start``."""

    start: int
    size: int
    count: int


def channel_runs(channels: int, most: int) -> List[Run]:
    """``channels`` split into as few runs of at most ``most`` as can be, sizes differing by
    one at most: ``channel_runs(10, 4)`` is ``[Run(0, 4, 1), Run(4, 3, 2)]``."""
    parts = -(-channels // most)
    size, longer = divmod(channels, parts)
    runs = [Run(0, size + 1, longer)] if longer else []
    return runs + [Run(longer * (size + 1), size, parts - longer)]


def _resize_context(layer: Reshape, in_shape: Shape, reads: Reads,
                    target: Target = ANY) -> Dict[str, Any]:
    spatial, channels = layer.split(in_shape)
    # Two-tap kernels (bilinear) with integer factors have weights per output phase,
    # constants in the code; each input is loaded once per row group.
    rows = resample.phases(spatial[0], layer.size[0], layer.interpolation)
    cols = resample.phases(spatial[1], layer.size[1], layer.interpolation)
    if rows is not None and cols is not None:
        ctx = _row_context(layer, channels)
        most = max(1, register_values(target) // max(rows.factor, rows.lead, rows.trail))
        return ctx | dict(phased=True, rows=rows, cols=cols,
                          runs=channel_runs(ctx["elem"], most))
    rows, cols = (resample.windows(resample.taps(n, f, layer.interpolation), n)
                  for n, f in zip(spatial, layer.size))
    ctx = _row_context(layer, channels)
    row_floats = spatial[1] * ctx["elem"]
    return ctx | dict(
        phased=False, rows_taps=rows, cols_taps=cols, row_floats=row_floats,
        scratch=row_floats,
        scratch_note=f": one row resampled vertically ({spatial[1]} pixels)",
    )


ROWS = Schedule("reshape", "reshape.c.j2", _reshape_context, activation=False)
RESIZE = Schedule("resize", "resize.c.j2", _resize_context, activation=False,
                  one_thread=lambda ctx: "its row of scratch is shared" if ctx.get("scratch")
                  else "")


def _schedule(layer: Reshape) -> Schedule:
    return RESIZE if layer.interpolation != "nearest" else ROWS


TYPES = {**{f"Cropping{r}D": (r, ("cropping",) if r == 1 else ("cropping", "data_format"))
            for r in (1, 2, 3)},
         **{f"ZeroPadding{r}D": (r, ("padding", "data_format")) for r in (1, 2, 3)},
         "UpSampling1D": (1, ("size",)),
         "UpSampling2D": (2, ("size", "data_format", "interpolation")),
         "UpSampling3D": (3, ("size", "data_format"))}
KIND = Kind("reshape", TYPES, Reshape, ("activity_regularizer",), reference.reshape_layer,
            _schedule)
