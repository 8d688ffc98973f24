"""Scalar schedules: the register tiles of the portable branch of the templates, for cores
with a single-precision FPU and no SIMD (Cortex-M4F/M7, 32 ``s`` registers).

A tile is P output pixels x F filters (or Dense rows x units) held in named ``float``
accumulators; per input channel it loads F weights and P inputs once and does P * F
multiply-adds, so with ``-ffp-contract=fast`` a channel step costs about
``P * F + P + F + LOOP`` instructions for P * F MACs. The tile shapes are chosen here, with
the loops unrolled by the template (taps x pixels x filters), the channel loop kept a loop.
Nothing here changes results beyond float rounding.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

from . import schedule
from .targets import ANY, Target

REGISTERS = 32   # single-precision FPU registers (s0-s31)
LOOP = 3         # a channel step's instructions beside its loads and FMAs: add, compare, branch
MAX_SIDE = 30    # at most this many pixels or filters a tile (bounds the unrolled code)
UNROLL_CHANNELS = 4   # an interior tile's channel loop this short may be unrolled whole


def fits(pixels: int, filters: int) -> bool:
    """Whether a tile's accumulators, the smaller side's loaded values and the one value of the
    other side being multiplied fit the FPU's registers."""
    return pixels * filters + min(pixels, filters) + 1 <= REGISTERS


def _cost(sizes_p: List[int], sizes_f: List[int]) -> int:
    """Instructions of one channel step over every tile of a row of pixels x filters."""
    return sum(p * f + p + f + LOOP for p in sizes_p for f in sizes_f)


def tile_shape(pixels: int, filters: int) -> Tuple[int, int]:
    """(P, F): the largest tile sides (split evenly over ``pixels`` and ``filters``) giving the
    fewest instructions per MAC within the registers; ties go to fewer, larger tiles."""
    best = None
    for p in range(1, min(pixels, MAX_SIDE) + 1):
        for f in range(1, min(filters, MAX_SIDE) + 1):
            if not fits(p, f):
                continue
            sp, sf = schedule._split(pixels, p), schedule._split(filters, f)
            key = (_cost(sp, sf) / (pixels * filters), len(sp) * len(sf), -p)
            if best is None or key < best[0]:
                best = (key, max(sp), max(sf))
    return best[1], best[2]


def filter_runs(filters: int, most: int) -> List[Dict[str, int]]:
    """``filters`` as tiles of at most ``most``, sizes differing by at most one: runs of
    ``count`` tiles of ``size`` from filter ``start`` (a loop when count > 1)."""
    runs: List[Dict[str, int]] = []
    start = 0
    for size in schedule._split(filters, most):
        if runs and runs[-1]["size"] == size:
            runs[-1]["count"] += 1
        else:
            runs.append(dict(start=start, size=size, count=1))
        start += size
    return runs


RUN_COST = 0.05   # the extra instructions per MAC worth a second filter run (twice the code)
EDGE_TAPS = 8     # unrolled taps over a group's edge tiles; more: border pixels instead


def _filter_side(pixels: int, filters: int) -> int:
    """F for tiles of ``pixels`` pixels: the best, or the best dividing ``filters`` evenly
    (one run of tiles, half the code) unless that costs RUN_COST more per MAC."""
    def per_mac(f):
        return _cost([pixels], schedule._split(filters, f)) / (pixels * filters)
    sides = [f for f in range(1, min(filters, MAX_SIDE) + 1) if fits(pixels, f)]
    best = min(sides, key=per_mac)
    even = min((f for f in sides if filters % f == 0), key=per_mac)
    return even if per_mac(even) <= per_mac(best) + RUN_COST else best


def _block_classes(filters: int, ft: int, blocks: int, pixels: int,
                   side: int = 0) -> Tuple[int, List[Dict]]:
    """(P, the blocks as classes): full blocks of FT filters, then a last one of fewer, each
    with its filter runs; P is ``side``, or the pixel side chosen for the widest block."""
    p = side or tile_shape(pixels, min(ft, filters))[0]
    last = filters - (blocks - 1) * ft
    full = blocks - (last != ft)
    classes = []
    for lo, hi, nf in ((0, full, ft), (full, blocks, last)):
        if hi > lo:
            classes.append(dict(fb_lo=lo, fb_hi=hi, nf=nf,
                                runs=filter_runs(nf, _filter_side(p, nf))))
    return p, classes


