"""Stage 1 of the pipeline: read, validate and normalise a spec.

A :class:`Spec` is completely checked: every argument is in canonical form, every shape
through the layers is known, and the weights file (if any) is read and matches the layers'
``get_weights()`` shapes. Nothing downstream needs to validate again.
"""

from __future__ import annotations

import math
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Optional, Tuple, Union

import numpy as np

from .errors import SpecError
from .layers import ArgError, Shape, fmt_shape, parse_layer
from .limits import LIMITS
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

TOP_LEVEL = ("name", "input_shape", "batch", "weights", "layers")


@dataclass(frozen=True, eq=False)
class Spec:
    """A validated spec.

    ``shapes[0]`` is ``input_shape`` (one sample, no batch axis) and ``shapes[i + 1]`` the
    output shape of ``layers[i]``. ``weights`` holds the float32 arrays of the spec's weights
    file in ``get_weights()`` order, or None.
    """

    name: str
    input_shape: Shape
    batch: int
    layers: Tuple[Any, ...]
    shapes: Tuple[Shape, ...]
    weights: Optional[Tuple[np.ndarray, ...]]
    weights_path: Optional[Path]
    source: Source

    @property
    def output_shape(self) -> Shape:
        return self.shapes[-1]

    @property
    def filename(self) -> str:
        """The spec's file name without its folder (stable across checkouts)."""
        return Path(self.source.name).name if self.source.name != "<spec>" else "<spec>"

    def weight_shapes(self):
        """[(layer index, array name, shape)] in flat ``get_weights()`` order."""
        return [(i, name, shape)
                for i, layer in enumerate(self.layers)
                for name, shape in layer.weight_shapes(self.shapes[i])]


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
    for key in raw:
        if key not in TOP_LEVEL:
            raise src.error((key,), f"unknown key '{key}'{suggest(str(key), TOP_LEVEL)}; "
                                    f"accepted: {', '.join(TOP_LEVEL)}")
    name = _name(raw, src)
    input_shape = _input_shape(raw, src)
    batch = _positive(raw.get("batch", 1), ("batch",), src)
    layers, shapes = _layers(raw, input_shape, src)
    for i, shape in enumerate(shapes):
        where = ("input_shape",) if i == 0 else ("layers", i - 1)
        floats = batch * math.prod(shape)
        if floats > MAX_TENSOR_FLOATS:
            raise src.error(where, f"tensor {batch}x{fmt_shape(shape)} has more than "
                                   f"{MAX_TENSOR_FLOATS} floats")
        _check_limit(src, where, "tensor", 4 * floats, f"{batch}x{fmt_shape(shape)}: ")
    weight_floats = sum(math.prod(s) for layer, shape in zip(layers, shapes)
                        for _, s in layer.weight_shapes(shape))
    _check_limit(src, ("layers",), "weights", 4 * weight_floats, "")
    spec = Spec(name, input_shape, batch, tuple(layers), tuple(shapes), None, None, src)
    if raw.get("weights") is not None:
        path = _weights_path(raw["weights"], base_dir, src)
        arrays = read_weights(path, spec)
        spec = Spec(name, input_shape, batch, tuple(layers), tuple(shapes), arrays, path, src)
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
    if not isinstance(value, (list, tuple)) or not value:
        raise src.error(("input_shape",), f"expected a non-empty list of positive integers, "
                                          f"got {value!r}")
    return tuple(_positive(v, ("input_shape", i), src) for i, v in enumerate(value))


def _layers(raw: Mapping[str, Any], input_shape: Shape, src: Source):
    value = raw.get("layers")
    if not isinstance(value, (list, tuple)) or not value:
        raise src.error(("layers",), f"expected a non-empty list of layers, got {value!r}")
    layers, shapes = [], [input_shape]
    for i, item in enumerate(value):
        path = ("layers", i)
        if not isinstance(item, Mapping):
            raise src.error(path, f"expected a mapping with a 'type' key, got {item!r}")
        try:
            layer = parse_layer(item)
            shapes.append(layer.output_shape(shapes[-1]))
        except ArgError as exc:
            field = path + ((exc.field,) if exc.field else ())
            kind = item.get("type") if isinstance(item.get("type"), str) else "layer"
            raise src.error(field, f"({kind}) {exc.message}") from None
        layers.append(layer)
    return layers, shapes


def _weights_path(value: Any, base_dir, src: Source) -> Path:
    if not isinstance(value, str) or not value:
        raise src.error(("weights",), f"expected a path to an .npz file, got {value!r}")
    return Path(base_dir or ".") / value


def read_weights(path: Path, spec: Spec) -> Tuple[np.ndarray, ...]:
    """Read an ``np.savez(path, *model.get_weights())`` file and check it against the spec."""
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
        return check_weights(arrays, spec)
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
        out.append(np.ascontiguousarray(array, dtype=np.float32))
    return tuple(out)
