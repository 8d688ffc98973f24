"""Fusion on graphs (convgen.fusion): what fuses and what must not, and every fused code path
against the oracle with the vector (native), 256-bit and portable builds."""

import numpy as np
import pytest
from conftest import assert_close

import convgen
from convgen import build
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