def _tap_loop(seg: schedule.Segment) -> Any:
    """An interior tile's taps as a loop (j over count: tap kw0 + j * dk reads its pixels'
    input columns moved by j * doff), when there are several in arithmetic progression; None
    keeps them unrolled (an edge tile, whose taps read different pixels)."""
    taps = seg.taps
    if seg.edge or len(taps) < 2:
        return None
    dk, doff = taps[1][0] - taps[0][0], taps[1][1] - taps[0][1]
    if any(b[0] - a[0] != dk or b[1] - a[1] != doff for a, b in zip(taps, taps[1:])):
        return None
    return dict(count=len(taps), kw0=taps[0][0], dk=dk, doff=doff)


def _group(out0: int, out_step: int, in_step: int, taps, count: int, lo: int, hi: int,
           p: int) -> Dict[str, Any]:
    """A column group (:func:`convgen.schedule._column_group`) in tiles of at most ``p``
    pixels; edge tiles only while their unrolled taps stay within EDGE_TAPS, and each
    interior tile's taps as a loop where they allow."""
    g = schedule._column_group(out0, out_step, in_step, taps, count, lo, hi, p, p)
    segments = g["wide"]
    if sum(len(seg.taps) for seg in segments if seg.edge) > EDGE_TAPS:
        segments = [schedule._columns(seg, out0, out_step, in_step) for seg in
                    schedule._interior_segments(g["q_lo"], g["q_hi"], p, taps)]
    columns = [out0 + out_step * q for seg in segments
               for q in range(seg.q0, seg.q0 + seg.count * seg.size)]
    return dict(g, segments=segments, tap_loops=[_tap_loop(seg) for seg in segments],
                columns=columns)


def unrolled(channels: int, p: int, f: int) -> bool:
    """Whether a tile of p pixels x f filters runs its channel loop unrolled whole: a short
    loop (at most UNROLL_CHANNELS) and a tile small enough that every channel's smaller side
    and one value of the other fit the registers beside the accumulators (GCC schedules the
    unrolled loads early; past the registers they spill: measured on the Cortex-M4, a 3 x 4
    tile over 3 channels gains 8%, 5 x 4 and 6 x 4 tiles lose 5-10%)."""
    return (channels <= UNROLL_CHANNELS
            and p * f + channels * (min(p, f) + 1) <= REGISTERS)


def unroll_taps(seg: schedule.Segment, channels: int, filters: int) -> bool:
    """Whether an interior tile of ``filters`` filters runs its tap loop unrolled: each tap's
    channel steps as straight-line code (no tap counter, fixed offsets; measured on the
    Cortex-M4: 0.5-3% fewer instructions over many channels, 12% over one). Over one channel
    GCC loads a column that several taps read once and keeps it, so the tile's columns
    must fit beside its accumulators (a 6 x 4 tile over 10 columns spills: 2% more)."""
    columns = len({col for cols in seg.in_cols for col in cols})
    return channels > 1 or seg.size * filters + columns + 1 <= REGISTERS


STEPS = (4, 2)   # channel steps an iteration a small tile's channel loop may take


def channel_steps(channels: int, p: int, f: int) -> int:
    """Channel steps per iteration of a p x f tile's channel loop (the loop's add, compare
    and branch once for all): the most of STEPS dividing ``channels`` with the tile's
    accumulators and every loaded input and weight of the steps within the registers (GCC
    loads them all first), else 1. Measured on the Cortex-M4: a 1 x 5 tile over 16 channels
    16% fewer instructions by 4 steps; a 5 x 4 tile by 2 steps, past the registers, 7% more."""
    return next((u for u in STEPS if channels % u == 0 and p * f + u * (p + f) <= REGISTERS),
                1)


def _scalar_context(classes, groups, out_w: int, channels: int) -> Dict[str, Any]:
    groups = [g for g in groups if g["segments"]]
    borders = schedule._borders(out_w, groups)
    reads = bool(borders) or any(seg.taps for g in groups for seg in g["segments"])
    sides = {run["size"] for cls in classes for run in cls["runs"]}
    groups = [dict(g, tap_loops=[tl and dict(tl, unroll=sorted(
        f for f in sides if unroll_taps(seg, channels, f)))
        for seg, tl in zip(g["segments"], g["tap_loops"])]) for g in groups]
    tiles = sorted({(seg.size, f) for g in groups for seg in g["segments"] for f in sides
                    if unrolled(channels, seg.size, f)})
    steps = {f"{p},{f}": channel_steps(channels, p, f) for f in sides
             for p in {1} | {seg.size for g in groups for seg in g["segments"]}}
    return dict(scalar_blocks=classes, scalar_groups=groups, scalar_borders=borders,
                scalar_reads=reads, scalar_unrolled_tiles=[list(t) for t in tiles],
                scalar_channel_steps={k: u for k, u in steps.items() if u > 1})


