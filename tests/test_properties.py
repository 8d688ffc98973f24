"""Property tests (hypothesis): random valid specs against the oracle, random invalid specs
and random YAML text against the validator.

(a) compiles each drawn spec (~0.2 s a build, cached afterwards); (b) and (c) never compile.
Every test is derandomised: the same examples run each time, so a failure reproduces.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

import numpy as np
import pytest
import yaml
from hypothesis import HealthCheck, example, given, note, settings
from hypothesis import strategies as st

import convgen
from convgen import SpecError, parse_spec
from convgen.activations import ELEMENTWISE, LAST_AXIS
from convgen.ops import LAYER_TYPES

ACTIVATIONS = sorted(ELEMENTWISE) + sorted(LAST_AXIS)
PADDINGS = ("valid", "same", "causal")
DATA_FORMATS = ("channels_last", "channels_first")
TOP_LEVEL = ("name", "input_shape", "batch", "weights", "layers")
LAYER_ARGS = ("type", "filters", "kernel_size", "strides", "padding", "data_format",
              "dilation_rate", "groups", "activation", "use_bias", "name", "trainable", "dtype",
              "kernel_initializer", "bias_initializer", "kernel_regularizer",
              "bias_regularizer", "activity_regularizer", "kernel_constraint",
              "bias_constraint")

# Compile-and-run examples: each builds a C module, so few; the validator ones are cheap.
COMPILED = settings(max_examples=50, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow])
FAST = settings(max_examples=300, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def assert_close(got: np.ndarray, want: np.ndarray) -> None:
    """The one tolerance of this file: max|k - o| <= 1e-4 * max(1, max|o|)."""
    assert got.shape == want.shape
    assert np.all(np.isfinite(got)) == np.all(np.isfinite(want))
    err = float(np.max(np.abs(got.astype(np.float64) - want)))
    bound = 1e-4 * max(1.0, float(np.max(np.abs(want))))
    assert err <= bound, f"max|kernel - oracle| = {err:.3g} > {bound:.3g}"


# ---------------------------------------------------------------- valid specs

def out_length(n: int, k: int, s: int, d: int, padding: str) -> int:
    """Keras's output length on one axis, written here independently of convgen.layers."""
    ek = d * (k - 1) + 1
    return (n - ek) // s + 1 if padding == "valid" else -(-n // s)


@dataclass
class Drawn:
    """A drawn spec as a mapping, with the output shape Keras gives it (one sample)."""

    raw: Dict[str, Any]
    output_shape: Tuple[int, ...]
    flow_style: Optional[bool] = False

    @property
    def text(self) -> str:
        return yaml.safe_dump(self.raw, sort_keys=False, default_flow_style=self.flow_style)


def _tuple_form(draw, values: List[int]) -> Any:
    """Keras accepts an int for equal values, or a list of one int per axis."""
    if len(set(values)) == 1 and draw(st.booleans()):
        return values[0]
    return list(values)


def _case_variant(draw, word: str) -> str:
    return draw(st.sampled_from([word, word.upper(), word.capitalize()]))


@st.composite
def valid_specs(draw) -> Drawn:
    # The choices every spec makes come first, the per-axis ones after: drawn late, a
    # boolean came out False in 43 of 50 derandomised examples.
    rank = draw(st.integers(1, 3))
    padding = draw(st.sampled_from(PADDINGS if rank == 1 else PADDINGS[:2]))
    channels_first = draw(st.booleans())
    activation = draw(st.sampled_from(ACTIVATIONS + [None]))
    use_bias = draw(st.booleans())
    batch = draw(st.integers(1, 3))
    dilated = draw(st.booleans())   # dilation > 1 needs stride 1 (and vice versa)
    kernel = [draw(st.integers(1, 3)) for _ in range(rank)]
    if dilated:
        strides, dilation = [1] * rank, [draw(st.integers(1, 3)) for _ in range(rank)]
    else:
        strides, dilation = [draw(st.integers(1, 3)) for _ in range(rank)], [1] * rank
    groups = draw(st.integers(1, 3))
    channels = groups * draw(st.integers(1, 2))
    filters = groups * draw(st.integers(1, 3))
    biggest = {1: 11, 2: 7, 3: 5}[rank]
    spatial = []
    for k, d in zip(kernel, dilation):
        smallest = d * (k - 1) + 1 if padding == "valid" else 1
        spatial.append(draw(st.integers(smallest, max(smallest, biggest))))
    out = [out_length(n, k, s, d, padding)
           for n, k, s, d in zip(spatial, kernel, strides, dilation)]
    if activation == "glu":   # glu halves the last axis of the output: make it even
        if not channels_first:
            filters *= 1 if filters % 2 == 0 else 2
        while channels_first and out[-1] % 2:   # the last axis is a spatial one
            spatial[-1] += 1
            out[-1] = out_length(spatial[-1], kernel[-1], strides[-1], dilation[-1], padding)

    layer: Dict[str, Any] = {"type": f"Conv{rank}D", "filters": filters,
                             "kernel_size": _tuple_form(draw, kernel)}
    if max(strides) > 1 or draw(st.booleans()):
        layer["strides"] = _tuple_form(draw, strides)
    if padding != "valid" or draw(st.booleans()):
        layer["padding"] = _case_variant(draw, padding)
    if channels_first:
        layer["data_format"] = _case_variant(draw, "channels_first")
    else:
        form = draw(st.sampled_from(["omit", None, "channels_last"]))
        if form != "omit":
            layer["data_format"] = form
    if max(dilation) > 1 or draw(st.booleans()):
        layer["dilation_rate"] = _tuple_form(draw, dilation)
    if groups > 1 or draw(st.booleans()):
        layer["groups"] = groups
    if activation is not None or draw(st.booleans()):
        layer["activation"] = activation
    if not use_bias or draw(st.booleans()):
        layer["use_bias"] = use_bias

    input_shape = [channels] + spatial if channels_first else spatial + [channels]
    raw: Dict[str, Any] = {"name": "prop", "input_shape": input_shape}
    if batch > 1 or draw(st.booleans()):
        raw["batch"] = batch
    raw["layers"] = [layer]

    conv_out = [filters] + out if channels_first else out + [filters]
    if activation == "glu":
        conv_out[-1] //= 2
    return Drawn(raw, tuple(conv_out), draw(st.sampled_from([False, None, True])))


