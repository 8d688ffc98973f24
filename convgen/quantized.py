"""The int8 pipeline after the spec: plan (each node lowered by its :mod:`convgen.quantized_ops`
entry, the weights blob, the workspace), render (``templates/q*.c.j2``), build, the
:class:`QKernel` callable, and verification against the integer oracle (equality).

The C entry point is ``int NAME(const int8_t *input, const void *weights, int8_t *output,
void *workspace)`` (``const float *input`` / ``float *output`` where the spec's
``input_dtype`` / ``output_dtype`` is float32), the sizes in the header in bytes; the weights
blob must be 8-byte aligned (it holds int32 and double arrays).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from . import qreference as qr
from . import targets, threads
from ._version import __version__
from .kernel import Compiled, workspaces
from .memory import Buffer, place
from .quantized_ops import QOPS, Blob
from .render import Rendered, _chunks, _closure, environment, template_dir

BUILD_SYMBOL = "cg_model"
C_TYPES = {"int8": "int8_t", "float32": "float"}


# ---------------------------------------------------------------- the oracle of a spec

def oracle(spec, x: np.ndarray, weights: Optional[Sequence[np.ndarray]] = None) -> np.ndarray:
    """Run an int8 spec through the integer oracle (:mod:`convgen.qreference`, node by node);
    ``x`` as the kernel takes it (int8, or float32 with ``input_dtype: float32``)."""
    weights = spec.weights if weights is None else weights
    if weights is None and any(n.weight_shapes() for n in spec.graph.nodes):
        raise ValueError(f"spec {spec.name!r} names no weights file: pass weights")
    quant, graph = spec.quant, spec.graph
    x = _checked(x, (graph.batch, *graph.input.shape), quant.input_dtype, "x")
    if quant.input_dtype == "float32":
        x = qr.quantize(x, quant.of(graph.input))
    values = {graph.input.name: x}
    flat = list(weights or [])
    for node in graph.nodes:
        n = len(node.weight_shapes()) + (1 if node.weight_shapes() else 0)
        qop = QOPS[node.layer.type]
        values[node.name] = qop.oracle(node, [values[t.name] for t in node.inputs], flat[:n],
                                       [quant.of(t) for t in node.inputs], quant.of(node.output))
        flat = flat[n:]
    y = values[graph.output.name]
    return qr.dequantize(y, quant.of(graph.output)) if quant.output_dtype == "float32" else y


def _checked(x, shape, dtype: str, what: str) -> np.ndarray:
    if not isinstance(x, np.ndarray) or x.dtype != np.dtype(dtype) or x.shape != shape:
        got = (f"{x.dtype} {x.shape}" if isinstance(x, np.ndarray) else type(x).__name__)
        raise ValueError(f"{what} must be a numpy array of {dtype} with shape {shape}, "
                         f"got {got}")
    return np.ascontiguousarray(x)


# ---------------------------------------------------------------- plan

@dataclass
class QStep:
    fn: str
    template: str
    context: dict
    node_name: str
    reads: List[str]
    writes: str
    weights: bool
    scratch: int = 0   # bytes of workspace the step's function takes as its last argument
    form: str = ""     # the int8 SIMD form that lowered it ("": the portable loops)


@dataclass
class QPlan:
    spec: object
    symbol: str
    target: targets.Target
    steps: List[QStep]
    pointers: Dict[str, str]       # tensor name -> its C pointer expression
    blob: Optional[bytes]          # None: planned without weights
    blob_layout: List[str]
    blob_size: int                 # bytes
    workspace_size: int            # bytes
    buffers: List[Tuple[str, int, int]]   # (tensor, byte offset, bytes)
    prologue: List[str]
    epilogue: List[str]

    @property
    def input_bytes(self) -> int:
        g = self.spec.graph
        return g.batch * g.input.type.elements * _size(self.spec.quant.input_dtype)

    @property
    def output_bytes(self) -> int:
        g = self.spec.graph
        return g.batch * g.output.type.elements * _size(self.spec.quant.output_dtype)


def _size(dtype: str) -> int:
    return 1 if dtype == "int8" else 4


def _layer_weights(spec, weights) -> Dict[str, List[np.ndarray]]:
    flat = list(weights or [])
    out = {}
    for node in spec.graph.nodes:
        n = len(node.weight_shapes()) + (1 if node.weight_shapes() else 0)
        out[node.name], flat = flat[:n], flat[n:]
    return out


def make_plan(spec, weights=None, symbol: Optional[str] = None, target=None) -> QPlan:
    """Lower every node for ``target`` (a profile or its name; default ``any``: its
    ``int8`` form says how the convolutions and Dense layers pack their weights and run),
    pack the blob, place the int8 tensors in the workspace.

    A reshape costs nothing (its output is its input's bytes); the model input is read where
    the caller put it (or quantized into the workspace first), and the node computing the
    output writes it in place (or into the workspace, dequantized after)."""
    from .quantized_spec import check_int8_weights, weight_shapes
    weights = spec.weights if weights is None else weights
    has_weights = weights is not None or not weight_shapes(spec)
    if weights is None:   # the C depends on the weights' shapes only: plan with stand-ins
        weights = [np.ones(shape, dtype) for _, _, shape, dtype in weight_shapes(spec)]
    elif weights is not spec.weights:
        weights = check_int8_weights(list(weights), spec)
    target = targets.get(target)
    quant, graph = spec.quant, spec.graph
    per_layer = _layer_weights(spec, weights)
    blob = Blob()
    root = {graph.input.name: graph.input.name}   # tensor -> the tensor owning its bytes
    steps: List[QStep] = []
    readers = Counter(t.name for n in graph.nodes for t in n.inputs)
    for node in graph.nodes:
        if _fold_clamp(node, steps, readers, quant, graph):
            root[node.name] = root[node.inputs[0].name]
            continue
        lowered = QOPS[node.layer.type].lower(node, [quant.of(t) for t in node.inputs],
                                              quant.of(node.output), per_layer[node.name],
                                              blob, graph.batch, target)
        if lowered.template == "alias":
            root[node.name] = root[node.inputs[0].name]
            continue
        root[node.name] = node.name
        steps.append(QStep(f"cg_layer{node.index}", lowered.template, lowered.context,
                           node.name, [root[t.name] for t in node.inputs], node.name,
                           lowered.weights, lowered.scratch, lowered.form))
    out_root = root[graph.output.name]
    prologue, epilogue = [], []
    n_in = graph.batch * graph.input.type.elements
    n_out = graph.batch * graph.output.type.elements
    pointers = {}
    in_buffer = quant.input_dtype == "float32"
    out_direct = quant.output_dtype == "int8" and out_root != graph.input.name
    if not in_buffer:
        pointers[graph.input.name] = "input"
    if out_direct:
        pointers[out_root] = "output"
    # lifetimes: step k writes its tensor; the prologue is step -1, the epilogue len(steps)
    first = {graph.input.name: -1}
    last: Dict[str, int] = {}
    for k, step in enumerate(steps):
        first[step.writes] = k
        for r in step.reads:
            last[r] = k
    last[out_root] = len(steps)
    sizes = {graph.input.name: n_in}
    sizes.update({s.writes: graph.batch * graph.nodes[_index(graph, s.writes)].output.type
                  .elements for s in steps})
    # a scratch is 8-byte aligned (it holds int16/int32 arrays): then every size is rounded
    # up to 8 bytes, so that every offset is a multiple of 8
    align = 8 if any(s.scratch for s in steps) else 1
    buffers = [Buffer(t, -(-sizes[t] // align) * align, first[t], last.get(t, first[t]))
               for t in sizes if t not in pointers]
    buffers += [Buffer(_scratch(s), -(-s.scratch // align) * align, k, k)
                for k, s in enumerate(steps) if s.scratch]
    offsets, total = place(buffers)
    for t, off in offsets.items():
        pointers[t] = f"ws + {off}" if off else "ws"
    q_in, q_out = quant.of(graph.input), quant.of(graph.output)
    if in_buffer:
        prologue.append(f"cg_q_quantize(input, {pointers[graph.input.name]}, {n_in}, "
                        f"{_cfloat(q_in.s)}, {q_in.z});")
    if quant.output_dtype == "float32":
        epilogue.append(f"cg_q_dequantize({pointers[out_root]}, output, {n_out}, "
                        f"{_cfloat(q_out.s)}, {q_out.z});")
    elif not out_direct:   # the output is the input's bytes: a copy
        epilogue.append(f"cg_q_copy({pointers[out_root]}, output, {n_out});")
    buffers_info = [(b.name, offsets[b.name], b.size) for b in buffers]
    return QPlan(spec, symbol or spec.name, target, steps, pointers,
                 blob.bytes() if has_weights else None, blob.layout, blob.size, total,
                 buffers_info, prologue, epilogue)


def _fold_clamp(node, steps: List[QStep], readers, quant, graph) -> bool:
    """A clamp (the relu TFLite fuses into ADD, split off on import) narrowed into the clamp
    of the step computing its input, when that step clamps and nothing else reads its
    output: one pass over the tensor less. True when folded."""
    op = QOPS[node.layer.type]
    if op.clamp is None or len(node.inputs) != 1:
        return False
    src = node.inputs[0].name
    q = quant.of(node.output)
    limits = op.clamp(node, q)
    step = steps[-1] if steps else None
    if limits is None or step is None or step.writes != src or readers[src] != 1 \
            or src == graph.output.name or "act_min" not in step.context \
            or (quant.of(node.inputs[0]).s, quant.of(node.inputs[0]).z) != (q.s, q.z):
        return False
    ctx = step.context
    step.context = dict(ctx, act_min=max(ctx["act_min"], limits[0]),
                        act_max=min(ctx["act_max"], limits[1]))
    step.node_name += f" (and {node.name}, its clamp)"
    return True


def _scratch(step: QStep) -> str:
    return f"{step.fn} scratch"


def _index(graph, name: str) -> int:
    return next(n.index for n in graph.nodes if n.name == name)


def _cfloat(value) -> str:
    from .render import cfloat
    return cfloat(value)


# ---------------------------------------------------------------- render

def helper_chunks() -> Dict[str, str]:
    return _chunks((template_dir() / "qhelpers.h").read_text())


def _parallel(plan: QPlan) -> List[bool]:
    """Per step: whether its function splits its outer loops over an OpenMP team (its form's
    template declares a split, convgen/threads.py, and it is large enough)."""
    return [threads.parallel(step.template, step.context) for step in plan.steps]


def render(plan: QPlan) -> Rendered:
    """The header and the source of an int8 plan: the helpers it calls, each layer's
    function, the entry point."""
    env = environment()
    spec, quant = plan.spec, plan.spec.quant
    layer_code, calls = [], []
    parallel = _parallel(plan)
    for step, par in zip(plan.steps, parallel):
        ctx = dict(step.context, fn=step.fn, layer=step.node_name, parallel=par)
        layer_code.append(env.get_template(step.template).render(ctx))
        args = [plan.pointers[r] for r in step.reads]
        args += ["w"] if step.weights else []
        args.append(plan.pointers[step.writes])
        args += [plan.pointers[_scratch(step)]] if step.scratch else []
        calls.append(f"{step.fn}({', '.join(args)});")
    body = plan.prologue + calls + plan.epilogue
    code = "\n".join(layer_code + body)
    helpers = _closure(helper_chunks(), sorted(set(
        name for name in helper_chunks() if f"{name}(" in code)))
    uses_w = any(s.weights for s in plan.steps)
    uses_ws = "ws" in " ".join(body)
    in_t, out_t = C_TYPES[quant.input_dtype], C_TYPES[quant.output_dtype]
    signature = (f"int {plan.symbol}(const {in_t} *input, const void *weights, "
                 f"{out_t} *output, void *workspace)")
    g = spec.graph
    base = dict(name=plan.symbol, NAME=plan.symbol.upper(), version=__version__,
                spec_file=spec.filename, signature=signature,
                guard=f"CONVGEN_{plan.symbol.upper()}_H",
                input_size=plan.input_bytes, output_size=plan.output_bytes,
                weights_size=plan.blob_size + (-plan.blob_size % Blob.ALIGN),
                workspace_size=plan.workspace_size,
                workspace_aligned=any(s.scratch for s in plan.steps),
                input_dims="x".join(map(str, (g.batch, *g.input.shape))) + f" {in_t}",
                output_dims="x".join(map(str, (g.batch, *g.output.shape))) + f" {out_t}",
                packing=plan.blob_layout,
                layout=", ".join(f"{t} at byte {o} ({n} bytes)" for t, o, n in plan.buffers)
                or "none needed",
                layers=len(g.nodes), has_weights=plan.blob is not None,
                threaded=any(parallel))
    header = env.get_template("qheader.h.j2").render(base, template="qheader.h.j2")
    templates = sorted({s.template for s in plan.steps})
    source = env.get_template("qmodel.c.j2").render(
        base, template=", ".join(["qmodel.c.j2"] + templates), helpers=helpers,
        layer_code=layer_code, body=body, uses_w=uses_w, uses_ws=uses_ws)
    return Rendered(plan.symbol, header, source, signature)


# ---------------------------------------------------------------- build and run

class QKernel(Compiled):
    """A compiled int8 spec: ``kernel(x)`` / ``kernel.bind(weights)(x)`` take and return
    arrays of the spec's interface dtypes (int8, or float32), batch first."""

    def __init__(self, spec, plan: QPlan, rendered: Rendered, fn, ffi, cflags, cc,
                 threaded=None):
        self.spec, self.plan, self._rendered = spec, plan, rendered
        self._fn, self._ffi = fn, ffi
        self._cflags, self._cc = cflags, cc
        self._threaded_build = threaded

    def __repr__(self) -> str:
        return (f"<convgen.QKernel {self.spec.name} int8 {self.input_shape} -> "
                f"{self.output_shape}>")

    def __call__(self, x: np.ndarray, weights: Optional[Sequence[np.ndarray]] = None,
                 threads: int = 1) -> np.ndarray:
        return self.bind(weights, threads=threads)(x)

    def bind(self, weights: Optional[Sequence[np.ndarray]] = None, threads: int = 1):
        """Pack ``weights`` (default: the spec's) once; ``f(x, out=None) -> array``.

        ``threads`` > 1 runs the same C built with OpenMP on a team of that many threads: the
        convolutions worth it split their output rows (or a flattened row's pixels), never a
        sum, so the output is the same bytes for every ``threads`` (docs/int8.md)."""
        fn, ffi, set_threads = self._module(threads)
        threads = int(threads)
        plan = self.plan if weights is None else make_plan(
            self.spec, weights, BUILD_SYMBOL, target=self.plan.target)
        if plan.blob is None:
            raise ValueError(f"spec {self.spec.name!r} names no weights file: pass its weights "
                             "(int8 kernels, int32 biases, float32 kernel scales)")
        blob = _aligned_bytes(np.frombuffer(plan.blob + bytes(8), np.uint8))
        quant = self.spec.quant
        blob_ptr = ffi.from_buffer("char[]", blob)
        in_shape, out_shape = self.input_shape, self.output_shape
        in_dtype, out_dtype = np.dtype(quant.input_dtype), np.dtype(quant.output_dtype)
        in_ct = C_TYPES[quant.input_dtype] + "[]"
        out_ct = C_TYPES[quant.output_dtype] + "[]"
        take, give = workspaces(plan.workspace_size, ffi)   # 64-byte aligned, as scratch needs

        def run(x: np.ndarray, out: Optional[np.ndarray] = None) -> np.ndarray:
            if (type(x) is not np.ndarray or x.dtype != in_dtype or x.shape != in_shape
                    or not x.flags.c_contiguous):
                x = _checked(x, in_shape, quant.input_dtype, "x")
            if out is None:
                out = np.empty(out_shape, out_dtype)
            elif (not isinstance(out, np.ndarray) or out.dtype != out_dtype
                  or out.shape != out_shape or not out.flags.c_contiguous
                  or not out.flags.writeable):
                raise ValueError(f"out must be a writeable C-contiguous {out_dtype} array of "
                                 f"shape {out_shape}")
            work = take()
            try:
                if set_threads is not None:   # the calling thread's team size, every call
                    set_threads(threads)
                fn(ffi.from_buffer(in_ct, x), blob_ptr, ffi.from_buffer(out_ct, out), work[1])
            finally:
                give(work)
            return out

        run.blob = blob
        return run


def _aligned_bytes(data: np.ndarray, alignment: int = 64) -> np.ndarray:
    raw = np.zeros(data.size + alignment, np.uint8)
    start = -raw.ctypes.data % alignment
    out = raw[start:start + data.size]
    out[...] = data
    return out


def compile_int8(spec, cflags: Optional[Sequence[str]] = None, cc: Optional[str] = None,
                 target=None) -> QKernel:
    """Render, build (through the cache) and load an int8 spec's kernel for ``target`` (a
    profile or its name, default ``any``), compiled by this machine's compiler as
    :func:`convgen.compile` does for a float32 spec."""
    from .build import build
    plan = make_plan(spec, target=target)
    rendered = render(plan)
    internal_plan = make_plan(spec, symbol=BUILD_SYMBOL, target=plan.target)
    internal = render(internal_plan)
    lib, ffi, _ = build(internal, cflags=cflags, cc=cc)

    def threaded():
        lib, ffi, _ = build(internal, cflags=cflags, cc=cc, openmp=True)
        return getattr(lib, BUILD_SYMBOL), ffi, lib.convgen_set_threads

    return QKernel(spec, internal_plan, rendered, getattr(lib, BUILD_SYMBOL), ffi, cflags, cc,
                   threaded)


# ---------------------------------------------------------------- verify

@dataclass(frozen=True)
class QComparison:
    """An int8 output against the oracle: equal or not (no tolerance). ``max_abs`` is the
    largest difference in output steps, ``where`` its index, ``mismatches`` the count."""

    max_abs: float
    where: tuple
    mismatches: int
    max_rel: float = 0.0
    nonfinite_mismatch: int = 0

    @property
    def passed(self) -> bool:
        return self.mismatches == 0


def compare_int8(actual: np.ndarray, expected: np.ndarray) -> QComparison:
    if actual.shape != expected.shape:
        raise ValueError(f"shapes differ: {actual.shape} vs {expected.shape}")
    a, e = np.asarray(actual, np.float64), np.asarray(expected, np.float64)
    diff = np.abs(a - e)
    if diff.size == 0:
        return QComparison(0.0, (), 0)
    where = np.unravel_index(int(np.argmax(diff)), diff.shape)
    return QComparison(float(diff[where]), tuple(int(i) for i in where),
                       int(np.count_nonzero(a != e)))


def random_int8_weights(spec, rng: np.random.Generator) -> List[np.ndarray]:
    """int8 kernels in [-127, 127], int32 biases of a few hundred, per-channel scales about
    what a converter gives (so outputs use the int8 range)."""
    from .quantized_spec import weight_shapes
    out = []
    for index, _, shape, dtype in weight_shapes(spec):
        if dtype == "int8":
            out.append(rng.integers(-127, 128, shape).astype(np.int8))
            kind = spec.graph.nodes[index].layer.type
            fan_in = (math.prod(shape[:-2]) if kind.startswith("Depthwise") else
                      math.prod(shape[:-2]) * shape[-1] if kind.endswith("Transpose") else
                      math.prod(shape[:-1]))
        elif dtype == "int32":
            out.append(rng.integers(-500, 501, shape).astype(np.int32))
        else:
            out.append((rng.uniform(0.5, 1.5, shape) / (127 * math.sqrt(fan_in)))
                       .astype(np.float32))
    return out


def random_input(spec, rng: np.random.Generator) -> np.ndarray:
    shape = (spec.batch, *spec.input_shape)
    if spec.quant.input_dtype == "float32":
        q = spec.quant.of(spec.graph.input)
        return ((rng.integers(-128, 128, shape) - q.z) * np.float64(q.s)).astype(np.float32) \
            + rng.uniform(-0.5, 0.5, shape).astype(np.float32) * np.float32(q.s)
    return rng.integers(-128, 128, shape).astype(np.int8)


def verify_int8(spec, seed: int = 0, weights=None, cflags=None, cc=None, target=None,
                threads: int = 1):
    """Compile an int8 spec, run it on seeded random input (and its weights, else seeded
    random ones) and compare with the integer oracle: the outputs must be equal. ``threads``
    > 1: on that many threads (the OpenMP build), also checked to be the same bytes as on
    one."""
    from .verify import Verification
    rng = np.random.default_rng(seed)
    if weights is None:
        weights = spec.weights if spec.weights is not None else random_int8_weights(spec, rng)
    x = random_input(spec, rng)
    kernel = compile_int8(spec, cflags=cflags, cc=cc, target=target)
    out = kernel(x, weights, threads=threads)
    same = None if threads == 1 else out.tobytes() == kernel(x, weights).tobytes()
    return Verification(spec, compare_int8(out, oracle(spec, x, weights)), threads, same)


# ---------------------------------------------------------------- generate, summary

def weights_source(plan: QPlan) -> str:
    """``NAME_weights.c``: the packed blob as const data (little-endian, 8-byte aligned
    through a union with a double), and the pointer ``NAME_weights`` to pass as
    ``weights``."""
    data = plan.blob or b""
    rows = [", ".join(f"0x{b:02x}" for b in data[i:i + 16]) for i in range(0, len(data), 16)]
    body = ",\n    ".join(rows) or "0"
    size = max(len(data), 1)
    return (f"/* Auto-generated file. Do not edit!\n *   Generator: convgen {__version__}\n"
            f" *   Spec: {plan.spec.filename}\n *   The packed weights of {plan.symbol} "
            f"({len(data)} bytes, little-endian). */\n"
            f"#include \"{plan.symbol}.h\"\n\n"
            f"static const union {{\n    unsigned char bytes[{size}];\n    double align;\n}} "
            f"cg_blob = {{{{\n    {body}\n}}}};\n\n"
            f"const void *const {plan.symbol}_weights = &cg_blob;\n")


def write(spec, out_dir, seed: int = 0, target=None) -> Path:
    """``convgen generate`` of an int8 spec for ``target``: :func:`export` of its plan."""
    return export(make_plan(spec, target=target), out_dir, seed=seed)


def export(plan: QPlan, out_dir, rendered: Optional[Rendered] = None, seed: int = 0) -> Path:
    """Write ``out_dir/NAME/NAME.h`` and ``NAME.c``; with weights (the spec's) also
    ``NAME_weights.c``, the self-test ``test_NAME.c`` (one input drawn from ``seed``, the
    oracle's output for it) and a ``Makefile`` (``make check``) with the plan's target's
    compiler and flags. Returns the folder."""
    from .render import write as write_rendered
    from .render import write_if_changed
    spec = plan.spec
    folder = Path(write_rendered(rendered or render(plan), out_dir))
    if plan.blob is None:
        return folder
    name = plan.symbol
    write_if_changed(folder / f"{name}_weights.c", weights_source(plan))
    x = random_input(spec, np.random.default_rng(seed))
    y = oracle(spec, x)
    env = environment()
    base = dict(name=name, NAME=name.upper(), version=__version__, spec_file=spec.filename)
    write_if_changed(folder / f"test_{name}.c", env.get_template("qtest.c.j2").render(
        base, in_ctype=C_TYPES[spec.quant.input_dtype],
        out_ctype=C_TYPES[spec.quant.output_dtype], input=_c_values(x), expected=_c_values(y)))
    write_if_changed(folder / "Makefile", env.get_template("qMakefile.j2").render(
        base, target=plan.target, threaded=any(_parallel(plan))))
    return folder


def _c_values(a: np.ndarray) -> List[str]:
    """Array values as C constants: integers, or float32 losslessly."""
    if a.dtype == np.float32:
        return [_cfloat(v) for v in a.ravel()]
    return [str(int(v)) for v in a.ravel()]


def summary(spec, target=None) -> str:
    """``convgen summary`` of an int8 spec: each layer's output shape and quantization, the
    bytes of the input, output, weights blob and workspace."""
    plan = make_plan(spec, target=target)
    g, quant = spec.graph, spec.quant
    rows = [("Layer (type)", "Output Shape", "Quantization (scale, zero point)", "MACs")]
    for node in g.nodes:
        q = quant.of(node.output)
        rows.append((f"{node.name} ({node.layer.type})",
                     str((g.batch, *node.output.shape)), f"{float(q.s):.6g}, {q.z}",
                     f"{node.macs() * g.batch:,}"))
    widths = [max(len(r[c]) for r in rows) for c in range(4)]
    lines = ["  ".join(f"{v:<{w}}" for v, w in zip(r, widths)).rstrip() for r in rows]
    q_in = quant.of(g.input)
    return "\n".join(
        [f'Model: "{spec.name}"  ({spec.source.name})  int8'] + lines[:1]
        + ["=" * len(lines[0])] + lines[1:]
        + [f"Input:  {(g.batch, *g.input.shape)} {quant.input_dtype}  {plan.input_bytes:,} B"
           f"  (quantization {float(q_in.s):.6g}, {q_in.z})",
           f"Output: {(g.batch, *g.output.shape)} {quant.output_dtype}  "
           f"{plan.output_bytes:,} B",
           f"Weight bytes: {plan.blob_size:,} B (packed blob)",
           f"Workspace: {plan.workspace_size:,} B"]
        + _form_line(plan))


def _form_line(plan: QPlan) -> List[str]:
    """Which layers the target's int8 SIMD form runs (none for the portable loops)."""
    form = plan.target.int8
    if form == "portable":
        return []
    simd = [s.node_name for s in plan.steps if s.form]
    return [f"Target {plan.target.name}: int8 form {form} for "
            + (", ".join(simd) if simd else "no layer") + "; portable loops for the rest"]

