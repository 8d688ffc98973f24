"""Winograd schedules: dense 3x3 stride-1 2-D convolutions in F(2x2,3x3) or F(4x4,3x3), for the
vector tiles of targets that allow it (:attr:`convgen.targets.Target.winograd`).

An output tile of m x m pixels (m = 2 or 4) is computed from an alpha x alpha input patch
(alpha = m + 2) as ``A^T [ (G g G^T) * (B^T d B) ] A`` (Lavin & Gray, 2016): the kernel
transform ``U = G g G^T`` is done once, at bind time, in float64 (:func:`pack`); the template
(``winograd.c.j2``) transforms the input patches of a block of tiles into ``V`` (alpha^2
matrices of tiles x channels), multiplies them by ``U`` (alpha^2 matrix products, the same
register tiles as the direct kernel's 1x1 case: pixels x a filter block), and transforms
the products ``M`` back into the output tile, adding the bias and applying the activation.

Multiplications per output fall from 9 C F (direct) to (alpha/m)^2 C F: 4 C F with F(2x2), 2.25
C F with F(4x4). The rounding differs from the direct sum (the transforms add and scale), more
so with F(4x4); the tests hold both to convgen's tolerance on adversarial inputs
(``tests/test_winograd.py``). :func:`choose` picks direct, F(2x2) or F(4x4) per layer by the
modelled cost below.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any, Dict, List, Optional, Sequence, Tuple

import numpy as np

from . import schedule
from .targets import ANY, Target

# (B^T, G, A^T) of F(m x m, 3 x 3), interpolation points 0, +-1 (m = 2) and 0, +-1, +-2 (m = 4),
# plus infinity.
MATRICES: Dict[int, Tuple[Sequence, Sequence, Sequence]] = {
    2: ([[1, 0, -1, 0], [0, 1, 1, 0], [0, -1, 1, 0], [0, 1, 0, -1]],
        [[1, 0, 0], [1 / 2, 1 / 2, 1 / 2], [1 / 2, -1 / 2, 1 / 2], [0, 0, 1]],
        [[1, 1, 1, 0], [0, 1, -1, -1]]),
    4: ([[4, 0, -5, 0, 1, 0], [0, -4, -4, 1, 1, 0], [0, 4, -4, -1, 1, 0],
         [0, -2, -1, 2, 1, 0], [0, 2, -1, -2, 1, 0], [0, 4, 0, -5, 0, 1]],
        [[1 / 4, 0, 0], [-1 / 6, -1 / 6, -1 / 6], [-1 / 6, 1 / 6, -1 / 6],
         [1 / 24, 1 / 12, 1 / 6], [1 / 24, -1 / 12, 1 / 6], [0, 0, 1]],
        [[1, 1, 1, 1, 1, 0], [0, 1, -1, 2, -2, 0], [0, 1, 1, 4, 4, 0], [0, 1, -1, 8, -8, 1]]),
}
TILES = tuple(MATRICES)   # the output tile sides m

# The cost model, in 8-float vector FMAs of one core (AVX2/NEON-class: two FMAs a cycle, two
# loads). A product step is 1 FMA per output vector per channel at the efficiency below (the
# direct tiles run near the FMA peak; the Winograd products are the same tiles with one tap);
# each transform a vector op per term, a load and a store per value; a block of products
# pays its accumulators' stores. Memory: V and M of a block, and U once per block, cost
# per float by where they fit (L2, a core's share of L3, beyond): measured on the
# development machine (Zen 2), F(4x4)'s 9.4 MB U of 256 x 256 channels streamed per block
# costs more than its products save.
DIRECT_EFFICIENCY = 0.95
PRODUCT_EFFICIENCY = 0.9
MEMORY_OP = 1.0          # a transform's load or store of one vector
L2_FLOATS = 128 * 1024   # 512 KiB
L3_FLOATS = 1024 * 1024  # 4 MiB


def _float_cost(working_set: int, l2: int = L2_FLOATS // 2) -> float:
    """FMA-equivalents per float read from a working set of that many floats (within ``l2``
    floats: from L2, free)."""
    return 0.0 if working_set <= l2 else 0.5 if working_set <= L3_FLOATS else 4.0


# F(4x4,3x3) rounds worse than F(2x2,3x3) (its transforms scale by up to 8 and 1/24); with many
# channels its error grows: above this many it is not chosen (F(2x2) still may be).
F4_MAX_CHANNELS = 512


# Activations after which Winograd may run: those whose output grows with the convolution's
# value, so that convgen's tolerance (relative to the largest output, at least 1) scales with
# the sums as the transforms' rounding does. A saturating one (tanh, sigmoid, relu6) maps
# sums of any size into a small range, where F(4x4)'s rounding of a large sum (about 5e-6 of
# it) would exceed the tolerance's absolute floor.
ACTIVATIONS = frozenset({"linear", "relu", "leaky_relu"})


def eligible(layer, target: Target = ANY) -> bool:
    """A layer Winograd can compute on ``target``: a dense 2-D 3x3 convolution, stride 1,
    dilation 1, an activation of :data:`ACTIVATIONS`, on a target whose vector tiles allow
    it."""
    return (target.winograd and layer.rank == 2 and layer.groups == 1
            and tuple(layer.kernel_size) == (3, 3) and tuple(layer.strides) == (1, 1)
            and tuple(layer.dilation_rate) == (1, 1) and layer.activation in ACTIVATIONS)


def _nnz(matrix) -> int:
    return sum(1 for row in matrix for v in row if v)


def _tiles(out_h: int, out_w: int, m: int) -> int:
    return -(-out_h // m) * -(-out_w // m)


def _product_tiles(count: int, block: int, p: int) -> int:
    """Tiles the products compute: each block's rounded up to a multiple of P."""
    full, last = divmod(count, block)
    return full * _round_up(block, p) + _round_up(last, p)


