"""Make the small int8 .tflite models the integer oracle is checked against.

Run once, in an environment with TensorFlow (not convgen's test environment)::

    KERAS_BACKEND=tensorflow /work/tfvenv/bin/python tests/tflite_int8/make_models.py

Each Keras model below is converted with TFLiteConverter to full-integer int8 (int8 input and
output, int8 activations, per-channel int8 weights, int32 bias) from a seeded representative
dataset, and written beside this script as ``<name>.tflite``. The models are committed;
tests/test_quant_oracle.py runs them with ai-edge-litert's reference kernels and needs no
TensorFlow. Re-running rewrites the same models (the seeds are fixed); the converter's version is
recorded in VERSIONS.txt.
"""

from __future__ import annotations

import os
import pathlib
import sys
import zlib

os.environ.setdefault("KERAS_BACKEND", "tensorflow")

import keras  # noqa: E402
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
from keras import layers  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent


def _one(shape, *stack):
    """A sequential model on one input of `shape` (no batch axis)."""
    x = inp = keras.Input(shape, batch_size=1)
    for layer in stack:
        x = layer(x)
    return keras.Model(inp, x)


def _two(shape, merge, left=(), right=(), shape2=None):
    """Two inputs, each through its own layers, merged by `merge`."""
    a = ia = keras.Input(shape, batch_size=1)
    b = ib = keras.Input(shape2 or shape, batch_size=1)
    for layer in left:
        a = layer(a)
    for layer in right:
        b = layer(b)
    return keras.Model([ia, ib], merge([a, b]))


def _residual(shape):
    x = inp = keras.Input(shape, batch_size=1)
    y = layers.Conv2D(shape[-1], 3, padding="same", activation="relu")(x)
    return keras.Model(inp, layers.Add()([x, y]))


def _concat_requantize(shape):
    x = inp = keras.Input(shape, batch_size=1)
    y = layers.Activation("sigmoid")(x)
    return keras.Model(inp, layers.Concatenate()([y, layers.Rescaling(3.0)(x)]))


def _hard_swish(x):
    return x * tf.nn.relu6(x + 3.0) / 6.0


