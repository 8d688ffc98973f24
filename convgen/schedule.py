"""Schedules: how a layer's loop nest is tiled and vectorised, and the weight packing that
goes with it. Part of the plan stage; the algorithm (what a layer computes) is in
:mod:`convgen.layers` and :mod:`convgen.reference`, the loops in ``templates/``.

A schedule is data handed to a template: tile sizes, packed-weight block sizes, the interior
range without bounds checks. Nothing here changes results beyond float rounding.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Dict, List, Sequence, Tuple

import numpy as np

VECTOR = 8          # floats per cg_v8 vector (256 bits): the vector width of the C
WIDE_REGS = 20      # accumulator vectors with 32 vector registers (AVX-512)
NARROW_REGS = 12    # with 16 (AVX2, NEON)


def schedule_for(layer) -> str:
    """The schedule (template family) that runs ``layer``."""
    if layer.family == "conv" and layer.groups == 1:
        return "dense"
    if (layer.family == "depthwise" and layer.depth_multiplier == 1 and layer.rank <= 2
            and layer.data_format == "channels_last"):
        return "depthwise_vector"
    return layer.family


@dataclass(frozen=True)
class Tiles:
    """``count`` tiles of ``size`` output pixels, then one of ``rest`` (0: none)."""

    size: int
    count: int
    rest: int


def tiles(width: int, accumulators: int, vectors: int) -> Tiles:
    """Split ``width`` interior pixels into register tiles of at most
    ``accumulators // vectors`` pixels: prefer no leftover, else a leftover of at least 4
    pixels (enough independent FMA chains), then larger tiles."""
    biggest = max(1, accumulators // vectors)
    if width <= biggest:
        return Tiles(width, 1 if width else 0, 0)
    best = min(range(max(1, biggest // 2), biggest + 1),
               key=lambda p: (width % p != 0, 0 < width % p < 4, -p))
    return Tiles(best, width // best, width % best)


def interior(out: int, n_lo: int, n_hi: int, k: int, s: int, d: int, pad: int) -> Tuple[int, int]:
    """Output columns ``[lo, hi)`` whose every tap reads inside ``[n_lo, n_hi)``."""
    lo = max(0, -(-(n_lo + pad) // s))
    hi = min(out, (n_hi - 1 - (k - 1) * d + pad) // s + 1)
    return lo, max(lo, hi)


def dense_context(layer, channels: int, out_w: int, pad_w: int, lo_w: int,
                  hi_w: int) -> Dict[str, Any]:
    """Numbers of the dense (groups == 1, channels_last) schedule."""
    ft = 2 * VECTOR if layer.filters > VECTOR else VECTOR
    nv = ft // VECTOR
    blocks = -(-layer.filters // ft)
    taps = math.prod(layer.kernel_size)
    ow_lo, ow_hi = interior(out_w, lo_w, hi_w, layer.kernel_size[-1], layer.strides[-1],
                            layer.dilation_rate[-1], pad_w)
    borders = [(a, b) for a, b in ((0, ow_lo), (ow_hi, out_w)) if b > a]
    return dict(
        vector=True, ft=ft, nv=nv, blocks=blocks, taps=taps,
        last_block=layer.filters - (blocks - 1) * ft,
        bias_offset=blocks * taps * channels * ft,
        ow_lo=ow_lo, ow_hi=ow_hi, borders=borders,
        wide=tiles(ow_hi - ow_lo, WIDE_REGS, nv), narrow=tiles(ow_hi - ow_lo, NARROW_REGS, nv),
    )


def depthwise_context(layer, channels: int, out_w: int, pad_w: int, lo_w: int,
                      hi_w: int) -> Dict[str, Any]:
    """Numbers of the vector depthwise schedule (channels_last, multiplier 1)."""
    ow_lo, ow_hi = interior(out_w, lo_w, hi_w, layer.kernel_size[-1], layer.strides[-1],
                            layer.dilation_rate[-1], pad_w)
    t = tiles(ow_hi - ow_lo, 4, 1)
    return dict(vector=True, vector_channels=channels - channels % VECTOR, ow_lo=ow_lo,
                ow_hi=ow_hi, borders=[(a, b) for a, b in ((0, ow_lo), (ow_hi, out_w)) if b > a],
                tiles=t, tile_size=t.size)


def pack_dense(layer, in_shape, arrays: Sequence[np.ndarray], fill=0) -> List[np.ndarray]:
    """Keras (k..., C, F) + bias -> [F/FT][taps][C][FT] + [F/FT][FT], padded with ``fill``."""
    kernel = np.asarray(arrays[0])
    ft = 2 * VECTOR if layer.filters > VECTOR else VECTOR
    blocks = -(-layer.filters // ft)
    taps, channels = math.prod(layer.kernel_size), kernel.shape[-2]
    padded = np.full((taps, channels, blocks * ft), fill, dtype=kernel.dtype)
    padded[:, :, :layer.filters] = kernel.reshape(taps, channels, layer.filters)
    packed = padded.reshape(taps, channels, blocks, ft).transpose(2, 0, 1, 3)
    bias = np.full(blocks * ft, fill, dtype=kernel.dtype)   # no bias: zeros when packing
    if layer.use_bias:
        bias[:layer.filters] = arrays[1]
    return [np.ascontiguousarray(packed), bias]


def pack_transpose(layer, in_shape, arrays: Sequence[np.ndarray], fill=0) -> List[np.ndarray]:
    """Keras's transposed kernel is (k..., F, C); the gather loop wants (k..., C, F)."""
    return [np.ascontiguousarray(np.swapaxes(arrays[0], -1, -2))] + list(arrays[1:])