def _memory(count: int, block: int, alpha: int, channels: int, fp: int) -> float:
    """FMA-equivalents of the memory traffic of blocks of ``block`` tiles: U read once per
    block (free while half the L2 holds it), each tile's V and M written and read back (free
    while the L2 holds a block's)."""
    u = alpha * alpha * channels * fp
    per_tile = alpha * alpha * (_round_up(channels, schedule.VECTOR) + fp)
    return (-(-count // block) * u * _float_cost(u)
            + 2 * count * per_tile * _float_cost(block * per_tile, L2_FLOATS))


def plan(layer, channels: int, out_h: int, out_w: int, m: int,
         target: Target = ANY) -> Tuple[float, int]:
    """(modelled cost, tiles per block) of F(m x m, 3 x 3) for one sample: the block (a
    multiple of the products' tile P, or every tile) of least cost."""
    ft, nv, blocks = schedule._blocks(layer.filters, target)
    fvec, fp = blocks * nv, blocks * ft
    bt, _, at = MATRICES[m]
    alpha = m + 2
    count = _tiles(out_h, out_w, m)
    p = _tile_p(ft, target)
    cvec = -(-channels // schedule.VECTOR)
    inputs = count * cvec * (2 * alpha * _nnz(bt) + 2 * alpha * alpha * MEMORY_OP)
    outputs = count * fvec * (alpha * _nnz(at) + m * _nnz(at)
                              + (alpha * alpha + m * m) * MEMORY_OP)
    best = None
    for block in sorted({min(count, k * p) for k in range(1, -(-count // p) + 1)}):
        products = (_product_tiles(count, block, p) * alpha * alpha * (channels + 1) * fvec
                    / PRODUCT_EFFICIENCY)
        total = products + inputs + outputs + _memory(count, block, alpha, channels, fp)
        if best is None or total < best[0]:
            best = (total, block)
    return best


def cost(layer, channels: int, out_h: int, out_w: int, m: Optional[int],
         target: Target = ANY) -> float:
    """Modelled vector FMAs of one sample: direct (``m`` None) or F(m x m, 3 x 3)."""
    if m is None:
        _, nv, blocks = schedule._blocks(layer.filters, target)
        return out_h * out_w * 9 * channels * blocks * nv / DIRECT_EFFICIENCY
    return plan(layer, channels, out_h, out_w, m, target)[0]


def _tile_p(ft: int, target: Target) -> int:
    """Tiles per register tile of the products: the narrow path's on a target with it (the
    one the model is for), else the wide path's."""
    if target.narrow:
        return schedule.NARROW_REGS // (min(ft, 16) // schedule.VECTOR)
    return schedule._tile_pixels(ft)[0]


def choose(layer, in_shape, target: Target = ANY) -> Optional[int]:
    """The output tile side m of the Winograd schedule to run ``layer`` with (``in_shape``: one
    sample in its data_format), or None for the direct kernel: the cheapest by :func:`cost`."""
    if not eligible(layer, target):
        return None
    spatial, channels = layer.split(in_shape)
    out, _ = layer.split(layer.conv_output_shape(in_shape))
    options = [None] + [m for m in TILES if m != 4 or channels <= F4_MAX_CHANNELS]
    costs = {m: cost(layer, channels, out[0], out[1], m, target) for m in options}
    return min(options, key=lambda m: (costs[m], m or 0))


def _round_up(n: int, step: int) -> int:
    return -(-n // step) * step


def _powers_of_two(value: float) -> List[float]:
    """|value| as a sum of powers of two, largest first (5 = 4 + 1): a product by a power of
    two is exact, so a compiler fusing it into an FMA or not gives the same bits (the
    generated code's results must not depend on its build: threads, inlining)."""
    left, parts = abs(value), []
    while left:
        part = 2.0 ** math.floor(math.log2(left))
        parts.append(part)
        left -= part
        if len(parts) > 3:
            raise ValueError(f"transform coefficient {value} is not a short sum of powers of 2")
    return parts


def _combinations(matrix, source: str, index) -> List[str]:
    """Each row of ``matrix`` as a C expression over ``source`` values: row r is
    ``sum_k matrix[r][k] * source[index(k)]``, each coefficient as products by powers of two
    (:func:`_powers_of_two`), unit ones as additions, evaluated left to right."""
    from .render import cfloat
    rows = []
    for row in matrix:
        terms = []
        for k, v in enumerate(row):
            name = f"{source}{index(k)}"
            for part in _powers_of_two(v) if v else []:
                terms.append(("-" if v < 0 else "+",
                              name if part == 1 else f"{cfloat(part)} * {name}"))
        text = ("-" if terms[0][0] == "-" else "") + terms[0][1]
        text += "".join(f" {s} {b}" for s, b in terms[1:])
        rows.append(text)
    return rows


def transforms(m: int) -> Dict[str, Any]:
    """The C expressions of the input and output transforms of F(m x m, 3 x 3): each stage
    a list of ``(i, j, expression)`` over alpha x alpha named vectors ``<name><i>_<j>``:
    ``t = B^T d`` and ``v = t B`` (alpha x alpha), ``s = A^T e`` (m x alpha), ``o = s A``
    (m x m)."""
    bt, _, at = MATRICES[m]
    alpha = m + 2

    def stage(matrix, source, rows, by_column):
        out = []
        for i in range(rows):
            for j in range(alpha if by_column else len(matrix)):
                if by_column:   # (matrix source)_ij: row i of matrix down column j
                    expr = _combinations([matrix[i]], source, lambda k, j=j: f"{k}_{j}")[0]
                else:           # (source matrix^T)_ij: row i of source against row j
                    expr = _combinations([matrix[j]], source, lambda k, i=i: f"{i}_{k}")[0]
                out.append((i, j, expr))
        return out

    return dict(in_cols=stage(bt, "d", alpha, True), in_rows=stage(bt, "t", alpha, False),
                out_cols=stage(at, "e", m, True), out_rows=stage(at, "s", m, False))


def context(layer, channels: int, out_h: int, out_w: int, m: int,
            target: Target = ANY) -> Dict[str, Any]:
    """Numbers of ``winograd.c.j2`` for F(m x m, 3 x 3) of a layer with ``channels`` input
    channels and an ``out_h`` x ``out_w`` output."""
    ft, nv, blocks = schedule._blocks(layer.filters, target)
    wide_p, _ = schedule._tile_pixels(ft)
    # 16 registers: tiles of at most 16 filters (2 vectors), 12 accumulators, the weights
    # kept in registers beside them and the broadcast value
    narrow_sub = schedule._narrow_sub(ft)
    narrow_p = _tile_p(ft, replace(target, wide=False, narrow=True))
    alpha = m + 2
    tiles_h, tiles_w = -(-out_h // m), -(-out_w // m)
    count = tiles_h * tiles_w
    cp = _round_up(channels, schedule.VECTOR)           # V's channel stride (whole vectors)
    fp = blocks * ft                                    # M's filter stride
    widths = ([wide_p] if target.wide else []) + ([narrow_p] if target.narrow else [])
    _, block = plan(layer, channels, out_h, out_w, m, target)
    tv = max(_round_up(block, p) for p in widths)       # V's and M's tile stride
    wide_type, wide_width = schedule._wide(ft)
    return dict(
        vector=True, team=True, wino_m=m, alpha=alpha, ft=ft, nv=nv, blocks=blocks, fp=fp, cp=cp,
        filters=layer.filters,
        tiles_h=tiles_h, tiles_w=tiles_w, tile_count=count, tile_block=block, tv=tv,
        wide_p=wide_p, narrow_p=narrow_p, narrow_sub=narrow_sub, wide_type=wide_type,
        wide_width=wide_width, fvectors=-(-layer.filters // schedule.VECTOR),
        matrix_floats=channels * ft, u_floats=alpha * alpha * channels * ft,
        bias_offset=blocks * alpha * alpha * channels * ft,
        v_floats=alpha * alpha * tv * cp,
        scratch=alpha * alpha * tv * (cp + fp),
        scratch_note=f" (Winograd F({m}x{m},3x3): V and M of {block} tiles)",
        schedule_note=f"Winograd F({m}x{m},3x3)",
        **transforms(m))


def pack(layer, in_shape, arrays: Sequence[np.ndarray], fill=0,
         target: Target = ANY) -> List[np.ndarray]:
    """Keras (3, 3, C, F) + bias -> U = G g G^T in float64, packed [F/FT][alpha^2][C][FT],
    + bias [F/FT][FT], padded with ``fill`` (the schedule ``derives``: the plan knows the
    transformed values have no one Keras position)."""
    m = choose(layer, in_shape, target)
    kernel = np.asarray(arrays[0], dtype=np.float64)
    ft, _, blocks = schedule._blocks(layer.filters, target)
    channels, alpha = kernel.shape[-2], m + 2
    g = np.asarray(MATRICES[m][1], dtype=np.float64)
    u = np.einsum("ak,klcf,bl->abcf", g, kernel, g).reshape(alpha * alpha, channels,
                                                            layer.filters)
    padded = np.full((alpha * alpha, channels, blocks * ft), fill, dtype=np.float64)
    padded[:, :, :layer.filters] = u
    packed = padded.reshape(alpha * alpha, channels, blocks, ft).transpose(2, 0, 1, 3)
    bias = np.full(blocks * ft, fill, dtype=np.float64)   # no bias: zeros when packing
    if layer.use_bias:
        bias[:layer.filters] = arrays[1]
    dtype = np.asarray(arrays[0]).dtype
    return [np.ascontiguousarray(packed.astype(dtype)), bias.astype(dtype)]