def run_against_oracle(text: str, seed: int, expected_output: Tuple[int, ...]) -> None:
    spec = parse_spec(text, source="prop.yaml")
    assert spec.output_shape == expected_output
    kernel = convgen.compile(spec)
    rng = np.random.default_rng(seed)
    weights = []
    for _, name, shape in spec.weight_shapes():
        fan_in = math.prod(shape[:-1]) if name == "kernel" else 1
        weights.append((rng.standard_normal(shape) / math.sqrt(fan_in)).astype(np.float32))
    x = rng.standard_normal(kernel.input_shape).astype(np.float32)
    got = kernel(x, weights)
    assert got.shape == kernel.output_shape == (spec.batch, *expected_output)
    assert_close(got, convgen.reference(spec, x, weights))


@COMPILED
@given(drawn=valid_specs(), seed=st.integers(0, 2**32 - 1))
def test_random_valid_spec_matches_oracle(drawn: Drawn, seed: int):
    note(drawn.text)
    run_against_oracle(drawn.text, seed, drawn.output_shape)


# Three fixed layers for every activation: the last axis is a spatial one (channels_first)
# or the filters; strides, dilations, grouping, causal and odd same-padding on the way.
# (type, input_shape, layer arguments, conv output shape before the activation)
FIXED_LAYERS = {
    "conv2d-channels-first": ("Conv2D", [4, 5, 4], {
        "filters": 6, "kernel_size": [3, 2], "strides": [2, 1], "padding": "same",
        "data_format": "channels_first", "groups": 2}, (6, 3, 4)),
    "conv3d-channels-last": ("Conv3D", [5, 3, 4, 3], {
        "filters": 6, "kernel_size": [2, 1, 3], "dilation_rate": [2, 1, 1], "padding": "same",
        "groups": 3}, (5, 3, 4, 6)),
    "conv1d-causal-channels-first": ("Conv1D", [2, 8], {
        "filters": 4, "kernel_size": 3, "dilation_rate": 2, "padding": "causal",
        "data_format": "channels_first", "use_bias": False}, (4, 8)),
}


@pytest.mark.parametrize("layout", sorted(FIXED_LAYERS))
@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_every_activation_matches_oracle(activation: str, layout: str):
    """Fifty random draws need not hit all 31 names: run each on fixed layers."""
    type_, input_shape, args, conv_out = FIXED_LAYERS[layout]
    layer = {"type": type_, **args, "activation": activation}
    raw = {"name": "every", "input_shape": input_shape, "batch": 2, "layers": [layer]}
    expected = conv_out[:-1] + (conv_out[-1] // 2,) if activation == "glu" else conv_out
    run_against_oracle(yaml.safe_dump(raw, sort_keys=False), seed=len(activation) + len(layout),
                       expected_output=expected)


# ---------------------------------------------------------------- invalid specs

def _not_positive_int(value: Any) -> bool:
    return not (isinstance(value, int) and not isinstance(value, bool) and value > 0)


JUNK_SCALARS = st.one_of(
    st.none(), st.booleans(), st.floats(allow_nan=True, allow_infinity=True),
    st.integers(max_value=0), st.integers(min_value=10**6, max_value=10**30),
    st.text(max_size=12), st.binary(max_size=4))
JUNK = st.recursive(JUNK_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=3)),
    max_leaves=8)
