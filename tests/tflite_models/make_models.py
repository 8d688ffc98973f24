"""Make the ``.tflite`` test models of tests/test_tflite_import.py: float32 (one with
float16 weights) and one int8, which the import refuses.

Run once, in an environment with TensorFlow (not convgen's: TensorFlow pins its own NumPy
and Keras backend), from the repository root:

    KERAS_BACKEND=tensorflow python tests/tflite_models/make_models.py

Each model is a small Keras 3 model with seeded random weights (non-zero biases, so that
every weight matters), converted by ``tf.lite.TFLiteConverter.from_keras_model``; the
MLPerf Tiny float models are built from their specs (``specs/*.yaml`` and weights) by
``convgen.keras_model``. The files are committed: the tests need only ``ai-edge-litert``.
The converter's output depends on the TensorFlow version (2.21 made these).
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

import keras  # noqa: E402
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

L = keras.layers
MLPERF = ("kws_ds_cnn", "ic_resnet8", "vww_mobilenet_v1", "ad_autoencoder")


def randomise(model, seed):
    """Non-zero biases and O(1) outputs, so that every weight matters."""
    rng = np.random.default_rng(seed)
    model.set_weights([(rng.standard_normal(w.shape) * (0.3 if w.ndim == 1 else
                                                        1 / np.sqrt(np.prod(w.shape[:-1]))))
                       .astype(np.float32) for w in model.get_weights()])
    return model


def conv_chain():
    """The 2-D convolution family in a chain: padding, strides, dilation, groups, fused
    activations, depth multiplier, transposed, both poolings, Dense softmax head."""
    x = keras.Input((15, 12, 3), batch_size=1)
    y = L.Conv2D(8, 3, padding="same", activation="relu")(x)
    y = L.Conv2D(6, (3, 2), strides=(2, 1), dilation_rate=1, activation="relu6")(y)
    y = L.Conv2D(6, 3, padding="same", dilation_rate=2, groups=2, activation="tanh")(y)
    y = L.DepthwiseConv2D(3, strides=2, depth_multiplier=2, padding="same",
                          activation="relu")(y)
    y = L.Conv2DTranspose(5, 3, strides=2, padding="same")(y)
    y = L.Conv2DTranspose(4, (2, 3), strides=(1, 2), activation="relu")(y)
    y = L.MaxPooling2D(2)(y)
    y = L.AveragePooling2D(3, strides=2, padding="same")(y)
    y = L.Conv2D(4, 1, use_bias=False)(y)
    y = L.Flatten()(y)
    y = L.Dense(16, activation="relu")(y)
    y = L.Dense(7, activation="softmax")(y)
    return randomise(keras.Model(x, y), 1)


def conv1d():
    """Conv1D as the converter emits it (EXPAND_DIMS/RESHAPE, CONV_2D, squeeze): causal and
    dilated, strided ``same``, depthwise; a global average (MEAN) and Dense."""
    x = keras.Input((24, 3), batch_size=1)
    y = L.Conv1D(6, 3, padding="causal", dilation_rate=2, activation="relu")(x)
    y = L.Conv1D(8, 4, strides=2, padding="same")(y)
    y = L.DepthwiseConv1D(3, activation="relu6")(y)
    y = L.MaxPooling1D(2)(y)
    y = L.Conv1D(5, 1)(y)
    y = L.GlobalAveragePooling1D()(y)
    y = L.Dense(3)(y)
    return randomise(keras.Model(x, y), 2)


def graph():
    """A graph: merges (ADD, SUB, MUL, CONCATENATION), padding, the activation ops, bilinear
    and nearest resizing, a reshape, a mean keeping its dims, Dense on rank 4."""
    x = keras.Input((8, 8, 4), batch_size=1)
    a = L.Conv2D(4, 1)(x)
    b = L.Add()([x, a])
    c = L.Multiply()([a, b])
    d = L.Subtract()([c, x])
    e = L.Concatenate()([d, b])
    e = L.ZeroPadding2D(((1, 0), (2, 1)))(e)
    e = L.LeakyReLU(0.2)(e)
    e = L.Activation("hard_swish")(e)
    f = L.Activation("tanh")(e)
    g = L.Activation("sigmoid")(e)
    e = L.Concatenate(axis=2)([f, g])
    e = L.UpSampling2D(2, interpolation="bilinear")(e)
    e = L.Resizing(18, 88, interpolation="nearest")(e)
    e = L.Reshape((36, 44, 8))(e)
    e = L.GlobalAveragePooling2D(keepdims=True)(e)
    e = L.Dense(5)(e)
    e = L.Softmax()(e)
    return randomise(keras.Model(x, e), 3)


def constants():
    """Arithmetic with constants (converted to ADD/MUL/SUB of a constant tensor), ReLU layers
    (the RELU and RELU6 ops), a channel mean, Dense on rank 3 (FULLY_CONNECTED keeping its
    dims), a transpose."""
    x = keras.Input((6, 5, 3), batch_size=1)
    y = x * np.array([0.5, -2.0, 1.5], np.float32) + 3.0
    y = L.ReLU()(y)
    y = L.Conv2D(4, 3, padding="same")(y)
    y = L.ReLU(max_value=6.0)(y - 1.0)
    y = L.Reshape((30, 4))(y)
    y = L.Dense(6)(y)
    y = L.Permute((2, 1))(y)
    y = L.Dense(3, activation="sigmoid")(y)
    return randomise(keras.Model(x, y), 4)


def unsupported():
    """Ops convgen does not take: an absolute value, a square root, a batch matmul."""
    x = keras.Input((6, 6, 2), batch_size=1)
    y = L.Conv2D(4, 3, padding="same")(x)
    y = keras.ops.sqrt(keras.ops.abs(y))
    y = L.UpSampling2D(2)(y)
    y = keras.ops.matmul(y, keras.ops.transpose(y, (0, 1, 3, 2)))
    return randomise(keras.Model(x, y), 5)


def layers_more():
    """Keras layers the converter turns into other operators: Rescaling and Normalization
    (MUL/ADD/SUB of constants), Cropping2D (STRIDED_SLICE), SeparableConv2D (depthwise and
    1x1 CONV_2D), swish (LOGISTIC times its input), a BatchNormalization of its own, PReLU,
    gelu and elu (GELU, ELU), Maximum/Minimum/Average, nearest UpSampling2D (RESHAPEs and
    TILEs), GlobalMaxPooling2D (REDUCE_MAX), log_softmax, exponential, negation."""
    x = keras.Input((12, 10, 3), batch_size=1)
    y = L.Rescaling(1 / 127.5, offset=-1)(x)
    y = L.Normalization(mean=[0.1, 0.2, 0.3], variance=[1.0, 2.0, 0.5])(y)
    y = L.Cropping2D(((1, 2), (0, 3)))(y)
    y = L.SeparableConv2D(6, 3, padding="same", activation="swish")(y)
    y = L.BatchNormalization()(y)
    y = L.PReLU(shared_axes=[1, 2])(y)
    a = L.Conv2D(6, 1, activation="gelu")(y)
    b = L.Conv2D(6, 1, activation="elu", use_bias=False)(y)
    y = L.Average()([L.Maximum()([a, b]), L.Minimum()([a, b])])
    y = L.UpSampling2D((2, 3))(y)
    y = L.Cropping2D(((0, 1), (1, 1)))(y)
    y = L.Activation("silu")(y)
    y = L.GlobalMaxPooling2D()(y)
    y = -L.Activation("exponential")(L.Activation("log_softmax")(y))
    model = randomise(keras.Model(x, y), 8)
    for layer in model.layers:   # a positive moving variance
        if isinstance(layer, L.BatchNormalization):
            gamma, beta, mean, var = layer.get_weights()
            layer.set_weights([gamma, beta, mean, np.abs(var) + 0.5])
    return model


def open_batch():
    """An open batch size (keras.Input without batch_size): the converter computes the
    RESHAPEs' shapes at run time (SHAPE, STRIDED_SLICE, PACK)."""
    x = keras.Input((6, 6, 2))
    y = L.Conv2D(4, 3, activation="relu")(x)
    y = L.Reshape((4, 4, 4))(y)
    y = L.Flatten()(y)
    y = L.Dense(3)(y)
    return randomise(keras.Model(x, y), 10)


