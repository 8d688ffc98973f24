"""Write the example models' weights files from Keras 3 itself.

Each ``<spec>.npz`` holds ``model.get_weights()`` of the equivalent Keras model, as
``np.savez(path, *weights)`` writes it: a ``keras.Sequential`` for a chain, a functional
``keras.Model`` for a graph (a spec whose layers name their ``inputs``, or that names its
``output``). A spec lists its weights in the order of its layers; the functional model lists
them in its topological order, so this script asserts that the two agree (list a graph's
layers the way Keras orders them). Keras initialises biases to zero; they are set to small
random values here so that the tests see them, and a BatchNormalization's identity statistics
are replaced by non-trivial ones (``gamma`` and ``moving_variance`` in [0.5, 1.5], ``beta`` and
``moving_mean`` in [-0.1, 0.1]) so that its folding is really tested. Run from the repository
root (the weights are drawn from one seed in ``SPECS`` order, so name no specs to rewrite them
all as committed):

    KERAS_BACKEND=torch python specs/make_weights.py [NAME...]
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("KERAS_BACKEND", "torch")   # must precede the first import of keras

import keras  # noqa: E402
import numpy as np  # noqa: E402
import yaml  # noqa: E402

# New specs go at the end: the weights are drawn in this order from one seed.
SPECS = ["mnist_cnn", "mobilenet_block", "wavenet_kws", "autoencoder", "mnist_conv",
         "resblock", "gated_conv1d", "unet_small",
         # the MLPerf Tiny v1.0 reference models and the Keras MNIST example
         "kws_ds_cnn", "ic_resnet8", "vww_mobilenet_v1", "ad_autoencoder", "keras_mnist"]
# BatchNormalization weights by variable name: uniform ranges (moving_variance stays > 0)
BN_RANGES = {"gamma": (0.5, 1.5), "beta": (-0.1, 0.1), "moving_mean": (-0.1, 0.1),
             "moving_variance": (0.5, 1.5)}
MERGES = ("Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum", "Concatenate")


def keras_layer(layer: dict) -> keras.layers.Layer:
    return getattr(keras.layers, layer["type"])(**{k: v for k, v in layer.items()
                                                   if k not in ("type", "inputs")})


def is_graph(spec: dict) -> bool:
    return "output" in spec or any("inputs" in layer for layer in spec["layers"])


def keras_model(spec: dict):
    """(model, the Keras layers in spec order): a Sequential for a chain, else functional.

    In a graph, ``inputs`` names earlier layers (by their ``name``, else Keras's automatic
    one) or ``input``, the model input; without it a layer reads the previous layer.
    """
    layers = [keras_layer(layer) for layer in spec["layers"]]
    x = keras.Input(tuple(spec["input_shape"]))
    if not is_graph(spec):
        return keras.Sequential([x, *layers]), layers
    tensors, last = {"input": x}, x
    for raw, layer in zip(spec["layers"], layers):
        args = [tensors[n] for n in raw["inputs"]] if "inputs" in raw else [last]
        last = tensors[layer.name] = layer(args if raw["type"] in MERGES else args[0])
    return keras.Model(x, tensors[spec["output"]] if "output" in spec else last), layers


def check_order(name: str, model: keras.Model, layers: list) -> None:
    """The spec's layer order is Keras's: its weights are ``model.get_weights()``."""
    ordered = [la for la in model.layers if not isinstance(la, keras.layers.InputLayer)]
    assert ordered == layers, (
        f"{name}: Keras orders the layers {[la.name for la in ordered]}; the spec lists "
        f"{[la.name for la in layers]}: reorder the spec")
    flat = [w for layer in layers for w in layer.get_weights()]
    got = model.get_weights()
    assert len(flat) == len(got) and all(a.shape == b.shape and np.array_equal(a, b)
                                         for a, b in zip(flat, got)), name


def draw_weights(layers: list, rng: np.random.Generator) -> list:
    """Each layer's weights in order: a kernel as Keras initialised it, any other 1-d weight
    uniform in [-0.1, 0.1), a BatchNormalization's by ``BN_RANGES`` (all from ``rng``)."""
    weights = []
    for layer in layers:
        for var, w in zip(layer.weights, layer.get_weights()):
            if isinstance(layer, keras.layers.BatchNormalization):
                if var.name not in BN_RANGES:
                    raise ValueError(f"{layer.name}: no range for BatchNormalization weight "
                                     f"{var.name!r}")
                w = rng.uniform(*BN_RANGES[var.name], w.shape).astype(np.float32)
            elif w.ndim <= 1:
                w = rng.uniform(-0.1, 0.1, w.shape).astype(np.float32)
            weights.append(w)
    return weights


def main() -> int:
    here = Path(__file__).parent
    keras.utils.set_random_seed(7)
    rng = np.random.default_rng(7)
    for name in sys.argv[1:] or SPECS:
        spec = yaml.safe_load((here / f"{name}.yaml").read_text())
        model, layers = keras_model(spec)
        check_order(name, model, layers)
        weights = draw_weights(layers, rng)
        np.savez(here / spec["weights"], *weights)
        print(f"{spec['weights']}: {[w.shape for w in weights]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
