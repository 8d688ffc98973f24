"""Stage 1 of the pipeline: read, validate and normalise a spec into a typed graph.

A :class:`Spec` is completely checked: every argument is in canonical form, the layers form a
graph (:class:`~convgen.graph.Graph`) from the one model input to the one output with every
tensor's shape known, and the weights file (if any) is read and matches the layers'
``get_weights()`` shapes. Nothing downstream needs to validate or infer shapes again.
"""

from __future__ import annotations

import math
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union

import numpy as np

from . import dtypes
from .errors import SpecError
from .graph import INPUT, Graph, Node, Tensor, TensorType
from .layers import ArgError, Shape, fmt_shape
from .limits import LIMITS
from .ops import kind_of, parse_layer
from .yamlsrc import Source, load_yaml, suggest

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
C_KEYWORDS = frozenset("""
    auto break case char const continue default do double else enum extern float for goto if
    inline int long register restrict return short signed sizeof static struct switch typedef
    union unsigned void volatile while _Alignas _Alignof _Atomic _Bool _Complex _Generic
    _Imaginary _Noreturn _Static_assert _Thread_local""".split())
# Names the generated code, the C library headers it and its tests include (<math.h>,
# <stdio.h>; Python.h pulls in <stdlib.h> and <string.h> for the cffi module) already define.
_MATH = """acos asin atan atan2 cos sin tan acosh asinh atanh cosh sinh tanh exp exp2 expm1
    frexp ilogb ldexp log log10 log1p log2 logb modf scalbn scalbln cbrt fabs hypot pow sqrt
    erf erfc lgamma tgamma ceil floor nearbyint rint lrint llrint round lround llround trunc
    fmod remainder remquo copysign nan nextafter nexttoward fdim fmax fmin fma""".split()
_MATH_NAMES = set(_MATH) | {f + "f" for f in _MATH} | {f + "l" for f in _MATH} | set("""
    isnan isinf isfinite isnormal signbit fpclassify isgreater isgreaterequal isless
    islessequal islessgreater isunordered NAN INFINITY HUGE_VAL HUGE_VALF HUGE_VALL FP_NAN
    FP_INFINITE FP_ZERO FP_SUBNORMAL FP_NORMAL FP_FAST_FMA FP_FAST_FMAF FP_FAST_FMAL FP_ILOGB0
    FP_ILOGBNAN MATH_ERRNO MATH_ERREXCEPT math_errhandling float_t double_t""".split())
_LIBC_NAMES = set("""
    printf fprintf sprintf snprintf vprintf vfprintf vsprintf vsnprintf scanf fscanf sscanf
    puts putchar fputs fputc putc getchar getc fgetc fgets gets ungetc fopen freopen fclose
    fflush fread fwrite fseek ftell rewind fgetpos fsetpos clearerr feof ferror perror remove
    rename tmpfile tmpnam setbuf setvbuf FILE fpos_t stdin stdout stderr EOF BUFSIZ FILENAME_MAX
    FOPEN_MAX L_tmpnam TMP_MAX SEEK_SET SEEK_CUR SEEK_END NULL size_t ptrdiff_t wchar_t
    malloc calloc realloc free abort exit atexit getenv system qsort bsearch abs labs llabs div
    ldiv lldiv atoi atol atoll atof strtol strtoll strtoul strtoull strtod strtof strtold rand
    srand memcpy memmove memset memcmp memchr strcpy strncpy strcat strncat strcmp strncmp
    strchr strrchr strstr strlen strerror errno assert offsetof bool true false
    setjmp sigsetjmp longjmp siglongjmp vfork getcontext savectx""".split())
# (GCC treats functions named like the setjmp family as returning twice.)
RESERVED = (frozenset({"main", "input", "weights", "output", "workspace"})
            | frozenset(_MATH_NAMES) | frozenset(_LIBC_NAMES))
