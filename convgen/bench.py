"""``convgen bench``: time generated kernels in C and through Python, against peers.

Each spec's kernel is timed by a loop compiled in the same C unit (same compiler and flags
as :func:`convgen.compile`), on warm buffers, in one thread: the median and the minimum of
``repeat`` measurements, each of enough calls to last ``min_time`` seconds. The Python call
through ``kernel.bind(weights)`` is timed the same way with :mod:`timeit`. Peers (PyTorch's
oneDNN, ONNX Runtime, LiteRT/XNNPACK: :mod:`convgen.peers`), where installed, run the same
layers in one thread on the same input and weights; each is checked against convgen's output
before it is timed.

GFLOP/s counts ``2 * MACs`` of the convolutions (bias and activation not counted) and is
compared with this machine's single-core fp32 FMA peak, measured by :func:`measure_peak`.

An int8 spec (:func:`bench_int8_spec`) is timed the same way on one thread; its output must
equal the integer oracle, its rate is int8 GOP/s (no % of the fp32 peak), and its one peer is
LiteRT's int8 interpreter on the ``.tflite`` the spec was imported from, when given.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import json
import math
import os
import platform
import statistics
import tempfile
import time
import timeit
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np

from . import build
from ._version import __version__
from .errors import SpecError
from .kernel import aligned_copy, aligned_empty
from .kernel import compile as compile_kernel
from .peers import (
    PEER_TITLES,
    PEERS,
    Unsupported,
    litert_peer,
    onnxruntime_peer,
    peer_available,
    torch_peer,
)
from .plan import make_plan
from .reference import reference
from .spec import Spec, parse_spec, read_spec_text
from .verify import TOLERANCE, Comparison, compare, random_input, random_weights
from .yamlsrc import load_yaml

# The peak microkernel: (vector width in floats, independent accumulators). Enough
# accumulators to cover FMA latency x throughput (4 x 2 on recent x86), few enough to stay
# in registers (16 ymm without AVX-512, 32 with).
PEAK_VARIANTS = ((16, 12), (16, 16), (8, 10), (8, 12))
PEAK_CFLAGS = ("-O3", "-march=native", "-ffp-contract=fast")


# ---------------------------------------------------------------- specs to benchmark

@dataclass(frozen=True, eq=False)
class BenchSpec:
    """A validated spec and the mapping it came from (the LiteRT peer rebuilds it in Keras)."""

    spec: Spec
    raw: Mapping[str, Any]
    source: str


def load_bench_specs(path: Union[str, Path]) -> List[BenchSpec]:
    """Read a spec file, or a YAML list of specs (each validated as ``FILE[i]``)."""
    path = Path(path)
    text = read_spec_text(path)
    raw, src = load_yaml(text, str(path))
    if not isinstance(raw, list):
        return [BenchSpec(parse_spec(text, source=str(path), base_dir=path.parent), raw,
                          str(path))]
    if not raw:
        raise SpecError("an empty list: expected a spec or a list of specs", source=str(path))
    out = []
    for i, item in enumerate(raw):
        source = f"{path}[{i}]"
        try:
            out.append(BenchSpec(parse_spec(item, source=source, base_dir=path.parent),
                                 item, source))
        except SpecError as exc:   # a mapping has no lines: take them from the list's file
            line = src.line_of((i,) + _field_path(exc.field))
            raise SpecError(exc.detail, source=source, line=line, field=exc.field) from None
    return out


def _field_path(text: Optional[str]) -> Tuple[Any, ...]:
    """``layers[0].strides`` -> ``("layers", 0, "strides")``."""
    out: List[Any] = []
    for part in (text or "").replace("[", ".[").split("."):
        if part.startswith("[") and part.endswith("]") and part[1:-1].isdigit():
            out.append(int(part[1:-1]))
        elif part:
            out.append(part)
    return tuple(out)


# ---------------------------------------------------------------- timing

@dataclass(frozen=True)
class Timing:
    """Seconds per call: median and minimum of ``repeat`` measurements of ``number`` calls.

    How many threads did the work: ``cpu_per_wall`` is the process's CPU time over the wall
    time of the ``repeat`` measurements (about 1.0 in one thread, up to the core count with
    more), ``threads`` the process's thread count after them and ``new_threads`` how many it
    gained since ``threads_before`` (None where /proc is missing). ``cpu``, CPU seconds per
    call, leaves out the time the process waited for a core: on a busy machine it is the
    steadier figure for work done in one thread."""

    median: float
    min: float
    number: int
    repeat: int
    cpu_per_wall: Optional[float] = None
    threads: Optional[int] = None
    new_threads: Optional[int] = None
    cpu: Optional[float] = None         # the process's CPU seconds per call, over the repeats


def thread_count() -> Optional[int]:
    """The process's thread count (Linux /proc), None elsewhere."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return None


def measure(run: Callable[[int], float], min_time: float, repeat: int,
            threads_before: Optional[int] = None) -> Timing:
    """``run(n)`` makes ``n`` calls and returns the seconds they took. Warm up, find the
    ``n`` that lasts ``min_time``, then take ``repeat`` measurements of ``n`` calls.
    ``threads_before``: the thread count before the measured code first ran (default: now)."""
    if threads_before is None:
        threads_before = thread_count()
    run(1)   # caches, page faults, lazy binding
    number, elapsed = 1, run(1)
    while elapsed < min_time:
        guess = int(number * min_time / max(elapsed, 1e-9) * 1.1) + 1
        number = max(number + 1, min(guess, number * 100))
        elapsed = run(number)
    cpu, wall = time.process_time(), time.perf_counter()
    per_call = [run(number) / number for _ in range(repeat)]
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    threads = thread_count()
    new = None if threads is None or threads_before is None else threads - threads_before
    return Timing(statistics.median(per_call), min(per_call), number, repeat,
                  cpu / wall if wall > 0 else None, threads, new, cpu / (number * repeat))


def measure_python(fn: Callable[[], Any], min_time: float, repeat: int,
                   threads_before: Optional[int] = None) -> Timing:
    timer = timeit.Timer(fn)
    return measure(timer.timeit, min_time, repeat, threads_before)


def paired_overhead(run_c: Callable[[int], float], fn: Callable[[], Any], number: int,
                    rounds: int) -> float:
    """Seconds of CPU time that ``fn()`` (the Python call) takes beyond one ``run_c`` call
    (the C loop), the median over ``rounds`` back-to-back pairs of ``number`` calls each.
    Pairs see the same load from elsewhere, and CPU time leaves out the time this process
    waits for a core, so the difference survives a busy machine better than the difference
    of two medians of wall time."""
    diffs = []
    for _ in range(rounds):
        t0 = time.process_time()
        run_c(number)
        t1 = time.process_time()
        for _ in range(number):
            fn()
        t2 = time.process_time()
        diffs.append(((t2 - t1) - (t1 - t0)) / number)
    return statistics.median(diffs)


