"""Fusion on graphs (convgen.fusion): what fuses and what must not, and every fused code path
against the oracle with the vector (native), 256-bit and portable builds (and, for poolings
computed in their convolution's step and activations after a fused sum, against Keras)."""

import numpy as np
import pytest
from conftest import assert_close

import convgen
from convgen import build
from convgen import plan as plan_module
from convgen.plan import make_plan
from convgen.summary import summary
from convgen.verify import random_input, random_weights

FLAGS = {
    "native": None,
    "avx2": build.default_cflags() + ("-mno-avx512f",),
    "portable": build.default_cflags() + ("-DCONVGEN_PORTABLE",),
}


def conv(name, filters, k=3, **kw):
    return dict(type="Conv2D", name=name, filters=filters, kernel_size=k, padding="same", **kw)


# name -> (layers, input shape, fused Adds {add: producer}, in-place producers, batch)
CASES = {
    # the ResNet block: the Add runs in the second conv's store; its relu/linear in registers
    "residual_dense": ([conv("c1", 16, activation="relu"), conv("c2", 16),
                        dict(type="Add", name="sum", inputs=["input", "c2"])],
                       [9, 11, 16], {"sum": "c2"}, set(), 1),
    # an activation applied in the row pass (tanh), then the Add in that pass; 40 filters:
    # a partial last block goes through the scalar store
    "residual_row_pass": ([conv("c1", 40, activation="tanh", data_format="channels_last"),
                           conv("c2", 40, k=1, activation="tanh", inputs=["input"]),
                           dict(type="Add", name="sum", inputs=["c1", "c2"])],
                          [7, 5, 8], {"sum": "c2"}, set(), 2),
    # depthwise, grouped and transposed producers; channels_first dense
    "residual_kinds": ([dict(type="DepthwiseConv2D", name="d", kernel_size=3, padding="same"),
                        dict(type="Add", name="s1", inputs=["d", "input"]),
                        conv("g", 16, k=1, groups=4, activation="relu"),
                        dict(type="Add", name="s2", inputs=["s1", "g"]),
                        dict(type="Conv2DTranspose", name="t", filters=16, kernel_size=3,
                             padding="same"),
                        dict(type="Add", name="s3", inputs=["t", "s2"])],
                       [6, 7, 16], {"s1": "d", "s2": "g", "s3": "t"}, set(), 1),
    "residual_channels_first": ([conv("a", 8, data_format="channels_first"),
                                 conv("b", 8, data_format="channels_first", activation="relu"),
                                 dict(type="Add", name="s", inputs=["a", "b"])],
                                [8, 6, 5], {"s": "b"}, set(), 1),
    # not fused: the producer's output is read twice (by the Add and by the next conv)
    "residual_shared_producer": ([conv("a", 8), conv("b", 8),
                                  dict(type="Add", name="s", inputs=["a", "b"]),
                                  dict(type="Multiply", name="m", inputs=["s", "b"])],
                                 [5, 5, 8], {}, set(), 1),
    # not fused: a broadcasting Add ((5, 1, 8) + (1, 1, 8))
    "residual_broadcast": ([conv("a", 8), dict(type="Conv2D", name="b", filters=8,
                                               kernel_size=[5, 1], inputs=["input"]),
                            dict(type="Add", name="s", inputs=["a", "b"])],
                           [5, 1, 8], {}, set(), 1),
    # a channel Concatenate whose producers write their slices (dense, depthwise, grouped);
    # the model input is copied
    "concat_in_place": ([conv("p", 8), dict(type="DepthwiseConv2D", name="q", kernel_size=3,
                                            padding="same", inputs=["input"]),
                         conv("r", 12, k=1, groups=4, inputs=["input"]),
                         dict(type="Concatenate", name="cat", inputs=["p", "input", "q", "r"]),
                         conv("head", 5, k=1)],
                        [6, 9, 8], {}, {"p", "q", "r"}, 2),
    "concat_channels_first": ([conv("p", 8, data_format="channels_first"),
                               conv("q", 4, k=1, data_format="channels_first", inputs=["input"]),
                               dict(type="Concatenate", name="cat", axis=1, inputs=["q", "p"])],
                              [3, 6, 7], {}, {"p", "q"}, 2),
    # not in place: a spatial-axis concatenation, and a producer read twice
    "concat_spatial": ([conv("p", 8), conv("q", 8, inputs=["input"]),
                        dict(type="Concatenate", name="cat", axis=1, inputs=["p", "q"]),
                        dict(type="Concatenate", name="cat2", inputs=["cat", "cat"])],
                       [4, 5, 3], {}, set(), 1),
    # the output of a glu layer is stored through a row pass: never written in place
    "concat_glu": ([conv("p", 8, activation="glu"), conv("q", 4, inputs=["input"]),
                    dict(type="Concatenate", name="cat", inputs=["p", "q"])],
                   [4, 5, 3], {}, {"q"}, 1),
}


