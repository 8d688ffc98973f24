"""Fuzzing every layer type and argument form convgen supports.

(a) random valid chains of 1-3 layers of one rank (every Conv/Depthwise/Separable/Transpose/
    Cropping/ZeroPadding/UpSampling type, int and list forms, both data formats, mixed formats
    along a chain, every activation, batch, ZeroPadding/Cropping folded into the next
    convolution, stride > kernel, kernel == input, 1-element axes, wide filter/channel counts
    that reach the vector tiles) are compiled and run against ``convgen.reference`` with the
    suite's one tolerance (``conftest.assert_close``); every output element must be written
    (the output buffer is pre-filled with NaN) and two calls must agree bit for bit.
(b) the same chains with one mutation a valid spec never survives (per layer type: a junk
    value for each argument it accepts, an argument it does not accept, a missing required
    argument, impossible shapes, wrong rank, ...; and top-level mutations): ``parse_spec``
    raises ``SpecError`` naming the mutated layer (or field) and nothing else.
(c) random edits of the YAML text of valid chains: ``SpecError`` or a valid spec that plans
    and renders, never another exception.
The ``slow`` variants run the same properties with >= 1000 examples each
(``python -m pytest -m slow tests/test_fuzz.py``; ``CONVGEN_FUZZ_STATS=file`` appends the
figures of the compiled runs to ``file``). Also here: non-finite inputs through every
activation against the oracle, and arguments Keras 3 refuses.

The spec generator is written against docs/spec.md, not convgen.layers: shapes are
recomputed here independently and compared with ``Spec.shapes``. It draws through a small
interface (``Draw``) so that test_sanitizers.py can use it with a seeded ``random.Random``.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import pytest
import yaml
from conftest import assert_close
from hypothesis import HealthCheck, event, given, note, settings
from hypothesis import strategies as st

import convgen
from convgen import SpecError, parse_spec
from convgen.verify import random_input, random_weights

# ------------------------------------------------------------------ what docs/spec.md says

ELEMENTWISE = ["linear", "relu", "relu6", "leaky_relu", "elu", "selu", "celu", "sigmoid",
               "hard_sigmoid", "log_sigmoid", "sparse_sigmoid", "tanh", "hard_tanh",
               "tanh_shrink", "softplus", "softsign", "silu", "swish", "hard_silu",
               "hard_swish", "gelu", "mish", "exponential", "squareplus", "sparse_plus",
               "hard_shrink", "soft_shrink"]
LAST_AXIS = ["softmax", "log_softmax", "sparsemax", "glu"]
ACTIVATIONS = ELEMENTWISE + LAST_AXIS
INTERPOLATIONS = ["nearest", "bilinear", "bicubic", "lanczos3", "lanczos5"]
FORMATS = ("channels_last", "channels_first")

# type -> (family, rank)
TYPES: Dict[str, Tuple[str, int]] = {
    "Conv1D": ("conv", 1), "Conv2D": ("conv", 2), "Conv3D": ("conv", 3),
    "DepthwiseConv1D": ("depthwise", 1), "DepthwiseConv2D": ("depthwise", 2),
    "SeparableConv1D": ("separable", 1), "SeparableConv2D": ("separable", 2),
    "Conv1DTranspose": ("transpose", 1), "Conv2DTranspose": ("transpose", 2),
    "Conv3DTranspose": ("transpose", 3),
    "Cropping1D": ("crop", 1), "Cropping2D": ("crop", 2), "Cropping3D": ("crop", 3),
    "ZeroPadding1D": ("pad", 1), "ZeroPadding2D": ("pad", 2), "ZeroPadding3D": ("pad", 3),
    "UpSampling1D": ("upsample", 1), "UpSampling2D": ("upsample", 2),
    "UpSampling3D": ("upsample", 3),
}
ALL_TYPES = sorted(TYPES)
WINDOWED = ("conv", "depthwise", "separable", "transpose")
RESHAPING = ("crop", "pad", "upsample")
GROWS = ("transpose", "pad", "upsample")   # families whose output may be bigger

_WINDOW_ARGS = ("kernel_size", "strides", "padding", "data_format", "dilation_rate",
                "activation", "use_bias")
# Arguments each type accepts besides name/trainable/dtype and training-only ones.
ACCEPTED: Dict[str, Tuple[str, ...]] = {}
for _t, (_fam, _rank) in TYPES.items():
    ACCEPTED[_t] = {
        "conv": ("filters",) + _WINDOW_ARGS + ("groups",),
        "depthwise": _WINDOW_ARGS + ("depth_multiplier",),
        "separable": _WINDOW_ARGS + ("depth_multiplier", "filters"),
        "transpose": _WINDOW_ARGS + ("filters", "output_padding"),
        "crop": ("cropping",) + (("data_format",) if _rank > 1 else ()),
        "pad": ("padding", "data_format"),        # ZeroPadding1D too, as in Keras 3
        "upsample": ("size",) + (("data_format",) if _rank > 1 else ())
                    + (("interpolation",) if _rank == 2 else ()),
    }[_fam]
BASE_ARGS = ("name", "trainable", "dtype")
TRAINING_ONLY = tuple(f"{w}_{k}" for w in ("kernel", "bias", "depthwise", "pointwise")
                      for k in ("initializer", "regularizer", "constraint")
                      ) + ("activity_regularizer",)
# The training-only arguments Keras 3 itself accepts on each family (it refuses the others).
KERAS_TRAINING_ONLY = {
    "conv": ("kernel", "bias"), "transpose": ("kernel", "bias"),
    "depthwise": ("depthwise", "bias"), "separable": ("depthwise", "pointwise", "bias"),
    "crop": (), "pad": (), "upsample": (),
}


def keras_training_only(type_: str) -> List[str]:
    prefixes = KERAS_TRAINING_ONLY[TYPES[type_][0]]
    return [a for a in TRAINING_ONLY if a.split("_")[0] in prefixes] + ["activity_regularizer"]


# ------------------------------------------------------------------ shape arithmetic (docs)

Shape = Tuple[int, ...]


def split(shape: Sequence[int], fmt: str) -> Tuple[Tuple[int, ...], int]:
    shape = tuple(shape)
    return (shape[:-1], shape[-1]) if fmt == "channels_last" else (shape[1:], shape[0])


def join(spatial: Sequence[int], channels: int, fmt: str) -> Shape:
    spatial = tuple(spatial)
    return spatial + (channels,) if fmt == "channels_last" else (channels,) + spatial


def conv_len(n: int, k: int, s: int, d: int, padding: str) -> int:
    ek = d * (k - 1) + 1
    if padding == "valid":
        return math.floor((n - ek) / s) + 1
    return math.ceil(n / s)          # same, and causal (d*(k-1) zeros before, then valid)


def transpose_len(n: int, k: int, s: int, d: int, padding: str, op: Optional[int]) -> int:
    ek = d * (k - 1) + 1
    if padding == "valid":
        return (n - 1) * s + ek + (op if op is not None else max(s - ek, 0))
    return n * s if op is None else (n - 1) * s + ek % 2 + op


# ------------------------------------------------------------------ drawing

class Draw:
    """What the generator asks for; backed by hypothesis (``HypothesisDraw``) or a seeded
    ``random.Random`` (``RandomDraw``)."""

    def int(self, lo: int, hi: int) -> int:
        raise NotImplementedError

    def choice(self, seq: Sequence[Any]) -> Any:
        raise NotImplementedError

    def bool(self) -> bool:
        return bool(self.int(0, 1))

    def one_in(self, n: int) -> bool:
        return self.int(0, n - 1) == 0


class HypothesisDraw(Draw):
    def __init__(self, draw: Callable):
        self.draw = draw

    def int(self, lo: int, hi: int) -> int:
        return self.draw(st.integers(lo, hi))

    def choice(self, seq):
        return self.draw(st.sampled_from(list(seq)))

    def bool(self) -> bool:
        return self.draw(st.booleans())


class RandomDraw(Draw):
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def int(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def choice(self, seq):
        return self.rng.choice(list(seq))


# ------------------------------------------------------------------ valid layers

@dataclass
class Layer:
    """A generated layer: its spec mapping, its normalised arguments and shapes."""

    type: str
    raw: Dict[str, Any]
    fmt: str
    in_shape: Shape
    out_shape: Shape
    norm: Dict[str, Any] = field(default_factory=dict)

    @property
    def family(self) -> str:
        return TYPES[self.type][0]

    @property
    def rank(self) -> int:
        return TYPES[self.type][1]


@dataclass
class Chain:
    raw: Dict[str, Any]
    layers: List[Layer]
    batch: int
    flow_style: Optional[bool] = False

    @property
    def shapes(self) -> Tuple[Shape, ...]:
        return (self.layers[0].in_shape,) + tuple(g.out_shape for g in self.layers)

    @property
    def text(self) -> str:
        return yaml.safe_dump(self.raw, sort_keys=False, default_flow_style=self.flow_style)


def _case(d: Draw, word: str) -> str:
    return d.choice([word, word, word.upper(), word.capitalize()])


def _tuple_form(d: Draw, values: Sequence[int], default: Optional[int] = None) -> Any:
    """An int for equal values, else (or sometimes anyway) one per axis; ``default`` means
    the argument may be left out."""
    values = list(values)
    if default is not None and all(v == default for v in values) and d.one_in(3):
        return _OMIT
    if len(set(values)) == 1 and d.bool():
        return values[0]
    return values


_OMIT = object()


def _put(raw: Dict[str, Any], key: str, value: Any) -> None:
    if value is not _OMIT:
        raw[key] = value


def _format_value(d: Draw, fmt: str) -> Any:
    if fmt == "channels_first":
        return _case(d, "channels_first")
    return d.choice([_OMIT, None, "channels_last", "CHANNELS_LAST"])


def _extras(d: Draw, raw: Dict[str, Any], type_: str) -> None:
    """name / trainable / dtype and training-only arguments Keras accepts on this type."""
    if d.one_in(4):
        # any non-empty string Keras takes; made unique per spec by make_chain
        raw["name"] = d.choice(["layer", "conv_1", "Block 2", "x"])
    if d.one_in(5):
        raw["trainable"] = d.bool()
    if d.one_in(5):
        raw["dtype"] = d.choice([None, "float32"])
    if d.one_in(4):
        raw[d.choice(keras_training_only(type_))] = d.choice(
            [None, "glorot_uniform", "zeros", {"class_name": "L2", "config": {"l2": 0.01}}])


def _wide(d: Draw, small: int) -> int:
    """Mostly ``1..small``; sometimes a count around the vector widths (8, 16, 32)."""
    if d.one_in(5):
        return d.choice([7, 8, 9, 16, 17, 24, 33])
    return d.int(1, small)


def windowed(d: Draw, type_: str, shape: Shape, fmt: str, last: bool) -> Layer:
    family, rank = TYPES[type_]
    spatial, channels = split(shape, fmt)
    padding = d.choice(["valid", "same"] + (["causal"] if type_ == "Conv1D" else []))
    # Conv and ConvTranspose refuse stride > 1 with dilation > 1; depthwise/separable allow it.
    modes = ["plain", "strided", "dilated"] + (["both"] if family in ("depthwise",
                                                                       "separable") else [])
    mode = d.choice(modes)
    kernel, strides, dilation = [], [], []
    for n in spatial:
        s = d.int(1, 3 if rank < 3 else 2) if mode in ("strided", "both") else 1
        dil = d.int(1, 3) if mode in ("dilated", "both") else 1
        if padding == "valid" and family != "transpose":
            kmax = (n - 1) // dil + 1          # d*(k-1)+1 <= n
            k = kmax if d.one_in(4) else d.int(1, min(kmax, 4))
        else:
            k = d.int(1, 4 if rank < 3 else 3)
        kernel.append(k)
        strides.append(s)
        dilation.append(dil)

    raw: Dict[str, Any] = {"type": type_}
    norm: Dict[str, Any] = dict(kernel=kernel, strides=strides, dilation=dilation,
                                padding=padding)
    if family == "conv":
        divisors = [g for g in range(1, channels + 1) if channels % g == 0]
        groups = d.choice(divisors) if d.bool() else 1
        filters = groups * d.int(1, 3) if groups > 1 else _wide(d, 4)
        raw["filters"] = filters
        norm.update(groups=groups, filters=filters)
        out_channels = filters
    elif family == "depthwise":
        m = d.int(1, 3)
        norm.update(depth_multiplier=m)
        out_channels = channels * m
    elif family == "separable":
        m = d.int(1, 2)
        filters = _wide(d, 4)
        raw["filters"] = filters
        norm.update(depth_multiplier=m, filters=filters)
        out_channels = filters
    else:
        filters = _wide(d, 4)
        raw["filters"] = filters
        norm.update(filters=filters)
        out_channels = filters

    raw["kernel_size"] = _tuple_form(d, kernel)
    _put(raw, "strides", _tuple_form(d, strides, 1))
    if padding != "valid" or d.bool():
        raw["padding"] = _case(d, padding)
    _put(raw, "data_format", _format_value(d, fmt))
    _put(raw, "dilation_rate", _tuple_form(d, dilation, 1))
    if family == "conv" and (norm["groups"] > 1 or d.one_in(3)):
        raw["groups"] = norm["groups"]
    if family in ("depthwise", "separable") and (norm["depth_multiplier"] > 1 or d.one_in(3)):
        raw["depth_multiplier"] = norm["depth_multiplier"]

    if family == "transpose":
        op = None
        if d.bool():
            op = [d.int(0, s - 1) for s in strides]
        out = [transpose_len(n, k, s, dl, padding, None if op is None else o)
               for n, k, s, dl, o in zip(spatial, kernel, strides, dilation,
                                         op or [None] * rank)]
        if min(out) <= 0:     # same, n = 1, even kernel, op 0: refused; use op None
            op = None
            out = [transpose_len(n, k, s, dl, padding, None)
                   for n, k, s, dl in zip(spatial, kernel, strides, dilation)]
        if op is not None:
            raw["output_padding"] = op[0] if len(set(op)) == 1 and d.bool() else op
        elif d.one_in(4):
            raw["output_padding"] = None
        norm.update(output_padding=op)
    else:
        out = [conv_len(n, k, s, dl, padding)
               for n, k, s, dl in zip(spatial, kernel, strides, dilation)]
    conv_out = join(out, out_channels, fmt)
    norm.update(conv_out=conv_out)

    # Activation: glu needs an even last axis; exponential only at the end of a chain, so
    # that no intermediate overflows float32 (where float64 would not).
    names = [a for a in ACTIVATIONS if (a != "glu" or conv_out[-1] % 2 == 0)
             and (a != "exponential" or last)]
    activation = d.choice(names + [None])
    if activation is not None or d.bool():
        raw["activation"] = activation
    use_bias = d.bool()
    if not use_bias or d.bool():
        raw["use_bias"] = use_bias
    norm.update(activation=activation, use_bias=use_bias)
    out_shape = conv_out[:-1] + (conv_out[-1] // 2,) if activation == "glu" else conv_out
    _extras(d, raw, type_)
    return Layer(type_, raw, fmt, tuple(shape), tuple(out_shape), norm)


def _amounts_form(d: Draw, pairs: List[Tuple[int, int]], default) -> Any:
    """A Keras form of per-axis (before, after) amounts."""
    rank = len(pairs)
    if default is not None and [tuple(p) for p in pairs] == list(default) and d.one_in(2):
        return _OMIT
    flat = {v for p in pairs for v in p}
    if len(flat) == 1 and d.bool():
        return pairs[0][0]
    if rank == 1:
        return list(pairs[0])
    return [p[0] if p[0] == p[1] and d.bool() else list(p) for p in pairs]


def reshaping(d: Draw, type_: str, shape: Shape, fmt: str) -> Layer:
    family, rank = TYPES[type_]
    spatial, channels = split(shape, fmt)
    raw: Dict[str, Any] = {"type": type_}
    norm: Dict[str, Any] = {}
    if family in ("crop", "pad"):
        symmetric = d.one_in(3)
        pairs = []
        for n in spatial:
            if family == "crop":
                room = n - 1      # leave at least one element
                a = d.int(0, room)
                b = a if symmetric and 2 * a <= room else d.int(0, room - a)
            else:
                big = d.one_in(4)      # large padding (folded into a following conv)
                a = d.int(0, 7 if big else 2)
                b = a if symmetric else d.int(0, 7 if big else 2)
            pairs.append((a, b))
        if family == "crop":
            default = [(1, 1)] if rank == 1 else [(0, 0)] * 2 if rank == 2 else [(1, 1)] * 3
            key = "cropping"
            out = [n - a - b for n, (a, b) in zip(spatial, pairs)]
        else:
            default, key = [(1, 1)] * rank, "padding"
            out = [n + a + b for n, (a, b) in zip(spatial, pairs)]
        _put(raw, key, _amounts_form(d, pairs, default))
        norm.update(amounts=pairs)
    else:
        size = [d.int(1, 3 if rank < 3 else 2) for _ in spatial]
        _put(raw, "size", _tuple_form(d, size, 2) if rank > 1
             else (_OMIT if size[0] == 2 and d.bool() else size[0]))
        if rank == 2:
            method = d.choice(INTERPOLATIONS)
            if method != "nearest" or d.bool():
                raw["interpolation"] = _case(d, method)
            norm.update(interpolation=method)
        norm.update(size=size)
        out = [n * f for n, f in zip(spatial, size)]
    if has_format(type_):
        _put(raw, "data_format", _format_value(d, fmt))
    _extras(d, raw, type_)
    return Layer(type_, raw, fmt, tuple(shape), join(out, channels, fmt), norm)


def has_format(type_: str) -> bool:
    """Every type but Cropping1D and UpSampling1D (always steps, features) has data_format."""
    return type_ not in ("Cropping1D", "UpSampling1D")


def make_layer(d: Draw, type_: str, shape: Shape, fmt: str, last: bool) -> Layer:
    if TYPES[type_][0] in WINDOWED:
        return windowed(d, type_, shape, fmt, last)
    return reshaping(d, type_, shape, fmt)


MAX_SPATIAL = {1: 12, 2: 7, 3: 4}
BUDGET = 4096          # floats of one sample beyond which no layer may grow the tensor


def make_chain(d: Draw, first: Optional[str] = None, max_layers: int = 3,
               name: str = "fz") -> Chain:
    """A valid spec: 1..max_layers layers of one rank, shapes fitting."""
    first = first or d.choice(ALL_TYPES)
    rank = TYPES[first][1]
    count = d.int(1, max_layers)
    # ZeroPadding/Cropping right before a windowed layer of the same format: folded.
    fold = TYPES[first][0] in ("crop", "pad") and count > 1 and d.bool()
    fmt0 = d.choice(FORMATS) if has_format(first) else "channels_last"
    channels = d.choice([1, 2, 3, 4, 1, 2, 3, 4, 8, 9, 16, 17])
    most = MAX_SPATIAL[rank] if channels < 8 else max(2, MAX_SPATIAL[rank] // 2)
    spatial = [d.int(1, most) for _ in range(rank)]
    if rank < 3 and channels < 8 and d.one_in(5):
        # a long last axis: several register tiles along it, and a leftover tile
        spatial = [d.int(1, 3) for _ in range(rank - 1)] + [d.int(13, 40)]
    shape = join(spatial, channels, fmt0)
    layers: List[Layer] = []
    fmt = fmt0
    for i in range(count):
        if i == 0:
            type_ = first
        elif i == 1 and fold:
            type_ = d.choice([t for t, (f, r) in TYPES.items()
                              if r == rank and f in ("conv", "depthwise", "separable")])
        else:
            grows = math.prod(shape) <= BUDGET
            type_ = d.choice([t for t, (f, r) in TYPES.items()
                              if r == rank and (grows or f not in GROWS)])
        if not has_format(type_):
            fmt = "channels_last"
        elif i > 0 and not (i == 1 and fold):
            fmt = d.choice([fmt, fmt, FORMATS[0], FORMATS[1]])   # formats may differ
        layer = make_layer(d, type_, shape, fmt, last=(i == count - 1))
        layers.append(layer)
        shape = layer.out_shape
    batch = d.choice([1, 1, 2, 3])
    raw: Dict[str, Any] = {"name": name, "input_shape": list(layers[0].in_shape)}
    if batch > 1 or d.bool():
        raw["batch"] = batch
    raw["layers"] = [g.raw for g in layers]
    for k, item in enumerate(raw["layers"]):   # layer names are unique in a spec
        if "name" in item:
            item["name"] = f"{item['name']} {k}"
    return Chain(raw, layers, batch, d.choice([False, None, True]))


@st.composite
def chains(draw, first: Optional[str] = None, max_layers: int = 3) -> Chain:
    return make_chain(HypothesisDraw(draw), first, max_layers)


# ------------------------------------------------------------------ (a) valid: kernel == oracle

# Compile variants: the default -O3 -march=native (AVX-512 tiles here), the x86-64 baseline
# (SSE2: 256-bit vector extensions lowered by the compiler) and the portable C99 path.
CFLAGS = [None, None, None, ("-O2",), ("-O1", "-DCONVGEN_PORTABLE")]


@pytest.fixture(scope="module", autouse=True)
def _private_cache(tmp_path_factory):
    """Hundreds of throwaway modules: keep them out of the user's cache."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CONVGEN_CACHE_DIR", str(tmp_path_factory.mktemp("convgen_cache")))
        yield