# Never a positive integer (the one thing every size field accepts).
NOT_POSITIVE = JUNK.filter(_not_positive_int)
# Never an int or a list of positive ints (what a tuple argument accepts).
NOT_SIZE_TUPLE = st.one_of(
    NOT_POSITIVE.filter(lambda v: not isinstance(v, list)),
    st.lists(NOT_POSITIVE, min_size=1, max_size=4),
    st.just([]))


def _not_choice(options) -> st.SearchStrategy:
    """Junk that no case-insensitive string choice among ``options`` accepts (None included)."""
    return JUNK.filter(lambda v: not (isinstance(v, str) and v.lower() in options))


_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
NOT_IDENTIFIER = st.one_of(
    JUNK.filter(lambda v: not (isinstance(v, str) and _IDENT.match(v))),
    st.sampled_from(["int", "while", "main", "expf", "input", "cg_x", "__x", "a" * 64]))

# Per field: values the validator must refuse whatever the rest of the spec holds.
LAYER_JUNK = {
    "type": JUNK.filter(lambda v: v not in LAYER_TYPES if isinstance(v, str) else True),
    "filters": NOT_POSITIVE,
    "groups": NOT_POSITIVE,
    "kernel_size": NOT_SIZE_TUPLE,
    "strides": NOT_SIZE_TUPLE,
    "dilation_rate": NOT_SIZE_TUPLE,
    "padding": _not_choice(PADDINGS),
    "data_format": _not_choice(DATA_FORMATS).filter(lambda v: v is not None),
    "activation": JUNK.filter(lambda v: v is not None and v not in ACTIVATIONS),
    "use_bias": JUNK.filter(lambda v: not isinstance(v, bool)),
    "trainable": JUNK.filter(lambda v: not isinstance(v, bool)),
    "dtype": JUNK.filter(lambda v: v not in (None, "float32")),
    "name": JUNK.filter(lambda v: v is not None and not isinstance(v, str)),
}
TOP_JUNK = {
    "name": NOT_IDENTIFIER,
    "input_shape": st.one_of(NOT_POSITIVE.filter(lambda v: not isinstance(v, list)),
                             st.lists(NOT_POSITIVE, min_size=1, max_size=4), st.just([])),
    "batch": NOT_POSITIVE.filter(lambda v: v is not None),
    # any string names a file that is not there (weights resolve in an empty folder)
    "weights": JUNK.filter(lambda v: v is not None),
    "layers": st.one_of(JUNK.filter(lambda v: not isinstance(v, list)), st.just([]),
                        st.lists(JUNK.filter(lambda v: not isinstance(v, dict)),
                                 min_size=1, max_size=2)),
}


def _layer(raw: Dict[str, Any]) -> Dict[str, Any]:
    return raw["layers"][0]


@st.composite
def invalid_specs(draw) -> Dict[str, Any]:
    """A valid spec with one mutation no valid spec survives."""
    raw = draw(valid_specs()).raw
    layer = _layer(raw)
    kind = draw(st.sampled_from([
        "layer-junk", "top-junk", "layer-unknown-key", "top-unknown-key", "layer-missing",
        "top-missing", "chain", "not-mapping", "negative-size", "rank", "groups",
        "stride-and-dilation", "kernel-too-big"]))
    if kind == "layer-junk":
        key = draw(st.sampled_from(sorted(LAYER_JUNK)))
        layer[key] = draw(LAYER_JUNK[key])
    elif kind == "top-junk":
        key = draw(st.sampled_from(sorted(TOP_JUNK)))
        raw[key] = draw(TOP_JUNK[key])
    elif kind == "layer-unknown-key":
        layer[draw(st.one_of(st.text(max_size=20), st.integers()).filter(
            lambda k: k not in LAYER_ARGS))] = draw(JUNK)
    elif kind == "top-unknown-key":
        raw[draw(st.one_of(st.text(max_size=20), st.integers()).filter(
            lambda k: k not in TOP_LEVEL))] = draw(JUNK)
    elif kind == "layer-missing":
        del layer[draw(st.sampled_from(["type", "filters", "kernel_size"]))]
    elif kind == "top-missing":
        del raw[draw(st.sampled_from(["name", "input_shape", "layers"]))]
    elif kind == "chain":   # a second layer of the wrong rank for the first one's output
        other = "Conv3D" if len(raw["input_shape"]) < 4 else "Conv1D"
        raw["layers"] = [layer, {"type": other, "filters": 1, "kernel_size": 1}]
    elif kind == "not-mapping":
        return draw(JUNK.filter(lambda v: not isinstance(v, dict)))
    elif kind == "negative-size":
        axis = draw(st.integers(0, len(raw["input_shape"]) - 1))
        raw["input_shape"][axis] = draw(st.integers(max_value=0))
    elif kind == "rank":   # input rank != layer rank + 1
        if draw(st.booleans()):
            raw["input_shape"] = raw["input_shape"] + [draw(st.integers(1, 4))]
        else:
            raw["input_shape"] = raw["input_shape"][1:]
    elif kind == "groups":   # filters + 1 never divides filters
        layer["groups"] = layer["filters"] + 1
    elif kind == "stride-and-dilation":
        layer["strides"] = draw(st.integers(2, 3))
        layer["dilation_rate"] = draw(st.integers(2, 3))
    elif kind == "kernel-too-big":
        layer["padding"] = "valid"
        layer.pop("dilation_rate", None)
        layer["kernel_size"] = max(raw["input_shape"]) + draw(st.integers(1, 3))
    return raw


