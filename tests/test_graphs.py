"""Graph specs (issue 12): layers that name their ``inputs``, merge layers, an ``output``.

No Keras here (test_keras_chains.py compares the example graphs with Keras itself):
(a) hypothesis draws random valid graphs (fan-out from any earlier tensor, skip connections,
    every merge type, Concatenate on every axis in both signs, broadcasting merges, both data
    formats, 1-D/2-D/3-D, every layer type through test_fuzz's own layer generator); each is
    compiled and compared with ``convgen.reference`` (``convgen.verify.compare``, through
    ``conftest.assert_close``). Shapes are recomputed here independently of convgen.
(b) a declared table of hand-written graphs with intent comments, compiled against the oracle;
    and a few graphs whose oracle output is computed by hand (merge order and arithmetic).
(c) a table of invalid graph specs: each a ``SpecError`` naming the file, line and field.
The default run keeps (a) small; ``python -m pytest -m slow tests/test_graphs.py`` runs more.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

import numpy as np
import pytest
import yaml
from conftest import assert_close
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from test_fuzz import (
    ELEMENTWISE,
    FORMATS,
    GROWS,
    TYPES,
    Draw,
    HypothesisDraw,
    has_format,
    join,
    make_layer,
    split,
)

import convgen
from convgen import SpecError, parse_spec
from convgen.verify import random_input, random_weights

Shape = Tuple[int, ...]
ELEMENTWISE_MERGES = ("Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum")
MERGES = ELEMENTWISE_MERGES + ("Concatenate",)
# Bounded activations for the branches drawn here (exponential could overflow float32 where
# the float64 oracle does not).
BRANCH_ACTIVATIONS = [a for a in ELEMENTWISE if a != "exponential"]
MAX_SPATIAL = {1: 12, 2: 6, 3: 4}
BUDGET = 2048      # floats of one sample beyond which no drawn layer may grow the tensor


@pytest.fixture(scope="module", autouse=True)
def _private_cache(tmp_path_factory):
    """Throwaway modules: keep them out of the user's cache."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CONVGEN_CACHE_DIR", str(tmp_path_factory.mktemp("convgen_cache")))
        yield


def run_graph(raw: Dict[str, Any], seed: int = 0, cflags=None, as_text: bool = False,
              output_shape: Optional[Shape] = None):
    """Compile ``raw``, run it on seeded data with every output element pre-set to NaN, and
    compare with the oracle; two calls must agree bit for bit. Returns the spec."""
    text = yaml.safe_dump(raw, sort_keys=False)
    spec = parse_spec(text if as_text else raw, source="graph.yaml")
    if output_shape is not None:
        assert tuple(spec.output_shape) == tuple(output_shape), "shape inference differs"
    kernel = convgen.compile(spec, cflags=cflags)
    assert kernel.output_shape == (spec.batch, *spec.output_shape)
    rng = np.random.default_rng(seed)
    weights = random_weights(spec, rng)
    x = random_input(spec, rng)
    run = kernel.bind(weights)
    out = np.full(kernel.output_shape, np.nan, np.float32)
    run(x, out=out)
    assert_close(out, convgen.reference(spec, x, weights))
    assert np.array_equal(out, run(x), equal_nan=True), "two calls differ"
    return spec


# ---------------------------------------------------------------- (a) random graphs

def broadcast(shapes: List[Shape]) -> Shape:
    """Keras's merge broadcast of same-rank shapes: every axis equal or 1."""
    out = []
    for sizes in zip(*shapes):
        big = {s for s in sizes if s != 1}
        assert len(big) <= 1, shapes
        out.append(big.pop() if big else 1)
    return tuple(out)


def same_shape_layer(d: Draw, shape: Shape, rank: int) -> Dict[str, Any]:
    """A branch whose output has ``shape``: a stride-1 ``same`` convolution (plain,
    depthwise or separable) with as many filters as channels, in either data format."""
    fmt = d.choice(FORMATS)
    spatial, channels = split(shape, fmt)
    kinds = ["Conv"] + (["DepthwiseConv", "SeparableConv"] if rank < 3 else [])
    kind = d.choice(kinds)
    raw: Dict[str, Any] = {"type": f"{kind}{rank}D",
                           "kernel_size": [d.int(1, 3) for _ in spatial], "padding": "same",
                           "data_format": fmt, "activation": d.choice(BRANCH_ACTIVATIONS)}
    if kind != "DepthwiseConv":
        raw["filters"] = channels
    if d.one_in(3):
        raw["dilation_rate"] = [d.int(1, 2) for _ in spatial]
    return raw