# Figures of a run (examples, distinct compiled sources, layer types): written to the file
# named by CONVGEN_FUZZ_STATS when set, for reporting the long runs.
STATS: Dict[str, Any] = {"examples": 0, "specs": set(), "compiled": set(), "types": {},
                         "layers": {}}


@pytest.fixture(scope="module", autouse=True)
def _stats():
    yield
    path = __import__("os").environ.get("CONVGEN_FUZZ_STATS")
    if path and STATS["examples"]:
        with open(path, "a") as f:
            f.write(f"{STATS['examples']} examples, {len(STATS['specs'])} distinct specs, "
                    f"{len(STATS['compiled'])} distinct "
                    f"(source, cflags) compiled; chain lengths {STATS['layers']}; "
                    f"layers by type {dict(sorted(STATS['types'].items()))}\n")


def check_chain(chain: Chain, as_text: bool, seed: int, cflags) -> None:
    note(chain.text)
    note(f"cflags={cflags}")
    STATS["examples"] += 1
    STATS["specs"].add(chain.text)
    STATS["layers"][len(chain.layers)] = STATS["layers"].get(len(chain.layers), 0) + 1
    for layer in chain.layers:
        STATS["types"][layer.type] = STATS["types"].get(layer.type, 0) + 1
    spec = parse_spec(chain.text if as_text else chain.raw, source="fuzz.yaml")
    assert spec.shapes == chain.shapes, "shape inference differs from docs/spec.md"
    kernel = convgen.compile(spec, cflags=cflags)
    STATS["compiled"].add((kernel.c_source, cflags))
    assert kernel.output_shape == (chain.batch, *chain.shapes[-1])
    rng = np.random.default_rng(seed)
    weights = random_weights(spec, rng)
    x = random_input(spec, rng)
    run = kernel.bind(weights)
    out = np.full(kernel.output_shape, np.nan, np.float32)   # every element must be written
    run(x, out=out)
    want = convgen.reference(spec, x, weights)
    assert_close(out, want)
    again = run(x)
    assert np.array_equal(out, again, equal_nan=True), "two calls differ"