def _load_module(modname: str, cdef: str, source: str, cflags: Sequence[str], cc: str,
                 files: Mapping[str, str] = (), link_args: Sequence[str] = ()):
    """Compile ``source`` (beside the headers ``files``: name -> text) as :mod:`convgen.build`
    does, in a throw-away folder, and load it: ``(lib, ffi)``."""
    with tempfile.TemporaryDirectory(prefix="convgen-bench-") as tmp:
        for name, text in dict(files).items():
            Path(tmp, name).write_text(text)
        return build.compile_module(tmp, modname, cdef, source, cflags, cc, link_args)


# ---------------------------------------------------------------- the machine's peak

@dataclass(frozen=True)
class Peak:
    """Single-core fp32 FMA throughput: the best variant, and every variant's best run."""

    gflops: float
    width_bits: int
    accumulators: int
    variants: Dict[str, float]


def _peak_function(width: int, nacc: int) -> str:
    v = f"v{width}"
    acc = [f"a{j}" for j in range(nacc)]
    body = "\n".join(f"        {a} = {a} * m + c;" for a in acc)
    return f"""
double cg_peak_{v}_{nacc}(long iters, float seed, float *sink)
{{
    const {v} m = ({v}){{0}} + 0.999999f, c = ({v}){{0}} + 1e-7f;
    {v} {", ".join(f"{a} = ({v}){{0}} + (seed + {j}.0f)" for j, a in enumerate(acc))};
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long i = 0; i < iters; i++) {{
{body}
    }}
    clock_gettime(CLOCK_MONOTONIC, &t1);
    {v} s = {" + ".join(acc)};
    float r = 0.0f;
    for (int k = 0; k < {width}; k++)
        r += s[k];
    *sink = r;   /* the results are used: nothing can be folded away */
    return (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
}}
"""


def peak_source(variants=PEAK_VARIANTS) -> str:
    """C of the FMA microkernel: independent accumulators ``a = a * m + c`` in GCC vector
    extensions of 512 and 256 bits (``-ffp-contract=fast`` makes each an FMA)."""
    head = ("#include <time.h>\n"
            "typedef float v16 __attribute__((vector_size(64)));\n"
            "typedef float v8 __attribute__((vector_size(32)));\n")
    return head + "".join(_peak_function(w, n) for w, n in variants)


def measure_peak(cc: Optional[str] = None, min_time: float = 0.2, runs: int = 3) -> Peak:
    """Measure the single-core fp32 peak in GFLOP/s: best of ``runs`` rounds over the
    variants, each run about ``min_time / 2`` seconds; ``cc`` as for
    :func:`convgen.compile`."""
    cc = cc or build.default_cc()
    source = peak_source()
    key = hashlib.sha256((source + cc).encode()).hexdigest()[:12]
    cdef = "".join(f"double cg_peak_v{w}_{n}(long iters, float seed, float *sink);\n"
                   for w, n in PEAK_VARIANTS)
    lib, ffi = _load_module(f"_convgen_peak_{key}", cdef, source, PEAK_CFLAGS, cc)
    sink = ffi.new("float *")
    variants: Dict[str, float] = {}
    # round robin: a burst of load from elsewhere on a shared machine then costs one run of
    # a variant, not all of them
    for _ in range(runs):
        for width, nacc in PEAK_VARIANTS:
            fn = getattr(lib, f"cg_peak_v{width}_{nacc}")
            timing = measure(lambda n, fn=fn: fn(n * 1000, 1.0, sink), min_time / 2, 1)
            key = f"{width * 32}-bit x{nacc}"
            variants[key] = max(variants.get(key, 0.0),
                                width * nacc * 2 * 1000 / timing.min / 1e9)
    best = max(variants, key=variants.get)
    width, nacc = PEAK_VARIANTS[list(variants).index(best)]
    return Peak(variants[best], width * 32, nacc, variants)


@dataclass
class PeerResult:
    status: str                         # ok, mismatch, n/a, error
    timing: Optional[Timing] = None
    max_rel: Optional[float] = None
    detail: str = ""
    differing: Optional[int] = None     # int8: outputs that differ from convgen's (steps <= 1)


def run_peer(name: str, bspec: BenchSpec, x: np.ndarray, weights: Sequence[np.ndarray],
             expected: np.ndarray, min_time: float = 0.0, repeat: int = 0,
             threads: int = 1) -> PeerResult:
    """Build peer ``name`` on ``threads`` threads, check it against ``expected`` (convgen's
    output) with convgen's tolerance, and time it (``repeat`` = 0: check only)."""
    spec = bspec.spec
    why = peer_available(name, spec)
    if why:
        return PeerResult("n/a", detail=why)
    note = ""
    try:
        if name == "torch":
            call, convert = torch_peer(spec, x, weights, threads)
        elif name == "onnxruntime":
            call, convert = onnxruntime_peer(spec, x, weights, bspec.raw, threads)
        else:
            (call, convert), note = litert_peer(spec, x, weights, bspec.raw, threads)
        threads_before = thread_count()   # built: from its first run on, nothing new
        c = compare(convert(call()), expected)
    except Unsupported as exc:
        return PeerResult("n/a", detail=str(exc))
    except Exception as exc:   # a peer's own failure is reported, never fatal
        return PeerResult("error", detail=f"{type(exc).__name__}: {' '.join(str(exc).split())}")
    if not c.passed:
        return PeerResult("mismatch", max_rel=c.max_rel,
                          detail=f"max rel err {c.max_rel:.3g} > {TOLERANCE:g}")
    timing = measure_python(call, min_time, repeat, threads_before) if repeat else None
    return PeerResult("ok", timing, c.max_rel, note)


def fastest(peers: Mapping[str, PeerResult]) -> Optional[str]:
    """The peer with the lowest median time, None when none was timed."""
    timed = {k: p.timing.median for k, p in peers.items() if p.timing is not None}
    return min(timed, key=timed.get) if timed else None


# ---------------------------------------------------------------- one spec

_LOOP = """
#include <time.h>

/* convgen bench: the timing loop, in the same unit as the kernel. */
double convgen_bench_loop(const float *input, const float *weights, float *output,
                          float *workspace, long iters)
{{
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long i = 0; i < iters; i++) {{
        {name}(input, weights, output, workspace);
        __asm__ __volatile__("" : : "r"(output) : "memory");   /* every call's stores happen */
    }}
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
}}
"""


