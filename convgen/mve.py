"""Helium (MVE) schedules: the 128-bit tiles of the portable branch of the templates on a
target with ``Target.mve`` (Cortex-M55), compiled where the compiler defines
``__ARM_FEATURE_MVE`` with floating point (``CG_MVE``), the scalar tiles of the same schedule
elsewhere.

MVE has 8 vector registers (q0-q7) of 4 floats, and its multiply-add takes one operand from a
general-purpose register (``vfmaq_n_f32``: ``acc += w * x``), so an input value needs no
broadcast. A dense-convolution tile is P output pixels x V vectors of 4 filters held in
``float32x4_t`` accumulators; per input channel it loads V weight vectors and P inputs (into
general-purpose registers) for P * V multiply-adds of 4 lanes: about ``V + P + P * V + LOOP``
instructions for 4 * P * V MACs, in P * V + V vector registers (P * V + 1 for a single pixel,
whose weights are used once). A filter run that is not a multiple of 4 ends with a vector
whose lanes past the run are predicated off (``vctp32q``): weights and bias loaded as zeros,
lanes never stored, so the packing stays exact (the blob holds the Keras values, nothing
padded). Depthwise tiles run along channels (4 a vector, a predicated tail vector), P pixels
sharing each weight vector. Dense tiles are rows x unit vectors.

The column groups, edge tiles and borders are :mod:`convgen.scalar`'s, sized by these tile
shapes; the context keys are the scalar schedule's, so the templates' portable branch has one
loop structure with two tile bodies. Nothing here changes results beyond float rounding.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

from . import scalar, schedule
from .targets import ANY, Target

QREGS = 8        # MVE vector registers (q0-q7)
LANES = 4        # floats per vector
LOOP = 3         # a channel step's instructions beside its loads and FMAs
MAX_PIXELS = 8   # pixels (or Dense rows) a tile


def _vectors(filters: int) -> int:
    return -(-filters // LANES)


def fits(pixels: int, vectors: int) -> bool:
    """Whether a tile's accumulators and its weight vectors fit the 8 vector registers (one
    pixel: its weights are used once, one register streams them)."""
    return pixels * vectors + (vectors if pixels > 1 else 1) <= QREGS


def _cost(sizes_p: List[int], sizes_v: List[int]) -> int:
    """Instructions of one channel step over every tile of pixels x vectors."""
    return sum(v + p + p * v + LOOP for p in sizes_p for v in sizes_v)


def _per_mac(pixels: int, filters: int, p: int, v: int) -> float:
    sp, sv = schedule._split(pixels, p), schedule._split(_vectors(filters), v)
    return _cost(sp, sv) / (pixels * filters)


def tile_shape(pixels: int, filters: int) -> Tuple[int, int]:
    """(P, V): the tile's pixels and filter vectors giving the fewest instructions per MAC
    within the vector registers; ties go to more pixels (fewer weight loads per MAC)."""
    best = None
    for p in range(1, min(pixels, MAX_PIXELS) + 1):
        for v in range(1, min(_vectors(filters), QREGS) + 1):
            if fits(p, v):
                key = (_per_mac(pixels, filters, p, v), -p)
                if best is None or key < best[0]:
                    best = (key, max(schedule._split(pixels, p)), v)
    return best[1], best[2]


def vector_runs(filters: int, most: int) -> List[Dict[str, int]]:
    """``filters`` as tiles of at most ``most`` vectors (sizes differing by at most one
    vector, larger first), every tile a whole number of vectors but the last, which ends with
    the predicated lanes: runs of ``count`` tiles of ``size`` filters from filter ``start``."""
    runs: List[Dict[str, int]] = []
    start = 0
    for v in schedule._split(_vectors(filters), most):
        size = min(v * LANES, filters - start)
        if runs and runs[-1]["size"] == size:
            runs[-1]["count"] += 1
        else:
            runs.append(dict(start=start, size=size, count=1))
        start += size
    return runs


def _block_classes(filters: int, ft: int, blocks: int, pixels: int) -> Tuple[int, List[Dict]]:
    """(P, the blocks as classes): full blocks of FT filters, then a last one of fewer, each
    with its runs of filter vectors; P is the pixel side chosen for the widest block."""
    p, _ = tile_shape(pixels, min(ft, filters))
    last = filters - (blocks - 1) * ft
    full = blocks - (last != ft)
    classes = []
    for lo, hi, nf in ((0, full, ft), (full, blocks, last)):
        if hi > lo:
            v = min((v for v in range(1, _vectors(nf) + 1) if fits(p, v)),
                    key=lambda v: (_per_mac(pixels, nf, p, v), -v))
            classes.append(dict(fb_lo=lo, fb_hi=hi, nf=nf, runs=vector_runs(nf, v)))
    return p, classes


def dense_context(layer, channels: int, out_w: int, pad_w: int, lo_w: int,
                  hi_w: int, target: Target = ANY) -> Dict[str, Any]:
    """The MVE tiles of a dense (groups == 1) convolution: one group of columns, over the
    target's filter blocks (the keys of :func:`convgen.scalar.dense_context`)."""
    ft, _, blocks = schedule._blocks(layer.filters, target)
    p, classes = _block_classes(layer.filters, ft, blocks, out_w)
    group = scalar.dense_group(layer, out_w, pad_w, lo_w, hi_w, p)
    return _context(classes, [group], out_w, channels)