VALID_FAST = settings(max_examples=3, deadline=None, database=None, derandomize=True,
                      suppress_health_check=list(HealthCheck))
VALID_SLOW = settings(max_examples=2000, deadline=None, database=None, derandomize=True,
                      suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("first", ALL_TYPES)
@VALID_FAST
@given(data=st.data())
def test_valid_chain_matches_oracle(first, data):
    """3 chains per first layer type: 57 compiled examples."""
    chain = data.draw(chains(first))
    check_chain(chain, data.draw(st.booleans()), data.draw(st.integers(0, 2**31)),
                data.draw(st.sampled_from(CFLAGS)))


# For the long run, half the chains come from a seeded random.Random (RandomDraw): every
# example is then a fresh chain (hypothesis's own search repeats many small ones); a
# failure reports the seed.
random_chains = st.integers(0, 2**32 - 1).map(lambda seed: make_chain(RandomDraw(seed)))


@pytest.mark.slow
@VALID_SLOW
@given(chain=st.one_of(chains(), random_chains), as_text=st.booleans(),
       seed=st.integers(0, 2**31), cflags=st.sampled_from(CFLAGS))
def test_valid_chain_matches_oracle_long(chain, as_text, seed, cflags):
    check_chain(chain, as_text, seed, cflags)


# Non-finite inputs: NaN and infinities pass through an identity depthwise layer (kernel 1,
# weight 1, no bias: nothing mixes channels) into each activation; the kernel must give what
# the oracle gives, NaN for NaN (compare() requires non-finite values to match exactly).
NON_FINITE_ROWS = [[np.nan, 0.5], [np.inf, 0.5], [-np.inf, 0.5], [0.5, -np.inf],
                   [np.inf, -np.inf], [np.nan, np.nan], [1.0, -2.0], [0.0, -0.0]]


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_non_finite_inputs_match_oracle(activation):
    rows = np.array(NON_FINITE_ROWS, np.float32)
    spec = parse_spec({"name": "nonfinite", "input_shape": list(rows.shape), "layers": [
        {"type": "DepthwiseConv1D", "kernel_size": 1, "use_bias": False,
         "activation": activation}]})
    weights = [np.ones((1, 2, 1), np.float32)]
    x = rows[None]
    with np.errstate(all="ignore"):
        want = convgen.reference(spec, x, weights)
    assert_close(convgen.compile(spec)(x, weights), want)


# ------------------------------------------------------------------ (b) invalid: SpecError

def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_pos(v: Any) -> bool:
    return _is_int(v) and v > 0


SCALARS = st.one_of(
    st.none(), st.booleans(), st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-10**6, 0), st.text(max_size=8),
    st.sampled_from(["3", "2.0", "1e3", "same", "", " valid", "channels_last ", "0x2"]),
    st.sampled_from([1.0, 2.0, 3.0, -1.5, 2.5]))