# name -> (builder, input scale of the representative data). Intent of each case in a comment.
MODELS = {
    # CONV_2D: SAME with stride 1, fused ReLU; VALID with stride 2; dilation; ReLU6; linear.
    "conv_same_relu": lambda: _one((9, 9, 3), layers.Conv2D(8, 3, padding="same",
                                                             activation="relu")),
    "conv_valid_s2": lambda: _one((11, 10, 4), layers.Conv2D(5, 3, strides=2)),
    "conv_same_s2_even": lambda: _one((8, 8, 3), layers.Conv2D(6, (3, 2), strides=2,
                                                                padding="same")),
    "conv_dilated_relu6": lambda: _one((10, 10, 3), layers.Conv2D(4, 3, dilation_rate=2,
                                                                   padding="same",
                                                                   activation="relu6")),
    "conv1x1_nobias": lambda: _one((5, 5, 16), layers.Conv2D(7, 1, use_bias=False)),
    "conv1d": lambda: _one((12, 3), layers.Conv1D(4, 3, padding="same", activation="relu")),
    # DEPTHWISE_CONV_2D: multiplier 1 SAME, multiplier 2 strided VALID.
    "depthwise_same": lambda: _one((9, 9, 6), layers.DepthwiseConv2D(3, padding="same",
                                                                       activation="relu")),
    "depthwise_mult2_s2": lambda: _one((10, 9, 3), layers.DepthwiseConv2D(
        3, strides=2, depth_multiplier=2)),
    # TRANSPOSE_CONV: SAME stride 2 (padding computed from the output), VALID with a fused ReLU.
    "transpose_conv_same": lambda: _one((4, 5, 3), layers.Conv2DTranspose(4, 3, strides=2,
                                                                          padding="same")),
    "transpose_conv_valid": lambda: _one((4, 4, 2), layers.Conv2DTranspose(
        3, (3, 2), strides=(2, 1), activation="relu")),
    # FULLY_CONNECTED, then SOFTMAX.
    "dense": lambda: _one((20,), layers.Dense(10)),
    "dense_relu_softmax": lambda: _one((16,), layers.Dense(12, activation="relu"),
                                       layers.Dense(10), layers.Softmax()),
    "softmax": lambda: _one((4, 10), layers.Softmax()),
    # ADD, SUB, MUL on two inputs of different ranges (each input quantized on its own).
    "add": lambda: _two((6, 6, 4), layers.Add(), right=[layers.Rescaling(3.0)]),
    "sub": lambda: _two((6, 6, 4), layers.Subtract(), right=[layers.Rescaling(0.5)]),
    "mul": lambda: _two((6, 6, 4), layers.Multiply(), right=[layers.Rescaling(2.0)]),
    "residual": lambda: _residual((6, 6, 4)),
    # Pooling: AVERAGE_POOL_2D (VALID and SAME, whose edge windows are partial), MAX_POOL_2D.
    "avgpool_valid": lambda: _one((8, 8, 3), layers.AveragePooling2D(2)),
    "avgpool_same": lambda: _one((7, 7, 3), layers.AveragePooling2D(3, strides=2,
                                                                    padding="same")),
    "maxpool_same": lambda: _one((7, 7, 3), layers.MaxPooling2D(3, strides=2, padding="same")),
    # MEAN over the spatial axes.
    "global_avg": lambda: _one((5, 6, 8), layers.GlobalAveragePooling2D()),
    "global_avg_keepdims": lambda: _one((4, 4, 8),
                                        layers.GlobalAveragePooling2D(keepdims=True)),
    # Elementwise activations (the LUT / fixed-point forms).
    "logistic": lambda: _one((4, 4, 8), layers.Activation("sigmoid")),
    "tanh": lambda: _one((4, 4, 8), layers.Activation("tanh")),
    "hard_swish": lambda: _one((4, 4, 8), layers.Lambda(_hard_swish)),
    # HARD_SWISH on a small input scale: its "reluish" multiplier below one (a right shift).
    "hard_swish_small_scale": lambda: _one((4, 4, 8), layers.Rescaling(0.05),
                                           layers.Lambda(_hard_swish)),
    "leaky_relu": lambda: _one((4, 4, 8), layers.LeakyReLU(negative_slope=0.2)),
    # CONCATENATION of inputs with different scales (requantized to the output's).
    "concat": lambda: _two((4, 4, 3), layers.Concatenate(), right=[layers.Rescaling(4.0)],
                           shape2=(4, 4, 5)),
    # An int8 -> int8 QUANTIZE: LOGISTIC's output has the fixed scale 1/256, so the converter
    # requantizes it to the concatenation's scale.
    "concat_requantize": lambda: _concat_requantize((4, 4, 3)),
    # PAD with the zero point.
    "pad": lambda: _one((5, 5, 3), layers.ZeroPadding2D(((1, 2), (0, 1)))),
    # RESIZE_NEAREST_NEIGHBOR and RESIZE_BILINEAR, half-pixel centres (Keras's Resizing; its
    # UpSampling2D "nearest" converts to TILE, not a resize).
    "resize_nearest": lambda: _one((4, 5, 3), layers.Resizing(8, 13, interpolation="nearest")),
    "resize_bilinear": lambda: _one((4, 5, 3), layers.UpSampling2D((2, 3),
                                                                   interpolation="bilinear")),
    # The other resize modes, from TensorFlow's v1 resize ops: align_corners, and neither
    # align_corners nor half-pixel centres (the legacy default).
    "resize_bilinear_align_corners": lambda: _one((4, 5, 3), layers.Lambda(
        lambda x: tf.compat.v1.image.resize_bilinear(x, (7, 11), align_corners=True))),
    "resize_bilinear_legacy": lambda: _one((4, 5, 3), layers.Lambda(
        lambda x: tf.compat.v1.image.resize_bilinear(x, (9, 7)))),
    "resize_nearest_align_corners": lambda: _one((4, 5, 3), layers.Lambda(
        lambda x: tf.compat.v1.image.resize_nearest_neighbor(x, (7, 11), align_corners=True))),
    "resize_nearest_legacy": lambda: _one((4, 5, 3), layers.Lambda(
        lambda x: tf.compat.v1.image.resize_nearest_neighbor(x, (9, 7)))),
    # Grouped convolution, dilated depthwise convolution.
    "conv_groups": lambda: _one((6, 6, 4), layers.Conv2D(6, 3, groups=2, padding="same")),
    "depthwise_dilated": lambda: _one((9, 9, 4), layers.DepthwiseConv2D(3, dilation_rate=2,
                                                                          padding="same")),
    # Two-op chains: conv then pooling; conv then hard-swish.
    "conv_maxpool": lambda: _one((8, 8, 3), layers.Conv2D(4, 3, padding="same",
                                                          activation="relu"),
                                 layers.MaxPooling2D(2)),
}

