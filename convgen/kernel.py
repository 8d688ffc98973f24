"""Stage 5 of the pipeline: a compiled kernel as a Python callable.

``compile(spec)`` renders, builds (through the cache) and loads a spec's kernel; the
:class:`Kernel` checks every array crossing into C so that nothing is read or written out
of bounds.
"""

from __future__ import annotations

import math
from typing import Any, Callable, Optional, Sequence, Tuple, Union

import numpy as np

from .build import BuildError, build
from .plan import Plan, make_plan
from .render import Rendered, render
from .spec import Spec
from .targets import Target

BUILD_SYMBOL = "cg_model"


class Compiled:
    """What every compiled spec shows (:class:`Kernel`, and the int8
    :class:`convgen.quantized.QKernel`): its shapes and its C, from ``spec`` and
    ``_rendered``."""

    spec: Spec
    _rendered: Rendered
    _fn: Any
    _ffi: Any
    # builds the OpenMP module on first use: () -> (fn, ffi, set_threads)
    _threaded_build: Optional[Callable[[], Tuple[Any, Any, Any]]] = None
    _threaded: Optional[Tuple[Any, Any, Any]] = None

    def _module(self, threads: int):
        """``(fn, ffi, set_threads)``: the plain module for one thread, the OpenMP build
        (compiled on first use) for more."""
        if not isinstance(threads, (int, np.integer)) or isinstance(threads, bool) \
                or threads < 1:
            raise ValueError(f"threads must be a positive int, got {threads!r}")
        if threads == 1:
            return self._fn, self._ffi, None
        if self._threaded is None:
            if self._threaded_build is None:
                raise ValueError("this kernel has no threaded build: make it with "
                                 "convgen.compile")
            try:
                self._threaded = self._threaded_build()
            except BuildError as exc:
                raise BuildError(f"threads > 1 need a compiler with OpenMP (-fopenmp, "
                                 f"omp.h): {exc}") from None
        return self._threaded

    @property
    def input_shape(self) -> Tuple[int, ...]:
        """``(batch, *input_shape)``."""
        return (self.spec.batch, *self.spec.input_shape)

    @property
    def output_shape(self) -> Tuple[int, ...]:
        """``(batch, *output_shape)``."""
        return (self.spec.batch, *self.spec.output_shape)

    @property
    def c_source(self) -> str:
        return self._rendered.source

    @property
    def header(self) -> str:
        return self._rendered.header


class Kernel(Compiled):
    """A compiled spec. ``kernel(x, weights)`` runs it; ``kernel.bind(weights)`` packs once."""

    def __init__(self, plan: Plan, rendered: Rendered, fn, ffi,
                 threaded: Optional[Callable[[], Tuple[Any, Any, Any]]] = None):
        self.plan = plan
        self.spec: Spec = plan.spec
        self._rendered = rendered
        self._fn = fn
        self._ffi = ffi
        self._threaded_build = threaded

    def __repr__(self) -> str:
        return f"<convgen.Kernel {self.spec.name} {self.input_shape} -> {self.output_shape}>"

    def __call__(self, x: np.ndarray, weights: Optional[Sequence[np.ndarray]] = None,
                 threads: int = 1) -> np.ndarray:
        """Run on ``x`` (float32, ``[batch, *input_shape]``) with the flat ``get_weights()``
        list (default: the spec's weights file), on ``threads`` threads (see :meth:`bind`)."""
        return self.bind(weights, threads=threads)(x)

    def bind(self, weights: Optional[Sequence[np.ndarray]] = None, threads: int = 1
             ) -> Callable[..., np.ndarray]:
        """Pack ``weights`` once; return ``f(x, out=None) -> np.ndarray``.

        ``threads`` > 1 runs the same generated C built with OpenMP (compiled once, cached)
        on a team of that many threads: the layers worth it split their output rows and
        filter blocks, never a sum, so the output is the same bytes for every ``threads``.
        """
        fn, ffi, set_threads = self._module(threads)
        threads = int(threads)
        if weights is None:
            if self.spec.weights is None:
                raise ValueError(f"spec {self.spec.name!r} names no weights file: pass the "
                                 "flat model.get_weights() list")
            weights = self.spec.weights
        blob = aligned_copy(self.plan.pack(weights))
        blob_ptr = ffi.from_buffer("float[]", blob)
        in_shape, out_shape = self.input_shape, self.output_shape
        out_size = math.prod(out_shape)
        take, give = workspaces(self.plan.workspace_size * 4, ffi, "float[]")

        def run(x: np.ndarray, out: Optional[np.ndarray] = None) -> np.ndarray:
            if (type(x) is not np.ndarray or x.dtype is not FLOAT32 or x.shape != in_shape
                    or not x.flags.c_contiguous):
                x = _checked_input(x, in_shape)
            if out is None:
                out = _fresh(out_shape, out_size)
            else:
                _check_out(out, out_shape)
            work = take()
            try:
                if set_threads is not None:   # the calling thread's team size, every call
                    set_threads(threads)
                fn(ffi.from_buffer("float[]", x), blob_ptr, ffi.from_buffer("float[]", out),
                   work[1])
            finally:
                give(work)
            return out

        run.blob = blob   # keeps the packed weights alive with the function
        return run


FLOAT32 = np.dtype(np.float32)
ALIGNMENT = 64   # bytes: a cache line, and one AVX-512 vector