JUNK = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=6)
NOT_POSITIVE = JUNK.filter(lambda v: not _is_pos(v))
NOT_NON_NEGATIVE = JUNK.filter(lambda v: not (_is_int(v) and v >= 0))


def not_int_tuple(rank: int) -> st.SearchStrategy:
    """Never an int >= 1 nor a list of ``rank`` of them (Keras's standardize_tuple)."""
    def bad_list(xs):
        return st.tuples(st.integers(0, rank - 1), NOT_POSITIVE).map(
            lambda p: xs[:p[0]] + [p[1]] + xs[p[0] + 1:])
    return st.one_of(
        NOT_POSITIVE.filter(lambda v: not isinstance(v, list)),
        st.lists(st.integers(1, 3), max_size=5).filter(lambda v: len(v) != rank),
        st.lists(st.integers(1, 3), min_size=rank, max_size=rank).flatmap(bad_list))


def not_amounts(rank: int) -> st.SearchStrategy:
    """Never a Cropping/ZeroPadding amount of ``rank`` axes."""
    not_pair = st.one_of(   # never an int >= 0 nor a pair of them
        NOT_NON_NEGATIVE.filter(lambda v: not isinstance(v, list)),
        st.lists(st.integers(0, 2), max_size=4).filter(lambda v: len(v) != 2),
        st.tuples(st.integers(0, 1), NOT_NON_NEGATIVE, st.integers(0, 2)).map(
            lambda t: [t[1], t[2]] if t[0] == 0 else [t[2], t[1]]))
    bad_entry = not_pair
    if rank == 1:
        return not_pair
    good_entry = st.one_of(st.integers(0, 1), st.lists(st.integers(0, 1), min_size=2,
                                                       max_size=2))
    return st.one_of(
        NOT_NON_NEGATIVE.filter(lambda v: not isinstance(v, list)),
        st.lists(good_entry, max_size=5).filter(lambda v: len(v) != rank),
        st.tuples(st.lists(good_entry, min_size=rank, max_size=rank), st.integers(0, rank - 1),
                  bad_entry).map(lambda t: t[0][:t[1]] + [t[2]] + t[0][t[1] + 1:]))