# Prefixes of the generator's own identifiers (cg_, CG_) and of what Python.h and cffi define.
RESERVED_PREFIXES = ("cg_", "CG_", "__", "Py", "PY", "_Py", "_PY", "_cffi", "_CFFI")
MAX_NAME = 63   # C99 guarantees 63 significant characters in an internal identifier

# Every index in the generated C is an int: keep each tensor well inside its range.
MAX_TENSOR_FLOATS = 2**31 - 1

TOP_LEVEL = ("name", "input_shape", "batch", "weights", "layers", "output")


@dataclass(frozen=True, eq=False)
class Spec:
    """A validated spec: its name, its graph and its weights.

    ``weights`` holds the float32 arrays of the spec's weights file in ``get_weights()``
    order (the spec's layer order), or None.
    """

    name: str
    graph: Graph
    weights: Optional[Tuple[np.ndarray, ...]]
    weights_path: Optional[Path]
    source: Source
    # an int8 spec (``dtype: int8``): its quantization, convgen.quantized_spec.Quantization
    quant: Optional[Any] = None

    @property
    def batch(self) -> int:
        return self.graph.batch

    @property
    def input_shape(self) -> Shape:
        """One sample, no batch axis."""
        return self.graph.input.shape

    @property
    def output_shape(self) -> Shape:
        return self.graph.output.shape

    @property
    def layers(self) -> Tuple[Any, ...]:
        """The normalised layers, in the spec's order."""
        return tuple(node.layer for node in self.graph.nodes)

    @property
    def shapes(self) -> Tuple[Shape, ...]:
        """``shapes[0]`` is ``input_shape``, ``shapes[i + 1]`` the output shape of
        ``layers[i]`` (one sample each)."""
        return (self.input_shape,) + tuple(n.output.shape for n in self.graph.nodes)

    @property
    def filename(self) -> str:
        """The spec's file name without its folder (stable across checkouts)."""
        return Path(self.source.name).name if self.source.name != "<spec>" else "<spec>"

    def weight_shapes(self):
        """[(layer index, array name, shape)] in flat ``get_weights()`` order."""
        return [(node.index, name, shape)
                for node in self.graph.nodes for name, shape in node.weight_shapes()]


def read_spec_text(path: Path) -> str:
    """A spec file's text; SpecError when it cannot be read or is not UTF-8."""
    try:
        return path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise SpecError(f"cannot read spec file: {exc.strerror}", source=str(path)) from None
    except UnicodeDecodeError:
        raise SpecError("the spec is not UTF-8 text", source=str(path)) from None


def load_spec(path: Union[str, Path]) -> Spec:
    """Read and validate a spec file."""
    path = Path(path)
    return parse_spec(read_spec_text(path), source=str(path), base_dir=path.parent)


def parse_spec(spec: Union[str, Mapping[str, Any]], *, source: Optional[str] = None,
               base_dir: Union[str, Path, None] = None) -> Spec:
    """Validate a spec given as YAML text or as an already-parsed mapping.

    A relative ``weights`` path is taken relative to ``base_dir`` (default: the current
    directory).
    """
    if isinstance(spec, str):
        raw, src = load_yaml(spec, source or "<spec>")
    else:
        raw, src = spec, Source(source or "<spec>")
    if not isinstance(raw, Mapping):
        raise src.error((), f"a spec is a mapping with keys {', '.join(TOP_LEVEL)}; "
                            f"got {type(raw).__name__}")
    if "dtype" in raw:   # an int8 spec: its own top-level keys and per-layer quantization
        from .quantized_spec import parse_int8_spec
        return parse_int8_spec(raw, src, base_dir)
    for key in raw:
        if key not in TOP_LEVEL:
            raise src.error((key,), f"unknown key '{key}'{suggest(str(key), TOP_LEVEL)}; "
                                    f"accepted: {', '.join(TOP_LEVEL)}")
    name = _name(raw, src)
    input_shape = _input_shape(raw, src)
    batch = _positive(raw.get("batch", 1), ("batch",), src)
    graph = _graph(raw, input_shape, batch, src)
    for tensor in graph.tensors():
        where = ("input_shape",) if tensor.producer is None else ("layers", tensor.producer)
        floats = batch * tensor.type.elements
        dims = f"{batch}x{fmt_shape(tensor.shape)}"
        if floats > MAX_TENSOR_FLOATS:
            raise src.error(where, f"tensor {dims} has more than {MAX_TENSOR_FLOATS} floats")
        _check_limit(src, where, "tensor", graph.nbytes(tensor), f"{dims}: ")
    weight_floats = sum(math.prod(s) for node in graph.nodes for _, s in node.weight_shapes())
    _check_limit(src, ("layers",), "weights", dtypes.nbytes(weight_floats), "")
    spec = Spec(name, graph, None, None, src)
    if raw.get("weights") is not None:
        path = _weights_path(raw["weights"], base_dir, src)
        spec = Spec(name, graph, read_weights(path, spec), path, src)
    return spec


