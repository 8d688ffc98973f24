"""The NumPy oracle: the readable, executable definition of every layer, in float64.

Written from Keras 3's documented semantics, independently of the generator: it never
imports the plan, the templates or the build. Tensors are NHWC-like (batch first, channels
last) inside; ``channels_first`` layers transpose in and out.
"""

from __future__ import annotations

import itertools
from typing import Sequence

import numpy as np

SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946


# ---------------------------------------------------------------- activations (float64)

def _sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def _softplus(x):
    return np.logaddexp(0.0, x)


def _hard_sigmoid(x):
    return np.clip(x / 6.0 + 0.5, 0.0, 1.0)


def _erf(x):
    from math import erf
    return np.vectorize(erf, otypes=[np.float64])(x)


def _softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _log_softmax(x):
    shifted = x - x.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def _sparsemax(x):
    # Keras 3's definition, all backends: tau is (sum over the support of the cumulative
    # sums - 1) / k, which differs from Martins & Astudillo's (cumsum_k - 1) / k when k > 1.
    z = -np.sort(-x, axis=-1)
    cumsum = np.cumsum(z, axis=-1)
    r = np.arange(1, x.shape[-1] + 1)
    support = z - (cumsum - 1.0) / r > 0
    k = support.sum(axis=-1, keepdims=True)
    tau = (np.where(support, cumsum, 0.0).sum(axis=-1, keepdims=True) - 1.0) / k
    return np.maximum(x - tau, 0.0)


def _glu(x):
    a, b = np.split(x, 2, axis=-1)
    return a * _sigmoid(b)


ACTIVATIONS = {
    "linear": lambda x: x,
    "relu": lambda x: np.maximum(x, 0.0),
    "relu6": lambda x: np.clip(x, 0.0, 6.0),
    "leaky_relu": lambda x: np.where(x >= 0, x, 0.2 * x),
    "elu": lambda x: np.where(x > 0, x, np.expm1(np.minimum(x, 0.0))),
    "selu": lambda x: SELU_SCALE * np.where(x > 0, x, SELU_ALPHA * np.expm1(np.minimum(x, 0.0))),
    "celu": lambda x: np.maximum(x, 0.0) + np.minimum(0.0, np.expm1(np.minimum(x, 0.0))),
    "sigmoid": _sigmoid,
    "hard_sigmoid": _hard_sigmoid,
    "log_sigmoid": lambda x: -_softplus(-x),
    "sparse_sigmoid": lambda x: np.clip(0.5 * (x + 1.0), 0.0, 1.0),
    "tanh": np.tanh,
    "hard_tanh": lambda x: np.clip(x, -1.0, 1.0),
    "tanh_shrink": lambda x: x - np.tanh(x),
    "softplus": _softplus,
    "softsign": lambda x: x / (1.0 + np.abs(x)),
    "silu": lambda x: x * _sigmoid(x),
    "swish": lambda x: x * _sigmoid(x),
    "hard_silu": lambda x: x * _hard_sigmoid(x),
    "hard_swish": lambda x: x * _hard_sigmoid(x),
    "gelu": lambda x: 0.5 * x * (1.0 + _erf(x / np.sqrt(2.0))),
    "mish": lambda x: x * np.tanh(_softplus(x)),
    "exponential": np.exp,
    "squareplus": lambda x: 0.5 * (x + np.sqrt(x * x + 4.0)),
    "sparse_plus": lambda x: np.where(x <= -1.0, 0.0,
                                      np.where(x >= 1.0, x, 0.25 * (x + 1.0) ** 2)),
    "hard_shrink": lambda x: np.where(np.abs(x) > 0.5, x, 0.0),
    "soft_shrink": lambda x: np.where(x > 0.5, x - 0.5, np.where(x < -0.5, x + 0.5, 0.0)),
    "softmax": _softmax,
    "log_softmax": _log_softmax,
    "sparsemax": _sparsemax,
    "glu": _glu,
}


def activation(name: str, x: np.ndarray) -> np.ndarray:
    """Apply a Keras activation by name; axis activations act on the last axis of ``x``."""
    return ACTIVATIONS[name](np.asarray(x, dtype=np.float64))


# ---------------------------------------------------------------- convolution