def dense_context(layer, channels: int, out_w: int, pad_w: int, lo_w: int,
                  hi_w: int, target: Target = ANY) -> Dict[str, Any]:
    """The scalar tiles of a dense (groups == 1) convolution: one group of columns, over the
    target's filter blocks."""
    ft, _, blocks = schedule._blocks(layer.filters, target)
    k, s, d = layer.kernel_size[-1], layer.strides[-1], layer.dilation_rate[-1]
    side = channels == 1 and k > 1 and one_channel_side(out_w, min(ft, layer.filters), k, s, d)
    p, classes = _block_classes(layer.filters, ft, blocks, out_w, side or 0)
    inside = layer.filters == 1 and _taps_inside_side(k, s, d) or 0
    group = dense_group(layer, out_w, pad_w, lo_w, hi_w, inside or p)
    return dict(_scalar_context(classes, [group], out_w, channels),
                scalar_taps_inside=bool(inside))


ONE_CHANNEL_GAIN = 0.03   # the modelled gain worth leaving the usual tile for


def one_channel_side(pixels: int, filters: int, k: int, s: int, d: int) -> int:
    """P for a one-channel convolution's tiles (a first layer on a grey image or a signal):
    its taps along w unrolled when the tile's accumulators and columns fit the registers
    (:func:`unroll_taps`), a row of k taps then costing each column once, k F weights and
    the k P F multiply-adds; else the tap loop's k (P + F + P F + LOOP). The fewest per MAC
    over the row's tiles, F as :func:`_filter_side` picks it for P; ties to larger P. The
    usual P (:func:`tile_shape`) unless this one costs ONE_CHANNEL_GAIN less: the model
    ignores the edge tiles (measured on the Cortex-M4: a 5 x 4 tile for 5 columns beats two
    tiles of 3 and 2 the model prefers by 2%; 8 x 3 tiles for 26 columns beat the usual 6 x 4
    by 5.5%, modelled 3.8%)."""
    def columns(p):
        return s * (p - 1) + (k - 1) * d + 1

    def cost(p):
        f_side = _filter_side(p, filters)
        total = 0
        for q in schedule._split(pixels, p):
            for f in schedule._split(filters, f_side):
                unrolled = q * f + columns(q) + 1 <= REGISTERS
                total += (columns(q) + k * f + k * q * f if unrolled
                          else k * (q + f + q * f + LOOP))
        return total / (pixels * filters * k)
    sides = [p for p in range(1, min(pixels, MAX_SIDE) + 1) if fits(p, 1)]
    best, usual = min(sides, key=lambda p: (cost(p), -p)), tile_shape(pixels, filters)[0]
    return best if cost(best) < (1 - ONE_CHANNEL_GAIN) * cost(usual) else usual


def dense_group(layer, out_w: int, pad_w: int, lo_w: int, hi_w: int, side: int):
    """The one column group of a dense convolution's row, in tiles of ``side`` pixels."""
    k, s, d = layer.kernel_size[-1], layer.strides[-1], layer.dilation_rate[-1]
    return _group(0, 1, s, [(kw, kw * d - pad_w) for kw in range(k)], out_w, lo_w, hi_w, side)