def _check_limit(src: Source, where, kind: str, nbytes: int, prefix: str) -> None:
    try:
        problem = LIMITS[kind].exceeded(nbytes)
    except ValueError as exc:   # a malformed limit variable
        raise src.error(where, str(exc)) from None
    if problem:
        raise src.error(where, prefix + problem)


def _name(raw: Mapping[str, Any], src: Source) -> str:
    name = raw.get("name")
    if name is None:
        raise src.error(("name",), "is required: the C symbol prefix of the generated kernel")
    if not isinstance(name, str) or not _IDENTIFIER.match(name):
        raise src.error(("name",), f"{name!r} is not a C identifier "
                                   "(accepted: [A-Za-z_][A-Za-z0-9_]*)")
    if (name in C_KEYWORDS or name in RESERVED or name.startswith(RESERVED_PREFIXES)
            or re.match(r"_[A-Z]", name)):
        raise src.error(("name",), f"{name!r} is a C keyword or a reserved name "
                                   "(also refused: main, input, weights, output, workspace, "
                                   "<math.h>, <stdio.h>, <stdlib.h> and <string.h> names, "
                                   "and names starting with cg_, CG_, __, _ and a capital, "
                                   "Py or _cffi)")
    if len(name) > MAX_NAME:
        raise src.error(("name",), f"{name!r} is longer than {MAX_NAME} characters")
    return name


def _positive(value: Any, path, src: Source) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise src.error(path, f"expected a positive integer, got {value!r}")
    return value


def _input_shape(raw: Mapping[str, Any], src: Source) -> Shape:
    value = raw.get("input_shape")
    if value is None:
        raise src.error(("input_shape",), "is required: the shape of one sample, without the "
                                          "batch axis, e.g. [56, 56, 64]")
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, (list, tuple))
                                                          for v in value):
        raise src.error(("input_shape",), f"one model input is supported, got {len(value)} "
                                          f"shapes {value!r}")
    if not isinstance(value, (list, tuple)) or not value:
        raise src.error(("input_shape",), f"expected a non-empty list of positive integers, "
                                          f"got {value!r}")
    return tuple(_positive(v, ("input_shape", i), src) for i, v in enumerate(value))


def default_layer_name(type_: str) -> str:
    """Keras's automatic layer name: ``Conv2DTranspose`` -> ``conv2d_transpose``."""
    name = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", type_)
    return re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower()


def _layer_items(raw: Mapping[str, Any], src: Source) -> List[Mapping[str, Any]]:
    value = raw.get("layers")
    if not isinstance(value, (list, tuple)) or not value:
        raise src.error(("layers",), f"expected a non-empty list of layers, got {value!r}")
    for i, item in enumerate(value):
        if not isinstance(item, Mapping):
            raise src.error(("layers", i), f"expected a mapping with a 'type' key, got {item!r}")
    return list(value)


