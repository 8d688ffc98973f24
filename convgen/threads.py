"""Threads: which generated functions split their outermost loops over an OpenMP team.

A function that does enough work splits its outermost independent loops (batch, filter
blocks, output depth and rows, columns: each iteration writes its own outputs) with
``CG_PARALLEL_FOR``, a macro ``model.c.j2`` defines as ``_Pragma("omp parallel for ...")``
under ``_OPENMP`` and as nothing otherwise: without ``-fopenmp`` the C is the plain
single-threaded C99 it always was. No partition ever splits a sum (every output value is
computed by one thread, in the same order), so the results are the same bytes for every
thread count.

A function stays on one thread when:

- it does less than :data:`MIN_MACS` multiply-adds per call (or per band call): starting and
  joining a team costs microseconds, more than it saves on a small layer;
- its outer loops have one iteration (:func:`parts`: a 1-D dense convolution of one filter
  block, whose loops all run along w inside the tiles);
- its template is not one of :data:`TEMPLATES`: the elementwise passes and copies are
  memory-bound, and the interpolating resize (``resize.c.j2``) and the fused separable and
  pooled steps keep a row or band of scratch in the workspace, which threads would share.
  (The fused steps still run their convolution's band function threaded inside each band.)

The decision is a function of a template and its context, read by :func:`convgen.render`
(the ``parallel`` the templates see) and by ``convgen summary``.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Tuple

# Templates whose outermost loops write disjoint outputs with no shared scratch (Winograd:
# each phase's loop writes its own part of the shared V and M, between the phases' joins).
TEMPLATES = ("dense.c.j2", "depthwise.c.j2", "conv.c.j2", "pool.c.j2", "winograd.c.j2")

# Multiply-adds (window reads for a pooling) per call below which a function stays on one
# thread: about 10 us of a dense convolution on one core of the development machine,
# where a team's fork and join cost a few microseconds.
MIN_MACS = 250_000

# What each template splits, for the summary.
SPLITS = {"dense.c.j2": "filter blocks x output rows", "depthwise.c.j2": "output rows",
          "conv.c.j2": "output pixels", "pool.c.j2": "output pixels",
          "winograd.c.j2": "Winograd tiles and products"}


def _per_output(template: str, ctx: Mapping[str, Any]) -> int:
    """Multiply-adds per output position (all channels) of a function of ``template``."""
    k = ctx["k"]
    taps = k.d * k.h * k.w
    if template in ("dense.c.j2", "winograd.c.j2"):   # Winograd: its direct-form work
        if ctx.get("transposed"):   # each output position takes 1/stride of the taps
            s = ctx["stride"]
            taps = max(1, taps // (s.d * s.h * s.w))
        return taps * ctx["channels"] * ctx["blocks"] * ctx["ft"]
    if template == "conv.c.j2":
        return taps * ctx["cin_group"] * ctx["filters"]
    return taps * ctx["channels"]   # depthwise, pool: one tap per channel


def work(template: str, ctx: Mapping[str, Any]) -> int:
    """Multiply-adds per call of the function ``template`` renders from ``ctx`` (0 for a
    template that never splits): its output positions (a band's rows when it computes one
    band) times :func:`_per_output`."""
    if template not in TEMPLATES:
        return 0
    out = ctx["out"]
    rows = ctx.get("band") or out.h
    return ctx["batch"] * out.d * rows * out.w * _per_output(template, ctx)


def parts(template: str, ctx: Mapping[str, Any]) -> int:
    """Iterations of the loops a function of ``template`` splits: batch x filter blocks x
    depth x rows for a dense convolution (a 1-D one of one filter block has a single one:
    its loops are along w, inside), batch x rows for a depthwise one, every output pixel
    for the loop nests."""
    out = ctx["out"]
    rows = ctx.get("band") or out.h
    if template == "dense.c.j2":
        return ctx["batch"] * ctx["blocks"] * out.d * rows
    if template == "depthwise.c.j2":
        return ctx["batch"] * rows
    if template == "winograd.c.j2":   # the products' parts in one block of tiles
        return ctx["blocks"] * ctx["alpha"] ** 2
    return ctx["batch"] * out.d * rows * out.w


def parallel(template: str, ctx: Mapping[str, Any]) -> bool:
    """Whether the function splits its outermost loops over threads (see the module)."""
    return work(template, ctx) >= MIN_MACS and parts(template, ctx) >= 2


def functions(step) -> List[Tuple[str, Dict[str, Any]]]:
    """``(template, context)`` of each C function a plan step renders, its parts first."""
    return [*step.context.get("parts", []), (step.template, step.context)]


def note(step) -> Optional[str]:
    """What ``convgen summary`` says of a step's threads: None for the cheap passes."""
    fns = functions(step)
    split = [(t, c) for t, c in fns if parallel(t, c)]
    if split:
        axes = sorted({SPLITS[t] for t, _ in split})
        inside = " inside each band" if any(c.get("band") for _, c in split) or len(fns) > 1 \
            else ""
        return f"threads: {' and '.join(axes)}{inside}"
    capable = [work(t, c) for t, c in fns if t in TEMPLATES]
    if capable:
        return f"one thread: {max(capable):,} MACs a call (< {MIN_MACS:,})"
    if step.template == "resize.c.j2" and step.context.get("scratch"):
        return "one thread: its row of scratch is shared"
    return None