def transpose_groups(layer, in_w: int, out_w: int, crop_w: int, side: int) -> List:
    """A transposed convolution's column groups, one per stride phase r: output column
    ``r + s * q`` reads input column ``q + (r + crop - kw * d) / s`` through the taps kw whose
    offset divides; tiles of ``side`` pixels."""
    k, s, d = layer.kernel_size[-1], layer.strides[-1], layer.dilation_rate[-1]
    groups = []
    for r in range(min(s, out_w)):
        taps = [(kw, (r + crop_w - kw * d) // s) for kw in range(k)
                if (r + crop_w - kw * d) % s == 0]
        groups.append(_group(r, s, 1, taps, (out_w - 1 - r) // s + 1, 0, in_w, side))
    return groups


def _taps_inside_side(k: int, s: int, d: int) -> int:
    """P for a one-filter layer's interior tiles with the taps along w unrolled inside the
    channel loop (each input column loaded once for every tap and pixel reading it:
    P + columns + k loads per P * k MACs instead of 2 P + 1 per P): the best P whose
    accumulators, columns and weights fit the registers, or 0 when the taps share no column
    (or there is one tap) and the usual order is as good."""
    def columns(p):
        return len({q * s + kw * d for q in range(p) for kw in range(k)})
    sides = [p for p in range(1, MAX_SIDE + 1) if p + columns(p) + k + 1 <= REGISTERS]
    if k < 2 or not sides or columns(max(sides)) == max(sides) * k:
        return 0
    return min(sides, key=lambda p: ((columns(p) + k + LOOP) / (p * k), -p))


def transpose_context(layer, channels: int, in_w: int, out_w: int, crop_w: int,
                      target: Target = ANY) -> Dict[str, Any]:
    """The scalar tiles of a transposed convolution: one group of columns per stride phase
    (see :func:`convgen.schedule.transpose_context`), over the target's filter blocks."""
    ft, _, blocks = schedule._blocks(layer.filters, target)
    p, classes = _block_classes(layer.filters, ft, blocks, -(-out_w // layer.strides[-1]))
    groups = transpose_groups(layer, in_w, out_w, crop_w, p)
    return dict(_scalar_context(classes, groups, out_w, channels), scalar_taps_inside=False)


def dense_layer_context(rows: int, units: int) -> Dict[str, Any]:
    """Dense as tiles of rows x units: row runs and unit runs (see :func:`filter_runs`)."""
    r, u = tile_shape(rows, units)
    return dict(row_runs=filter_runs(rows, r), unit_runs=filter_runs(units, u))


def grouped_context(out_w: int, k: int, s: int, d: int, pad: int, lo: int, hi: int,
                    filters_group: int) -> Dict[str, Any]:
    """The tiles of the grouped loop nest (``conv.c.j2``: grouped convolutions, depthwise with
    a multiplier or another layout) along w: ``conv_ranges`` of output columns, each
    ``dict(lo, hi, p, checked)`` (tiles of ``p`` neighbouring pixels from ``lo`` to ``hi``;
    ``checked``: border pixels, one at a time, whose taps are checked), and ``conv_runs``,
    a group's filters as runs of tiles (:func:`filter_runs`). Interior tiles read every tap
    of their pixels without a check; each channel step loads the run's weights and the
    pixels' inputs once."""
    q_lo = min(out_w, max(0, -(-(lo + pad) // s)))
    q_hi = max(q_lo, min(out_w, (hi - 1 - (k - 1) * d + pad) // s + 1))
    ranges: List[Dict[str, Any]] = []
    if q_lo > 0:
        ranges.append(dict(lo=0, hi=q_lo, p=1, checked=True))
    p = 1
    if q_hi > q_lo:
        p, _ = tile_shape(q_hi - q_lo, filters_group)
        start = q_lo
        for size in schedule._split(q_hi - q_lo, p):
            if ranges and not ranges[-1]["checked"] and ranges[-1]["p"] == size:
                ranges[-1]["hi"] += size
            else:
                ranges.append(dict(lo=start, hi=start + size, p=size, checked=False))
            start += size
    if q_hi < out_w:
        ranges.append(dict(lo=q_hi, hi=out_w, p=1, checked=True))
    return dict(conv_ranges=ranges,
                conv_runs=filter_runs(filters_group, _filter_side(p, filters_group)))


DEPTHWISE_MAX = 16   # at most this many pixels a depthwise tile (bounds the unrolled code)
DEPTHWISE_REGISTERS = 29   # a depthwise tile's accumulators, columns and weights at most


def depthwise_pixels(k: int, s: int, d: int, out_w: int) -> int:
    """P for the portable depthwise tiles: the fewest instructions a row of taps per output
    pixel (``(columns + k + LOOP) / P``: each input column and each weight loaded once,
    beside the P * k multiply-adds), with the P accumulators, the tile's input columns
    (GCC loads them all first, whatever the source order) and the k weights of a row within
    DEPTHWISE_REGISTERS; tiles split ``out_w`` evenly."""
    def columns(p):
        return s * (p - 1) + (k - 1) * d + 1

    def cost(p):
        return sum(columns(q) + k + LOOP for q in schedule._split(out_w, p)) / out_w
    sides = [p for p in range(1, min(out_w, DEPTHWISE_MAX) + 1)
             if p + columns(p) + k <= DEPTHWISE_REGISTERS]
    return min(sides, key=lambda p: (cost(p), -p)) if sides else 1


def depthwise_context(layer, out_w: int, pad_w: int, lo_w: int, hi_w: int) -> Dict[str, Any]:
    """The portable branch's depthwise tiles (channels_last, multiplier 1): one group of
    columns in tiles of :func:`depthwise_pixels`, edge tiles at the borders, each input
    column loaded once for the taps and pixels reading it (the vector tiles' segments,
    :func:`convgen.schedule._depthwise_tile`), and the border pixels the tiles leave."""
    k, s, d = layer.kernel_size[-1], layer.strides[-1], layer.dilation_rate[-1]
    p = depthwise_pixels(k, s, d, out_w)
    group = schedule._column_group(0, 1, s, [(kw, kw * d - pad_w) for kw in range(k)], out_w,
                                   lo_w, hi_w, p, p)
    return dict(scalar_segments=[schedule._depthwise_tile(seg, s, d, pad_w)
                                 for seg in group["wide"]],
                scalar_borders=schedule._borders(out_w, [group]))