# Activation layers applied in their producer's store: name -> (layers, input shape,
# {activation layer: producer})
ACTIVATIONS = {
    # directly after a convolution, and through a folded BatchNormalization
    "conv_relu_and_bn": ([conv("a", 8), dict(type="ReLU", name="r"),
                          conv("b", 8, use_bias=False),
                          dict(type="BatchNormalization", name="bn"),
                          dict(type="Activation", name="s", activation="swish")],
                         [6, 5, 4], {"r": "a", "s": "b"}),
    # Dense then a Softmax layer; a ReLU with max_value 6 is relu6
    "dense_softmax": ([dict(type="Dense", name="d", units=12), dict(type="ReLU", name="r6",
                                                                    max_value=6),
                       dict(type="Dense", name="e", units=10),
                       dict(type="Softmax", name="sm")],
                      [3, 7], {"r6": "d", "sm": "e"}),
    # not fused: the producer has its own activation; the producer's output is read twice;
    # a LeakyReLU whose slope no activation string has
    "not_fused": ([conv("a", 8, activation="relu"), dict(type="ReLU", name="r"),
                   conv("b", 8), dict(type="ReLU", name="r2"),
                   dict(type="Add", name="s", inputs=["b", "r2"]),
                   conv("c", 8), dict(type="LeakyReLU", name="l", negative_slope=0.1)],
                  [5, 5, 3], {}),
}


@pytest.mark.parametrize("name", sorted(ACTIVATIONS))
def test_activation_layers_fuse(name):
    layers, shape, expected = ACTIVATIONS[name]
    spec = convgen.parse_spec({"name": name, "input_shape": shape, "batch": 2,
                               "layers": layers})
    plan = make_plan(spec)
    nodes = spec.graph.nodes
    assert {nodes[a].name: nodes[p].name for a, p in plan.fusion.act.items()} == expected
    assert len(plan.steps) == len(layers) - len(expected) - len(plan.fusion.bn) - len(
        plan.fusion.residual)
    rng = np.random.default_rng(4)
    weights = random_weights(spec, rng)
    x = random_input(spec, rng)
    for flags in ("native", "portable"):
        kernel = convgen.compile(spec, cflags=FLAGS[flags])
        assert_close(kernel(x, weights), convgen.reference(spec, x, weights))


def _spec(name):
    layers, shape, _, _, batch = CASES[name]
    return convgen.parse_spec({"name": name, "input_shape": shape, "batch": batch,
                               "layers": layers})


@pytest.mark.parametrize("name", sorted(CASES))
def test_what_fuses(name):
    spec = _spec(name)
    plan = make_plan(spec)
    nodes = spec.graph.nodes
    _, _, adds, in_place, _ = CASES[name]
    assert {nodes[a].name: nodes[p].name for a, (p, _) in plan.fusion.residual.items()} == adds
    assert {nodes[p].name for p in plan.fusion.in_place} == in_place
    text = summary(spec)
    for add in adds:
        assert f"{add} (Add) fused into its store" in text
    rows = {line.split(" (")[0]: line for line in text.splitlines()}
    for producer in in_place:
        assert "writes its slice of" in rows[producer], rows[producer]


@pytest.mark.parametrize("flags", sorted(FLAGS))
@pytest.mark.parametrize("name", sorted(CASES))
def test_fused_code_matches_oracle(name, flags):
    spec = _spec(name)
    rng = np.random.default_rng(3)
    weights = random_weights(spec, rng)
    x = random_input(spec, rng)
    kernel = convgen.compile(spec, cflags=FLAGS[flags])
    assert_close(kernel(x, weights), convgen.reference(spec, x, weights))


# Poolings computed in their convolution's step, band by band: name -> (layers, input shape,
# batch, {pooling: convolution it runs in}). Every case is also checked against the oracle,
# which pools the convolution's whole output.
def pool(name, size=2, type_="MaxPooling2D", **kw):
    return dict(type=type_, name=name, pool_size=size, **kw)