def not_choice(options: Sequence[str], allow_none: bool) -> st.SearchStrategy:
    return JUNK.filter(lambda v: not (isinstance(v, str) and v.lower() in options)
                       and not (allow_none and v is None))


BAD_ACTIVATIONS = st.one_of(
    JUNK.filter(lambda v: v is not None and v not in ACTIVATIONS),
    st.sampled_from(["threshold", "ReLU", "Softmax", "GELU", "relu ", "leakyrelu", "hardswish",
                     "LeakyReLU", "approximate_gelu", "softmax2d", "prelu"]))


def arg_junk(arg: str, layer: Layer) -> st.SearchStrategy:
    """Values the argument ``arg`` of ``layer``'s type never accepts."""
    rank = layer.rank
    if arg in ("filters", "groups", "depth_multiplier"):
        return NOT_POSITIVE
    if arg in ("kernel_size", "strides", "dilation_rate"):
        return not_int_tuple(rank)
    if arg == "size":
        return not_int_tuple(rank) if rank > 1 else NOT_POSITIVE
    if arg == "padding" and layer.family in WINDOWED:
        options = ["valid", "same"] + (["causal"] if layer.type == "Conv1D" else [])
        extra = [] if layer.type == "Conv1D" else ["causal", "CAUSAL"]
        return st.one_of(not_choice(options, False), st.sampled_from(extra or ["full"]))
    if arg in ("cropping", "padding"):
        return not_amounts(rank)
    if arg == "data_format":
        return st.one_of(not_choice(FORMATS, True),
                         st.sampled_from(["NHWC", "NCHW", "channels-last", "channelsfirst"]))
    if arg == "interpolation":
        return st.one_of(not_choice(INTERPOLATIONS, False),
                         st.sampled_from(["area", "nearest-exact", "lanczos4", "gaussian",
                                          "mitchellcubic", "bilinear "]))
    if arg == "activation":
        return BAD_ACTIVATIONS
    if arg in ("use_bias", "trainable"):
        return JUNK.filter(lambda v: not isinstance(v, bool))
    if arg == "dtype":
        return st.one_of(JUNK.filter(lambda v: v not in (None, "float32")),
                         st.sampled_from(["float16", "bfloat16", "float64", "mixed_float16",
                                          "int32", "Float32", "float"]))
    if arg == "name":
        return JUNK.filter(lambda v: v is not None and not isinstance(v, str))
    if arg == "output_padding":
        strides = layer.norm["strides"]
        return st.one_of(
            st.integers(-5, -1),
            st.integers(min(strides), min(strides) + 3),       # >= its stride on some axis
            JUNK.filter(lambda v: v is not None and not _is_int(v) and not isinstance(v, list)),
            st.lists(st.integers(0, 0), max_size=5).filter(lambda v: len(v) != rank),
            st.integers(0, rank - 1).map(lambda a: [strides[i] if i == a else 0
                                                    for i in range(rank)]),
            st.tuples(st.integers(0, rank - 1), NOT_NON_NEGATIVE).map(
                lambda t: [t[1] if i == t[0] else 0 for i in range(rank)]))
    raise AssertionError(arg)


# Names convgen never accepts as layer arguments (misspellings and other layers' arguments).
OTHER_ARGS = sorted({a for args in ACCEPTED.values() for a in args}
                    | {"stride", "kernel", "filter", "dilation", "kernel_sizes", "pool_size",
                       "units", "rate", "axis", "use_bias_", "activation_fn", "padding_mode",
                       "depthmultiplier", "output_shape", "input_dim", "Filters", "Kernel_size",
                       "data format", "bias", "weights", "activations"})


def unknown_args(type_: str) -> List[str]:
    known = set(ACCEPTED[type_]) | set(BASE_ARGS) | set(TRAINING_ONLY) | {"type"}
    return [a for a in OTHER_ARGS if a not in known]


def _other_rank_types(type_: str) -> List[str]:
    rank = TYPES[type_][1]
    return [t for t, (_, r) in TYPES.items() if r != rank]