@dataclass
class SpecResult:
    name: str
    source: str
    layers: str
    macs: int
    input_shape: Tuple[int, ...]
    output_shape: Tuple[int, ...]
    compile_s: float
    source_bytes: int
    check: Comparison                   # convgen's output against the float64 oracle
    c_loop: Timing
    python: Timing
    peers: Dict[str, PeerResult]
    overhead: float = 0.0               # paired_overhead: the Python call's CPU s over C's
    threads: int = 1                    # --threads: the C loop also timed on this many
    threaded: Optional["ThreadScaling"] = None
    dtype: str = "float32"              # "int8": check is a QComparison (equality), GOP/s

    @property
    def flops(self) -> int:
        return 2 * self.macs

    def gflops(self) -> Optional[float]:
        """GFLOP/s of a float32 spec, int8 GOP/s (2 x int8 MACs) of an int8 one."""
        return self.flops / self.c_loop.median / 1e9 if self.macs else None

    def percent_of_peak(self, peak: "Peak") -> Optional[float]:
        """Of the fp32 peak: None for an int8 spec (no int8 peak is measured)."""
        g = self.gflops()
        return None if g is None or self.dtype != "float32" else 100 * g / peak.gflops

    def best_peer(self) -> Optional[str]:
        return fastest(self.peers)

    def python_overhead(self) -> float:
        """Seconds a Python call (``bind`` once, call many) adds to the kernel's C time:
        argument checks, the output array, the cffi call (:func:`paired_overhead`)."""
        return self.overhead

    def ratio(self) -> Optional[float]:
        """convgen's Python call / the best peer's (also a Python call): < 1 is faster."""
        best = self.best_peer()
        return self.python.median / self.peers[best].timing.median if best else None

    def cpu_ratio(self) -> Optional[float]:
        """:meth:`ratio` in CPU time per call (each the best peer's by CPU time): the same on
        an idle machine, steadier on a busy one."""
        timed = {k: p.timing.cpu for k, p in self.peers.items()
                 if p.timing is not None and p.timing.cpu}
        if not timed or not self.python.cpu:
            return None
        return self.python.cpu / min(timed.values())


@dataclass
class ThreadScaling:
    """The C loop of the OpenMP build on ``threads`` threads against the plain build's on
    one: ``timing`` measured like :attr:`SpecResult.c_loop`; ``speedup`` the median over
    back-to-back pairs of (one thread's time / ``threads``' time), which a busy machine
    disturbs less than the ratio of two medians; ``same_bytes``: the outputs are identical;
    ``split``: the steps that split their loops, of ``steps``; ``python``: the Python call of
    ``kernel.bind(weights, threads=threads)``; ``peers``: each peer on ``threads`` threads,
    checked and timed as on one."""

    threads: int
    timing: Timing
    speedup: float
    same_bytes: bool
    split: int
    steps: int
    python: Optional[Timing] = None
    peers: Dict[str, PeerResult] = dataclasses.field(default_factory=dict)

    def best_peer(self) -> Optional[str]:
        return fastest(self.peers)

    def ratio(self) -> Optional[float]:
        """convgen's Python call on ``threads`` threads / the best peer's on as many."""
        best = self.best_peer()
        if best is None or self.python is None:
            return None
        return self.python.median / self.peers[best].timing.median


def paired_speedup(run_one: Callable[[int], float], run_many: Callable[[int], float],
                   number: int, rounds: int) -> float:
    """Median over ``rounds`` of ``run_one(number) / run_many(number)``, run back to back."""
    return statistics.median(run_one(number) / max(run_many(number), 1e-12)
                             for _ in range(rounds))


def _cold_compile(spec: Spec, cflags, cc, target=None):
    """``convgen.compile`` (for ``target``) with an empty cache: render, compile and load,
    timed."""
    saved = os.environ.get("CONVGEN_CACHE_DIR")
    with tempfile.TemporaryDirectory(prefix="convgen-bench-cache-") as tmp:
        os.environ["CONVGEN_CACHE_DIR"] = tmp
        try:
            start = time.perf_counter()
            kernel = compile_kernel(spec, cflags=cflags, cc=cc, target=target)
            return kernel, time.perf_counter() - start
        finally:
            if saved is None:
                del os.environ["CONVGEN_CACHE_DIR"]
            else:
                os.environ["CONVGEN_CACHE_DIR"] = saved


def bench_spec(bspec: BenchSpec, peers: Sequence[str] = PEERS, repeat: int = 5,
               min_time: float = 0.2, seed: int = 0, cflags: Optional[Sequence[str]] = None,
               cc: Optional[str] = None, log: Callable[[str], None] = lambda s: None,
               threads: int = 1, target=None) -> SpecResult:
    """Compile, check against the oracle, and time one spec in C, in Python and in peers;
    with ``threads`` > 1 also the C loop on that many threads (:class:`ThreadScaling`);
    ``target``: the C of that profile (default ``any``)."""
    spec = bspec.spec
    cflags = tuple(build.default_cflags() if cflags is None else cflags)
    cc = cc or build.default_cc()
    rng = np.random.default_rng(seed)
    weights = list(spec.weights) if spec.weights is not None else random_weights(spec, rng)
    # 64-byte aligned, for convgen and the peers alike: where NumPy's allocator happens to put
    # a large array moves vector loads along channels (depthwise) by up to 2x between runs
    x = aligned_copy(random_input(spec, rng))
    threads_before = thread_count()
    kernel, compile_s = _cold_compile(spec, cflags, cc, target)

    key = hashlib.sha256((kernel.c_source + cc + " ".join(cflags)).encode()).hexdigest()[:12]
    cdef = (f"int {spec.name}(const float *, const float *, float *, float *);\n"
            "double convgen_bench_loop(const float *, const float *, float *, float *, long);")
    lib, ffi = _load_module(f"_convgen_bench_{spec.name}_{key}", cdef,
                            kernel.c_source + _LOOP.format(name=spec.name),
                            build.BASE_CFLAGS + cflags, cc, {f"{spec.name}.h": kernel.header})
    plan = make_plan(spec, target=target)
    # aligned like the buffers kernel.bind allocates
    blob = aligned_copy(plan.pack(weights))
    out = aligned_empty(kernel.output_shape)
    work = aligned_empty(max(plan.workspace_size, 1))
    ptrs = [ffi.from_buffer("float[]", a) for a in (x, blob, out, work)]
    lib.convgen_bench_loop(*ptrs, 1)
    check = compare(out, reference(spec, x, weights))
    log(f"{spec.name}: compiled in {compile_s:.2f} s; oracle check "
        f"{'PASS' if check.passed else 'FAIL'} (rel err {check.max_rel:.2g})")
    c_loop = measure(lambda n: lib.convgen_bench_loop(*ptrs, n), min_time, repeat,
                     threads_before)
    f = kernel.bind(weights)   # bind once, call many: the Python call path
    python = measure_python(lambda: f(x), min_time, repeat, threads_before)
    overhead = paired_overhead(lambda n: lib.convgen_bench_loop(*ptrs, n), lambda: f(x),
                               c_loop.number, max(repeat, 3))
    threaded = None
    if threads > 1:
        threaded = _bench_threads(spec, kernel, cflags, cc, key, cdef, ptrs, out, threads,
                                  lambda n: lib.convgen_bench_loop(*ptrs, n), c_loop,
                                  min_time, repeat, plan)
        log(f"{spec.name}: {threads} threads: {threaded.speedup:.2f}x one thread, "
            f"{'same bytes' if threaded.same_bytes else 'OUTPUT DIFFERS'}")
        f_many = kernel.bind(weights, threads=threads)
        threaded.python = measure_python(lambda: f_many(x), min_time, repeat)
        for name in peers:
            threaded.peers[name] = run_peer(name, bspec, x, weights, out, min_time, repeat,
                                            threads)
    results = {}
    for name in peers:
        results[name] = run_peer(name, bspec, x, weights, out, min_time, repeat)
    types = [layer.type for layer in spec.layers]
    summary = (" + ".join(types) if len(types) <= 3 else
               f"{len(types)} layers ({'chain' if spec.graph.is_chain() else 'graph'})")
    macs = sum(node.macs() for node in spec.graph.nodes) * spec.batch
    return SpecResult(spec.name, bspec.source, summary, macs, kernel.input_shape,
                      kernel.output_shape, compile_s, len(kernel.c_source.encode()), check,
                      c_loop, python, results, overhead, threads, threaded)