# FULLY_CONNECTED with one weight scale for the whole matrix (the converter's default is one per
# output unit).
PER_TENSOR_DENSE = {
    "dense_per_tensor": lambda: _one((20,), layers.Dense(6, activation="relu")),
}

# Whole models from tests/keras_models.py (their random weights and BatchNormalization
# statistics, folded by the converter): the oracle's graph walk over real architectures.
# The MLPerf Tiny models (DS-CNN, ResNet-8, MobileNetV1 0.25 of visual wake words, the anomaly
# detection autoencoder) and keras.applications MobileNetV2 alpha 0.35 at 96x96: the models
# the int8 path must compile (about 0.1-0.3 MB each in int8).
WHOLE = ("ds_cnn", "conv1d_classifier", "resnet8", "mobilenet_v1_025", "autoencoder",
         "mobilenet_v2_035")


def _whole(name):
    sys.path.insert(0, str(HERE.parent))
    import keras_models

    model = getattr(keras_models, name)()
    keras_models.randomise(model, seed=zlib.crc32(name.encode()))
    # A fixed batch of 1, so that the converter emits no run-time shape arithmetic.
    inp = keras.Input(model.inputs[0].shape[1:], batch_size=1)
    return keras.Model(inp, model(inp))


# Models kept with float32 input and output, so that the converter emits QUANTIZE and
# DEQUANTIZE at the ends.
FLOAT_IO = {
    "quantize_dequantize": lambda: _one((4, 4, 3), layers.Conv2D(4, 1)),
}


def representative(model, seed):
    rng = np.random.default_rng(seed)
    shapes = [tuple(1 if d is None else d for d in t.shape) for t in model.inputs]

    def gen():
        for _ in range(32):
            yield [rng.standard_normal(s).astype(np.float32) for s in shapes]

    return gen


def convert(model, seed, float_io=False, per_tensor_dense=False):
    conv = tf.lite.TFLiteConverter.from_keras_model(model)
    if per_tensor_dense:
        conv._experimental_disable_per_channel_quantization_for_dense_layers = True
    conv.optimizations = [tf.lite.Optimize.DEFAULT]
    conv.representative_dataset = representative(model, seed)
    conv.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    if not float_io:
        conv.inference_input_type = tf.int8
        conv.inference_output_type = tf.int8
    return conv.convert()


def main():
    every = {**MODELS, **FLOAT_IO, **PER_TENSOR_DENSE,
             **{f"whole_{n}": (lambda n=n: _whole(n)) for n in WHOLE}}
    for name, build in sorted(every.items()):
        # A seed per model and fresh layer names, so that adding a model changes no other.
        i = zlib.crc32(name.encode())
        keras.backend.clear_session()
        keras.utils.set_random_seed(i)
        model = build()
        # Non-trivial biases: Keras initialises them to zero.
        for w in ([] if name.startswith("whole_") else model.weights):
            if "bias" in w.path:
                w.assign(np.random.default_rng(i).standard_normal(w.shape) * 0.3)
        data = convert(model, seed=i, float_io=name in FLOAT_IO,
                       per_tensor_dense=name in PER_TENSOR_DENSE)
        path = HERE / f"{name}.tflite"
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        print(f"{name}: {len(data)} bytes")
    (HERE / "VERSIONS.txt").write_text(
        f"tensorflow {tf.__version__}\nkeras {keras.__version__}\n")


if __name__ == "__main__":
    main()