def _same_pads(n, k, s, d):
    ek = d * (k - 1) + 1
    out = -(-n // s)
    total = max((out - 1) * s + ek - n, 0)
    return total // 2, total - total // 2


def conv(x: np.ndarray, kernel: np.ndarray, bias, strides: Sequence[int], padding: str,
         dilation_rate: Sequence[int], groups: int = 1) -> np.ndarray:
    """N-d grouped convolution, channels last, without activation.

    x: ``[batch, *spatial, in_channels]``; kernel: ``[*kernel_size, in_channels/groups,
    filters]``; bias: ``[filters]`` or None. Returns ``[batch, *out_spatial, filters]``.
    """
    rank = x.ndim - 2
    ks = kernel.shape[:rank]
    pads = []
    for n, k, s, d in zip(x.shape[1:-1], ks, strides, dilation_rate):
        if padding == "valid":
            pads.append((0, 0))
        elif padding == "causal":
            pads.append((d * (k - 1), 0))
        else:
            pads.append(_same_pads(n, k, s, d))
    xp = np.pad(np.asarray(x, np.float64), [(0, 0)] + pads + [(0, 0)])
    out_sizes = [(xp.shape[1 + a] - (dilation_rate[a] * (ks[a] - 1) + 1)) // strides[a] + 1
                 for a in range(rank)]
    cin_g = kernel.shape[-2]
    f_g = kernel.shape[-1] // groups
    y = np.zeros((x.shape[0], *out_sizes, kernel.shape[-1]))
    for tap in itertools.product(*[range(k) for k in ks]):
        window = tuple(slice(t * d, t * d + (o - 1) * s + 1, s)
                       for t, d, s, o in zip(tap, dilation_rate, strides, out_sizes))
        xs = xp[(slice(None),) + window]
        for g in range(groups):
            y[..., g * f_g:(g + 1) * f_g] += (xs[..., g * cin_g:(g + 1) * cin_g]
                                             @ kernel[tap][:, g * f_g:(g + 1) * f_g])
    if bias is not None:
        y += bias
    return y


def depthwise(x: np.ndarray, kernel: np.ndarray, strides, padding: str,
              dilation_rate) -> np.ndarray:
    """Depthwise convolution, channels last, no bias.

    x: ``[batch, *spatial, C]``; kernel: ``[*kernel_size, C, M]``. Returns
    ``[batch, *out_spatial, C*M]`` with output channel ``c*M + m``.
    """
    c, m = kernel.shape[-2:]
    # Input channel c times its M kernels: a grouped convolution with C groups of one channel.
    grouped = np.asarray(kernel, np.float64).reshape(kernel.shape[:-2] + (1, c * m))
    return conv(x, grouped, None, strides, padding, dilation_rate, groups=c)


def conv_transpose(x: np.ndarray, kernel: np.ndarray, bias, strides, dilation_rate,
                   out_sizes, padding: str) -> np.ndarray:
    """Transposed convolution by its scatter definition, channels last.

    ``y[i*s + j*d - crop] += x[i] @ kernel[j].T`` over every input position i and tap j;
    positions outside ``[0, out)`` are dropped. x: ``[batch, *spatial, C]``; kernel:
    ``[*kernel_size, F, C]`` (Keras puts filters first); ``out_sizes`` the spatial output
    sizes. Same padding crops ``max(full - out, 0) // 2`` from the front.
    """
    rank = x.ndim - 2
    ks = kernel.shape[:rank]
    spatial = x.shape[1:-1]
    full = [(n - 1) * s + d * (k - 1) + 1
            for n, k, s, d in zip(spatial, ks, strides, dilation_rate)]
    crops = [max(f - o, 0) // 2 if padding == "same" else 0 for f, o in zip(full, out_sizes)]
    size = [max(f, c + o) for f, c, o in zip(full, crops, out_sizes)]
    y = np.zeros((x.shape[0], *size, kernel.shape[-2]))
    for tap in itertools.product(*[range(k) for k in ks]):
        where = tuple(slice(t * d, t * d + (n - 1) * s + 1, s)
                      for t, d, s, n in zip(tap, dilation_rate, strides, spatial))
        y[(slice(None),) + where] += np.asarray(x, np.float64) @ kernel[tap].T
    y = y[(slice(None),) + tuple(slice(c, c + o) for c, o in zip(crops, out_sizes))]
    return y + bias if bias is not None else y


# ---------------------------------------------------------------- reshaping

def _triangle(t):
    return np.maximum(0.0, 1.0 - t)


def _keys_cubic(t):
    # Keys (1981) with a = -0.5, as jax.image.resize and TensorFlow use it. (PyTorch's
    # bicubic uses a = -0.75, so Keras's torch backend differs from its jax/TF backends.)
    return np.where(t >= 2.0, 0.0,
                    np.where(t >= 1.0, ((-0.5 * t + 2.5) * t - 4.0) * t + 2.0,
                             ((1.5 * t - 2.5) * t) * t + 1.0))


def _lanczos(radius):
    def kernel(t):
        with np.errstate(divide="ignore", invalid="ignore"):
            y = radius * np.sin(np.pi * t) * np.sin(np.pi * t / radius) / (np.pi * t) ** 2
        return np.where(t > radius, 0.0, np.where(t > 1e-3, y, 1.0))
    return kernel


RESIZE_KERNELS = {"bilinear": _triangle, "bicubic": _keys_cubic,
                  "lanczos3": _lanczos(3), "lanczos5": _lanczos(5)}


def resize_matrix(n: int, out: int, method: str) -> np.ndarray:
    """``[out, n]`` weights of ``keras.ops.image.resize`` on one axis (no antialiasing).

    Output j samples the input at ``(j + 0.5) * n / out - 0.5`` (half-pixel centres); the
    kernel's weights over the input pixels are normalised by their sum.
    """
    sample = (np.arange(out) + 0.5) * (n / out) - 0.5
    w = RESIZE_KERNELS[method](np.abs(sample[:, None] - np.arange(n)[None, :]))
    return w / w.sum(axis=1, keepdims=True)


def reshape_layer(layer, inputs, weights, out_shape):
    """Cropping, ZeroPadding and UpSampling (1D/2D/3D)."""
    y = _to_last(np.asarray(inputs[0], np.float64), layer.data_format)
    axes = range(1, 1 + layer.rank)
    if layer.op == "crop":
        y = y[(slice(None),) + tuple(slice(a, y.shape[i] - b)
                                     for i, (a, b) in zip(axes, layer.amounts))]
    elif layer.op == "pad":
        y = np.pad(y, [(0, 0), *layer.amounts, (0, 0)])
    elif layer.interpolation == "nearest":
        for i, f in zip(axes, layer.size):
            y = np.repeat(y, f, axis=i)
    else:
        for i, f in zip(axes, layer.size):
            m = resize_matrix(y.shape[i], y.shape[i] * f, layer.interpolation)
            y = np.moveaxis(np.tensordot(m, y, axes=([1], [i])), 0, i)
    return _from_last(y, layer.data_format)


# ---------------------------------------------------------------- layers and models

def _to_last(x, data_format):
    return np.moveaxis(x, 1, -1) if data_format == "channels_first" else x


def _from_last(y, data_format):
    return np.moveaxis(y, -1, 1) if data_format == "channels_first" else y


def conv_layer(layer, inputs, weights, out_shape):
    """Conv1D/2D/3D: ``inputs[0]`` is ``[batch, *shape]`` in the layer's data_format."""
    x = inputs[0]
    kernel = np.asarray(weights[0], np.float64)
    bias = np.asarray(weights[1], np.float64) if layer.use_bias else None
    y = conv(_to_last(x, layer.data_format), kernel, bias, layer.strides, layer.padding,
             layer.dilation_rate, layer.groups)
    # The activation sees the tensor in the layer's own layout: under channels_first the
    # last axis of softmax & co. is a spatial one.
    return activation(layer.activation, _from_last(y, layer.data_format))


def depthwise_layer(layer, inputs, weights, out_shape):
    """DepthwiseConv1D/2D."""
    y = depthwise(_to_last(inputs[0], layer.data_format), weights[0], layer.strides, layer.padding,
                  layer.dilation_rate)
    if layer.use_bias:
        y = y + np.asarray(weights[1], np.float64)
    return activation(layer.activation, _from_last(y, layer.data_format))


def separable_layer(layer, inputs, weights, out_shape):
    """SeparableConv1D/2D: depthwise (no bias), pointwise 1x1, then bias and activation."""
    y = depthwise(_to_last(inputs[0], layer.data_format), weights[0], layer.strides, layer.padding,
                  layer.dilation_rate)
    pointwise = np.asarray(weights[1], np.float64)
    y = y @ pointwise.reshape(pointwise.shape[-2:])
    if layer.use_bias:
        y = y + np.asarray(weights[2], np.float64)
    return activation(layer.activation, _from_last(y, layer.data_format))


def transpose_layer(layer, inputs, weights, out_shape):
    """Conv1D/2D/3DTranspose. Keras fixes the output size from its arguments (the scatter
    alone cannot): the spatial sizes before the activation, which for glu under
    channels_first halves a spatial axis of ``out_shape``, so they come from the layer."""
    x = inputs[0]
    conv_shape = layer.conv_output_shape(x.shape[1:])
    out = conv_shape[:-1] if layer.data_format == "channels_last" else conv_shape[1:]
    bias = np.asarray(weights[1], np.float64) if layer.use_bias else None
    y = conv_transpose(_to_last(x, layer.data_format), np.asarray(weights[0], np.float64), bias,
                       layer.strides, layer.dilation_rate, out, layer.padding)
    return activation(layer.activation, _from_last(y, layer.data_format))


def pool(x: np.ndarray, pool_size, strides, padding: str, mode: str) -> np.ndarray:
    """Max or average pooling, channels last.

    x: ``[batch, *spatial, C]``. Returns ``[batch, *out_spatial, C]``, ``out = ceil(n / s)``
    for ``same`` (padding split as in convolution, the odd element after), ``floor((n - k) /
    s) + 1`` for ``valid``. Padding takes no part: max sees -inf there (NaN in a window gives
    NaN); average divides each window's sum by its number of real inputs.
    """
    rank = x.ndim - 2
    x = np.asarray(x, np.float64)
    pads = [_same_pads(n, k, s, 1) if padding == "same" else (0, 0)
            for n, k, s in zip(x.shape[1:-1], pool_size, strides)]
    fill = -np.inf if mode == "max" else 0.0
    xp = np.pad(x, [(0, 0)] + pads + [(0, 0)], constant_values=fill)
    real = np.pad(np.ones(x.shape[1:-1]), pads)          # 1 where an input exists
    out_sizes = [(xp.shape[1 + a] - pool_size[a]) // strides[a] + 1 for a in range(rank)]
    y = np.full((x.shape[0], *out_sizes, x.shape[-1]), fill)
    count = np.zeros(out_sizes)
    for tap in itertools.product(*[range(k) for k in pool_size]):
        window = tuple(slice(t, t + (o - 1) * s + 1, s)
                       for t, s, o in zip(tap, strides, out_sizes))
        xs = xp[(slice(None),) + window]
        y = np.maximum(y, xs) if mode == "max" else y + xs
        count += real[window]
    return y if mode == "max" else y / count[..., None]


def pooling_layer(layer, inputs, weights, out_shape):
    """Max/AveragePooling1D/2D/3D and GlobalMax/GlobalAveragePooling1D/2D/3D; a global
    pooling reduces every spatial axis (``out_shape`` says whether they are kept)."""
    x = _to_last(np.asarray(inputs[0], np.float64), layer.data_format)
    if layer.is_global:
        axes = tuple(range(1, x.ndim - 1))
        y = x.max(axis=axes) if layer.mode == "max" else x.mean(axis=axes)
        return y.reshape((x.shape[0], *out_shape))
    return _from_last(pool(x, layer.pool_size, layer.strides, layer.padding, layer.mode),
                      layer.data_format)


# Keras 3's merge functions, folded left over the inputs as Keras folds them.
MERGES = {
    "Add": np.add, "Subtract": np.subtract, "Multiply": np.multiply, "Average": np.add,
    "Maximum": np.maximum, "Minimum": np.minimum,
}


def merge_layer(layer, inputs, weights, out_shape):
    """Add, Subtract, Multiply, Average, Maximum, Minimum over ``[batch, *shape]`` inputs.

    A lower-rank input gains unit axes right after the batch axis (Keras's ``Merge.call``),
    then NumPy broadcasting stretches axes of size 1. Average is the sum divided by the
    count; Maximum and Minimum propagate NaN.
    """
    rank = max(np.ndim(x) for x in inputs)
    xs = [np.asarray(x, np.float64) for x in inputs]
    xs = [x.reshape(x.shape[:1] + (1,) * (rank - x.ndim) + x.shape[1:]) for x in xs]
    y = xs[0]
    for x in xs[1:]:
        y = MERGES[layer.type](y, x)
    return y / len(xs) if layer.type == "Average" else y


def concatenate_layer(layer, inputs, weights, out_shape):
    """Concatenate along ``layer.axis``, counted with the batch axis as in Keras."""
    return np.concatenate([np.asarray(x, np.float64) for x in inputs], axis=layer.axis)


def batchnorm_layer(layer, inputs, weights, out_shape):
    """BatchNormalization at inference, Keras's formula unfolded:
    ``gamma * (x - moving_mean) / sqrt(moving_variance + epsilon) + beta`` along
    ``layer.axis`` (counted with the batch axis); gamma 1 without scale, beta 0 without center.
    """
    x = np.asarray(inputs[0], np.float64)
    w = [np.asarray(a, np.float64) for a in weights]
    gamma = w.pop(0) if layer.scale else 1.0
    beta = w.pop(0) if layer.center else 0.0
    mean, var = w[0], w[1]
    shape = [1] * x.ndim
    shape[layer.axis] = -1
    gamma, beta, mean, var = (np.reshape(v, shape) if np.ndim(v) else v
                              for v in (gamma, beta, mean, var))
    return gamma * (x - mean) / np.sqrt(var + layer.epsilon) + beta


def dense_layer(layer, inputs, weights, out_shape):
    """Dense on the last axis of ``[batch, ..., in]``: ``act(x @ kernel + bias)``, kernel
    ``[in, units]``."""
    y = np.asarray(inputs[0], np.float64) @ np.asarray(weights[0], np.float64)
    if layer.use_bias:
        y = y + np.asarray(weights[1], np.float64)
    return activation(layer.activation, y)


def glue_layer(layer, inputs, weights, out_shape):
    """Flatten (channels_first moves the channel axis last first), Reshape, Permute (1-based
    ``dims``), RepeatVector, on ``[batch, *shape]``."""
    x = np.asarray(inputs[0], np.float64)
    if layer.type == "Flatten":
        if layer.data_format == "channels_first" and x.ndim > 2:
            x = np.moveaxis(x, 1, -1)
        return x.reshape(x.shape[0], -1)
    if layer.type == "Reshape":
        return x.reshape((x.shape[0],) + tuple(layer.target_shape))
    if layer.type == "Permute":
        return np.transpose(x, (0,) + tuple(layer.dims))
    return np.repeat(x[:, None, :], layer.n, axis=1)   # RepeatVector


def identity_layer(layer, inputs, weights, out_shape):
    """Dropout & co. at inference: the input unchanged."""
    return np.asarray(inputs[0], np.float64)


def activation_layer(layer, inputs, weights, out_shape):
    """Activation, ReLU, LeakyReLU, PReLU, ELU and Softmax layers, as Keras 3 computes them."""
    x = np.asarray(inputs[0], np.float64)
    if layer.type == "Activation":
        return activation(layer.function, x)
    if layer.type == "ReLU":
        # keras.activations.relu: x where x > threshold (else 0), clipped to [0, max_value],
        # minus negative_slope * relu(threshold - x)
        y = np.where(x > layer.threshold, x, 0.0)
        if layer.max_value is not None:
            y = np.clip(y, 0.0, layer.max_value)
        return y - layer.negative_slope * np.maximum(layer.threshold - x, 0.0)
    if layer.type == "LeakyReLU":
        return np.where(x >= 0, x, layer.negative_slope * x)
    if layer.type == "ELU":
        return np.where(x > 0, x, layer.alpha * np.expm1(np.minimum(x, 0.0)))
    if layer.type == "PReLU":
        alpha = np.asarray(weights[0], np.float64)
        return np.maximum(x, 0.0) - alpha * np.maximum(-x, 0.0)
    if isinstance(layer.axis, tuple):   # Softmax(axis=[...]): Keras's exp(x - logsumexp(x))
        top = x.max(axis=layer.axis, keepdims=True)
        lse = top + np.log(np.exp(x - top).sum(axis=layer.axis, keepdims=True))
        return np.exp(x - lse)
    e = np.exp(x - x.max(axis=layer.axis, keepdims=True))   # Softmax(axis)
    return e / e.sum(axis=layer.axis, keepdims=True)


def rescaling_layer(layer, inputs, weights, out_shape):
    """Rescaling: ``x * scale + offset``; a list acts along the last axis."""
    x = np.asarray(inputs[0], np.float64)
    return x * np.asarray(layer.scale, np.float64) + np.asarray(layer.offset, np.float64)


def normalization_layer(layer, inputs, weights, out_shape):
    """Normalization at inference: ``(x - mean) / max(sqrt(variance), 1e-7)`` along
    ``layer.axis`` (counted with the batch axis); ``invert``: ``mean + x * max(...)``. The
    mean and variance are the layer's arguments, or its first two weights."""
    x = np.asarray(inputs[0], np.float64)
    mean, variance = ((layer.mean, layer.variance) if layer.mean is not None
                      else (weights[0], weights[1]))
    shape = [1] * x.ndim
    shape[layer.axis] = -1
    mean = np.reshape(np.asarray(mean, np.float64), shape)
    std = np.maximum(np.sqrt(np.reshape(np.asarray(variance, np.float64), shape)), 1e-7)
    return mean + x * std if layer.invert else (x - mean) / std


def reference(spec, x: np.ndarray, weights=None) -> np.ndarray:
    """Run ``spec`` on ``x`` (``[batch, *input_shape]``) in float64.

    ``weights`` is the flat ``model.get_weights()`` list; default: the spec's weights file.
    Each node of the spec's graph is computed by its kind's function in this module, in
    the spec's layer order, from the values of the tensors it names. An int8 spec runs
    through the integer oracle instead (:func:`convgen.quantized.oracle`: ``x`` and the
    result as its kernel takes and returns them).
    """
    if getattr(spec, "quant", None) is not None:
        from .quantized import oracle
        return oracle(spec, x, weights)
    weights = spec.weights if weights is None else weights
    if weights is None:
        raise ValueError(f"spec {spec.name!r} names no weights file: pass weights")
    graph = spec.graph
    y = np.asarray(x, dtype=np.float64)
    expected = (graph.batch, *graph.input.shape)
    if y.shape != expected:
        raise ValueError(f"x must have shape {expected}, got {y.shape}")
    values = {graph.input.name: y}
    flat = list(weights)
    for node in graph.nodes:
        n = len(node.weight_shapes())
        inputs = [values[t.name] for t in node.inputs]
        values[node.output.name] = node.kind.reference(node.layer, inputs, flat[:n],
                                                       node.output.shape)
        flat = flat[n:]
    return values[graph.output.name]


def layer_normalization_layer(layer, inputs, weights, out_shape):
    """LayerNormalization over ``layer.axis`` (sorted, counted with the batch axis):
    ``(x - mean) / sqrt(var + epsilon) * gamma + beta`` with the population mean and variance
    of each sample over those axes; gamma and beta have the input's shape on those axes
    (their order). ``rms_scaling``: ``x / sqrt(var + epsilon) * gamma``, as Keras computes it
    (the variance about the mean; no beta)."""
    x = np.asarray(inputs[0], np.float64)
    axes = tuple(a % x.ndim for a in layer.axis)
    mean = x.mean(axis=axes, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=axes, keepdims=True)
    shape = [x.shape[a] if a in axes else 1 for a in range(x.ndim)]
    w = [np.reshape(np.asarray(a, np.float64), shape) for a in weights]
    rms = layer.rms_scaling
    y = (x if rms else x - mean) / np.sqrt(var + layer.epsilon)
    if layer.scale or rms:
        y = y * w.pop(0)
    if layer.center and not rms:
        y = y + w.pop(0)
    return y