def transpose_context(layer, channels: int, in_w: int, out_w: int, crop_w: int,
                      target: Target = ANY) -> Dict[str, Any]:
    """The MVE tiles of a transposed convolution: one group of columns per stride phase
    (the keys of :func:`convgen.scalar.transpose_context`)."""
    ft, _, blocks = schedule._blocks(layer.filters, target)
    p, classes = _block_classes(layer.filters, ft, blocks, -(-out_w // layer.strides[-1]))
    return _context(classes, scalar.transpose_groups(layer, in_w, out_w, crop_w, p), out_w,
                    channels)


def _context(classes, groups, out_w: int, channels: int) -> Dict[str, Any]:
    """The scalar tiles' keys for MVE tiles: the same groups and borders, but none of the
    scalar-only tile forms (taps unrolled inside the channel loop, unrolled short channel
    loops), whose named float accumulators an MVE tile does not have."""
    return dict(scalar._scalar_context(classes, groups, out_w, channels),
                scalar_unrolled_tiles=[], scalar_taps_inside=False)


def dense_layer_context(rows: int, units: int) -> Dict[str, Any]:
    """Dense as tiles of rows x unit vectors: row runs and unit runs (the keys of
    :func:`convgen.scalar.dense_layer_context`)."""
    r, v = tile_shape(rows, units)
    return dict(row_runs=scalar.filter_runs(rows, r), unit_runs=vector_runs(units, v))


def depthwise_pixels(k: int, stride: int, dilation: int) -> int:
    """A depthwise tile's pixels: its accumulators, one weight vector and every input column
    it reads in the 8 vector registers (at least one pixel)."""
    p = 1
    while p < MAX_PIXELS and (p + 1) + 1 + p * stride + (k - 1) * dilation + 1 <= QREGS:
        p += 1
    return p


def depthwise_context(layer, channels: int, out_w: int, pad_w: int, lo_w: int,
                      hi_w: int) -> Dict[str, Any]:
    """The MVE depthwise tiles (channels_last, multiplier 1): the vector schedule's keys
    (:func:`convgen.schedule.depthwise_context`) with tiles sized to the 8 vector registers;
    the channels run 4 a vector, the last vector predicated."""
    k, s, d = layer.kernel_size[-1], layer.strides[-1], layer.dilation_rate[-1]
    p = depthwise_pixels(k, s, d)
    group = schedule._column_group(0, 1, s, [(kw, kw * d - pad_w) for kw in range(k)], out_w,
                                   lo_w, hi_w, p, p)
    segments = [schedule._depthwise_tile(seg, s, d, pad_w) for seg in group["wide"]]
    return dict(segments=segments, borders=schedule._borders(out_w, [group]),
                edge_tiles=sum(seg.edge for seg in group["wide"]),
                mve_blocks=channels // LANES, mve_tail=channels % LANES)