def _names(items: List[Mapping[str, Any]], src: Source) -> List[str]:
    """Each layer's name: its ``name``, or Keras's automatic ``conv2d``, ``conv2d_1``, ..."""
    names: List[str] = []
    counts: Dict[str, int] = {}
    for i, item in enumerate(items):
        name = item.get("name")
        if name is None:
            base = default_layer_name(str(item.get("type")))
            k = counts.get(base, 0)
            counts[base] = k + 1
            name = base if k == 0 else f"{base}_{k}"
        elif not isinstance(name, str) or not name:
            raise src.error(("layers", i, "name"), f"expected a non-empty string, got {name!r}")
        if name == INPUT:
            raise src.error(("layers", i, "name"), f"'{INPUT}' names the model input in "
                                                   "`inputs`; choose another layer name")
        if name in names:
            j = names.index(name)
            raise src.error(("layers", i, "name"), f"duplicate layer name {name!r} (also "
                                                   f"layers[{j}]); names must be unique")
        names.append(name)
    return names


def _input_names(item: Mapping[str, Any], i: int, names: List[str], src: Source) -> List[str]:
    """The names a layer reads: its ``inputs``, or the previous layer (the model input for
    the first)."""
    if "inputs" not in item:
        return [names[i - 1] if i else INPUT]
    value = item["inputs"]
    path = ("layers", i, "inputs")
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not value:
        raise src.error(path, f"expected a non-empty list of layer names (or '{INPUT}'), "
                              f"got {value!r}")
    for k, ref in enumerate(value):
        if ref == INPUT or (isinstance(ref, str) and ref in names[:i]):
            continue
        if isinstance(ref, str) and ref in names:
            where = names.index(ref)
            why = (f"{ref!r} is this layer: it cannot read its own output" if where == i else
                   f"{ref!r} is layers[{where}], later in the list")
            raise src.error(path + (k,), f"{why}: inputs may only name earlier layers or "
                                         f"'{INPUT}' (the list order is the evaluation "
                                         "order, so the graph has no cycle)")
        known = [INPUT] + names[:i]
        raise src.error(path + (k,), f"unknown layer {ref!r}{suggest(str(ref), known)}; "
                                     f"known here: {', '.join(known)}")
    return list(value)


def _graph(raw: Mapping[str, Any], input_shape: Shape, batch: int, src: Source,
           dtype: str = "float32") -> Graph:
    items = _layer_items(raw, src)
    names = _names(items, src)
    source = Tensor(INPUT, TensorType(input_shape, dtype))
    tensors = {INPUT: source}
    nodes: List[Node] = []
    for i, item in enumerate(items):
        path = ("layers", i)
        kind_name = item.get("type") if isinstance(item.get("type"), str) else "layer"
        refs = _input_names(item, i, names, src)
        inputs = tuple(tensors[r] for r in refs)
        try:
            kind = kind_of(item.get("type"))
            layer = parse_layer(item)
            least, most = kind.arity_of(item["type"])
            if len(inputs) < least or (most is not None and len(inputs) > most):
                count = (f"exactly {least}" if least == most else
                         f"at least {least}" if most is None else f"{least} to {most}")
                raise ArgError("inputs", f"takes {count} input(s), got {len(inputs)}: "
                                         f"{', '.join(refs)}")
            shape = layer.output_shape(*(t.shape for t in inputs))
        except ArgError as exc:
            field = path + ((exc.field,) if exc.field else ())
            raise src.error(field, f"({kind_name}) {exc.message}") from None
        layout = getattr(layer, "data_format", None)
        output = Tensor(names[i], TensorType(tuple(shape), dtype, layout), i)
        tensors[names[i]] = output
        nodes.append(Node(i, names[i], layer, kind, inputs, output))
    output = _output(raw, names, src)
    graph = Graph(source, tuple(nodes), tensors[output], batch)
    _check_reachable(graph, src)
    return graph


def _output(raw: Mapping[str, Any], names: List[str], src: Source) -> str:
    value = raw.get("output")
    if value is None:
        return names[-1]
    if isinstance(value, (list, tuple)):
        raise src.error(("output",), f"one model output is supported, got {len(value)}: "
                                     f"{value!r}; make one spec per output")
    if not isinstance(value, str) or value not in names:
        raise src.error(("output",), f"unknown layer {value!r}"
                                     f"{suggest(str(value), names)}; layers: {', '.join(names)}")
    return value


