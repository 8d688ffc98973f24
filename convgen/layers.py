"""Keras 3 layer arguments and shape arithmetic shared by the layer kinds.

The argument forms Keras accepts (coerced to canonical tuples, Keras defaults filled in), the
shape arithmetic Keras uses, and the base class of layers with spatial axes and channels. The
layer kinds themselves live in :mod:`convgen.ops`, one module each. Everything here raises
:class:`ArgError` naming the argument; :mod:`convgen.spec` adds the file, line and layer.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Mapping, Optional, Tuple

from . import activations
from .yamlsrc import suggest

Shape = Tuple[int, ...]


class ArgError(Exception):
    """A bad layer argument; ``field`` is the argument name (or None for the layer)."""

    def __init__(self, field: Optional[str], message: str):
        super().__init__(message)
        self.field = field
        self.message = message


# ---------------------------------------------------------------- argument coercion

def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def positive_int(value: Any, field: str, minimum: int = 1) -> int:
    if not _is_int(value):
        raise ArgError(field, f"expected an integer >= {minimum}, got {value!r} "
                              f"({type(value).__name__})")
    if value < minimum:
        raise ArgError(field, f"expected an integer >= {minimum}, got {value}")
    return value


def int_tuple(value: Any, n: int, field: str, minimum: int = 1) -> Tuple[int, ...]:
    """Keras ``standardize_tuple``: an int, or a list/tuple of ``n`` ints."""
    if _is_int(value):
        return (positive_int(value, field, minimum),) * n
    if isinstance(value, (list, tuple)):
        if len(value) != n:
            raise ArgError(field, f"expected an integer or a list of {n} integers, "
                                  f"got {len(value)} values: {list(value)!r}")
        return tuple(positive_int(v, field, minimum) for v in value)
    raise ArgError(field, f"expected an integer or a list of {n} integers, got {value!r}")


def choice(value: Any, options: Tuple[str, ...], field: str) -> str:
    """A case-insensitive string choice, as Keras treats padding and data_format."""
    if isinstance(value, str) and value.lower() in options:
        return value.lower()
    hint = suggest(str(value).lower(), options) if isinstance(value, str) else ""
    raise ArgError(field, f"got {value!r}; accepted: {', '.join(options)}{hint}")


def boolean(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise ArgError(field, f"expected true or false, got {value!r}")
    return value


def activation(value: Any, field: str = "activation") -> str:
    if value is None:
        return "linear"
    if not isinstance(value, str):
        raise ArgError(field, f"expected an activation name, got {value!r}")
    if value in activations.REFUSED:
        raise ArgError(field, f"'{value}' {activations.REFUSED[value]}")
    if value not in activations.ELEMENTWISE and value not in activations.LAST_AXIS:
        hint = suggest(value, activations.ACCEPTED)
        raise ArgError(field, f"unknown activation {value!r}{hint}; "
                              f"accepted: {', '.join(activations.ACCEPTED)}")
    return value


def data_format(value: Any, field: str = "data_format") -> str:
    if value is None:
        return "channels_last"   # keras.config.image_data_format()'s default
    return choice(value, ("channels_last", "channels_first"), field)


def _layer_name(value: Any, field: str) -> Optional[str]:
    if value is not None and not isinstance(value, str):
        raise ArgError(field, f"expected a string, got {value!r}")
    return value


def _dtype(value: Any, field: str) -> str:
    if value not in (None, "float32"):
        raise ArgError(field, f"got {value!r}; convgen kernels compute in float32 only")
    return "float32"



# Arguments every Keras layer accepts; only a float32 dtype changes nothing at inference.
BASE_ARGS: Dict[str, Callable[[Any, str], Any]] = {
    "name": _layer_name,
    "trainable": boolean,
    "dtype": _dtype,
}

# Training-time only: accepted and ignored (they do not change what inference computes).
def training_only(*weights: str) -> Tuple[str, ...]:
    """The initializer/regularizer/constraint arguments of a layer with these weights."""
    return tuple(f"{w}_{kind}" for w in weights
                 for kind in ("initializer", "regularizer", "constraint")
                 ) + ("activity_regularizer",)




# ---------------------------------------------------------------- shape arithmetic

def effective_kernel(k: int, d: int) -> int:
    return d * (k - 1) + 1


def conv_output_length(n: int, k: int, s: int, d: int, padding: str) -> int:
    """Keras's output length on one axis; may be <= 0 (the caller refuses it)."""
    if padding == "valid":
        return (n - effective_kernel(k, d)) // s + 1
    return -(-n // s)   # same and causal: ceil(n / s)


def pad_before(n: int, k: int, s: int, d: int, padding: str) -> int:
    """Zeros before the first input element: same puts the odd pixel after, causal all before."""
    ek = effective_kernel(k, d)
    if padding == "valid":
        return 0
    if padding == "causal":
        return ek - 1
    out = conv_output_length(n, k, s, d, padding)
    return max((out - 1) * s + ek - n, 0) // 2


def fmt_shape(shape: Shape) -> str:
    return "x".join(str(v) for v in shape)


# ---------------------------------------------------------------- layer families

class Spatial:
    """Shape helpers shared by the layer families with spatial axes and a channel axis.

    Shapes are one sample, no batch axis, in the layer's own data_format.
    """

    def split(self, shape: Shape) -> Tuple[Shape, int]:
        """(spatial sizes, channels) of a tensor shape in this layer's layout."""
        if self.data_format == "channels_last":
            return tuple(shape[:-1]), shape[-1]
        return tuple(shape[1:]), shape[0]

    def join(self, spatial: Shape, channels: int) -> Shape:
        if self.data_format == "channels_last":
            return tuple(spatial) + (channels,)
        return (channels,) + tuple(spatial)

    def check_rank(self, in_shape: Shape) -> None:
        if len(in_shape) != self.rank + 1:
            raise ArgError(None, f"{self.type} expects an input of rank {self.rank + 1} "
                                 f"(spatial axes and channels), got shape {fmt_shape(in_shape)}")

    def check_positive(self, in_shape: Shape, out_spatial: Shape) -> None:
        if min(out_spatial) <= 0:
            raise ArgError("kernel_size", f"input {fmt_shape(in_shape)} is smaller than "
                           f"kernel_size {fmt_shape(self.kernel_size)} with dilation_rate "
                           f"{fmt_shape(self.dilation_rate)} and padding {self.padding}: the "
                           f"output would be {fmt_shape(out_spatial)}")

    def output_shape(self, in_shape: Shape) -> Shape:
        """Shape after the layer's activation (glu halves the last axis)."""
        shape = self.conv_output_shape(in_shape)
        if activations.halves_last_axis(self.activation):
            if shape[-1] % 2:
                raise ArgError("activation", f"glu halves the last axis, which has odd size "
                                             f"{shape[-1]} (output {fmt_shape(shape)})")
            shape = shape[:-1] + (shape[-1] // 2,)
        return shape



def _window_args(type_: str, rank: int, args: Mapping[str, Any],
                 paddings: Tuple[str, ...] = ("valid", "same")) -> Dict[str, Any]:
    """The arguments every windowed family shares, in canonical form."""
    return dict(
        type=type_, rank=rank,
        kernel_size=int_tuple(_required(args, "kernel_size"), rank, "kernel_size"),
        strides=int_tuple(args.get("strides", 1), rank, "strides"),
        padding=_padding(args.get("padding", "valid"), paddings, type_),
        data_format=data_format(args.get("data_format")),
        dilation_rate=int_tuple(args.get("dilation_rate", 1), rank, "dilation_rate"),
        activation=activation(args.get("activation")),
        use_bias=boolean(args.get("use_bias", True), "use_bias"),
        name=args.get("name"),
    )


def _forbid_stride_and_dilation(layer) -> None:
    if max(layer.strides) > 1 and max(layer.dilation_rate) > 1:
        raise ArgError("strides", f"strides {list(layer.strides)} > 1 together with "
                       f"dilation_rate {list(layer.dilation_rate)} > 1 is not allowed "
                       f"for {layer.type}")



def transpose_output_length(n: int, k: int, s: int, d: int, padding: str,
                            output_padding: Optional[int]) -> int:
    """Keras's transposed-convolution output length on one axis (may be <= 0)."""
    ek = effective_kernel(k, d)
    if output_padding is None:
        return n * s + max(ek - s, 0) if padding == "valid" else n * s
    pad = ek // 2 if padding == "same" else 0
    return (n - 1) * s + ek - 2 * pad + output_padding


def transpose_crop(n: int, k: int, s: int, d: int, padding: str, out: int) -> int:
    """Positions of the full scatter result cut from the front: ``y[i*s + j*d - crop]``."""
    if padding == "valid":
        return 0
    return max((n - 1) * s + effective_kernel(k, d) - out, 0) // 2


# ---------------------------------------------------------------- reshaping layers

def pairs(value: Any, rank: int, field: str) -> Tuple[Tuple[int, int], ...]:
    """Cropping/ZeroPadding amounts as ``(before, after)`` per axis, from Keras's forms.

    An int (every side); for rank 1 a pair ``[before, after]``; for rank 2/3 a list of one
    entry per axis, each an int (symmetric) or a ``[before, after]`` pair.
    """
    def amount(v: Any, where: str) -> int:
        if not _is_int(v) or v < 0:
            raise ArgError(field, f"{where}expected an integer >= 0, got {v!r}")
        return v

    if _is_int(value):
        return ((amount(value, ""),) * 2,) * rank
    if rank == 1:
        if isinstance(value, (list, tuple)) and len(value) == 2:
            return ((amount(value[0], ""), amount(value[1], "")),)
        raise ArgError(field, f"expected an integer or a [before, after] pair, got {value!r}")
    if not isinstance(value, (list, tuple)) or len(value) != rank:
        raise ArgError(field, f"expected an integer, or a list of {rank} entries (each an "
                              f"integer or a [before, after] pair), got {value!r}")
    out = []
    for axis, v in enumerate(value):
        where = f"entry {axis}: "
        if _is_int(v):
            out.append((amount(v, where),) * 2)
        elif isinstance(v, (list, tuple)) and len(v) == 2:
            out.append((amount(v[0], where), amount(v[1], where)))
        else:
            raise ArgError(field, f"{where}expected an integer or a [before, after] pair, "
                                  f"got {v!r}")
    return tuple(out)


# UpSampling2D's interpolation methods: nearest repeats; the others are

def _required(args: Mapping[str, Any], key: str) -> Any:
    if key not in args or args[key] is None:
        raise ArgError(key, "is required")
    return args[key]


def _padding(value: Any, options: Tuple[str, ...], type_: str) -> str:
    if isinstance(value, str) and value.lower() == "causal" and "causal" not in options:
        raise ArgError("padding", f"'causal' padding is only supported by Conv1D, not {type_}; "
                                  f"accepted: {', '.join(options)}")
    return choice(value, options, "padding")