def layer_mutations(layer: Layer) -> Dict[str, List[str]]:
    """The mutations that apply to ``layer`` (each makes any spec invalid), by group."""
    family = layer.family
    spatial, channels = split(layer.in_shape, layer.fmt)
    groups = {"junk": [f"junk:{a}" for a in ACCEPTED[layer.type] + BASE_ARGS],
              "unknown-arg": ["unknown-arg"], "type": ["type-mangled", "missing:type"],
              "wrong-rank": ["wrong-rank"], "missing": []}
    kinds: List[str] = []
    if family in WINDOWED:
        groups["missing"].append("missing:kernel_size")
        last = layer.norm["conv_out"][-1]
        if (layer.fmt == "channels_last" and (family != "depthwise" or channels % 2)) \
                or (layer.fmt == "channels_first" and last % 2):
            kinds.append("glu-odd")
    if family in ("conv", "depthwise", "separable"):
        kinds += ["kernel-too-big", "dilation-too-big"]
    if family in ("conv", "separable", "transpose"):
        groups["missing"].append("missing:filters")
    if family in ("conv", "transpose"):
        kinds.append("stride-and-dilation")
    if family == "conv":
        kinds.append("groups-channels")
    if family == "transpose":
        kinds.append("output-padding-ge-stride")
        if 1 in spatial:
            kinds.append("transpose-empty")
    if family == "crop":
        kinds.append("crop-all")
    if family in ("pad", "upsample"):
        kinds.append("huge-output")
    groups["shape"] = kinds
    return {group: found for group, found in groups.items() if found}


def mutate_layer(draw, chain: Chain, i: int, kind: str) -> Optional[str]:
    """Apply ``kind`` to layer ``i`` in place; return the field the error must name
    (``layers[i]...``)."""
    layer = chain.layers[i]
    raw = chain.raw["layers"][i] = dict(chain.raw["layers"][i])
    spatial, channels = split(layer.in_shape, layer.fmt)
    rank = layer.rank
    at = f"layers[{i}]"
    if kind.startswith("junk:"):
        arg = kind[5:]
        raw[arg] = draw(arg_junk(arg, layer))
        return f"{at}.{arg}"
    if kind == "unknown-arg":
        key = draw(st.sampled_from(unknown_args(layer.type)))
        raw[key] = draw(JUNK)
        return f"{at}.{key}"
    if kind.startswith("missing:"):
        key = kind[8:]
        raw.pop(key, None)
        return f"{at}.{key}"
    if kind == "type-mangled":
        raw["type"] = draw(st.sampled_from([layer.type.lower(), layer.type.upper(),
                                            layer.type.replace("D", "d"), layer.type + "s",
                                            layer.type[:-1], "keras.layers." + layer.type,
                                            "Conv4D", "LSTM", "GroupNormalization", "Conv2d"]))
        return f"{at}.type"
    if kind == "wrong-rank":
        other = draw(st.sampled_from(_other_rank_types(layer.type)))
        new: Dict[str, Any] = {"type": other}
        if TYPES[other][0] in WINDOWED:
            new["kernel_size"] = 1
            if TYPES[other][0] != "depthwise":
                new["filters"] = 1
        chain.raw["layers"][i] = new
        return at
    if kind == "kernel-too-big":
        axis = draw(st.integers(0, rank - 1))
        kernel = list(layer.norm["kernel"])
        kernel[axis] = spatial[axis] + draw(st.integers(1, 3))
        raw.update(padding="valid", kernel_size=kernel)
        return f"{at}.kernel_size"
    if kind == "dilation-too-big":
        axis = draw(st.integers(0, rank - 1))
        kernel = list(layer.norm["kernel"])
        kernel[axis] = 2
        dilation = [1] * rank
        dilation[axis] = spatial[axis] + draw(st.integers(0, 2))   # d*(k-1)+1 > n
        raw.update(padding="valid", kernel_size=kernel, dilation_rate=dilation, strides=1)
        return f"{at}.kernel_size"
    if kind == "glu-odd":
        # the convolution's last axis made odd (or already odd), then glu
        if layer.fmt == "channels_last" and layer.family != "depthwise":
            raw["filters"] = 2 * draw(st.integers(0, 3)) + 1
            raw.pop("groups", None)
        elif layer.fmt == "channels_last":      # depthwise: channels * multiplier, C odd
            raw["depth_multiplier"] = 2 * draw(st.integers(0, 1)) + 1
        raw["activation"] = "glu"
        return f"{at}.activation"
    if kind == "stride-and-dilation":
        raw["strides"] = draw(st.integers(2, 3))
        raw["dilation_rate"] = [draw(st.integers(1, 3)) for _ in range(rank - 1)] + [2]
        raw.pop("output_padding", None)
        return f"{at}.strides"
    if kind == "groups-channels":
        # channels + 1 never divides the channels (nor, made so, the filters only)
        raw["groups"] = channels + 1
        raw["filters"] = (channels + 1) * draw(st.integers(1, 2))
        return f"{at}.groups"
    if kind == "output-padding-ge-stride":
        axis = draw(st.integers(0, rank - 1))
        op = [0] * rank
        op[axis] = layer.norm["strides"][axis] + draw(st.integers(0, 2))
        raw["output_padding"] = op
        return f"{at}.output_padding"
    if kind == "transpose-empty":
        axis = spatial.index(1)
        kernel = list(layer.norm["kernel"])
        kernel[axis] = draw(st.sampled_from([2, 4]))
        raw.update(padding="same", output_padding=[0] * rank, kernel_size=kernel,
                   dilation_rate=1)
        return f"{at}.kernel_size"
    if kind == "crop-all":
        axis = draw(st.integers(0, rank - 1))
        n = spatial[axis]
        a = draw(st.integers(0, n))
        pairs = [[0, 0] for _ in range(rank)]
        pairs[axis] = [a, n - a + draw(st.integers(0, 2))]
        raw["cropping"] = pairs[0] if rank == 1 else pairs
        return f"{at}.cropping"
    if kind == "huge-output":
        # beyond the 1 GiB tensor limit (and the 2^31 - 1 floats an int indexes); sizes are
        # checked once every layer has parsed, so no later layer may fail first
        del chain.raw["layers"][i + 1:]
        if layer.family == "pad":
            raw["padding"] = draw(st.sampled_from([10**9, 2**31]))
        else:
            raw["size"] = draw(st.sampled_from([10**9, 2**31, 2**62]))
        return at
    raise AssertionError(kind)


BAD_NAMES = st.one_of(
    JUNK.filter(lambda v: not (isinstance(v, str) and v.isidentifier() and v.isascii())),
    st.sampled_from(["int", "while", "_Bool", "main", "input", "weights", "output", "workspace",
                     "expf", "tanh", "sqrtf", "cg_model", "__model", "a" * 64, "1model",
                     "my-model", "my model", "modèle", ""]))