def collapse_layer(d: Draw, shape: Shape, rank: int) -> Tuple[Dict[str, Any], Shape]:
    """A branch that keeps the channels and collapses some spatial axes to 1 (a valid
    convolution as large as those axes), to be broadcast by a merge: Keras's squeeze-and-
    excitation gate ``(1, 1, C)`` against ``(H, W, C)``."""
    fmt = d.choice(FORMATS)
    spatial, channels = split(shape, fmt)
    which = [d.bool() for _ in spatial]
    if not any(which):
        which[d.int(0, rank - 1)] = True
    kernel = [n if w else 1 for n, w in zip(spatial, which)]
    raw = {"type": f"Conv{rank}D", "filters": channels, "kernel_size": kernel,
           "data_format": fmt, "activation": d.choice(["sigmoid", "tanh", "linear"])}
    return raw, join([1 if w else n for n, w in zip(spatial, which)], channels, fmt)


def axis_layer(d: Draw, shape: Shape, axis: int, rank: int) -> Tuple[Dict[str, Any], Shape]:
    """A branch whose output differs from ``shape`` on sample axis ``axis`` only (a
    convolution's filters on the channel axis; padding, cropping or upsampling on one
    spatial axis), for a Concatenate along that axis."""
    options = []
    if axis == rank:
        options.append(("conv", "channels_last"))
    if axis == 0:
        options.append(("conv", "channels_first"))
    if axis < rank:
        options.append(("reshape", "channels_last"))
    if axis > 0:
        options.append(("reshape", "channels_first"))
    kind, fmt = d.choice(options)
    spatial, channels = split(shape, fmt)
    if kind == "conv":
        raw = {"type": f"Conv{rank}D", "filters": d.int(1, 5),
               "kernel_size": [d.int(1, 3) for _ in spatial], "padding": "same",
               "data_format": fmt, "activation": d.choice(BRANCH_ACTIVATIONS)}
        return raw, join(spatial, raw["filters"], fmt)
    at = axis if fmt == "channels_last" else axis - 1       # the spatial index
    n = spatial[at]
    family = d.choice(["pad", "up"] + (["crop"] if n > 2 else []))
    if rank == 1 and fmt == "channels_first":
        family = "pad"           # UpSampling1D and Cropping1D have no data_format
    out = list(spatial)
    if family == "up":
        size = [d.int(2, 3) if i == at else 1 for i in range(rank)]
        raw = {"type": f"UpSampling{rank}D", "size": size[0] if rank == 1 else size}
        out[at] = n * size[at]
    else:
        room = n - 1 if family == "crop" else 3
        before = d.int(0, room)
        after = d.int(0 if before else 1, room - before) if family == "crop" else d.int(0, 3)
        pairs = [[before, after] if i == at else [0, 0] for i in range(rank)]
        key = "cropping" if family == "crop" else "padding"
        raw = {"type": f"{'Cropping' if family == 'crop' else 'ZeroPadding'}{rank}D",
               key: pairs[0] if rank == 1 else pairs}
        out[at] = n + (before + after) * (-1 if family == "crop" else 1)
    if has_format(raw["type"]):
        raw["data_format"] = fmt
    return raw, join(out, channels, fmt)


@dataclass
class Graph:
    raw: Dict[str, Any]
    output_shape: Shape


