"""Schedules: how a layer's loop nest is tiled and vectorised, and the weight packing that
goes with it. Part of the plan stage; the algorithm (what a layer computes) is in
:mod:`convgen.layers` and :mod:`convgen.reference`, the loops in ``templates/``.

A schedule is data handed to a template: packed-weight block sizes, and each row's columns as
segments of register tiles (loops of interior tiles, which need no bounds checks, and edge
tiles that list, per tap, the pixels whose input column exists). Nothing here changes
results beyond float rounding.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any, Dict, List, Optional, Sequence, Tuple

import numpy as np

from .targets import ANY, Target

VECTOR = 8          # floats per cg_v8 vector (256 bits): the vector width of the C
WIDE_REGS = 20      # accumulator vectors with 32 vector registers (AVX-512)
NARROW_REGS = 12    # with 16 (AVX2, NEON)
NARROW_SUB = 16     # filters of one 256-bit tile: a 32-filter block runs as two halves
SHORT_ROW = 4       # ... except in rows of at most this many pixels (see _narrow_sub)


def _blocks(filters: int, target: Target = ANY) -> Tuple[int, int, int]:
    """(FT, 8-float vectors per FT, filter blocks): the target's filter block
    (:meth:`convgen.targets.Target.filter_block`: 32, 16 or 8 padded on vector targets, a
    divisor of ``filters`` on exact ones). FT fixes the packed layout."""
    ft = target.filter_block(filters)
    return ft, -(-ft // VECTOR), -(-filters // ft)


def _wide(ft: int) -> Tuple[str, int]:
    """The vector type of the AVX-512 tiles: 16 floats, unless a block has only 8."""
    return ("cg_v16", 16) if ft >= 16 else ("cg_v8", 8)


MAX_EDGE_TILES = 4   # per column group and vector width; more fall back to border pixels


@dataclass(frozen=True)
class Segment:
    """``count`` register tiles of ``size`` pixels from ``q0`` on. A loop of interior tiles
    (``edge`` False) runs every tap for every pixel; an edge tile (count 1, q fixed) runs each
    tap ``(kw, offset, pixels)`` only for the pixels whose input column exists."""

    q0: int
    size: int
    count: int
    edge: bool
    taps: Tuple[Tuple[int, int, Tuple[int, ...]], ...]
    # filled in by _column_group: per pixel, its output column, and per tap, per pixel read,
    # its input column (a loop tile's are relative to its q: add out_step * q, in_step * q)
    out_cols: Tuple[int, ...] = ()
    in_cols: Tuple[Tuple[int, ...], ...] = ()
    # filled in by depthwise_context: each input column once, as (register j, column relative
    # to the tile's base); per tap, the register each pixel reads; the vector widths whose
    # registers hold every column beside the accumulators and the weight (CG_KEEP)
    loads: Tuple[Tuple[int, int], ...] = ()
    regs: Tuple[Tuple[int, ...], ...] = ()
    keep: Tuple[int, ...] = ()

    @property
    def end(self) -> int:
        """The column after the segment's last tile."""
        return self.q0 + self.count * self.size