def _check_reachable(graph: Graph, src: Source) -> None:
    """Refuse layers from which no path leads to the output (Keras drops them)."""
    needed = {graph.output.name}
    for node in reversed(graph.nodes):
        if node.name in needed:
            needed.update(t.name for t in node.inputs)
    for node in graph.nodes:
        if node.name not in needed:
            raise src.error(("layers", node.index),
                            f"({node.layer.type}) layer {node.name!r} does not lead to the "
                            f"model output {graph.output.name!r}: Keras leaves such a layer "
                            "out of the model; remove it, or read its output in a later "
                            "layer's `inputs`")


def _weights_path(value: Any, base_dir, src: Source) -> Path:
    if not isinstance(value, str) or not value:
        raise src.error(("weights",), f"expected a path to an .npz file, got {value!r}")
    return Path(base_dir or ".") / value


def read_weights(path: Path, spec: Spec, check=None) -> Tuple[np.ndarray, ...]:
    """Read an ``np.savez(path, *model.get_weights())`` file and check it against the spec
    (with ``check(arrays, spec)``, default :func:`check_weights`; it raises ValueError)."""
    if not zipfile.is_zipfile(path):
        why = "no such file" if not path.exists() else "not an .npz file (a zip of .npy arrays)"
        raise spec.source.error(("weights",), f"cannot read weights file {str(path)!r}: {why}; "
                                              "write it with np.savez(path, *weights)")
    try:
        with np.load(path, allow_pickle=False) as data:
            names = sorted(data.files, key=_arr_index(path, spec))
            arrays = [data[n] for n in names]
    except SpecError:
        raise
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as exc:
        raise spec.source.error(("weights",), f"cannot read weights file {str(path)!r}: "
                                              f"{exc}") from None
    try:
        return (check or check_weights)(arrays, spec)
    except ValueError as exc:
        raise spec.source.error(("weights",), f"{str(path)!r}: {exc}") from None


def _arr_index(path: Path, spec: Spec):
    def key(name: str) -> int:
        if not re.fullmatch(r"arr_\d+", name):
            raise spec.source.error(("weights",), f"{str(path)!r} holds an array named "
                                    f"{name!r}; expected arr_0, arr_1, ... as "
                                    "np.savez(path, *model.get_weights()) writes them")
        return int(name[4:])
    return key


def check_weights(arrays, spec: Spec) -> Tuple[np.ndarray, ...]:
    """Check a flat ``get_weights()`` list against the spec; return float32 C-contiguous copies.

    Raises ValueError naming the expected count, shapes and dtype.
    """
    expected = spec.weight_shapes()
    if not isinstance(arrays, (list, tuple)):
        raise ValueError(f"weights must be a list of arrays as model.get_weights() returns, "
                         f"got {type(arrays).__name__}")
    if len(arrays) != len(expected):
        listing = ", ".join(f"{n} {fmt_shape(s)}" for _, n, s in expected)
        raise ValueError(f"expected {len(expected)} weight arrays ({listing}), "
                         f"got {len(arrays)}")
    out = []
    for k, (array, (layer, name, shape)) in enumerate(zip(arrays, expected)):
        array = np.asarray(array)
        if array.dtype.kind not in "fiu" or array.dtype.kind == "b":
            raise ValueError(f"weights[{k}] (layers[{layer}] {name}) must be a float array, "
                             f"got dtype {array.dtype}")
        if tuple(array.shape) != tuple(shape):
            raise ValueError(f"weights[{k}] (layers[{layer}] {name}) must have shape "
                             f"{tuple(shape)}, got {tuple(array.shape)}")
        out.append(np.array(array, dtype=np.float32, order="C"))   # ascontiguousarray makes 0-d 1-d
    return tuple(out)