class GraphBuilder:
    """Draws a graph layer by layer; every tensor so far is a possible input (fan-out)."""

    def __init__(self, d: HypothesisDraw, rank: int, input_shape: Shape):
        self.d, self.rank = d, rank
        self.shapes: Dict[str, Shape] = {"input": tuple(input_shape)}
        self.layers: List[Dict[str, Any]] = []

    def add(self, raw: Dict[str, Any], inputs: List[str], shape: Shape) -> str:
        name = f"n{len(self.layers)}"
        raw = {k: v for k, v in raw.items() if k != "name"}
        self.layers.append({"type": raw.pop("type"), "name": name, "inputs": list(inputs),
                            **raw})
        self.shapes[name] = tuple(shape)
        return name

    def pick(self, fits=lambda shape: True) -> str:
        """The latest tensor half the time (a chain), else any earlier fitting one (a skip)."""
        names = [n for n, s in self.shapes.items() if fits(s)]
        return names[-1] if self.d.bool() else self.d.choice(names)

    def layer(self) -> str:
        src = self.pick()
        shape = self.shapes[src]
        grows = math.prod(shape) <= BUDGET
        type_ = self.d.choice([t for t, (f, r) in TYPES.items()
                               if r == self.rank and (grows or f not in GROWS)])
        fmt = self.d.choice(FORMATS) if has_format(type_) else "channels_last"
        made = make_layer(self.d, type_, shape, fmt, last=False)
        return self.add(made.raw, [src], made.out_shape)

    def merge(self, op: str) -> str:
        src = self.pick()
        shape = self.shapes[src]
        count = 2 if op == "Subtract" else self.d.int(2, 3)
        inputs = [src]
        for _ in range(count - 1):
            how = self.d.choice(["existing", "branch", "branch", "broadcast"])
            origin = self.pick(lambda s: s == shape)
            if how == "existing":          # may be src itself: Add(x, x)
                inputs.append(origin)
            elif how == "branch":
                inputs.append(self.add(same_shape_layer(self.d, shape, self.rank), [origin],
                                       shape))
            else:
                raw, small = collapse_layer(self.d, shape, self.rank)
                inputs.append(self.add(raw, [origin], small))
        inputs = self.d.draw(st.permutations(inputs))
        return self.add({"type": op}, inputs,
                        broadcast([self.shapes[n] for n in inputs]))

    def concatenate(self) -> str:
        src = self.pick()
        shape = self.shapes[src]
        axis = self.d.int(0, self.rank)      # a sample axis; Keras counts the batch too

        def fits(s):
            return all(a == b for i, (a, b) in enumerate(zip(s, shape)) if i != axis)

        inputs = [src]
        for _ in range(self.d.int(1, 2)):
            origin = self.pick(fits)
            if self.d.one_in(3):
                inputs.append(origin)
            else:
                raw, out = axis_layer(self.d, self.shapes[origin], axis, self.rank)
                inputs.append(self.add(raw, [origin], out))
        inputs = self.d.draw(st.permutations(inputs))
        out = list(shape)
        out[axis] = sum(self.shapes[n][axis] for n in inputs)
        raw: Dict[str, Any] = {"type": "Concatenate"}
        keras_axis = axis + 1 if self.d.bool() else axis - self.rank - 1
        if keras_axis != -1 or self.d.bool():
            raw["axis"] = keras_axis
        return self.add(raw, inputs, out)

    def finish(self, batch: int) -> Graph:
        """Drop what the output does not reach; leave out ``inputs`` that name the previous
        layer and names nothing refers to, now and then."""
        out = self.layers[-1]["name"]
        keep, todo = set(), [out]
        by_name = {g["name"]: g for g in self.layers}
        while todo:
            name = todo.pop()
            if name in keep or name == "input":
                continue
            keep.add(name)
            todo += by_name[name]["inputs"]
        layers = [dict(g) for g in self.layers if g["name"] in keep]
        referenced = {n for g in layers for n in g["inputs"]}
        prev = "input"
        for g in layers:
            name = g["name"]
            if g["inputs"] == [prev] and self.d.bool():
                del g["inputs"]
            if name not in referenced and name != out and self.d.one_in(2):
                del g["name"]
            prev = name
        raw: Dict[str, Any] = {"name": "graph", "input_shape": list(self.shapes["input"])}
        if batch > 1:
            raw["batch"] = batch
        raw["layers"] = layers
        if self.d.one_in(4):
            raw["output"] = out
        return Graph(raw, self.shapes[out])


@st.composite
def graphs(draw, last: Optional[str] = None, max_steps: int = 4) -> Graph:
    """A valid graph spec whose last layer is the merge ``last`` (default: any)."""
    d = HypothesisDraw(draw)
    rank = d.choice([1, 2, 2, 3])
    fmt = d.choice(FORMATS)
    spatial = [d.int(2, MAX_SPATIAL[rank]) for _ in range(rank)]
    b = GraphBuilder(d, rank, join(spatial, d.int(1, 5), fmt))
    for _ in range(d.int(0, max_steps - 1)):
        step = d.choice(["layer", "layer", "merge", "concatenate"])
        if step == "layer":
            b.layer()
        elif step == "merge":
            b.merge(d.choice(ELEMENTWISE_MERGES))
        else:
            b.concatenate()
    last = last or d.choice(MERGES)
    if last == "Concatenate":
        b.concatenate()
    else:
        b.merge(last)
    return b.finish(d.choice([1, 1, 2]))


# Compile variants as in test_fuzz: default -O3 -march=native, SSE2 baseline, portable C.
CFLAGS = [None, None, ("-O2",), ("-O1", "-DCONVGEN_PORTABLE")]
FAST = settings(max_examples=4, deadline=None, database=None, derandomize=True,
                suppress_health_check=list(HealthCheck))
