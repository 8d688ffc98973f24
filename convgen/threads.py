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
- its template declares no :class:`Split`: the elementwise passes and copies are
  memory-bound, and the interpolating resize (``resize.c.j2``) and the fused separable and
  pooled steps keep a row or band of scratch in the workspace, which threads would share.
  (The fused steps still run their convolution's band function threaded inside each band.)

What a template splits is declared beside the schedules that render it: a
:class:`~convgen.lowering.Schedule` built with ``threads=Split(...)`` registers its template's
split here (:func:`declare`), one with ``one_thread=f`` ``f(ctx)``, the reason a function stays
on one thread.
The decision is a function of a template and its context, read by :func:`convgen.render`
(the ``parallel`` the templates see) and by ``convgen summary``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

# Multiply-adds (window reads for a pooling) per call below which a function stays on one
# thread: about 10 us of a dense convolution on one core of the development machine,
# where a team's fork and join cost a few microseconds.
MIN_MACS = 250_000

Context = Mapping[str, Any]


@dataclass(frozen=True)
class Split:
    """How a template's function splits over a team: ``what`` it splits (for the summary),
    ``per_output(ctx)`` its multiply-adds per output position (all channels), and
    ``parts(ctx)`` the iterations of the loops it splits."""

    what: str
    per_output: Callable[[Context], int]
    parts: Callable[[Context], int]
    # output positions of a call (None: :func:`pixels`, a float32 context's); the int8
    # forms' contexts give theirs
    positions: Optional[Callable[[Context], int]] = None
    # the work per call below which a function stays on one thread (None: MIN_MACS)
    min_work: Optional[int] = None


_SPLITS: Dict[str, Split] = {}
_ONE_THREAD: Dict[str, Callable[[Context], str]] = {}


def declare(template: str, split: Optional[Split] = None,
            one_thread: Optional[Callable[[Context], str]] = None) -> None:
    """Record what ``template``'s functions split (``split``), or why one of its functions
    stays on one thread (``one_thread(ctx)``, shown by the summary; "" for nothing to say).
    Several schedules may render one template; they must declare the same thing."""
    for table, value in ((_SPLITS, split), (_ONE_THREAD, one_thread)):
        if value and table.setdefault(template, value) != value:
            raise AssertionError(f"{template}: two different thread declarations")


def split_of(template: str) -> Optional[Split]:
    """The :class:`Split` declared for ``template`` (None: it never splits)."""
    return _SPLITS.get(template)


def _rows(ctx: Context) -> int:
    """Output rows of a function: a band's rows when it computes one band."""
    return ctx.get("band") or ctx["out"].h


def taps(ctx: Context) -> int:
    """Kernel taps of a convolution or pooling context."""
    k = ctx["k"]
    return k.d * k.h * k.w


def pixels(ctx: Context) -> int:
    """Output pixels (all samples) of a function: the loop nests split every one."""
    out = ctx["out"]
    return ctx["batch"] * out.d * _rows(ctx) * out.w


def rows(ctx: Context) -> int:
    """Samples x output rows: what a depthwise function splits."""
    return ctx["batch"] * _rows(ctx)


def work(template: str, ctx: Context) -> int:
    """Multiply-adds per call of the function ``template`` renders from ``ctx`` (0 for a
    template that never splits): its output positions (a band's rows when it computes one
    band) times the split's ``per_output``."""
    split = split_of(template)
    if split is None:
        return 0
    return (split.positions or pixels)(ctx) * split.per_output(ctx)


def parts(template: str, ctx: Context) -> int:
    """Iterations of the loops a function of ``template`` splits (0: it never splits)."""
    split = split_of(template)
    return split.parts(ctx) if split else 0


def parallel(template: str, ctx: Context) -> bool:
    """Whether the function splits its outermost loops over threads (see the module)."""
    split = split_of(template)
    least = MIN_MACS if split is None or split.min_work is None else split.min_work
    return work(template, ctx) >= least and parts(template, ctx) >= 2


def functions(step) -> List[Tuple[str, Dict[str, Any]]]:
    """``(template, context)`` of each C function a plan step renders, its parts first."""
    return [*step.context.get("parts", []), (step.template, step.context)]


def note(step) -> Optional[str]:
    """What ``convgen summary`` says of a step's threads: None for the cheap passes."""
    fns = functions(step)
    split = [(t, c) for t, c in fns if parallel(t, c)]
    if split:
        axes = sorted({_SPLITS[t].what for t, _ in split})
        inside = " inside each band" if any(c.get("band") for _, c in split) or len(fns) > 1 \
            else ""
        return f"threads: {' and '.join(axes)}{inside}"
    capable = [work(t, c) for t, c in fns if split_of(t)]
    if capable:
        return f"one thread: {max(capable):,} MACs a call (< {MIN_MACS:,})"
    why = _ONE_THREAD[step.template](step.context) if step.template in _ONE_THREAD else ""
    if why:
        return f"one thread: {why}"
    return None