POOLS = {
    # the Keras MNIST CNN: 28 -> 26 -> 13 -> 11 -> 5 (the 11th row and column never computed)
    "mnist": ([dict(type="Conv2D", name="c1", filters=32, kernel_size=3, activation="relu"),
               pool("p1"),
               dict(type="Conv2D", name="c2", filters=64, kernel_size=3, activation="relu"),
               pool("p2"), dict(type="Flatten"), dict(type="Dense", units=10,
                                                      activation="softmax")],
              [28, 28, 1], 2, {"p1": "c1", "p2": "c2"}),
    # several pooled rows per band (few channels), a 3x2 average pooling dropping a row and a
    # column (14x9 conv output -> 4x4), batch 2
    "average_bands": ([dict(type="Conv2D", name="c", filters=4, kernel_size=3,
                            activation="relu6"),
                       pool("p", [3, 2], "AveragePooling2D")],
                      [16, 11, 3], 2, {"p": "c"}),
    # tanh: applied in the row pass of each band; 40 filters: a partial filter block
    "row_pass_partial_block": ([dict(type="Conv2D", name="c", filters=40, kernel_size=3,
                                     padding="same", activation="tanh"), pool("p")],
                               [7, 9, 5], 1, {"p": "c"}),
    # channels_first: the dense schedule and the pooling in the channels_first strides
    "channels_first": ([dict(type="Conv2D", name="c", filters=8, kernel_size=[2, 3],
                             data_format="channels_first", activation="relu"),
                        pool("p", [2, 3], data_format="channels_first")],
                       [3, 9, 11], 2, {"p": "c"}),
    # the vector depthwise schedule (odd size, 20 channels: vector and scalar channels), the
    # grouped loop nest (groups, and a channels_first depthwise)
    "depthwise_grouped": ([dict(type="DepthwiseConv2D", name="d", kernel_size=3,
                                activation="relu"), pool("p1"),
                           dict(type="Conv2D", name="g", filters=20, kernel_size=1, groups=4),
                           pool("p2", 2, "AveragePooling2D")],
                          [15, 13, 20], 1, {"p1": "d", "p2": "g"}),
    "depthwise_channels_first": ([dict(type="DepthwiseConv2D", name="d", kernel_size=3,
                                       depth_multiplier=2, data_format="channels_first"),
                                  pool("p", data_format="channels_first")],
                                 [3, 8, 7], 1, {"p": "d"}),
    # through a folded BatchNormalization, a ReLU layer applied in the store and a Dropout
    # (DS-CNN); a folded ZeroPadding before the convolution
    "through_bn_relu": ([dict(type="ZeroPadding2D", padding=1),
                         dict(type="Conv2D", name="c", filters=16, kernel_size=3,
                              use_bias=False),
                         dict(type="BatchNormalization", name="bn"),
                         dict(type="ReLU", name="r"), dict(type="Dropout", rate=0.4),
                         pool("p")],
                        [6, 8, 3], 1, {"p": "c"}),
    # not fused: a same and an overlapping pooling, the convolution's output read twice,
    # a 1-D convolution, a last-axis activation (softmax), a pooling of the model input
    "same_or_overlapping": ([dict(type="Conv2D", name="c", filters=8, kernel_size=3),
                             pool("p", padding="same"),
                             dict(type="Conv2D", name="c2", filters=8, kernel_size=1),
                             pool("p2", 3, strides=2)],
                            [9, 9, 2], 1, {}),
    "read_twice": ([dict(type="Conv2D", name="c", filters=8, kernel_size=3), pool("p"),
                    dict(type="UpSampling2D", name="u"),
                    dict(type="Add", name="s", inputs=["c", "u"])],
                   [6, 6, 2], 1, {}),
    "conv1d": ([dict(type="Conv1D", name="c", filters=8, kernel_size=3, activation="relu"),
                pool("p", 2, "MaxPooling1D")], [11, 3], 1, {}),
    "softmax_input_pool": ([pool("p0"), dict(type="Conv2D", name="c", filters=8,
                                             kernel_size=3, activation="softmax"),
                            pool("p")], [12, 12, 2], 1, {}),
}


def _pool_spec(name):
    layers, shape, batch, _ = POOLS[name]
    return convgen.parse_spec({"name": name, "input_shape": shape, "batch": batch,
                               "layers": layers})