def workspaces(nbytes: int, ffi, ctype: str = "char[]"
               ) -> Tuple[Callable[[], Tuple[Any, Any]], Callable[[Any], None]]:
    """``(take, give)`` for the workspaces of one bound function: ``take()`` returns a free
    ``(array, pointer)`` of ``nbytes`` (64-byte aligned; ``(None, NULL)`` for 0) and
    ``give(w)`` returns it after the call. The first call makes one and later calls reuse
    it, so a call allocates only its output and finds its scratch in cache; concurrent
    callers (the C runs without the GIL) each take their own, since ``list.pop`` and
    ``list.append`` are atomic under the GIL. The kernels never read scratch they have not
    written in the same call, so reuse changes no result."""
    free: list = []

    def make():
        if not nbytes:
            return None, ffi.NULL
        raw = np.empty(nbytes + ALIGNMENT, np.uint8)
        work = raw[-raw.ctypes.data % ALIGNMENT:][:nbytes]
        return work, ffi.from_buffer(ctype, work)

    def take():
        try:
            return free.pop()
        except IndexError:
            return make()

    return take, free.append


def aligned_empty(shape) -> np.ndarray:
    """An uninitialised C-contiguous float32 array whose data starts on a 64-byte boundary.
    The kernels take any float alignment, but a vector load from an unaligned address can
    straddle two cache lines: depthwise layers, which load vectors of input channels, run up
    to twice as fast on aligned input. Fill it in place (``x[...] = data``)."""
    shape = (shape,) if isinstance(shape, (int, np.integer)) else tuple(shape)
    return _aligned(shape, math.prod(shape))


def _aligned(shape: Tuple[int, ...], size: int) -> np.ndarray:
    raw = np.empty(size + ALIGNMENT // 4, np.float32)
    start = (-raw.ctypes.data % ALIGNMENT) // 4
    return raw[start:start + size].reshape(shape)


# Below this many floats a per-call buffer is left as NumPy makes it (16-byte aligned): the
# alignment costs about 1.5 us of Python, more than it saves on a kernel that small.
ALIGN_MIN_FLOATS = 16384


def _fresh(shape: Tuple[int, ...], size: int) -> np.ndarray:
    """A new float32 array for one call: 64-byte aligned when large enough to matter."""
    return np.empty(shape, np.float32) if size < ALIGN_MIN_FLOATS else _aligned(shape, size)


def aligned_copy(a: np.ndarray) -> np.ndarray:
    """``a`` as float32 in a new 64-byte-aligned array."""
    out = aligned_empty(a.shape)
    out[...] = a
    return out


def _checked_input(x, shape) -> np.ndarray:
    if not isinstance(x, np.ndarray):
        raise ValueError(f"x must be a numpy.ndarray of float32 with shape {shape}, "
                         f"got {type(x).__name__}")
    if x.dtype != np.float32:
        raise ValueError(f"x must be float32 with shape {shape}, got dtype {x.dtype}")
    if x.shape != shape:
        raise ValueError(f"x must have shape {shape} (batch, *input_shape), got {x.shape}")
    return np.ascontiguousarray(x)


def _check_out(out, shape) -> None:
    if (not isinstance(out, np.ndarray) or out.dtype != np.float32 or out.shape != shape
            or not out.flags.c_contiguous or not out.flags.writeable):
        raise ValueError(f"out must be a writeable C-contiguous float32 array of shape {shape}")


def compile(spec: Spec, cflags: Optional[Sequence[str]] = None,
            cc: Optional[str] = None, target: Union[None, str, Target] = None) -> Kernel:
    """Render, compile (``-O3 -march=native`` unless ``cflags``/``CONVGEN_CFLAGS`` say
    otherwise; ``cc``/``CC`` pick the compiler), cache and load a spec's kernel.

    ``target`` (a name of :data:`convgen.targets.TARGETS` or a profile; default ``any``)
    chooses the code paths and weight packing of the C. Whatever the target, the kernel is
    compiled by the host compiler to run in this process: every profile's C is GNU C99 that
    builds anywhere (the Cortex-M and portable ones plain C99), so this runs the target's code
    path, not its instruction selection. Raises
    :class:`convgen.targets.UnknownTarget` (a ``ValueError``) for an unknown name.

    An int8 spec (``dtype: int8``) gives a :class:`convgen.quantized.QKernel`, whose
    ``kernel(x)`` takes and returns int8 arrays (docs/int8.md)."""
    if spec.quant is not None:
        from .quantized import compile_int8
        return compile_int8(spec, cflags=cflags, cc=cc, target=target)
    plan = make_plan(spec, target=target)
    rendered = render(plan)
    # The Python module is built from the same C under a fixed internal symbol: the user's
    # name then never meets what Python.h declares (or GNU C predefines, like `unix`), and
    # specs that differ only in name share a cache entry.
    internal = render(make_plan(spec, symbol=BUILD_SYMBOL, target=plan.target))
    lib, ffi, _ = build(internal, cflags=cflags, cc=cc)

    def threaded():
        lib, ffi, _ = build(internal, cflags=cflags, cc=cc, openmp=True)
        return getattr(lib, BUILD_SYMBOL), ffi, lib.convgen_set_threads

    return Kernel(plan, rendered, getattr(lib, BUILD_SYMBOL), ffi, threaded)