def small_cnn():
    """The model quantized to int8 (and also kept in float)."""
    x = keras.Input((10, 10, 2), batch_size=1)
    y = L.Conv2D(4, 3, padding="same", activation="relu")(x)
    y = L.DepthwiseConv2D(3, padding="same")(y)
    y = L.AveragePooling2D(2)(y)
    y = L.Flatten()(y)
    y = L.Dense(3, activation="softmax")(y)
    return randomise(keras.Model(x, y), 6)


def convert(model, int8: bool = False, float16: bool = False) -> bytes:
    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    if float16:   # float16 weights, dequantized to float32 when the model loads
        converter.optimizations = [tf.lite.Optimize.DEFAULT]
        converter.target_spec.supported_types = [tf.float16]
    if int8:
        rng = np.random.default_rng(7)
        shape = tuple(model.inputs[0].shape)

        def data():
            for _ in range(16):
                yield [rng.standard_normal(shape).astype(np.float32)]

        converter.optimizations = [tf.lite.Optimize.DEFAULT]
        converter.representative_dataset = data
        converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
        converter.inference_input_type = tf.int8
        converter.inference_output_type = tf.int8
    with contextlib.redirect_stdout(io.StringIO()):   # Keras's export lists its endpoints
        return converter.convert()


def mlperf(name: str):
    import convgen
    from convgen.keras_model import keras_model
    from convgen.yamlsrc import load_yaml
    path = ROOT / "specs" / f"{name}.yaml"
    raw, _ = load_yaml(path.read_text(), str(path))
    return keras_model(convgen.load_spec(path), raw)


def main() -> int:
    keras.utils.set_random_seed(0)
    made = {k: convert(f()) for k, f in [("conv_chain", conv_chain), ("conv1d", conv1d),
                                         ("graph", graph), ("constants", constants),
                                         ("unsupported", unsupported),
                                         ("small_cnn", small_cnn)]}
    made["small_cnn_int8"] = convert(small_cnn(), int8=True)
    made["small_cnn_fp16"] = convert(small_cnn(), float16=True)
    for name in MLPERF:
        made[name] = convert(mlperf(name))
    made["layers_more"] = convert(layers_more())
    made["open_batch"] = convert(open_batch())
    for name, content in made.items():
        (HERE / f"{name}.tflite").write_bytes(content)
        print(f"wrote {name}.tflite: {len(content):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