def _plan_without_pooling(spec, monkeypatch):
    """The plan with every other fusion but no pooling computed in a convolution's step."""
    def fuse(graph):
        fusion = real(graph)
        fusion.pooled.clear()
        return fusion
    real = plan_module.fuse
    with monkeypatch.context() as m:
        m.setattr(plan_module, "fuse", fuse)
        return make_plan(spec)


@pytest.mark.parametrize("name", sorted(POOLS))
def test_pooling_fuses(name, monkeypatch):
    spec = _pool_spec(name)
    plan, unfused = make_plan(spec), _plan_without_pooling(spec, monkeypatch)
    nodes = spec.graph.nodes
    expected = POOLS[name][3]
    assert {nodes[p].name: nodes[c].name for p, c in plan.fusion.pooled.items()} == expected
    # one step and one full-size buffer fewer per fused pooling; a band instead
    assert len(plan.steps) == len(unfused.steps) - len(expected)
    stored = {b.name for b in plan.buffers}
    smaller = False
    for p, c in plan.fusion.pooled.items():
        conv_out = spec.graph.producer(nodes[p].inputs[0]).output
        assert conv_out.name not in stored and conv_out.name not in plan.placement
        step = next(s for s in plan.steps if s.index == c)
        assert step.writes is nodes[p].output and step.template == "pooled.c.j2"
        assert 0 < step.scratch_size <= conv_out.type.elements   # a band of one sample
        smaller |= step.scratch_size < spec.graph.batch * conv_out.type.elements
    assert plan.workspace_size <= unfused.workspace_size
    if smaller:
        assert plan.workspace_size < unfused.workspace_size
    text = summary(spec)
    rows = {line.split(" (")[0]: line for line in text.splitlines()}
    for p, c in expected.items():
        assert f"{p} (" in rows[c] and "fused: pooled from bands of its rows" in rows[c]
        assert f"computed in {c}'s step, band by band" in rows[p]


@pytest.mark.parametrize("flags", ["native", "portable"])
@pytest.mark.parametrize("name", sorted(n for n in POOLS if POOLS[n][3]))
def test_fused_pooling_matches_oracle(name, flags):
    spec = _pool_spec(name)
    rng = np.random.default_rng(6)
    weights = random_weights(spec, rng)
    x = random_input(spec, rng)
    kernel = convgen.compile(spec, cflags=FLAGS[flags])
    assert_close(kernel(x, weights), convgen.reference(spec, x, weights))


# Activation layers after a fused residual Add, applied in the same store after the sum:
# name -> (layers, input shape, {activation layer: Add}, {Add: producer})
POST = {
    # ResNet: conv -> BatchNormalization (folded) -> Add -> ReLU, all in the second conv's
    # store, relu in registers; the first conv's own relu before
    "resnet_block": ([conv("c1", 16, activation="relu"), conv("c2", 16, use_bias=False),
                      dict(type="BatchNormalization", name="bn"),
                      dict(type="Add", name="sum", inputs=["input", "bn"]),
                      dict(type="ReLU", name="r")],
                     [9, 11, 16], {"r": "sum"}, {"sum": "c2"}),
    # the producer's own tanh before the sum, a sigmoid after it (both in the row pass); 40
    # filters: the partial block through the scalar store; then a relu6 on a channels_first
    # sum (scalar store) and a gelu (no vector form)
    "row_pass_and_scalar": ([conv("a", 40, activation="tanh"),
                             conv("b", 40, k=1, activation="tanh", inputs=["input"]),
                             dict(type="Add", name="s1", inputs=["a", "b"]),
                             dict(type="Activation", name="sg", activation="sigmoid"),
                             conv("c", 40, k=1, activation="gelu"),
                             dict(type="Add", name="s2", inputs=["sg", "c"]),
                             dict(type="Activation", name="ge", activation="gelu")],
                            [5, 7, 40], {"sg": "s1", "ge": "s2"}, {"s1": "b", "s2": "c"}),
    "channels_first": ([conv("a", 8, data_format="channels_first"),
                        dict(type="Add", name="s", inputs=["input", "a"]),
                        dict(type="ReLU", name="r6", max_value=6)],
                       [8, 6, 5], {"r6": "s"}, {"s": "a"}),
    # the epilogue pass: depthwise (vector schedule) and grouped producers
    "pass_kinds": ([dict(type="DepthwiseConv2D", name="d", kernel_size=3, padding="same"),
                    dict(type="Add", name="s1", inputs=["d", "input"]),
                    dict(type="ReLU", name="r"),
                    conv("g", 16, k=1, groups=4),
                    dict(type="Add", name="s2", inputs=["r", "g"]),
                    dict(type="Activation", name="e", activation="elu")],
                   [6, 7, 16], {"r": "s1", "e": "s2"}, {"s1": "d", "s2": "g"}),
    # not fused: the sum is read twice; a Softmax (not elementwise) after the sum; the
    # activation before the Add is the producer's own activation, not a post-sum one
    "not_fused": ([conv("a", 8), dict(type="Add", name="s", inputs=["input", "a"]),
                   dict(type="ReLU", name="r"), dict(type="Add", name="t", inputs=["s", "r"]),
                   conv("b", 8), dict(type="ReLU", name="rb"),
                   dict(type="Add", name="u", inputs=["t", "rb"]),
                   dict(type="Softmax", name="sm")],
                  [5, 6, 8], {}, {"s": "a", "u": "b"}),
}