@pytest.fixture(scope="module")
def empty_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("no_weights_here")


@FAST
@given(raw=invalid_specs(), as_text=st.booleans())
def test_invalid_spec_raises_spec_error(raw, as_text, empty_dir):
    spec = yaml.safe_dump(raw, sort_keys=False) if as_text else raw
    with pytest.raises(SpecError) as info:
        parse_spec(spec, source="fuzz.yaml", base_dir=empty_dir)
    assert str(info.value).startswith("fuzz.yaml")


def _paths(value: Any, prefix=()) -> List[Tuple[Any, ...]]:
    """Every (container path) in a nested spec, for the wild mutation."""
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, prefix + (i,))
    return out


@st.composite
def wild_specs(draw) -> Any:
    """A valid spec with junk at random places: may happen to stay valid."""
    raw = draw(valid_specs()).raw
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(raw)))
        if not path:
            return draw(JUNK)
        parent = raw
        for part in path[:-1]:
            parent = parent[part]
        parent[path[-1]] = draw(JUNK)
    return raw


def _spec_error_or_spec(spec, **kwargs) -> None:
    """Anything but a SpecError escaping parse_spec is a bug."""
    try:
        result = parse_spec(spec, source="fuzz.yaml", **kwargs)
    except SpecError:
        return
    assert isinstance(result, convgen.Spec)


@FAST
@given(raw=wild_specs(), as_text=st.booleans())
def test_junk_anywhere_is_spec_error_or_valid(raw, as_text, empty_dir):
    spec = yaml.safe_dump(raw, sort_keys=False) if as_text else raw
    _spec_error_or_spec(spec, base_dir=empty_dir)


YAML_PIECES = st.sampled_from([
    "[", "]", "{", "}", ":", ": ", ",", "-", "- ", "?", "? ", "&a ", "*a", "!", "!!int ",
    "!!float ", "!!bool ", "!!str ", "!!timestamp ", "!!binary ", "!!null ", "!!set ",
    "!!python/object:os.system ", "<<: ", "|", ">", "'", '"', "#", "%YAML 1.1\n", "---",
    "...", "\n", "\n  ", "  ", "\t", "\r", "\\", "\x00", "\x07", "\x85", "\ufeff", "\u2028",
    "name", "input_shape", "layers", "type", "Conv2D", "filters", "kernel_size", "0", "-1",
    "3", "3.0", "1e999", ".nan", "true", "null", "~", "yes", "0x1F", "0o7", "1_000",
    "2001-12-14", "=", "9" * 5000,
])


@st.composite
def mutated_texts(draw) -> str:
    """The YAML text of a valid spec with random edits: inserts, deletions, line shuffles."""
    text = draw(valid_specs()).text
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(["insert", "delete", "swap-lines", "duplicate-line"]))
        if edit == "insert":
            text = text[:at] + draw(st.one_of(YAML_PIECES, st.text(max_size=4))) + text[at:]
        elif edit == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 6)):]
        else:
            lines = text.split("\n")
            i = draw(st.integers(0, len(lines) - 1))
            j = draw(st.integers(0, len(lines) - 1))
            if edit == "swap-lines":
                lines[i], lines[j] = lines[j], lines[i]
            else:
                lines.insert(j, lines[i])
            text = "\n".join(lines)
    return text


@FAST
@given(text=mutated_texts())
def test_edited_yaml_text_is_spec_error_or_valid(text, empty_dir):
    _spec_error_or_spec(text, base_dir=empty_dir)


# ---------------------------------------------------------------- YAML-level fuzz

@FAST
@given(text=st.text())
def test_random_text_is_spec_error_or_valid(text):
    _spec_error_or_spec(text)


@FAST
@given(pieces=st.lists(YAML_PIECES, max_size=30))
@example(pieces=["name", ": ", "!!int ", "abc"])
@example(pieces=["[", "[", "]", "]"])
def test_random_yaml_tokens_are_spec_error_or_valid(pieces):
    _spec_error_or_spec("".join(pieces))
