"""Write the example models' weights files from Keras 3 itself.

Each ``<spec>.npz`` holds ``model.get_weights()`` of the equivalent ``keras.Sequential``, as
``np.savez(path, *weights)`` writes it. Keras initialises biases to zero; they are set to
small random values here so that the tests see them. Run from the repository root:

    KERAS_BACKEND=torch python specs/make_weights.py
"""

import sys
from pathlib import Path

import keras
import numpy as np
import yaml

SPECS = ["mnist_cnn", "mobilenet_block", "wavenet_kws", "autoencoder", "mnist_conv"]


def keras_model(spec: dict) -> keras.Model:
    layers = [getattr(keras.layers, layer["type"])(**{k: v for k, v in layer.items()
                                                      if k != "type"})
              for layer in spec["layers"]]
    return keras.Sequential([keras.Input(tuple(spec["input_shape"])), *layers])


def main() -> int:
    here = Path(__file__).parent
    keras.utils.set_random_seed(7)
    rng = np.random.default_rng(7)
    for name in sys.argv[1:] or SPECS:
        spec = yaml.safe_load((here / f"{name}.yaml").read_text())
        model = keras_model(spec)
        weights = [w if w.ndim > 1 else rng.uniform(-0.1, 0.1, w.shape).astype(np.float32)
                   for w in model.get_weights()]
        np.savez(here / spec["weights"], *weights)
        print(f"{spec['weights']}: {[w.shape for w in weights]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