@pytest.mark.parametrize("name", sorted(POST))
def test_activation_after_sum_fuses(name):
    layers, shape, posts, adds = POST[name]
    spec = convgen.parse_spec({"name": name, "input_shape": shape, "layers": layers})
    plan = make_plan(spec)
    nodes = spec.graph.nodes
    assert {nodes[a].name: nodes[s].name for a, s in plan.fusion.post_act.items()} == posts
    assert {nodes[a].name: nodes[p].name for a, (p, _) in plan.fusion.residual.items()} == adds
    for act, add in posts.items():
        step = next(s for s in plan.steps if s.residual is not None
                    and nodes[s.residual].name == add)
        assert step.writes.name == act   # the sum itself is never stored
        assert all(s.node.name != act for s in plan.steps)
    text = summary(spec)
    rows = {line.split(" (")[0]: line for line in text.splitlines()}
    for act, add in posts.items():
        assert f"applied in {adds[add]}'s store after the sum ({add})" in rows[act]
        assert f"then {act} (" in rows[adds[add]]
    rng = np.random.default_rng(8)
    weights = random_weights(spec, rng)
    x = random_input(spec, rng)
    for flags in ("native", "portable"):
        kernel = convgen.compile(spec, cflags=FLAGS[flags])
        assert_close(kernel(x, weights), convgen.reference(spec, x, weights))


@pytest.mark.keras
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::UserWarning")
def test_fused_pooling_and_post_sum_activation_match_keras():
    # both fusions in one functional model, odd sizes (valid pooling drops a row and a
    # column), channels_first too: kernel and oracle against Keras itself
    import os
    os.environ.setdefault("KERAS_BACKEND", "torch")
    keras = pytest.importorskip("keras", reason="Keras 3 is not installed (optional)")
    from convgen.verify import compare
    L = keras.layers
    inputs = keras.Input((15, 13, 3))
    x = L.MaxPooling2D(2)(L.Conv2D(16, 3, activation="relu")(inputs))          # 13x11 -> 6x5
    y = L.BatchNormalization()(L.Conv2D(16, 3, padding="same", use_bias=False)(x))
    x = L.Activation("relu")(L.Add()([x, y]))
    x = L.AveragePooling2D((2, 3))(L.DepthwiseConv2D(3, padding="same",
                                                     activation="relu6")(x))   # 6x5 -> 3x1
    x = L.Permute((3, 1, 2))(x)
    x = L.MaxPooling2D((3, 1), data_format="channels_first")(
        L.Conv2D(4, 1, data_format="channels_first", activation="tanh")(x))
    model = keras.Model(inputs, L.Flatten()(x))
    rng = np.random.default_rng(2)
    model.set_weights([(rng.uniform(0.5, 2.0, w.shape) if "variance" in w.path
                        else rng.standard_normal(w.shape) * 0.5).astype(np.float32)
                       for w in model.weights])
    spec = convgen.from_keras(model)
    plan = make_plan(spec)
    assert len(plan.fusion.pooled) == 3 and len(plan.fusion.post_act) == 1
    x_in = rng.standard_normal((1, 15, 13, 3)).astype(np.float32)
    want = np.asarray(keras.ops.convert_to_numpy(model(x_in, training=False)), np.float64)
    for got in (convgen.compile(spec)(x_in), convgen.reference(spec, x_in)):
        c = compare(got, want)
        assert c.passed, f"max|diff| {c.max_abs:.3g} at {c.where}"