def _bench_threads(spec: Spec, kernel, cflags, cc, key, cdef, ptrs, out, threads, run_one,
                   c_loop: Timing, min_time, repeat, plan) -> ThreadScaling:
    """Build the timing loop with OpenMP, check its output's bytes, time it on ``threads``."""
    from .threads import functions, parallel
    lib, ffi = _load_module(f"_convgen_bench_omp_{spec.name}_{key}",
                            cdef + "\n" + build.THREADS_CDEF,
                            kernel.c_source + _LOOP.format(name=spec.name) + build.THREADS_SOURCE,
                            build.BASE_CFLAGS + tuple(cflags) + build.OPENMP_FLAGS, cc,
                            {f"{spec.name}.h": kernel.header}, build.OPENMP_FLAGS)
    lib.convgen_set_threads(threads)
    ref = out.tobytes()
    mine = aligned_empty(out.shape)
    args = [ptrs[0], ptrs[1], ffi.from_buffer("float[]", mine), ptrs[3]]
    lib.convgen_bench_loop(*args, 1)
    same = mine.tobytes() == ref

    def run_many(n):
        lib.convgen_set_threads(threads)   # this thread's team size, as kernel.bind does
        return lib.convgen_bench_loop(*args, n)

    timing = measure(run_many, min_time, repeat)
    speedup = paired_speedup(run_one, run_many, c_loop.number, max(repeat, 3))
    split = sum(any(parallel(t, c) for t, c in functions(s)) for s in plan.steps)
    return ThreadScaling(threads, timing, speedup, same, split, len(plan.steps))


# ---------------------------------------------------------------- int8 specs

_QLOOP = """
#include <time.h>

/* convgen bench: the timing loop of an int8 model, in the same unit as the kernel. */
double convgen_bench_loop(const void *input, const void *weights, void *output,
                          void *workspace, long iters)
{{
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long i = 0; i < iters; i++) {{
        {name}((const {in_t} *)input, weights, ({out_t} *)output, workspace);
        __asm__ __volatile__("" : : "r"(output) : "memory");   /* every call's stores happen */
    }}
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
}}
"""

# Why an int8 row has no peer time without --tflite (one note under the table).
INT8_NO_TFLITE = ("an int8 spec: LiteRT's int8 interpreter needs the .tflite model itself "
                  "(--tflite MODEL.tflite); PyTorch and ONNX Runtime have no int8 route here")
INT8_LITERT_ONLY = "an int8 spec: only LiteRT runs it, on the .tflite given by --tflite"


def _aligned(shape, dtype: np.dtype, data: Optional[np.ndarray] = None) -> np.ndarray:
    """A C-contiguous array of any dtype on a 64-byte boundary (as kernel.bind's buffers),
    zeros or a copy of ``data``."""
    n = math.prod(shape) * dtype.itemsize
    raw = np.zeros(n + 64, np.uint8)
    start = -raw.ctypes.data % 64
    out = raw[start:start + n].view(dtype).reshape(shape)
    if data is not None:
        out[...] = data
    return out


class TFLiteMismatch(ValueError):
    """``--tflite`` names a model whose input or output is not the spec's."""


def check_tflite(spec: Spec, path: Union[str, Path]) -> Optional[str]:
    """Check that the .tflite at ``path`` takes and gives what the int8 ``spec`` does (shape
    and dtype of its one input and one output); raise :class:`TFLiteMismatch` naming the
    difference. Returns why LiteRT cannot run here (not installed), else None."""
    path = Path(path)
    if not path.is_file():
        raise TFLiteMismatch(f"{path}: no such file")
    if spec.weights is None:
        raise TFLiteMismatch(f"{path}: spec {spec.name!r} names no weights file, so "
                             "convgen would run random weights, not the model's")
    try:
        interp, i, o = _litert_interpreter(path)
    except ImportError:
        return "ai_edge_litert not installed"
    except ValueError as exc:
        raise TFLiteMismatch(f"{path}: LiteRT cannot load it: {exc}") from None
    quant = spec.quant
    for what, detail, dtype, shape in (
            ("input", i, quant.input_dtype, (spec.batch, *spec.input_shape)),
            ("output", o, quant.output_dtype, (spec.batch, *spec.output_shape))):
        got = (np.dtype(detail["dtype"]).name, tuple(int(d) for d in detail["shape"]))
        if got[0] != dtype or math.prod(got[1]) != math.prod(shape):
            raise TFLiteMismatch(
                f"{path}: its {what} is {got[0]} {got[1]}, spec {spec.name!r} "
                f"({spec.source.name}) has {dtype} {shape}: not the model the spec came from")
    return None