def mutate_top(draw, chain: Chain, empty_dir) -> str:
    """A top-level mutation; returns the field path the error must start with."""
    raw = chain.raw
    kind = draw(st.sampled_from(["name", "missing", "batch", "input_shape", "input_rank",
                                 "unknown", "layers", "layer-not-mapping", "weights",
                                 "not-mapping"]))
    if kind == "name":
        raw["name"] = draw(BAD_NAMES)
        return "name"
    if kind == "missing":
        key = draw(st.sampled_from(["name", "input_shape", "layers"]))
        del raw[key]
        return key
    if kind == "batch":
        raw["batch"] = draw(NOT_POSITIVE)
        return "batch"
    if kind == "input_shape":
        shape = list(raw["input_shape"])
        choice = draw(st.integers(0, 2))
        if choice == 0:
            shape[draw(st.integers(0, len(shape) - 1))] = draw(NOT_POSITIVE)
            raw["input_shape"] = shape
        elif choice == 1:
            raw["input_shape"] = draw(NOT_POSITIVE.filter(lambda v: not isinstance(v, list)))
        else:
            raw["input_shape"] = []
        return "input_shape"
    if kind == "input_rank":       # one axis more or less than the first layer's rank
        shape = list(raw["input_shape"])
        raw["input_shape"] = shape + [2] if draw(st.booleans()) or len(shape) == 2 \
            else shape[1:]
        return "layers[0]"
    if kind == "unknown":
        key = draw(st.sampled_from(["Name", "input", "inputs", "shape", "batch_size", "layer",
                                    "model", "weight", "dtype", "data_format"]))
        raw[key] = draw(JUNK)
        return key
    if kind == "layers":
        raw["layers"] = draw(st.one_of(st.just([]), JUNK.filter(
            lambda v: not isinstance(v, list))))
        return "layers"
    if kind == "layer-not-mapping":
        layers = list(raw["layers"])
        at = draw(st.integers(0, len(layers) - 1))
        layers[at] = draw(st.one_of(SCALARS, st.lists(JUNK, max_size=3)))
        raw["layers"] = layers
        return f"layers[{at}]"
    if kind == "weights":
        raw["weights"] = draw(st.one_of(
            st.sampled_from(sorted(p.name for p in empty_dir.iterdir())),
            st.sampled_from(["missing.npz", "../missing.npz", ".", "/"]),
            JUNK.filter(lambda v: v is not None and not isinstance(v, str)),
            st.just("")))
        return "weights"
    if kind == "not-mapping":
        chain.raw = draw(st.one_of(SCALARS, st.lists(JUNK, max_size=3)))
        return ""
    raise AssertionError(kind)


@pytest.fixture(scope="module")
def bad_weights_dir(tmp_path_factory):
    """Weights files no generated spec accepts: not zip, wrong names, wrong shapes/dtypes."""
    folder = tmp_path_factory.mktemp("bad_weights")
    (folder / "text.npz").write_text("not a zip file\n")
    (folder / "empty_file.npz").write_bytes(b"")
    np.savez(folder / "named.npz", kernel=np.zeros(3, np.float32))
    for count in range(1, 5):   # shape (0,) never fits; count may or may not
        np.savez(folder / f"zeros{count}.npz", *[np.zeros(0, np.float32)] * count)
    np.savez(folder / "strings.npz", np.array(["a", "b"]))
    np.savez(folder / "objects.npz", np.array([{}, None], dtype=object))
    np.savez(folder / "complex.npz", np.zeros((1, 1), np.complex64))
    (folder / "a_folder.npz").mkdir()
    return folder


def check_invalid(data, chain: Chain, base_dir) -> None:
    if data.draw(st.integers(0, 4), label="top-level?") == 0:
        where = mutate_top(data.draw, chain, base_dir)
        event("top-level")
    else:
        i = data.draw(st.integers(0, len(chain.layers) - 1), label="layer")
        groups = layer_mutations(chain.layers[i])
        group = data.draw(st.sampled_from(sorted(groups)), label="group")
        kind = data.draw(st.sampled_from(groups[group]), label="mutation")
        event(kind.split(":")[0])
        where = mutate_layer(data.draw, chain, i, kind)
    as_text = data.draw(st.booleans(), label="as_text")
    spec = yaml.safe_dump(chain.raw, sort_keys=False) if as_text else chain.raw
    note(yaml.safe_dump(chain.raw, sort_keys=False))
    with pytest.raises(SpecError) as info:
        parse_spec(spec, source="fuzz.yaml", base_dir=base_dir)
    error = info.value
    assert str(error).startswith("fuzz.yaml"), str(error)
    field_ = error.field or ""
    assert field_ == where or field_.startswith((where + ".", where + "[")), \
        f"error names {field_!r}, expected {where!r}: {error}"


INVALID_FAST = settings(max_examples=15, deadline=None, database=None, derandomize=True,
                        suppress_health_check=list(HealthCheck))
