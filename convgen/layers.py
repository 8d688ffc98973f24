"""Keras 3 layer classes a spec may name: arguments, defaults, shapes and weight layouts.

Each family turns the raw mapping of a spec layer into a frozen, normalised description
(every argument in its canonical tuple form, Keras defaults filled in) and knows the shape
arithmetic Keras uses for it. Everything here raises :class:`ArgError` naming the argument;
:mod:`convgen.spec` adds the file, line and layer index.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

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


def _ignored(value: Any, field: str) -> None:
    return None


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


# Every training-only argument name of any family (each family accepts its own subset).
TRAINING_ONLY = training_only("kernel", "bias", "depthwise", "pointwise")




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


@dataclass(frozen=True)
class Conv(Spatial):
    """Conv1D / Conv2D / Conv3D, normalised."""

    type: str
    rank: int
    filters: int
    kernel_size: Tuple[int, ...]
    strides: Tuple[int, ...]
    padding: str
    data_format: str
    dilation_rate: Tuple[int, ...]
    groups: int
    activation: str
    use_bias: bool
    name: Optional[str] = None

    family = "conv"

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "Conv":
        paddings = ("valid", "same", "causal") if rank == 1 else ("valid", "same")
        layer = cls(
            type=type_, rank=rank,
            filters=positive_int(_required(args, "filters"), "filters"),
            kernel_size=int_tuple(_required(args, "kernel_size"), rank, "kernel_size"),
            strides=int_tuple(args.get("strides", 1), rank, "strides"),
            padding=_padding(args.get("padding", "valid"), paddings, type_),
            data_format=data_format(args.get("data_format")),
            dilation_rate=int_tuple(args.get("dilation_rate", 1), rank, "dilation_rate"),
            groups=positive_int(args.get("groups", 1), "groups"),
            activation=activation(args.get("activation")),
            use_bias=boolean(args.get("use_bias", True), "use_bias"),
            name=args.get("name"),
        )
        _forbid_stride_and_dilation(layer)
        if layer.filters % layer.groups:
            raise ArgError("groups", f"groups={layer.groups} does not divide "
                                     f"filters={layer.filters}")
        return layer

    def conv_output_shape(self, in_shape: Shape) -> Shape:
        """Shape after the convolution, before a last-axis activation reshapes it."""
        self.check_rank(in_shape)
        spatial, channels = self.split(in_shape)
        if channels % self.groups:
            raise ArgError("groups", f"groups={self.groups} does not divide the "
                                     f"{channels} input channels")
        out = tuple(conv_output_length(n, k, s, d, self.padding) for n, k, s, d in
                    zip(spatial, self.kernel_size, self.strides, self.dilation_rate))
        self.check_positive(in_shape, out)
        return self.join(out, self.filters)

    def weight_shapes(self, in_shape: Shape) -> List[Tuple[str, Shape]]:
        """``get_weights()`` order and Keras layouts."""
        _, channels = self.split(in_shape)
        shapes = [("kernel", self.kernel_size + (channels // self.groups, self.filters))]
        if self.use_bias:
            shapes.append(("bias", (self.filters,)))
        return shapes

    def macs(self, in_shape: Shape) -> int:
        _, channels = self.split(in_shape)
        out_spatial, _ = self.split(self.conv_output_shape(in_shape))
        return (math.prod(out_spatial) * self.filters * math.prod(self.kernel_size)
                * (channels // self.groups))


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


@dataclass(frozen=True)
class Depthwise(Spatial):
    """DepthwiseConv1D / DepthwiseConv2D: output channel ``c * depth_multiplier + m``.

    Strides > 1 together with dilation > 1 are allowed (Keras >= 3.15).
    """

    type: str
    rank: int
    kernel_size: Tuple[int, ...]
    strides: Tuple[int, ...]
    padding: str
    data_format: str
    dilation_rate: Tuple[int, ...]
    activation: str
    use_bias: bool
    depth_multiplier: int = 1
    name: Optional[str] = None

    family = "depthwise"

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "Depthwise":
        return cls(**_window_args(type_, rank, args),
                   depth_multiplier=positive_int(args.get("depth_multiplier", 1),
                                                 "depth_multiplier"))

    def depthwise_output_shape(self, in_shape: Shape) -> Shape:
        self.check_rank(in_shape)
        spatial, channels = self.split(in_shape)
        out = tuple(conv_output_length(n, k, s, d, self.padding) for n, k, s, d in
                    zip(spatial, self.kernel_size, self.strides, self.dilation_rate))
        self.check_positive(in_shape, out)
        return self.join(out, channels * self.depth_multiplier)

    conv_output_shape = depthwise_output_shape

    def weight_shapes(self, in_shape: Shape) -> List[Tuple[str, Shape]]:
        _, channels = self.split(in_shape)
        shapes = [("kernel", self.kernel_size + (channels, self.depth_multiplier))]
        if self.use_bias:
            shapes.append(("bias", (channels * self.depth_multiplier,)))
        return shapes

    def macs(self, in_shape: Shape) -> int:
        out_spatial, cm = self.split(self.depthwise_output_shape(in_shape))
        return math.prod(out_spatial) * cm * math.prod(self.kernel_size)


@dataclass(frozen=True)
class Separable(Depthwise):
    """SeparableConv1D / SeparableConv2D: depthwise (no bias), then a 1x1 pointwise
    convolution to ``filters``, then bias and activation."""

    filters: int = 1

    family = "separable"

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "Separable":
        return cls(**_window_args(type_, rank, args),
                   depth_multiplier=positive_int(args.get("depth_multiplier", 1),
                                                 "depth_multiplier"),
                   filters=positive_int(_required(args, "filters"), "filters"))

    def conv_output_shape(self, in_shape: Shape) -> Shape:
        out_spatial, _ = self.split(self.depthwise_output_shape(in_shape))
        return self.join(out_spatial, self.filters)

    def weight_shapes(self, in_shape: Shape) -> List[Tuple[str, Shape]]:
        _, channels = self.split(in_shape)
        cm = channels * self.depth_multiplier
        shapes = [("depthwise_kernel", self.kernel_size + (channels, self.depth_multiplier)),
                  ("pointwise_kernel", (1,) * self.rank + (cm, self.filters))]
        if self.use_bias:
            shapes.append(("bias", (self.filters,)))
        return shapes

    def macs(self, in_shape: Shape) -> int:
        out_spatial, cm = self.split(self.depthwise_output_shape(in_shape))
        return super().macs(in_shape) + math.prod(out_spatial) * cm * self.filters


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


@dataclass(frozen=True)
class ConvTranspose(Spatial):
    """Conv1DTranspose / Conv2DTranspose / Conv3DTranspose."""

    type: str
    rank: int
    kernel_size: Tuple[int, ...]
    strides: Tuple[int, ...]
    padding: str
    data_format: str
    dilation_rate: Tuple[int, ...]
    activation: str
    use_bias: bool
    filters: int = 1
    output_padding: Optional[Tuple[int, ...]] = None
    name: Optional[str] = None

    family = "transpose"

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "ConvTranspose":
        op = args.get("output_padding")
        layer = cls(**_window_args(type_, rank, args),
                    filters=positive_int(_required(args, "filters"), "filters"),
                    output_padding=None if op is None else int_tuple(op, rank,
                                                                     "output_padding", 0))
        _forbid_stride_and_dilation(layer)
        if layer.output_padding is not None:
            for op, s in zip(layer.output_padding, layer.strides):
                if op >= s:
                    raise ArgError("output_padding", f"each output_padding must be less than "
                                   f"its stride: output_padding {list(layer.output_padding)}, "
                                   f"strides {list(layer.strides)}")
        return layer

    def _ops(self) -> Tuple[Optional[int], ...]:
        return self.output_padding or (None,) * self.rank

    def conv_output_shape(self, in_shape: Shape) -> Shape:
        self.check_rank(in_shape)
        spatial, _ = self.split(in_shape)
        out = tuple(transpose_output_length(n, k, s, d, self.padding, op) for n, k, s, d, op in
                    zip(spatial, self.kernel_size, self.strides, self.dilation_rate,
                        self._ops()))
        if min(out) <= 0:
            raise ArgError("kernel_size", f"input {fmt_shape(in_shape)} with kernel_size "
                           f"{fmt_shape(self.kernel_size)}, strides {fmt_shape(self.strides)}, "
                           f"padding {self.padding} and output_padding {self.output_padding} "
                           f"gives an empty output {fmt_shape(out)}")
        return self.join(out, self.filters)

    def crops(self, in_shape: Shape) -> Tuple[int, ...]:
        spatial, _ = self.split(in_shape)
        out, _ = self.split(self.conv_output_shape(in_shape))
        return tuple(transpose_crop(n, k, s, d, self.padding, o) for n, k, s, d, o in
                     zip(spatial, self.kernel_size, self.strides, self.dilation_rate, out))

    def weight_shapes(self, in_shape: Shape) -> List[Tuple[str, Shape]]:
        """Keras puts filters before input channels in a transposed kernel."""
        _, channels = self.split(in_shape)
        shapes = [("kernel", self.kernel_size + (self.filters, channels))]
        if self.use_bias:
            shapes.append(("bias", (self.filters,)))
        return shapes

    def macs(self, in_shape: Shape) -> int:
        spatial, channels = self.split(in_shape)
        return math.prod(spatial) * math.prod(self.kernel_size) * channels * self.filters


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
# keras.ops.image.resize without antialiasing (half-pixel centres).
INTERPOLATIONS = ("nearest", "bilinear", "bicubic", "lanczos3", "lanczos5")


@dataclass(frozen=True)
class Reshape(Spatial):
    """Cropping1D/2D/3D, ZeroPadding1D/2D/3D, UpSampling1D/2D/3D, normalised.

    ``op`` is ``crop``, ``pad`` or ``upsample``; ``amounts`` the ``(before, after)`` pairs of
    crop/pad per spatial axis; ``size`` the repeat factor per axis of upsample.
    """

    type: str
    rank: int
    op: str
    data_format: str
    amounts: Tuple[Tuple[int, int], ...] = ()
    size: Tuple[int, ...] = ()
    interpolation: str = "nearest"
    name: Optional[str] = None

    activation = "linear"
    use_bias = False

    @property
    def family(self) -> str:
        return "resize" if self.interpolation != "nearest" else "reshape"

    @classmethod
    def from_args(cls, type_: str, rank: int, args: Mapping[str, Any]) -> "Reshape":
        # Cropping1D and UpSampling1D have no data_format argument (always (steps, features));
        # ZeroPadding1D has one in Keras 3.
        fmt = data_format(args.get("data_format"))
        if type_.startswith("Cropping"):
            default = (1, 1) if rank == 1 else ((0, 0), (0, 0)) if rank == 2 else 1
            return cls(type_, rank, "crop", fmt,
                       amounts=pairs(args.get("cropping", default), rank, "cropping"),
                       name=args.get("name"))
        if type_.startswith("ZeroPadding"):
            return cls(type_, rank, "pad", fmt,
                       amounts=pairs(args.get("padding", 1), rank, "padding"),
                       name=args.get("name"))
        interpolation = "nearest"
        if rank == 2:
            value = args.get("interpolation", "nearest")
            if not isinstance(value, str) or value.lower() not in INTERPOLATIONS:
                hint = suggest(str(value).lower(), INTERPOLATIONS)
                raise ArgError("interpolation", f"unknown interpolation {value!r}{hint}; "
                                                f"accepted: {', '.join(INTERPOLATIONS)}")
            interpolation = value.lower()
        # UpSampling1D's size is an int only, as Keras checks; 2D/3D take an int or a list.
        size = ((positive_int(args.get("size", 2), "size"),) if rank == 1
                else int_tuple(args.get("size", 2), rank, "size"))
        return cls(type_, rank, "upsample", fmt, size=size,
                   interpolation=interpolation, name=args.get("name"))

    def conv_output_shape(self, in_shape: Shape) -> Shape:
        self.check_rank(in_shape)
        spatial, channels = self.split(in_shape)
        if self.op == "upsample":
            return self.join(tuple(n * f for n, f in zip(spatial, self.size)), channels)
        sign = -1 if self.op == "crop" else 1
        out = tuple(n + sign * (a + b) for n, (a, b) in zip(spatial, self.amounts))
        if min(out) <= 0:
            raise ArgError("cropping", f"cropping {[list(p) for p in self.amounts]} leaves "
                                       f"nothing of input {fmt_shape(in_shape)} (output "
                                       f"{fmt_shape(out)})")
        return self.join(out, channels)

    def weight_shapes(self, in_shape: Shape) -> List[Tuple[str, Shape]]:
        return []

    def macs(self, in_shape: Shape) -> int:
        return 0


def _required(args: Mapping[str, Any], key: str) -> Any:
    if key not in args or args[key] is None:
        raise ArgError(key, "is required")
    return args[key]


def _padding(value: Any, options: Tuple[str, ...], type_: str) -> str:
    if isinstance(value, str) and value.lower() == "causal" and "causal" not in options:
        raise ArgError("padding", f"'causal' padding is only supported by Conv1D, not {type_}; "
                                  f"accepted: {', '.join(options)}")
    return choice(value, options, "padding")


# name -> (family class, rank, argument names it accepts beyond BASE_ARGS and TRAINING_ONLY)
_CONV_ARGS = ("filters", "kernel_size", "strides", "padding", "data_format", "dilation_rate",
              "groups", "activation", "use_bias")
_WINDOW_ARGS = ("kernel_size", "strides", "padding", "data_format", "dilation_rate",
                "activation", "use_bias")
_DEPTHWISE_ARGS = _WINDOW_ARGS + ("depth_multiplier",)
_SEPARABLE_ARGS = _DEPTHWISE_ARGS + ("filters",)
_TRANSPOSE_ARGS = _WINDOW_ARGS + ("filters", "output_padding")
LAYER_TYPES: Dict[str, Tuple[type, int, Tuple[str, ...]]] = {
    "Conv1D": (Conv, 1, _CONV_ARGS),
    "Conv2D": (Conv, 2, _CONV_ARGS),
    "Conv3D": (Conv, 3, _CONV_ARGS),
    "DepthwiseConv1D": (Depthwise, 1, _DEPTHWISE_ARGS),
    "DepthwiseConv2D": (Depthwise, 2, _DEPTHWISE_ARGS),
    "SeparableConv1D": (Separable, 1, _SEPARABLE_ARGS),
    "SeparableConv2D": (Separable, 2, _SEPARABLE_ARGS),
    "Conv1DTranspose": (ConvTranspose, 1, _TRANSPOSE_ARGS),
    "Conv2DTranspose": (ConvTranspose, 2, _TRANSPOSE_ARGS),
    "Conv3DTranspose": (ConvTranspose, 3, _TRANSPOSE_ARGS),
    "Cropping1D": (Reshape, 1, ("cropping",)),
    "Cropping2D": (Reshape, 2, ("cropping", "data_format")),
    "Cropping3D": (Reshape, 3, ("cropping", "data_format")),
    "ZeroPadding1D": (Reshape, 1, ("padding", "data_format")),
    "ZeroPadding2D": (Reshape, 2, ("padding", "data_format")),
    "ZeroPadding3D": (Reshape, 3, ("padding", "data_format")),
    "UpSampling1D": (Reshape, 1, ("size",)),
    "UpSampling2D": (Reshape, 2, ("size", "data_format", "interpolation")),
    "UpSampling3D": (Reshape, 3, ("size", "data_format")),
}


def _training_args(family) -> Tuple[str, ...]:
    if family is Separable:
        return training_only("depthwise", "pointwise", "bias")
    if family is Depthwise:
        return training_only("depthwise", "bias")
    if family is Reshape:
        return ("activity_regularizer",)   # every Keras layer takes one
    return training_only("kernel", "bias")


def parse_layer(raw: Mapping[str, Any]):
    """Build a normalised layer from a spec mapping (``type`` plus Keras arguments)."""
    type_ = raw.get("type")
    if type_ is None:
        raise ArgError("type", f"is required; accepted: {', '.join(LAYER_TYPES)}")
    if not isinstance(type_, str) or type_ not in LAYER_TYPES:
        raise ArgError("type", f"unknown layer type {type_!r}"
                               f"{suggest(str(type_), LAYER_TYPES)}; "
                               f"accepted: {', '.join(LAYER_TYPES)}")
    family, rank, names = LAYER_TYPES[type_]
    known = set(names) | set(BASE_ARGS) | set(_training_args(family)) | {"type"}
    for key in raw:
        if key not in known:
            raise ArgError(key, f"unknown argument '{key}' for {type_}"
                                f"{suggest(key, sorted(known))}; accepted: "
                                f"{', '.join(names)} (and {', '.join(BASE_ARGS)}, "
                                "training-only initializer/regularizer/constraint arguments)")
    for key, check in BASE_ARGS.items():
        if key in raw:
            check(raw[key], key)
    return family.from_args(type_, rank, raw)