def _litert_interpreter(path: Path):
    """LiteRT's interpreter on one thread, default resolver (XNNPACK), tensors allocated:
    ``(interpreter, input details, output details)``."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    from ai_edge_litert.interpreter import Interpreter
    interp = Interpreter(model_path=str(path), num_threads=1)
    interp.allocate_tensors()
    inputs, outputs = interp.get_input_details(), interp.get_output_details()
    if len(inputs) != 1 or len(outputs) != 1:
        raise ValueError(f"{len(inputs)} inputs and {len(outputs)} outputs (expected one each)")
    return interp, inputs[0], outputs[0]


def run_litert_int8(spec: Spec, path: Union[str, Path], x: np.ndarray, expected: np.ndarray,
                    min_time: float = 0.0, repeat: int = 0) -> PeerResult:
    """LiteRT's interpreter (default resolver: XNNPACK; one thread) on the .tflite at
    ``path``, on convgen's input ``x``; its output checked against ``expected`` (convgen's,
    which equals the integer oracle). XNNPACK is not bit-exact with TFLite's reference
    kernels (docs/int8.md, "Where TFLite's other kernels differ": isolated differences of one
    output step): such differences are counted and reported, and the peer is timed; a
    difference of more than one step is a ``mismatch`` (another model), not timed."""
    why = check_tflite(spec, path)
    if why:
        return PeerResult("n/a", detail=why)
    try:
        interp, i, o = _litert_interpreter(Path(path))
        xi = x.reshape(i["shape"])

        def call():
            interp.set_tensor(i["index"], xi)
            interp.invoke()
            return interp.get_tensor(o["index"])

        threads_before = thread_count()
        got = call().reshape(expected.shape)
    except Exception as exc:   # a peer's own failure is reported, never fatal
        return PeerResult("error", detail=f"{type(exc).__name__}: {' '.join(str(exc).split())}")
    steps = np.abs(got.astype(np.float64) - expected.astype(np.float64))
    if spec.quant.output_dtype == "float32":   # differences in output steps
        steps = steps / float(spec.quant.of(spec.graph.output).s)
    differing = int(np.count_nonzero(got != expected))
    worst = float(steps.max()) if steps.size else 0.0
    if worst > 1.0 + 1e-6:
        return PeerResult("mismatch", differing=differing,
                          detail=f"{differing} of {expected.size} outputs differ from "
                                 f"convgen's, by up to {worst:.3g} steps: not the spec's model?")
    note = "XNNPACK, one thread" + ("" if not differing else
                                    f"; {differing} of {expected.size} outputs differ from "
                                    "convgen's (the integer oracle) by one step: XNNPACK is "
                                    "not bit-exact with TFLite's reference kernels, "
                                    "docs/int8.md")
    timing = measure_python(call, min_time, repeat, threads_before) if repeat else None
    return PeerResult("ok", timing, None, note, differing)


def bench_int8_spec(bspec: BenchSpec, peers: Sequence[str] = PEERS, repeat: int = 5,
                    min_time: float = 0.2, seed: int = 0,
                    cflags: Optional[Sequence[str]] = None, cc: Optional[str] = None,
                    log: Callable[[str], None] = lambda s: None, target=None,
                    tflite: Optional[Union[str, Path]] = None) -> SpecResult:
    """:func:`bench_spec` of an int8 spec: compile for ``target``, check that the output
    EQUALS the integer oracle (:func:`convgen.quantized.oracle`), time the C loop and the
    Python call (``kernel.bind()`` once, ``f(x)`` many); with ``tflite`` (the model the spec
    was imported from) also LiteRT's int8 interpreter (:func:`run_litert_int8`). Other
    peers have no int8 route: ``n/a``. One thread (``benchmarks/run_int8.py --threads``
    times int8 kernels on more)."""
    from . import quantized
    spec = bspec.spec
    cflags = tuple(build.default_cflags() if cflags is None else cflags)
    cc = cc or build.default_cc()
    rng = np.random.default_rng(seed)
    weights = (list(spec.weights) if spec.weights is not None
               else quantized.random_int8_weights(spec, rng))
    x = quantized.random_input(spec, rng)
    threads_before = thread_count()
    kernel, compile_s = _cold_compile(spec, cflags, cc, target)
    f = kernel.bind(weights)   # bind once, call many: the Python call path

    key = hashlib.sha256((kernel.c_source + cc + " ".join(cflags)).encode()).hexdigest()[:12]
    c_types = quantized.C_TYPES
    in_t, out_t = c_types[spec.quant.input_dtype], c_types[spec.quant.output_dtype]
    cdef = (f"int {spec.name}(const {in_t} *, const void *, {out_t} *, void *);\n"
            "double convgen_bench_loop(const void *, const void *, void *, void *, long);")
    lib, ffi = _load_module(f"_convgen_bench_{spec.name}_{key}", cdef,
                            kernel.c_source + _QLOOP.format(name=spec.name, in_t=in_t,
                                                            out_t=out_t),
                            build.BASE_CFLAGS + cflags, cc, {f"{spec.name}.h": kernel.header})
    x = _aligned(x.shape, x.dtype, x)
    out = _aligned(kernel.output_shape, np.dtype(spec.quant.output_dtype))
    work = _aligned((max(kernel.plan.workspace_size, 1),), np.dtype(np.uint8))
    ptrs = [ffi.from_buffer("char[]", a) for a in (x, f.blob, out, work)]
    lib.convgen_bench_loop(*ptrs, 1)
    expected = quantized.oracle(spec, x, weights)
    check = quantized.compare_int8(out, expected)
    same_python = np.array_equal(f(x), out)
    log(f"{spec.name}: compiled in {compile_s:.2f} s; integer oracle check "
        + ("EQUAL" if check.passed else f"FAIL ({check.mismatches} outputs differ)")
        + ("" if same_python else "; the Python call's output differs from the C loop's"))
    if not same_python:   # the same C and blob through cffi: never expected
        check = dataclasses.replace(check, mismatches=max(check.mismatches, 1))
    run_c = lambda n: lib.convgen_bench_loop(*ptrs, n)   # noqa: E731
    c_loop = measure(run_c, min_time, repeat, threads_before)
    python = measure_python(lambda: f(x), min_time, repeat, threads_before)
    overhead = paired_overhead(run_c, lambda: f(x), c_loop.number, max(repeat, 3))
    results = {}
    for name in peers:
        if name == "litert" and tflite is not None:
            results[name] = run_litert_int8(spec, tflite, x, out, min_time, repeat)
        else:
            results[name] = PeerResult("n/a", detail=INT8_LITERT_ONLY if tflite is not None
                                       else INT8_NO_TFLITE)
    types = [layer.type for layer in spec.layers]
    summary = (" + ".join(types) if len(types) <= 3 else
               f"{len(types)} layers ({'chain' if spec.graph.is_chain() else 'graph'})")
    macs = sum(node.macs() for node in spec.graph.nodes) * spec.batch
    return SpecResult(spec.name, bspec.source, summary, macs, kernel.input_shape,
                      kernel.output_shape, compile_s, len(kernel.c_source.encode()), check,
                      c_loop, python, results, overhead, 1, None, "int8")


# ---------------------------------------------------------------- the report

@dataclass
class Report:
    peak: Peak
    machine: Dict[str, Any]
    results: List[SpecResult]
    peers: Tuple[str, ...]
    threads: int = 1                    # --threads


def machine_info(cflags: Sequence[str], cc: str) -> Dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for module in ("numpy", "cffi", "torch", "onnx", "onnxruntime", "tensorflow",
                   "ai_edge_litert"):
        try:
            versions[module] = __import__(module).__version__
        except ImportError:
            pass
    return dict(cpu=cpu, cores=os.cpu_count(), cc=cc,
                load=list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
                cc_version=build.compiler_version(cc).splitlines()[0],
                cflags=" ".join(build.BASE_CFLAGS + tuple(cflags)), convgen=__version__,
                python=platform.python_version(), versions=versions,
                date=datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))


def run(specs: Sequence[BenchSpec], peers: Sequence[str] = PEERS, repeat: int = 5,
        min_time: float = 0.2, seed: int = 0, cflags: Optional[Sequence[str]] = None,
        cc: Optional[str] = None, log: Callable[[str], None] = lambda s: None,
        progress: Callable[[int, str], None] = lambda done, name: None,
        threads: int = 1, target=None, tflite: Optional[Union[str, Path]] = None) -> Report:
    """Measure the peak, then benchmark every spec; ``progress(done, name)`` is called
    before each spec and once at the end. An int8 spec is timed by :func:`bench_int8_spec`
    on one thread whatever ``threads`` says (the report says so);
    ``tflite``: the model of the one int8 spec among ``specs``, for LiteRT's int8
    interpreter (a ``ValueError`` unless exactly one spec is int8)."""
    if tflite is not None:
        int8 = [b for b in specs if b.spec.quant is not None]
        if len(int8) != 1:
            raise ValueError(f"--tflite {tflite}: it is the model of one int8 spec, and "
                             f"{len(int8)} of the {len(specs)} specs are int8")
    cflags = tuple(build.default_cflags() if cflags is None else cflags)
    cc = cc or build.default_cc()
    if "torch" in peers and peer_available("torch") is None:
        import torch
        torch.set_num_threads(1)
    peak = measure_peak(cc, min_time)
    log(f"peak: {peak.gflops:.1f} GFLOP/s fp32 ({peak.width_bits}-bit FMA, "
        f"{peak.accumulators} accumulators)")
    results = []
    for k, b in enumerate(specs):
        progress(k, b.spec.name)
        if b.spec.quant is not None:
            if threads > 1:
                log(f"{b.spec.name}: int8, timed on one thread only")
            results.append(bench_int8_spec(b, peers, repeat, min_time, seed, cflags, cc, log,
                                           target, tflite))
            continue
        results.append(bench_spec(b, peers, repeat, min_time, seed, cflags, cc, log, threads,
                                  target))
    progress(len(specs), "")
    return Report(peak, machine_info(cflags, cc), results, tuple(peers), threads)


def _num(value: float) -> str:
    """Four significant digits, without an exponent for the sizes seen here."""
    return f"{value:.4g}" if value >= 1e-3 or value == 0 else f"{value:.2e}"


def _ms(t: Optional[Timing]) -> str:
    return "-" if t is None else _num(t.median * 1e3)


def _peer_cell(p: Optional[PeerResult]) -> str:
    if p is None:
        return "-"
    if p.status == "ok":
        return _ms(p.timing) if p.timing else "ok"
    return "mismatch" if p.status == "mismatch" else p.status


def summary(report: Report, dtype: str = "float32") -> Optional[Dict[str, Any]]:
    """The geometric mean of convgen / best peer over the specs of ``dtype`` (float32, or
    int8: against LiteRT's int8 interpreter) some peer ran, and the worst case; None when no
    peer ran."""
    rows = [r for r in report.results if getattr(r, "dtype", "float32") == dtype]
    ratios = {r.name: r.ratio() for r in rows if r.ratio() is not None}
    if not ratios:
        return None
    worst = max(ratios, key=ratios.get)
    out = dict(specs=len(ratios), geomean_vs_best=_geomean(ratios.values()), worst=worst,
               worst_vs_best=ratios[worst])
    cpu = [r.cpu_ratio() for r in rows if hasattr(r, "cpu_ratio")]
    cpu = [v for v in cpu if v is not None]
    if cpu:
        out["geomean_vs_best_cpu"] = _geomean(cpu)
    return out


def _geomean(values) -> float:
    return math.exp(statistics.fmean(math.log(v) for v in values))


def markdown(report: Report) -> str:
    """The report as Markdown: the machine, then one row per spec."""
    m, peak = report.machine, report.peak
    lines = [
        "# convgen bench", "",
        f"- machine: {m['cpu']} ({m['cores']} cores), one thread everywhere; {m['date']}",
        f"- compiler: `{m['cc']}` ({m['cc_version']}), flags `{m['cflags']}`",
        f"- peak: {peak.gflops:.1f} GFLOP/s fp32 on one core ({peak.width_bits}-bit FMA, "
        f"{peak.accumulators} accumulators; "
        + ", ".join(f"{k}: {v:.1f}" for k, v in peak.variants.items()) + ")",
        "- times are milliseconds per call (median of the repeats); C loop: the kernel called "
        "in a loop compiled with it; Python: `f = kernel.bind(weights)` once, then `f(x)`; "
        "Python overhead: the Python call's CPU time beyond the C loop's, median of back-to-back "
        "pairs; peers: one Python call each, checked against "
        "convgen's output first",
        "- GFLOP/s: 2 x MACs / C-loop median; vs best: convgen's Python call / the fastest "
        "peer's (< 1: convgen is faster); vs best, CPU: the same in CPU time per call (no "
        "waiting for a core: steadier on a busy machine)"] + _int8_lines(report) + [""]
    head = ["spec", "layers", "MFLOP", "compile s", "C bytes", "C loop ms (min)", "Python ms",
            "Python overhead µs", "GFLOP/s", "% peak"] + [f"{PEER_TITLES[p]} ms" for p in PEERS
                                                          ] + ["vs best", "vs best, CPU"]
    rows = []
    for r in report.results:
        g, pct = r.gflops(), r.percent_of_peak(peak)
        ratio = r.ratio()
        int8 = r.dtype == "int8"
        fail = "" if r.check.passed else (
            f" **FAIL: {r.check.mismatches} outputs differ**" if int8 else " **FAIL**")
        rows.append([
            r.name + (" (int8)" if int8 else "") + fail, r.layers,
            _num(r.flops / 1e6), f"{r.compile_s:.2f}", f"{r.source_bytes:,}",
            f"{_ms(r.c_loop)} ({_num(r.c_loop.min * 1e3)})", _ms(r.python),
            f"{r.python_overhead() * 1e6:.1f}",
            "-" if g is None else f"{g:.1f}" + (" GOP/s" if int8 else ""),
            "-" if pct is None else f"{pct:.1f}",
            *[_peer_cell(r.peers.get(p)) for p in PEERS],
            "-" if ratio is None else f"{ratio:.2f} ({r.best_peer()})",
            "-" if r.cpu_ratio() is None else f"{r.cpu_ratio():.2f}"])
    right = set(range(2, len(head) - 2)) | {len(head) - 1}
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "|".join("---:" if i in right else "---" for i in range(len(head))) + "|")
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    total = summary(report)
    if total:
        lines += ["", f"- vs best over the {total['specs']} specs a peer ran: geometric mean "
                      f"{total['geomean_vs_best']:.2f}, worst {total['worst_vs_best']:.2f} "
                      f"({total['worst']})" + (
                          f"; in CPU time per call, geometric mean "
                          f"{total['geomean_vs_best_cpu']:.2f}"
                          if "geomean_vs_best_cpu" in total else "")]
    total = summary(report, "int8")
    if total:
        lines += [f"- int8, vs LiteRT over the {total['specs']} int8 specs it ran: geometric "
                  f"mean {total['geomean_vs_best']:.2f}, worst {total['worst_vs_best']:.2f} "
                  f"({total['worst']})"]
    return "\n".join(lines + _notes(report) + _thread_notes(report)
                     + _scaling(report)) + "\n"


def _int8_lines(report: Report) -> List[str]:
    """What an int8 row means, when there is one."""
    if not any(r.dtype == "int8" for r in report.results):
        return []
    return ["- int8 rows: the output EQUALS the integer oracle (TFLite's reference kernels) "
            "or the row says **FAIL** with the count of differing outputs; GOP/s: 2 x int8 "
            "MACs / C-loop median; no % peak (the peak is fp32 FMA's); one thread always; "
            "peer: LiteRT's int8 interpreter (XNNPACK) on the .tflite given by `--tflite`, its "
            "output compared with convgen's (one-step differences counted, not failed)"]


def _scaling(report: Report) -> List[str]:
    """The --threads table: the C loop on one thread and on N, per spec."""
    rows = [r for r in report.results if r.threaded is not None]
    int8 = [r.name for r in report.results if r.dtype == "int8"]
    one = [f"int8 specs ({', '.join(int8)}) are timed on one thread only: this table's "
           "scaling is of float32 specs (`benchmarks/run_int8.py --threads N` times int8 "
           "kernels on N threads against LiteRT's)"] if int8 else []
    if not rows:
        return ["", f"## {report.threads} threads", ""] + one if one and report.threads > 1 \
            else []
    n = rows[0].threaded.threads
    load = report.machine.get("load")
    lines = ["", f"## {n} threads", "",
             f"The C loop of the OpenMP build (`-fopenmp`) on {n} threads against the plain "
             "build on one; speedup: median of back-to-back pairs"
             + (f"; load average at the start {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f} "
                f"on {report.machine['cores']} cores" if load else ""), "",
             ] + one + [""] * bool(one) + [
             f"| spec | steps split | 1 thread ms | {n} threads ms | speedup | CPU / wall "
             "| same bytes |", "|---|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        t = r.threaded
        lines.append(f"| {r.name} | {t.split} of {t.steps} | {_ms(r.c_loop)} | {_ms(t.timing)} "
                     f"| {t.speedup:.2f} | {t.timing.cpu_per_wall or 0:.2f} | "
                     f"{'yes' if t.same_bytes else '**NO**'} |")
    return lines + _threaded_peers(rows, n, report.peers)


def threaded_summary(report: Report) -> Optional[Dict[str, Any]]:
    """:func:`summary` of the --threads comparison: convgen on N threads against the best
    peer on N threads; None when no peer ran on N threads."""
    ratios = {r.name: r.threaded.ratio() for r in report.results
              if r.threaded is not None and r.threaded.ratio() is not None}
    if not ratios:
        return None
    worst = max(ratios, key=ratios.get)
    return dict(threads=next(r.threaded.threads for r in report.results if r.threaded),
                specs=len(ratios), geomean_vs_best=_geomean(ratios.values()), worst=worst,
                worst_vs_best=ratios[worst])


def _threaded_peers(rows: List[SpecResult], n: int, peers: Sequence[str]) -> List[str]:
    """convgen's Python call on ``n`` threads against each peer's on ``n`` threads, with
    each one's CPU time / wall time (how many cores it kept busy: checked, not assumed)."""
    if not any(r.threaded.peers for r in rows):
        return []

    def busy(t: Optional[Timing]) -> str:
        return "-" if t is None or t.cpu_per_wall is None else f"{t.cpu_per_wall:.2f}"

    lines = ["", f"convgen (`kernel.bind(weights, threads={n})`, Python call) and the peers on "
                 f"{n} threads each, checked against convgen's output first; in brackets CPU "
                 "time / wall time over the timing loops (about the busy core count); vs best: "
                 f"convgen / the fastest peer, both on {n} threads", "",
             "| spec | convgen ms | " + " | ".join(f"{PEER_TITLES[p]} ms" for p in peers)
             + " | vs best |", "|---|" + "---:|" * (len(peers) + 2)]
    for r in rows:
        t = r.threaded
        cells = []
        for p in peers:
            peer = t.peers.get(p)
            cell = _peer_cell(peer)
            if peer is not None and peer.timing is not None:
                cell += f" ({busy(peer.timing)})"
            cells.append(cell)
        ratio = t.ratio()
        lines.append(f"| {r.name} | {_ms(t.python)} ({busy(t.python)}) | " + " | ".join(cells)
                     + f" | {'-' if ratio is None else f'{ratio:.2f} ({t.best_peer()})'} |")
    total = threaded_summary(Report(None, {}, rows, tuple(peers)))
    if total:
        lines += ["", f"- vs best on {n} threads over the {total['specs']} specs a peer ran: "
                      f"geometric mean {total['geomean_vs_best']:.2f}, worst "
                      f"{total['worst_vs_best']:.2f} ({total['worst']})"]
    return lines


def _notes(report: Report) -> List[str]:
    """Why a peer has no time, or a note on how it ran: once per status and detail, naming
    the peers and the specs it applies to."""
    why: Dict[Tuple[str, str, str], List[str]] = {}
    for r in report.results:
        for k, p in r.peers.items():
            if p.status != "ok" or p.detail:
                why.setdefault((k, p.status, p.detail), []).append(r.name)
    merged: Dict[Tuple[str, str, Tuple[str, ...]], List[str]] = {}
    for (k, status, detail), names in why.items():
        merged.setdefault((status, detail, tuple(names)), []).append(PEER_TITLES[k])
    lines = []
    for (status, detail, names), who in merged.items():
        which = "every spec" if len(names) == len(report.results) > 1 else ", ".join(names)
        lines.append(f"- {', '.join(who)}: {status} for {which}" + (f" ({detail})" if detail
                                                                    else ""))
    return [""] + lines if lines else []


def _thread_notes(report: Report) -> List[str]:
    """One thread each, checked: CPU time / wall time over the timing loops (its range over
    the specs) and the threads the process gained while each ran."""
    timings: Dict[str, List[Timing]] = {"convgen": []}
    for r in report.results:
        timings["convgen"] += [r.c_loop, r.python]
        for k, p in r.peers.items():
            if p.timing is not None:
                timings.setdefault(PEER_TITLES[k], []).append(p.timing)
    parts = []
    for who, ts in timings.items():
        ratios = [t.cpu_per_wall for t in ts if t.cpu_per_wall is not None]
        new = [t.new_threads for t in ts if t.new_threads is not None]
        if not ratios:
            continue
        text = f"{who} {min(ratios):.2f}-{max(ratios):.2f}"
        if new:
            text += f" (threads gained: {max(new)})" if max(new) else " (no thread gained)"
        parts.append(text)
    if not parts:
        return []
    flagged = [who for who, ts in timings.items()
               if any((t.cpu_per_wall or 0) > 1.2 for t in ts)]
    line = "- one thread: CPU time / wall time over the timing loops, " + "; ".join(parts)
    if flagged:
        line += f". **More than one core busy: {', '.join(flagged)}**"
    return ["", line]


def _timing_json(t: Optional[Timing]) -> Optional[Dict[str, Any]]:
    return None if t is None else dict(median_ms=t.median * 1e3, min_ms=t.min * 1e3,
                                       calls=t.number, repeat=t.repeat,
                                       cpu_ms=None if t.cpu is None else t.cpu * 1e3,
                                       cpu_per_wall=t.cpu_per_wall, threads=t.threads,
                                       new_threads=t.new_threads)


def to_json(report: Report) -> Dict[str, Any]:
    out = dict(convgen=__version__, machine=report.machine, peak=dataclasses.asdict(report.peak),
               peers=list(report.peers), results=[])
    for r in report.results:
        g, int8 = r.gflops(), r.dtype == "int8"
        if int8:   # equality with the integer oracle, no tolerance
            oracle = dict(check="equal", passed=r.check.passed, mismatches=r.check.mismatches,
                          max_abs_steps=r.check.max_abs)
        else:
            oracle = dict(check="tolerance", tolerance=TOLERANCE, passed=r.check.passed,
                          max_rel=r.check.max_rel)
        out["results"].append(dict(
            name=r.name, source=r.source, dtype=r.dtype, layers=r.layers,
            input_shape=list(r.input_shape),
            output_shape=list(r.output_shape), macs=r.macs, flops=r.flops,
            compile_s=r.compile_s, source_bytes=r.source_bytes, oracle=oracle,
            c_loop=_timing_json(r.c_loop), python=_timing_json(r.python),
            python_overhead_us=r.python_overhead() * 1e6,
            gflops=None if int8 else g, gops=g if int8 else None,
            percent_of_peak=r.percent_of_peak(report.peak),
            peers={k: dict(status=p.status, detail=p.detail, max_rel=p.max_rel,
                           **({} if p.differing is None else dict(differing=p.differing)),
                           **(_timing_json(p.timing) or {})) for k, p in r.peers.items()},
            best_peer=r.best_peer(), python_vs_best_peer=r.ratio(),
            python_vs_best_peer_cpu=r.cpu_ratio(),
            **({} if r.threaded is None else dict(threads=dict(
                count=r.threaded.threads, c_loop=_timing_json(r.threaded.timing),
                speedup=r.threaded.speedup, same_bytes=r.threaded.same_bytes,
                steps_split=r.threaded.split, steps=r.threaded.steps,
                python=_timing_json(r.threaded.python),
                peers={k: dict(status=p.status, detail=p.detail, max_rel=p.max_rel,
                               **(_timing_json(p.timing) or {}))
                       for k, p in r.threaded.peers.items()},
                best_peer=r.threaded.best_peer(), python_vs_best_peer=r.threaded.ratio())))))
    out["summary"] = summary(report)
    out["summary_int8"] = summary(report, "int8")
    out["threaded_summary"] = threaded_summary(report)
    return out


_COLORS = {"convgen C loop": "#1f77b4", "convgen Python": "#aec7e8", "PyTorch": "#d62728",
           "ONNX Runtime": "#2ca02c", "LiteRT": "#9467bd"}


def chart(report: Report, path: Path) -> bool:
    """A PNG of each time relative to the best peer's (or to convgen's Python call when no
    peer ran); False when matplotlib is missing."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    results = report.results
    series = [("convgen C loop", lambda r: r.c_loop), ("convgen Python", lambda r: r.python)]
    series += [(PEER_TITLES[p], lambda r, p=p: r.peers[p].timing if p in r.peers else None)
               for p in report.peers]
    series = [(label, get) for label, get in series if any(get(r) for r in results)]
    bases = [r.peers[r.best_peer()].timing.median if r.best_peer() else r.python.median
             for r in results]
    fig, ax = plt.subplots(figsize=(9, 1.5 + 0.12 * len(results) * (len(series) + 1)))
    height = 0.8 / len(series)
    for k, (label, get) in enumerate(series):
        rows = [(i, get(r).median / base) for i, (r, base) in enumerate(zip(results, bases))
                if get(r) is not None]
        ax.barh([i + (k - (len(series) - 1) / 2) * height for i, _ in rows],
                [v for _, v in rows], height=height, label=label, color=_COLORS[label])
    any_peer = any(r.best_peer() for r in results)
    ax.axvline(1.0, color="black", linewidth=0.8)
    ax.set_xscale("log")
    ax.set_yticks(range(len(results)),   # an int8 row's LiteRT is the int8 interpreter
                  [r.name + (" (int8)" if r.dtype == "int8" else "") for r in results])
    ax.invert_yaxis()
    ax.set_xlabel("time relative to the " + ("best peer" if any_peer else
                                             "convgen Python call") + " (lower is faster)")
    fig.suptitle(f"convgen {__version__}: one thread, {report.machine['cpu']}", fontsize=9)
    ax.legend(fontsize=8, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=len(series),
              frameon=False)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return True


def write_report(report: Report, out_dir: Union[str, Path]) -> List[Path]:
    """Write ``bench.md``, ``bench.json`` and (with matplotlib) ``bench.png`` into
    ``out_dir``; return the paths written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "bench.md", out / "bench.json"]
    written[0].write_text(markdown(report))
    written[1].write_text(json.dumps(to_json(report), indent=2) + "\n")
    if chart(report, out / "bench.png"):
        written.append(out / "bench.png")
    return written