SLOW = settings(max_examples=150, deadline=None, database=None, derandomize=True,
                suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("last", MERGES)
@FAST
@given(data=st.data())
def test_random_graph_matches_oracle(last, data):
    """4 graphs ending in each merge type: 28 compiled examples."""
    graph = data.draw(graphs(last))
    note(yaml.safe_dump(graph.raw, sort_keys=False))
    run_graph(graph.raw, seed=data.draw(st.integers(0, 2**31)),
              cflags=data.draw(st.sampled_from(CFLAGS)), as_text=data.draw(st.booleans()),
              output_shape=graph.output_shape)


@pytest.mark.slow
@SLOW
@given(data=st.data())
def test_random_graph_matches_oracle_long(data):
    graph = data.draw(graphs(max_steps=7))
    note(yaml.safe_dump(graph.raw, sort_keys=False))
    run_graph(graph.raw, seed=data.draw(st.integers(0, 2**31)),
              cflags=data.draw(st.sampled_from(CFLAGS)), as_text=data.draw(st.booleans()),
              output_shape=graph.output_shape)


# ---------------------------------------------------------------- (b) hand-written graphs

def conv(name: str, filters: int, inputs=None, rank: int = 2, **args) -> Dict[str, Any]:
    """A same-padded convolution (kernel 3 unless given) named ``name``."""
    layer = {"type": f"Conv{rank}D", "name": name, "filters": filters, "kernel_size": 3,
             "padding": "same", **args}
    if inputs is not None:
        layer["inputs"] = inputs
    return layer


def merge(type_: str, name: str, inputs: List[str], **args) -> Dict[str, Any]:
    return {"type": type_, "name": name, "inputs": inputs, **args}


def case(case_id: str, input_shape, layers, output=None, batch: int = 1, out=None):
    """``out``: the output shape (one sample) the graph must have."""
    raw: Dict[str, Any] = {"name": "g_" + case_id.replace("-", "_"),
                           "input_shape": list(input_shape), "batch": batch, "layers": layers}
    if output is not None:
        raw["output"] = output
    return pytest.param(raw, out, id=case_id)


CF = {"data_format": "channels_first"}

GRAPH_CASES = [
    # A merge reads the model input: the identity shortcut of a residual block (the input
    # buffer must stay untouched while both convolutions run).
    case("add-reads-input", (6, 7, 4), [
        conv("c1", 4, activation="relu"),
        conv("c2", 4),
        merge("Add", "sum", ["input", "c2"]),
    ], out=(6, 7, 4)),
    # The model input is the only tensor: Multiply(input, input), and the input twice in
    # Subtract (zero everywhere)
    case("merge-input-with-itself", (5, 3), [
        merge("Multiply", "sq", ["input", "input"]),
        merge("Subtract", "zero", ["sq", "sq"]),
        {"type": "Conv1D", "filters": 2, "kernel_size": 2, "inputs": ["zero"]},
    ], out=(4, 2)),
    # output: names the last layer explicitly; a layer with no `inputs` after a merge reads
    # the merge
    case("output-named-last", (8, 6, 3), [
        conv("a", 3),
        merge("Maximum", "m", ["input", "a"]),
        conv("tail", 5, kernel_size=1),
    ], output="tail", out=(8, 6, 5)),
    # Fan-out of three branches from the input, merged by a three-input Average
    case("average-of-three-branches", (7, 5, 3), [
        conv("b1", 3, inputs=["input"], activation="tanh"),
        {"type": "DepthwiseConv2D", "name": "b2", "kernel_size": 3, "padding": "same",
         "inputs": ["input"]},
        conv("b3", 3, inputs=["input"], kernel_size=[1, 3]),
        merge("Average", "avg", ["b1", "b2", "b3"]),
        merge("Add", "out", ["avg", "b1"]),
    ], out=(7, 5, 3)),
    # A diamond: two branches from one tensor meet again; then a skip back to the first
    # tensor via Concatenate along the channels
    case("diamond-then-concat-skip", (9, 8, 3), [
        conv("stem", 4, activation="relu"),
        conv("left", 4, kernel_size=1),
        {"type": "SeparableConv2D", "name": "right", "filters": 4, "kernel_size": 3,
         "padding": "same", "inputs": ["stem"]},
        merge("Minimum", "meet", ["left", "right"]),
        merge("Concatenate", "cat", ["meet", "stem"]),
    ], out=(9, 8, 8)),
    # Broadcasting Multiply as Keras allows it: a squeeze-and-excitation gate (1, 1, C)
    # against the (H, W, C) feature map, in both argument orders
    case("broadcast-multiply-se-gate", (6, 5, 4), [
        conv("feat", 4, activation="relu"),
        {"type": "Conv2D", "name": "gate", "filters": 4, "kernel_size": [6, 5],
         "activation": "sigmoid"},
        merge("Multiply", "scaled", ["feat", "gate"]),
        merge("Multiply", "scaled2", ["gate", "scaled"]),
    ], out=(6, 5, 4)),
    # Broadcasting along one axis only, under channels_first: (C, 1, W) with (C, H, W)
    case("broadcast-add-cf-one-axis", (3, 5, 6), [
        {"type": "Conv2D", "name": "rows", "filters": 3, "kernel_size": [5, 1], **CF},
        merge("Add", "s", ["input", "rows"]),
        merge("Subtract", "d", ["rows", "s"]),
    ], out=(3, 5, 6)),
    # Concatenate on the channel axis of channels_first tensors (axis 1, and -3)
    case("concat-channels-first-channels", (2, 6, 7), [
        conv("p", 3, **CF),
        conv("q", 5, inputs=["input"], kernel_size=1, **CF),
        merge("Concatenate", "pq", ["p", "q"], axis=1),
        merge("Concatenate", "pqi", ["input", "pq"], axis=-3),
    ], out=(10, 6, 7)),
    # Concatenate on every axis of a channels_last 2-D map, positive and negative forms:
    # height (1 / -3), width (2 / -2), channels (3 / -1, and the default)
    case("concat-every-axis-2d", (4, 5, 2), [
        {"type": "ZeroPadding2D", "name": "taller", "padding": [[1, 0], [0, 0]]},
        merge("Concatenate", "h", ["input", "taller"], axis=1),
        {"type": "Cropping2D", "name": "h2", "cropping": [[0, 5], [0, 0]], "inputs": ["h"]},
        merge("Concatenate", "h3", ["h2", "input"], axis=-3),
        {"type": "UpSampling2D", "name": "wider", "size": [1, 2], "inputs": ["h3"]},
        merge("Concatenate", "w", ["h3", "wider"], axis=2),
        merge("Concatenate", "w2", ["w", "w"], axis=-2),
        conv("deep", 3, inputs=["w2"]),
        merge("Concatenate", "c", ["w2", "deep"], axis=3),
        merge("Concatenate", "c2", ["c", "w2"], axis=-1),
        merge("Concatenate", "c3", ["c2", "c"]),
    ], out=(8, 30, 12)),
    # 1-D: Concatenate along the steps (axis 1 / -2) of a causal branch and the input
    case("concat-steps-1d", (10, 3), [
        {"type": "Conv1D", "name": "causal", "filters": 3, "kernel_size": 3,
         "padding": "causal", "dilation_rate": 2, "activation": "tanh"},
        merge("Concatenate", "t", ["causal", "input"], axis=1),
        {"type": "Cropping1D", "name": "back", "cropping": [4, 6], "inputs": ["t"]},
        merge("Concatenate", "t2", ["back", "input"], axis=-2),
    ], out=(20, 3)),
    # 3-D, channels_first: Concatenate on depth (axis 2) and on channels (axis -4), Maximum
    # of three inputs
    case("concat-3d-cf", (2, 3, 4, 5), [
        {"type": "ZeroPadding3D", "name": "deeper", "padding": [[0, 2], 0, 0], **CF},
        merge("Concatenate", "d", ["input", "deeper"], axis=2),
        conv("k", 2, rank=3, kernel_size=[2, 1, 3], inputs=["d"], **CF),
        merge("Maximum", "mx", ["d", "k", "d"]),
        merge("Concatenate", "ch", ["mx", "k"], axis=-4),
    ], out=(4, 8, 4, 5)),
    # Mixed data formats in one graph: a channels_first conv reads the channels_last input
    # (axes (6, 5, 4) read as C=6, H=5, W=4); its output meets a channels_last conv's
    case("mixed-formats-meet", (6, 5, 4), [
        conv("cf", 6, inputs=["input"], kernel_size=[3, 2], **CF),
        conv("cl", 4, inputs=["input"], kernel_size=[2, 3]),
        merge("Add", "both", ["cf", "cl"]),
    ], out=(6, 5, 4)),
    # A ZeroPadding2D read by two convolutions and by a merge: it may fold into a
    # convolution's bounds only if its tensor is not needed elsewhere
    case("padding-fan-out", (5, 6, 3), [
        {"type": "ZeroPadding2D", "name": "pad", "padding": 1},
        {"type": "Conv2D", "name": "va", "filters": 3, "kernel_size": 3, "inputs": ["pad"]},
        {"type": "Conv2D", "name": "vb", "filters": 3, "kernel_size": [1, 3],
         "strides": [1, 1], "padding": "same", "inputs": ["pad"]},
        {"type": "Cropping2D", "name": "crop", "cropping": 1, "inputs": ["vb"]},
        merge("Average", "mean", ["va", "crop", "input"]),
    ], out=(5, 6, 3)),
    # A U-Net level: strided conv down, transposed conv and bilinear upsampling up, both
    # concatenated with the encoder map; glu halves a branch's channels on the way
    case("unet-level-glu", (8, 10, 2), [
        conv("enc", 4, activation="relu"),
        conv("down", 8, strides=2),
        {"type": "Conv2DTranspose", "name": "up_t", "filters": 2, "kernel_size": 3,
         "strides": 2, "padding": "same"},
        {"type": "UpSampling2D", "name": "up_b", "size": 2, "interpolation": "bilinear",
         "inputs": ["down"]},
        merge("Concatenate", "cat", ["up_t", "enc", "up_b"]),
        conv("head", 6, kernel_size=1, activation="glu"),
    ], out=(8, 10, 3)),
    # batch 3 through a gated 1-D block with a residual and a skip summed at the end
    case("gated-1d-batch3", (12, 4), [
        {"type": "Conv1D", "name": "f", "filters": 4, "kernel_size": 2, "padding": "causal",
         "activation": "tanh", "inputs": ["input"]},
        {"type": "Conv1D", "name": "gt", "filters": 4, "kernel_size": 2, "padding": "causal",
         "activation": "sigmoid", "inputs": ["input"]},
        merge("Multiply", "z", ["f", "gt"]),
        {"type": "Conv1D", "name": "res", "filters": 4, "kernel_size": 1},
        merge("Add", "o", ["input", "res"]),
        {"type": "Conv1D", "name": "skip", "filters": 4, "kernel_size": 1, "inputs": ["z"]},
        merge("Add", "total", ["o", "skip"]),
    ], batch=3, out=(12, 4)),
    # Layers without a name (Keras's automatic names) where nothing refers to them
    case("unnamed-layers", (7, 3), [
        {"type": "Conv1D", "filters": 3, "kernel_size": 3, "padding": "same"},
        {"type": "Conv1D", "name": "named", "filters": 3, "kernel_size": 1},
        merge("Subtract", "diff", ["named", "input"]),
        {"type": "Conv1D", "filters": 2, "kernel_size": 2},
    ], out=(6, 2)),
]


@pytest.mark.parametrize("raw, out", GRAPH_CASES)
def test_graph_case_matches_oracle(raw, out):
    run_graph(raw, seed=len(raw["layers"]), output_shape=out)


# Graphs whose oracle output is known by hand: 1x1 convolutions without bias and with
# kernel a * identity make the branches multiples of x, so each merge's arithmetic and its
# argument order are visible.
def scaled(name: str, a: float, channels: int, inputs=None, rank: int = 2, **args):
    layer = {"type": f"Conv{rank}D", "name": name, "filters": channels, "kernel_size": 1,
             "use_bias": False, "inputs": inputs or ["input"], **args}
    return layer, a * np.eye(channels, dtype=np.float32).reshape((1,) * rank +
                                                                 (channels, channels))


def _oracle_cases():
    x_shape = (4, 5, 3)
    two, w2 = scaled("two", 2.0, 3)
    neg, wn = scaled("neg", -1.0, 3)
    half, wh = scaled("half", 0.5, 3)
    cf, wcf = scaled("cf", 3.0, 4, **CF)       # channels_first: axis 1 (4) are the channels
    return [
        # Subtract is inputs[0] - inputs[1]: x - 2x = -x
        ("subtract-order", [two, merge("Subtract", "d", ["input", "two"])], [w2],
         lambda x: -x),
        # Average of three: (x + 2x + 0.5x) / 3
        ("average-three", [two, half, merge("Average", "m", ["input", "two", "half"])],
         [w2, wh], lambda x: x * 3.5 / 3),
        # Maximum(x, -x) = |x|, Minimum(x, -x) = -|x|
        ("maximum", [neg, merge("Maximum", "m", ["neg", "input"])], [wn], np.abs),
        ("minimum", [neg, merge("Minimum", "m", ["input", "neg"])], [wn],
         lambda x: -np.abs(x)),
        # Multiply(x, 2x, -x) = -2x^3
        ("multiply-three", [two, neg, merge("Multiply", "m", ["input", "two", "neg"])],
         [w2, wn], lambda x: -2 * x ** 3),
        # Concatenate in argument order: [2x, x] along the channels
        ("concat-order", [two, merge("Concatenate", "c", ["two", "input"])], [w2],
         lambda x: np.concatenate([2 * x, x], axis=-1)),
        # ... along the width (axis 2)
        ("concat-width", [two, merge("Concatenate", "c", ["input", "two"], axis=2)], [w2],
         lambda x: np.concatenate([x, 2 * x], axis=2)),
        # A channels_first 1x1 conv on (4, 5, 3) scales axis 1; concatenated on axis -3
        ("concat-cf", [cf, merge("Concatenate", "c", ["cf", "input"], axis=-3)], [wcf],
         lambda x: np.concatenate([3 * x, x], axis=1)),
        # Broadcast: x * x[:, :1, :1, :] (a Cropping2D keeps the top-left pixel)
        ("broadcast-corner", [{"type": "Cropping2D", "name": "corner",
                               "cropping": [[0, 3], [0, 4]]},
                              merge("Multiply", "m", ["input", "corner"])], [],
         lambda x: x * x[:, :1, :1, :]),
    ], x_shape


ORACLE_CASES, ORACLE_X = _oracle_cases()


@pytest.mark.parametrize("case_id, layers, weights, want", ORACLE_CASES,
                         ids=[c[0] for c in ORACLE_CASES])
def test_merge_arithmetic_by_hand(case_id, layers, weights, want):
    spec = parse_spec({"name": "hand", "input_shape": list(ORACLE_X), "batch": 2,
                       "layers": layers})
    x = np.random.default_rng(5).standard_normal((2, *ORACLE_X)).astype(np.float32)
    np.testing.assert_allclose(convgen.reference(spec, x, weights),
                               want(x.astype(np.float64)), rtol=1e-12, atol=1e-12)


# ---------------------------------------------------------------- (c) invalid graphs

SOURCE = "graph.yaml"


def text(*layers: str, tail: str = "", input_shape: str = "[8, 8, 4]") -> str:
    """A graph spec's YAML: line 1 name, 2 input_shape, 3 ``layers:``, layer i on line 4 + i
    (one flow mapping a line), then ``tail`` (top-level keys)."""
    return "\n".join(["name: g", f"input_shape: {input_shape}", "layers:",
                      *[f"  - {{{layer}}}" for layer in layers]]) + "\n" + tail


C1 = "type: Conv2D, name: c1, filters: 4, kernel_size: 3, padding: same"
C2 = "type: Conv2D, name: c2, filters: 4, kernel_size: 1"


@dataclass(frozen=True)
class Bad:
    id: str
    text: str
    field: str          # the field path the error names
    line: int
    needles: Tuple[str, ...]   # substrings of the message: the value given, what is accepted


BAD_GRAPHS = [
    # `inputs` names no layer: the message names the unknown one
    Bad("unknown-input", text(C1, "type: Add, name: s, inputs: [c1, nope]"),
        "layers[1].inputs[1]", 5, ("'nope'",)),
    # `inputs` may only name earlier layers: a forward reference
    Bad("forward-reference", text("type: Add, name: s, inputs: [input, c1]", C1),
        "layers[0].inputs[1]", 4, ("'c1'",)),
    # a layer may not read itself
    Bad("self-reference", text(C1, "type: Add, name: s, inputs: [c1, s]"),
        "layers[1].inputs[1]", 5, ("'s'",)),
    # names are unique
    Bad("duplicate-name", text(C1, "type: Conv2D, name: c1, filters: 4, kernel_size: 1",
                               "type: Add, name: s, inputs: [c1, input]"),
        "layers[1].name", 5, ("'c1'",)),
    # `input` names the model input; no layer may take it
    Bad("input-as-layer-name", text("type: Conv2D, name: input, filters: 4, kernel_size: 1"),
        "layers[0].name", 4, ("'input'",)),
    # Subtract takes exactly two inputs
    Bad("subtract-three", text(C1, C2, "type: Subtract, name: s, inputs: [input, c1, c2]"),
        "layers[2].inputs", 6, ("Subtract", "2")),
    # a merge needs two or more inputs
    Bad("add-one-input", text(C1, "type: Add, name: s, inputs: [c1]"),
        "layers[1].inputs", 5, ("Add",)),
    # ... and without `inputs` it would read only the previous layer
    Bad("merge-without-inputs", text(C1, "type: Multiply, name: s"),
        "layers[1].inputs", 5, ("Multiply",)),
    # shapes of an element-wise merge must agree (or broadcast): the message states them
    Bad("add-shape-mismatch", text(C1, "type: Conv2D, name: c5, filters: 5, kernel_size: 1",
                                   "type: Add, name: s, inputs: [c1, c5]"),
        "layers[2].inputs", 6, ("8x8x4", "8x8x5")),
    # Concatenate: every axis but `axis` must agree
    Bad("concat-shape-mismatch",
        text("type: Conv2D, name: v, filters: 4, kernel_size: 3",
             "type: Concatenate, name: s, inputs: [v, input]"),
        "layers[1].inputs", 5, ("6x6x4", "8x8x4")),
    # Concatenate's axis counts the batch axis: a 3-D sample allows -4..-1 and 1..3
    Bad("concat-axis-out-of-range", text(C1, "type: Concatenate, name: s, "
                                             "inputs: [c1, input], axis: 4"),
        "layers[1].axis", 5, ("4",)),
    # every layer must reach the output: c2 is read by nothing
    Bad("unreachable-layer", text(C1, "type: Conv2D, name: c2, filters: 4, kernel_size: 1, "
                                      "inputs: [input]",
                                  "type: Add, name: s, inputs: [c1, input]"),
        "layers[1]", 5, ("'c2'",)),
    # `output:` not the last layer: the layers after it reach nothing
    Bad("output-not-last", text(C1, "type: Add, name: s, inputs: [c1, input]",
                                "type: Conv2D, name: tail, filters: 2, kernel_size: 1",
                                tail="output: s\n"),
        "layers[2]", 6, ("'tail'",)),
    # `output:` must name a layer
    Bad("unknown-output", text(C1, tail="output: nope\n"), "output", 5, ("'nope'",)),
    # `inputs` is a list of names (or one name, see test_inputs_may_be_one_name)
    Bad("inputs-mapping", text(C1, "type: Conv2D, name: c2, filters: 4, kernel_size: 1, "
                                   "inputs: {c1: 1}"),
        "layers[1].inputs", 5, ("{'c1': 1}", "list")),
    Bad("inputs-number", text(C1, "type: Conv2D, name: c2, filters: 4, kernel_size: 1, "
                                  "inputs: 3"),
        "layers[1].inputs", 5, ("3", "list")),
    Bad("inputs-not-names", text(C1, "type: Add, name: s, inputs: [c1, 3]"),
        "layers[1].inputs[1]", 5, ("3",)),
    # a one-input layer given two inputs
    Bad("conv-two-inputs", text(C1, "type: Conv2D, name: c2, filters: 4, kernel_size: 1, "
                                    "inputs: [c1, input]"),
        "layers[1].inputs", 5, ("Conv2D",)),
]


@pytest.mark.parametrize("bad", BAD_GRAPHS, ids=[b.id for b in BAD_GRAPHS])
def test_invalid_graph_is_spec_error(bad: Bad):
    with pytest.raises(SpecError) as info:
        parse_spec(bad.text, source=SOURCE)
    err = info.value
    assert (err.source, err.line, err.field) == (SOURCE, bad.line, bad.field), str(err)
    message = str(err)
    assert message.startswith(f"{SOURCE}:{bad.line}: {bad.field}: "), message
    for needle in bad.needles:
        assert needle in message, (needle, message)


def test_inputs_may_be_one_name():
    """docs/spec.md: ``inputs`` is a list of layer names, or one name."""
    one = parse_spec(text(C1, "type: Conv2D, name: c2, filters: 3, kernel_size: 1, "
                              "inputs: c1"), source=SOURCE)
    listed = parse_spec(text(C1, "type: Conv2D, name: c2, filters: 3, kernel_size: 1, "
                                 "inputs: [c1]"), source=SOURCE)
    assert one.output_shape == listed.output_shape == (8, 8, 3)


def test_bad_graph_base_is_valid():
    """The valid graph the bad cases are built from (C1, C2, an Add reading the input)."""
    good = text(C1, C2, "type: Add, name: s, inputs: [c2, input]")
    assert parse_spec(good, source=SOURCE).output_shape == (8, 8, 4)
