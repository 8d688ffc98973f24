"""Real Keras models, defined as their authors define them, for the conformance tests: the
MLPerf Tiny reference models (keyword spotting DS-CNN, image classification ResNet-8, visual
wake words MobileNetV1-0.25, anomaly detection autoencoder), the Keras MNIST example CNN and a
Conv1D classifier. Built with random weights and non-trivial BatchNormalization statistics
(nothing is downloaded); imported only where Keras is installed."""

from __future__ import annotations

import numpy as np


def _keras():
    import keras
    return keras


def _bn_relu(x):
    layers = _keras().layers
    return layers.Activation("relu")(layers.BatchNormalization()(x))


def ds_cnn(input_shape=(49, 10, 1), classes=12):
    """MLPerf Tiny keyword spotting: DS-CNN (small)."""
    keras = _keras()
    L = keras.layers
    inputs = keras.Input(input_shape)
    x = L.Conv2D(64, (10, 4), strides=(2, 2), padding="same")(inputs)
    x = L.Dropout(0.2)(_bn_relu(x))
    for _ in range(4):
        x = _bn_relu(L.DepthwiseConv2D((3, 3), padding="same")(x))
        x = _bn_relu(L.Conv2D(64, (1, 1), padding="same")(x))
    x = L.Dropout(0.4)(x)
    x = L.AveragePooling2D(pool_size=(input_shape[0] // 2, input_shape[1] // 2))(x)
    x = L.Flatten()(x)
    return keras.Model(inputs, L.Dense(classes, activation="softmax")(x), name="ds_cnn")


def resnet8(input_shape=(32, 32, 3), classes=10):
    """MLPerf Tiny image classification: ResNet-8 for CIFAR-10."""
    keras = _keras()
    L = keras.layers
    inputs = keras.Input(input_shape)
    x = _bn_relu(L.Conv2D(16, 3, padding="same")(inputs))
    for filters, strides in ((16, 1), (32, 2), (64, 2)):
        y = _bn_relu(L.Conv2D(filters, 3, strides=strides, padding="same")(x))
        y = L.BatchNormalization()(L.Conv2D(filters, 3, padding="same")(y))
        if strides > 1:
            x = L.Conv2D(filters, 1, strides=strides, padding="same")(x)
        x = L.Activation("relu")(L.Add()([x, y]))
    x = L.AveragePooling2D(pool_size=x.shape[1])(x)
    x = L.Flatten()(x)
    return keras.Model(inputs, L.Dense(classes, activation="softmax")(x), name="resnet8")


def mobilenet_v1_025(input_shape=(96, 96, 3), classes=2):
    """MLPerf Tiny visual wake words: MobileNetV1 with width multiplier 0.25."""
    keras = _keras()
    L = keras.layers
    inputs = keras.Input(input_shape)
    x = _bn_relu(L.Conv2D(8, 3, strides=2, padding="same")(inputs))
    for filters, strides in ((16, 1), (32, 2), (32, 1), (64, 2), (64, 1), (128, 2), (128, 1),
                             (128, 1), (128, 1), (128, 1), (128, 1), (256, 2), (256, 1)):
        x = _bn_relu(L.DepthwiseConv2D(3, strides=strides, padding="same")(x))
        x = _bn_relu(L.Conv2D(filters, 1, padding="same")(x))
    x = L.AveragePooling2D(pool_size=x.shape[1:3])(x)
    x = L.Flatten()(x)
    return keras.Model(inputs, L.Dense(classes, activation="softmax")(x), name="vww")


def autoencoder(inputs_dim=640):
    """MLPerf Tiny anomaly detection: the Dense autoencoder."""
    keras = _keras()
    L = keras.layers
    inputs = keras.Input((inputs_dim,))
    x = inputs
    for units in (128, 128, 128, 128, 8, 128, 128, 128, 128):
        x = _bn_relu(L.Dense(units)(x))
    return keras.Model(inputs, L.Dense(inputs_dim)(x), name="ad_autoencoder")


def mnist_cnn(input_shape=(28, 28, 1), classes=10):
    """The Keras MNIST convnet example."""
    keras = _keras()
    L = keras.layers
    return keras.Sequential([
        keras.Input(input_shape),
        L.Conv2D(32, kernel_size=(3, 3), activation="relu"),
        L.MaxPooling2D(pool_size=(2, 2)),
        L.Conv2D(64, kernel_size=(3, 3), activation="relu"),
        L.MaxPooling2D(pool_size=(2, 2)),
        L.Flatten(),
        L.Dropout(0.5),
        L.Dense(classes, activation="softmax"),
    ], name="mnist_example")


def conv1d_classifier(input_shape=(128, 3), classes=5):
    """A Conv1D time-series classifier with global average pooling."""
    keras = _keras()
    L = keras.layers
    return keras.Sequential([
        keras.Input(input_shape),
        L.Conv1D(16, 5, activation="relu"),
        L.Conv1D(32, 5, strides=2, activation="relu"),
        L.GlobalAveragePooling1D(),
        L.Dense(classes, activation="softmax"),
    ], name="conv1d_classifier")


def mobilenet_v2_035(input_shape=(96, 96, 3), classes=10):
    """keras.applications.MobileNetV2, alpha 0.35 (no weights downloaded)."""
    return _keras().applications.MobileNetV2(input_shape=input_shape, alpha=0.35,
                                             weights=None, classes=classes)


def resnet50_64(input_shape=(64, 64, 3), classes=10):
    """keras.applications.ResNet50 at 64x64 (no weights downloaded)."""
    return _keras().applications.ResNet50(input_shape=input_shape, weights=None,
                                          classes=classes)


def efficientnet_b0_64(input_shape=(64, 64, 3), classes=10):
    """keras.applications.EfficientNetB0 at 64x64 (Rescaling and Normalization at its
    input, squeeze-excitation blocks, swish)."""
    return _keras().applications.EfficientNetB0(input_shape=input_shape, weights=None,
                                                classes=classes)


def mobilenet_v3_small_64(input_shape=(64, 64, 3), classes=10):
    """keras.applications.MobileNetV3Small at 64x64, logits out: its hard sigmoid is
    ``ReLU(6)(x + 3) * (1/6)``, arithmetic on Keras tensors (keras.ops calls, not layers)."""
    return _keras().applications.MobileNetV3Small(input_shape=input_shape, weights=None,
                                                  classes=classes, classifier_activation=None)


def mobilenet_v3_large_64(input_shape=(64, 64, 3), classes=10):
    """keras.applications.MobileNetV3Large at 64x64, logits out."""
    return _keras().applications.MobileNetV3Large(input_shape=input_shape, weights=None,
                                                  classes=classes, classifier_activation=None)


def convnext_tiny_32(input_shape=(32, 32, 3), classes=10):
    """keras.applications.ConvNeXtTiny at 32x32, logits out: LayerNormalization, gelu,
    Dense on 4-D tensors, its own LayerScale layer, nested Sequential downsamplers."""
    return _keras().applications.ConvNeXtTiny(input_shape=input_shape, weights=None,
                                              classes=classes, classifier_activation=None)


def inception_resnet_v2_75(input_shape=(75, 75, 3), classes=10):
    """keras.applications.InceptionResNetV2 at its minimum 75x75, logits out: its own
    CustomScaleLayer (``x + r * scale``), valid-padded stems, channel Concatenates."""
    return _keras().applications.InceptionResNetV2(input_shape=input_shape, weights=None,
                                                   classes=classes,
                                                   classifier_activation=None)


def densenet121_64(input_shape=(64, 64, 3), classes=10):
    """keras.applications.DenseNet121 at 64x64, logits out (dense blocks: Concatenate)."""
    return _keras().applications.DenseNet121(input_shape=input_shape, weights=None,
                                             classes=classes, classifier_activation=None)


def inception_v3_75(input_shape=(75, 75, 3), classes=10):
    """keras.applications.InceptionV3 at its minimum 75x75, logits out."""
    return _keras().applications.InceptionV3(input_shape=input_shape, weights=None,
                                             classes=classes, classifier_activation=None)


def xception_71(input_shape=(71, 71, 3), classes=10):
    """keras.applications.Xception at its minimum 71x71, logits out."""
    return _keras().applications.Xception(input_shape=input_shape, weights=None,
                                          classes=classes, classifier_activation=None)


# keras.applications models: large, compiled in the slow run
APPLICATIONS = {"mobilenet_v2_035": mobilenet_v2_035, "resnet50_64": resnet50_64,
                "efficientnet_b0_64": efficientnet_b0_64,
                "mobilenet_v3_small_64": mobilenet_v3_small_64,
                "mobilenet_v3_large_64": mobilenet_v3_large_64,
                "convnext_tiny_32": convnext_tiny_32,
                "inception_resnet_v2_75": inception_resnet_v2_75,
                "densenet121_64": densenet121_64, "inception_v3_75": inception_v3_75,
                "xception_71": xception_71}

MODELS = {"ds_cnn": ds_cnn, "resnet8": resnet8, "mobilenet_v1_025": mobilenet_v1_025,
          "autoencoder": autoencoder, "mnist_cnn": mnist_cnn,
          "conv1d_classifier": conv1d_classifier}


def randomise(model, seed: int = 0):
    """Random weights with O(1) activations: glorot-like kernels, small biases, and
    BatchNormalization statistics far from the identity so that folding is really tested."""
    rng = np.random.default_rng(seed)
    for layer in model.layers:
        weights = layer.get_weights()
        if not weights:
            continue
        if type(layer).__name__ == "BatchNormalization":
            new = []
            for w, name in zip(weights, [v.name for v in layer.weights]):
                if "gamma" in name:
                    new.append(rng.uniform(0.5, 1.5, w.shape))
                elif "beta" in name:
                    new.append(rng.uniform(-0.2, 0.2, w.shape))
                elif "mean" in name:
                    new.append(rng.uniform(-0.5, 0.5, w.shape))
                else:
                    new.append(rng.uniform(0.5, 2.0, w.shape))
            layer.set_weights([a.astype(np.float32) for a in new])
            continue
        if type(layer).__name__ == "Normalization":   # adapted statistics: variance > 0
            mean, var, count = weights
            layer.set_weights([rng.uniform(0.3, 0.7, mean.shape).astype(np.float32),
                               rng.uniform(0.04, 0.09, var.shape).astype(np.float32), count])
            continue
        new = []
        for w in weights:
            if w.ndim == 1:
                new.append(rng.uniform(-0.1, 0.1, w.shape))
            else:
                fan_in = int(np.prod(w.shape[:-1]))
                limit = np.sqrt(3.0 / max(fan_in, 1))
                new.append(rng.uniform(-limit, limit, w.shape))
        layer.set_weights([a.astype(np.float32) for a in new])
    return model