def _split(n: int, biggest: int) -> List[int]:
    """``n`` pixels in as few tiles of at most ``biggest`` as can be, sizes differing by at
    most one (larger first)."""
    tiles_ = -(-n // biggest)
    base, extra = divmod(n, tiles_)
    return [base + 1] * extra + [base] * (tiles_ - extra)


def _interior_tile(segments: List[Segment], q0: int, size: int, taps) -> None:
    """Append an interior tile at ``q0``, into the previous loop when it has the same size."""
    last = segments[-1] if segments else None
    if last and not last.edge and last.size == size and last.q0 + last.count * size == q0:
        segments[-1] = Segment(last.q0, size, last.count + 1, False, last.taps)
    else:
        segments.append(Segment(q0, size, 1, False,
                                tuple((kw, off, tuple(range(size))) for kw, off in taps)))


def _segments(count: int, biggest: int, taps, ranges, q_lo: int, q_hi: int) -> List[Segment]:
    """Columns ``q`` in ``[0, count)`` as tiles of at most ``biggest`` pixels; tap ``i`` of
    ``taps`` reads an input column that exists for ``q`` in ``ranges[i]``, every tap for
    ``q`` in ``[q_lo, q_hi)``."""
    segments: List[Segment] = []
    q0 = 0
    for size in _split(count, biggest) if count else []:
        if q_lo <= q0 and q0 + size <= q_hi:
            _interior_tile(segments, q0, size, taps)
        else:
            reach = [(kw, off, tuple(p for p in range(size) if lo <= q0 + p < hi))
                     for (kw, off), (lo, hi) in zip(taps, ranges)]
            segments.append(Segment(q0, size, 1, True, tuple(t for t in reach if t[2])))
        q0 += size
    return segments


def _interior_segments(q_lo: int, q_hi: int, biggest: int, taps) -> List[Segment]:
    """The fallback: tiles over the interior columns only (the rest become border pixels)."""
    segments: List[Segment] = []
    q0 = q_lo
    for size in _split(q_hi - q_lo, biggest) if q_hi > q_lo else []:
        _interior_tile(segments, q0, size, taps)
        q0 += size
    return segments


def _columns(seg: Segment, out0: int, out_step: int, in_step: int) -> Segment:
    """``seg`` with its pixels' output columns and its taps' input columns."""
    q0 = seg.q0 if seg.edge else 0
    return replace(seg, out_cols=tuple(out0 + out_step * (q0 + p) for p in range(seg.size)),
                   in_cols=tuple(tuple((q0 + p) * in_step + off for p in pixels)
                                 for _, off, pixels in seg.taps))


def _column_group(out0: int, out_step: int, in_step: int, taps, count: int, lo: int, hi: int,
                  wide_p: int, narrow_p: int) -> Dict[str, Any]:
    """Output columns ``out0 + out_step * q``, q in ``[0, count)``, reading input column
    ``in_step * q + off`` through each tap ``(kw, off)``; input columns ``[lo, hi)`` exist.
    Tiles of at most ``wide_p`` pixels on AVX-512, ``narrow_p`` elsewhere."""
    ranges = [(max(0, -(-(lo - off) // in_step)), max(0, (hi - 1 - off) // in_step + 1))
              for _, off in taps]
    q_lo = min(count, max([0] + [a for a, _ in ranges]))
    q_hi = max(q_lo, min([count] + [b for _, b in ranges]))
    wide = _segments(count, wide_p, taps, ranges, q_lo, q_hi)
    narrow = _segments(count, narrow_p, taps, ranges, q_lo, q_hi)
    if max(sum(s.edge for s in wide), sum(s.edge for s in narrow)) > MAX_EDGE_TILES:
        wide = _interior_segments(q_lo, q_hi, wide_p, taps)
        narrow = _interior_segments(q_lo, q_hi, narrow_p, taps)
    wide = [_columns(seg, out0, out_step, in_step) for seg in wide]
    narrow = [_columns(seg, out0, out_step, in_step) for seg in narrow]
    covered = sorted({q for seg in wide for q in range(seg.q0, seg.q0 + seg.count * seg.size)})
    return dict(out0=out0, out_step=out_step, in_step=in_step, q_lo=q_lo, q_hi=q_hi,
                wide=wide, narrow=narrow, columns=[out0 + out_step * q for q in covered])


def _borders(out_w: int, groups: List[Dict[str, Any]]) -> List[Tuple[int, int]]:
    """Output columns no group's tiles cover, as ranges."""
    covered = {ow for g in groups for ow in g["columns"]}
    ranges: List[Tuple[int, int]] = []
    for ow in range(out_w):
        if ow not in covered:
            if ranges and ranges[-1][1] == ow:
                ranges[-1] = (ranges[-1][0], ow + 1)
            else:
                ranges.append((ow, ow + 1))
    return ranges


def dense_context(layer, channels: int, out_w: int, pad_w: int, lo_w: int,
                  hi_w: int, target: Target = ANY) -> Dict[str, Any]:
    """Numbers of the dense (groups == 1) schedule: one group of columns."""
    ft, nv, blocks = _blocks(layer.filters, target)
    k, s, d = layer.kernel_size[-1], layer.strides[-1], layer.dilation_rate[-1]
    groups = [_column_group(0, 1, s, [(kw, kw * d - pad_w) for kw in range(k)], out_w,
                            lo_w, hi_w, *_tile_pixels(ft, layer.activation, out_w))]
    return _blocked_context(layer, channels, ft, nv, blocks, groups, out_w, transposed=False,
                            target=target, narrow_sub=_narrow_sub(ft, out_w))


def transpose_context(layer, channels: int, in_w: int, out_w: int, crop_w: int,
                      target: Target = ANY) -> Dict[str, Any]:
    """Numbers of the transposed convolution by stride phases: output column
    ``r + s * q`` reads input column ``q + (r + crop - kw * d) / s`` through the taps kw
    whose offset divides; one group of columns per phase r."""
    ft, nv, blocks = _blocks(layer.filters, target)
    k, s, d = layer.kernel_size[-1], layer.strides[-1], layer.dilation_rate[-1]
    groups = []
    row = -(-out_w // s)   # the longest phase's columns
    for r in range(min(s, out_w)):
        taps = [(kw, (r + crop_w - kw * d) // s) for kw in range(k)
                if (r + crop_w - kw * d) % s == 0]
        groups.append(_column_group(r, s, 1, taps, (out_w - 1 - r) // s + 1, 0, in_w,
                                    *_tile_pixels(ft, layer.activation, row)))
    return _blocked_context(layer, channels, ft, nv, blocks, groups, out_w, transposed=True,
                            target=target, narrow_sub=_narrow_sub(ft, row))


def _narrow_sub(ft: int, row: Optional[int] = None) -> int:
    """Filters of one 256-bit tile: the block's, or NARROW_SUB of a 32-filter block (its two
    halves one after the other). 6 pixels x 2 vectors take 12 accumulators, 2 weight vectors
    and the broadcast input: 15 of the 16 registers, 8 loads a 12 FMAs. 3 pixels x 4 vectors
    would need 17 registers, so GCC reads the weights as memory operands of every FMA (15
    loads a 12 FMAs: bound by the two load ports, not by the two FMA pipes). But a row of at
    most SHORT_ROW pixels (``row``) keeps the whole block: its tiles are that short, and
    halves of them would hold too few accumulators to hide the FMA latency (2 x 16 filters:
    4 chains), and read the block's weights in two passes (ResNet50's 2x2 and 4x4 stages,
    which stream megabytes of weights: 12.0 -> 15.2 ms with halves)."""
    if row is not None and row <= SHORT_ROW:
        return ft
    return min(ft, NARROW_SUB)


# vector registers an activation applied in the tiles keeps its constants in (GCC hoists them
# out of the column loop): relu's zero; relu6's zero and 6
ACT_REGS = {"relu": 1, "relu6": 2}


def _tile_pixels(ft: int, activation: str = "linear",
                 row: Optional[int] = None) -> Tuple[int, int]:
    """Pixels per register tile of FT filters: on AVX-512 and on 16-register targets (an
    exact target's FT need not be whole vectors, and its source has no tiles: any number).
    On 16 registers the accumulators leave room for the weight vectors, the broadcast input
    and the activation's constants: else GCC spills accumulators inside the channel loop
    (relu6 on 6 x 16 filters: 12 + 2 + 1 + 2 = 17)."""
    nv = -(-_narrow_sub(ft, row) // VECTOR)
    narrow = min(NARROW_REGS, 16 - nv - 1 - ACT_REGS.get(activation, 0)) // nv
    return WIDE_REGS // -(-ft // _wide(ft)[1]), narrow


def _packs_bias(layer, target: Target) -> bool:
    """The blob holds a bias: the layer's, or zeros on a vector target (its tiles start from
    the bias vectors); an exact target packs no zeros (its loops start from 0)."""
    return layer.use_bias or not target.exact


def _blocked_context(layer, channels: int, ft: int, nv: int, blocks: int, groups, out_w: int,
                     transposed: bool, target: Target, narrow_sub: int) -> Dict[str, Any]:
    groups = [g for g in groups if g["wide"]]
    taps = math.prod(layer.kernel_size)
    borders = _borders(out_w, groups)
    mixed = blocks > 1 and layer.filters % ft != 0
    return dict(vector=True, transposed=transposed, ft=ft, nv=nv, blocks=blocks,
                block_floats=taps * channels * ft, tap_floats=channels * ft,
                # filters in block fb: a number unless blocks differ (then nf, computed once)
                mixed_blocks=mixed, last_fb=blocks - 1,
                nf="nf" if mixed else layer.filters - (blocks - 1) * ft,
                full_blocks=blocks - (layer.filters % ft != 0),
                # no tile reads a tap (every column is bias only): weights and input unused
                bias_only=not borders and not any(seg.taps for g in groups
                                                  for seg in g["wide"] + g["narrow"]),
                wide_type=_wide(ft)[0], wide_width=_wide(ft)[1],
                narrow_sub=narrow_sub, taps=taps, last_block=layer.filters - (blocks - 1) * ft,
                packed_bias=_packs_bias(layer, target),
                bias_offset=blocks * math.prod(layer.kernel_size) * channels * ft,
                groups_w=groups, borders=borders,
                edge_tiles=sum(seg.edge for g in groups for seg in g["wide"]))


DEPTHWISE_PIXELS = 8   # a depthwise tile's accumulators; its input columns take as many again


def depthwise_context(layer, channels: int, out_w: int, pad_w: int, lo_w: int,
                      hi_w: int) -> Dict[str, Any]:
    """Numbers of the vector depthwise schedule (channels_last, multiplier 1): one group of
    columns, tiles of at most DEPTHWISE_PIXELS pixels, edge tiles at the borders."""
    k, s, d = layer.kernel_size[-1], layer.strides[-1], layer.dilation_rate[-1]
    group = _column_group(0, 1, s, [(kw, kw * d - pad_w) for kw in range(k)], out_w, lo_w,
                          hi_w, DEPTHWISE_PIXELS, DEPTHWISE_PIXELS)
    segments = [_depthwise_tile(seg, s, d, pad_w) for seg in group["wide"]]
    wide, narrow = channels - channels % 16, channels - channels % VECTOR
    return dict(vector=True, vector_channels=narrow, wide_channels=wide,
                vector_blocks=narrow // VECTOR, wide_blocks=wide // 16, segments=segments,
                borders=_borders(out_w, [group]),
                edge_tiles=sum(seg.edge for seg in group["wide"]))


def _depthwise_tile(seg: Segment, stride: int, dilation: int, pad: int) -> Segment:
    """A depthwise tile's input columns: pixel p reads through tap kw the column register
    j = p * stride + kw * dilation, loaded from the tile's base (an edge tile's is the row
    start, so its columns are offset by its first column q0 * stride - pad). Kept in
    registers when they fit beside the accumulators and the weight: 32 registers with
    AVX-512 (16 floats), 16 for the 8-float path."""
    regs = tuple(tuple(p * stride + kw * dilation for p in pixels)
                 for kw, _, pixels in seg.taps)
    columns = sorted({j for r in regs for j in r})
    base = seg.q0 * stride - pad if seg.edge else 0
    keep = tuple(vw for vw, registers in ((16, 32), (8, 16))
                 if len(columns) + seg.size + 1 <= registers)
    return replace(seg, loads=tuple((j, base + j) for j in columns), regs=regs, keep=keep)


def pack_dense(layer, in_shape, arrays: Sequence[np.ndarray], fill=0,
               target: Target = ANY) -> List[np.ndarray]:
    """Keras (k..., C, F) + bias -> [F/FT][taps][C][FT] + [F/FT][FT], padded with ``fill``
    (an exact target's FT divides F: no padding)."""
    kernel = np.asarray(arrays[0])
    ft, _, blocks = _blocks(layer.filters, target)
    taps, channels = math.prod(layer.kernel_size), kernel.shape[-2]
    padded = np.full((taps, channels, blocks * ft), fill, dtype=kernel.dtype)
    padded[:, :, :layer.filters] = kernel.reshape(taps, channels, layer.filters)
    packed = padded.reshape(taps, channels, blocks, ft).transpose(2, 0, 1, 3)
    if not _packs_bias(layer, target):
        return [np.ascontiguousarray(packed)]
    bias = np.full(blocks * ft, fill, dtype=kernel.dtype)   # no bias: zeros when packing
    if layer.use_bias:
        bias[:layer.filters] = arrays[1]
    return [np.ascontiguousarray(packed), bias]


def pack_transpose(layer, in_shape, arrays: Sequence[np.ndarray], fill=0) -> List[np.ndarray]:
    """Keras's transposed kernel is (k..., F, C); the gather loop wants (k..., C, F)."""
    return [np.ascontiguousarray(np.swapaxes(arrays[0], -1, -2))] + list(arrays[1:])


def pack_dense_transpose(layer, in_shape, arrays: Sequence[np.ndarray],
                         fill=0, target: Target = ANY) -> List[np.ndarray]:
    """Keras's transposed kernel (k..., F, C) as a dense one (k..., C, F), then blocked."""
    return pack_dense(layer, in_shape, pack_transpose(layer, in_shape, arrays, fill), fill,
                      target)