INVALID_SLOW = settings(max_examples=2000, deadline=None, database=None, derandomize=True,
                        suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("first", ALL_TYPES)
@INVALID_FAST
@given(data=st.data())
def test_invalid_spec_raises_spec_error(first, data, bad_weights_dir):
    """15 mutations per first layer type (285 examples), the mutated layer anywhere."""
    check_invalid(data, data.draw(chains(first)), bad_weights_dir)


@pytest.mark.slow
@INVALID_SLOW
@given(data=st.data())
def test_invalid_spec_raises_spec_error_long(data, bad_weights_dir):
    check_invalid(data, data.draw(chains()), bad_weights_dir)


@pytest.mark.parametrize("layer", [
    {"type": "Conv2D", "filters": 2, "kernel_size": 1, "stride": 2},
    {"type": "Cropping2D", "cropping": 1, "interpolation": "nearest"},
    # Keras: "Unrecognized keyword arguments passed to Conv2D"
    {"type": "Conv2D", "filters": 2, "kernel_size": 1, "depthwise_initializer": "zeros"},
    # a depthwise layer's kernel arguments are depthwise_*
    {"type": "DepthwiseConv2D", "kernel_size": 1, "kernel_regularizer": None},
    # reshaping layers take no training-only argument but activity_regularizer
    {"type": "Cropping2D", "cropping": 1, "kernel_initializer": "zeros"},
    {"type": "UpSampling2D", "bias_regularizer": None},
    {"type": "SeparableConv2D", "filters": 2, "kernel_size": 1, "kernel_constraint": None},
    {"type": "Conv2DTranspose", "filters": 2, "kernel_size": 1, "pointwise_initializer": None},
    {"type": "UpSampling1D", "size": [2]},        # Keras: an int only
    {"type": "Cropping1D", "cropping": 1, "data_format": "channels_last"},
])
def test_arguments_keras_refuses_are_refused(layer):
    shape = [4, 4, 2] if layer["type"].endswith("2D") else [4, 2]
    with pytest.raises(SpecError):
        parse_spec({"name": "k", "input_shape": shape, "layers": [layer]})


# ------------------------------------------------------------------ (c) YAML edits

YAML_PIECES = st.sampled_from([
    "[", "]", "{", "}", ":", ": ", ",", "- ", "? ", "&a ", "*a", "!!int ", "!!float ",
    "!!str ", "!!binary ", "!!set ", "!!python/tuple ", "<<: ", "|", ">", "'", '"', "#", "---",
    "\n", "\n  ", "  ", "\t", "\\", "\x00", "\ufeff", "0", "-1", "1", "2", "3.0", "1e999",
    ".nan", ".inf", "true", "null", "~", "yes", "0x1F", "0o7", "1_000", "99999999",
    "9" * 400, "same", "valid", "causal", "channels_first", "glu", "bicubic", "Conv2D",
    "DepthwiseConv1D", "Conv3DTranspose", "Cropping3D", "UpSampling2D", "ZeroPadding1D",
    "filters", "kernel_size", "strides", "output_padding", "cropping", "padding", "size",
    "interpolation", "groups", "depth_multiplier", "dilation_rate", "data_format", "batch",
    "[0, 0]", "[[1, 1], 1]", "[1, [0, 9]]"])


@st.composite
def edited_texts(draw) -> str:
    text = draw(chains()).text
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(["insert", "insert", "delete", "swap-lines", "dup-line",
                                     "replace-number"]))
        if edit == "insert":
            text = text[:at] + draw(st.one_of(YAML_PIECES, st.text(max_size=3))) + text[at:]
        elif edit == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 8)):]
        elif edit == "replace-number":
            digits = [k for k, c in enumerate(text) if c.isdigit()]
            if digits:
                k = draw(st.sampled_from(digits))
                text = text[:k] + draw(st.sampled_from(["0", "-", "-1", "7", "12", "1.5", "x"])) \
                    + text[k + 1:]
        else:
            lines = text.split("\n")
            a = draw(st.integers(0, len(lines) - 1))
            b = draw(st.integers(0, len(lines) - 1))
            if edit == "swap-lines":
                lines[a], lines[b] = lines[b], lines[a]
            else:
                lines.insert(b, lines[a])
            text = "\n".join(lines)
    return text


def _small(spec) -> bool:
    """Small enough to plan and render quickly (edits can make sizes huge but valid)."""
    sizes = [v for shape in spec.shapes for v in shape] + [spec.batch]
    for layer in spec.layers:
        sizes += list(getattr(layer, "kernel_size", ())) + list(getattr(layer, "size", ()))
        sizes += [getattr(layer, "filters", 1), getattr(layer, "depth_multiplier", 1)]
    return max(sizes) <= 64


def check_edited(text: str, base_dir) -> None:
    """SpecError, or a spec that plans and renders (never another exception)."""
    from convgen.plan import make_plan
    from convgen.render import render
    note(text)
    try:
        spec = parse_spec(text, source="fuzz.yaml", base_dir=base_dir)
    except SpecError as error:
        assert str(error).startswith("fuzz.yaml"), str(error)
        event("SpecError")
        return
    assert isinstance(spec, convgen.Spec)
    if not _small(spec):
        event("valid, too big to render here")
        return
    try:
        plan = make_plan(spec)
    except SpecError:    # a resource limit
        event("valid, over a resource limit")
        return
    rendered = render(plan)
    assert f"int {spec.name}(" in rendered.source
    event("valid, planned and rendered")


YAML_FAST = settings(max_examples=150, deadline=None, database=None, derandomize=True,
                     suppress_health_check=list(HealthCheck))
YAML_SLOW = settings(max_examples=3000, deadline=None, database=None, derandomize=True,
                     suppress_health_check=list(HealthCheck))


@YAML_FAST
@given(text=edited_texts())
def test_edited_yaml_is_spec_error_or_valid(text, bad_weights_dir):
    check_edited(text, bad_weights_dir)


@pytest.mark.slow
@YAML_SLOW
@given(text=edited_texts())
def test_edited_yaml_is_spec_error_or_valid_long(text, bad_weights_dir):
    check_edited(text, bad_weights_dir)


# ------------------------------------------------------------------ generator self-checks

def test_generator_reaches_every_type_form_and_activation():
    """The generator (seeded, as test_sanitizers.py uses it) reaches every layer type, both
    formats, int and list forms, every activation and interpolation, folding and batch."""
    seen = set()
    for seed in range(3000):
        chain = make_chain(RandomDraw(seed))
        seen.add(("batch", chain.batch > 1))
        for k, layer in enumerate(chain.layers):
            seen.add(("type", layer.type))
            seen.add(("fmt", layer.family in WINDOWED, layer.fmt))
            if "activation" in layer.norm:
                seen.add(("activation", layer.norm["activation"]))
            if "interpolation" in layer.norm:
                seen.add(("interpolation", layer.norm["interpolation"]))
            for key in ("kernel_size", "strides", "size", "cropping", "padding"):
                value = layer.raw.get(key)
                if value is not None and not isinstance(value, str):
                    seen.add(("form", key, type(value).__name__))
            if layer.family == "transpose":
                seen.add(("output_padding", layer.norm["output_padding"] is not None))
            if k + 1 < len(chain.layers) and layer.family in ("crop", "pad"):
                nxt = chain.layers[k + 1]
                if nxt.family in ("conv", "depthwise", "separable") and nxt.fmt == layer.fmt:
                    seen.add(("fold", layer.family))
    wanted = ({("type", t) for t in ALL_TYPES} | {("activation", a) for a in ACTIVATIONS}
              | {("activation", None)} | {("interpolation", m) for m in INTERPOLATIONS}
              | {("fmt", True, f) for f in FORMATS} | {("fmt", False, f) for f in FORMATS}
              | {("batch", True), ("fold", "crop"), ("fold", "pad"), ("output_padding", True)}
              | {("form", k, t) for k in ("kernel_size", "strides", "size", "cropping",
                                           "padding") for t in ("int", "list")})
    assert wanted <= seen, sorted(wanted - seen, key=str)


def test_generated_specs_are_valid_and_shapes_agree():
    """Cheap and wide: 2000 seeded chains parse, with the shapes docs/spec.md gives."""
    for seed in range(2000):
        chain = make_chain(RandomDraw(seed))
        spec = parse_spec(chain.text, source="fuzz.yaml")
        assert spec.shapes == chain.shapes, (seed, chain.text)
