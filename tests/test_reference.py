"""The oracle against small cases computed by hand (no compiler involved)."""

import numpy as np
import pytest
from conftest import make_spec

import convgen
from convgen.reference import activation, conv


def test_conv1d_valid_by_hand():
    x = np.array([1.0, 2, 3, 4]).reshape(1, 4, 1)
    k = np.array([1.0, 10]).reshape(2, 1, 1)
    # y[i] = x[i] + 10 x[i+1]
    np.testing.assert_array_equal(conv(x, k, None, [1], "valid", [1]).ravel(), [21, 32, 43])


def test_same_padding_odd_pixel_goes_after():
    # n=4, k=2, s=1: total pad 1, all after -> y[3] = x[3] + 10*0
    x = np.array([1.0, 2, 3, 4]).reshape(1, 4, 1)
    k = np.array([1.0, 10]).reshape(2, 1, 1)
    np.testing.assert_array_equal(conv(x, k, None, [1], "same", [1]).ravel(), [21, 32, 43, 4])


def test_same_padding_depends_on_stride():
    # n=5, k=3, s=2: out 3, total pad max((3-1)*2+3-5, 0) = 2 -> 1 before, 1 after.
    x = np.arange(1.0, 6.0).reshape(1, 5, 1)
    k = np.ones((3, 1, 1))
    np.testing.assert_array_equal(conv(x, k, None, [2], "same", [1]).ravel(),
                                  [0 + 1 + 2, 2 + 3 + 4, 4 + 5 + 0])
    # n=6, k=3, s=2: out 3, total pad 1 -> 0 before, 1 after.
    x = np.arange(1.0, 7.0).reshape(1, 6, 1)
    np.testing.assert_array_equal(conv(x, k, None, [2], "same", [1]).ravel(),
                                  [1 + 2 + 3, 3 + 4 + 5, 5 + 6 + 0])


def test_causal_dilated_pads_left_only():
    # k=2, d=2: y[i] = x[i-2] + 10 x[i]
    x = np.array([1.0, 2, 3, 4]).reshape(1, 4, 1)
    k = np.array([1.0, 10]).reshape(2, 1, 1)
    np.testing.assert_array_equal(conv(x, k, None, [1], "causal", [2]).ravel(),
                                  [10, 20, 31, 42])


def test_grouped_conv_by_hand():
    # 2 groups: channel 0 -> filter 0, channel 1 -> filter 1; 1x1 kernel of [[2, 3]].
    x = np.array([[1.0, 5.0]]).reshape(1, 1, 2)
    k = np.array([[2.0, 3.0]]).reshape(1, 1, 2)
    np.testing.assert_array_equal(conv(x, k, np.array([0.5, -0.5]), [1], "valid", [1], 2)
                                  .ravel(), [2.5, 14.5])


def test_2d_with_bias_and_channels_first_layout():
    spec = make_spec({"type": "Conv2D", "filters": 1, "kernel_size": [1, 2],
                      "data_format": "channels_first"}, [2, 1, 3])
    x = np.array([[[[1.0, 2, 3]], [[10.0, 20, 30]]]])          # (1, C=2, H=1, W=3)
    kernel = np.array([1.0, 0.0, 0.0, 1.0]).reshape(1, 2, 2, 1)  # (kh, kw, C, F)
    # y[w] = x[c0, w] + x[c1, w+1] + bias
    y = convgen.reference(spec, x, [kernel, np.array([100.0])])
    np.testing.assert_array_equal(y.ravel(), [121, 132])
    assert y.shape == (1, 1, 1, 2)


@pytest.mark.parametrize("name, x, expected", [
    ("relu6", [-1.0, 3.0, 7.0], [0, 3, 6]),
    ("leaky_relu", [-1.0, 2.0], [-0.2, 2.0]),                 # the string's slope is 0.2
    ("hard_sigmoid", [-4.0, 0.0, 1.5, 4.0], [0, 0.5, 0.75, 1]),  # relu6(x + 3) / 6
    ("hard_silu", [1.5], [1.125]),
    ("sparse_sigmoid", [-2.0, 0.0, 0.5, 2.0], [0, 0.5, 0.75, 1]),
    ("sparse_plus", [-2.0, 0.0, 2.0], [0, 0.25, 2]),
    ("hard_shrink", [-0.5, -0.6, 0.4, 0.7], [0, -0.6, 0, 0.7]),
    ("soft_shrink", [-0.6, 0.4, 0.7], [-0.1, 0, 0.2]),
    ("squareplus", [0.0], [1.0]),
    ("hard_tanh", [-2.0, 0.5, 3.0], [-1, 0.5, 1]),
    ("gelu", [1.0], [0.8413447460685429]),                  # exact erf form, not tanh
    ("glu", [[1.0, 2.0, 0.0, 0.0]], [[0.5, 1.0]]),
    ("sparsemax", [-1.0, 0.0, 1.0], [0, 0, 1]),
    ("softmax", [[0.0, np.log(3.0)]], [[0.25, 0.75]]),
])
def test_activations_by_hand(name, x, expected):
    np.testing.assert_allclose(activation(name, np.array(x)), expected, rtol=1e-12, atol=1e-12)


def test_sparsemax_is_keras_not_textbook():
    # Keras 3 (every backend) takes tau = (sum of the support's running sums - 1) / k:
    # for [0.5, 0.4, 0.3] that is (0.5 + 0.9 + 1.2 - 1) / 3 > 0.5, so everything is 0.
    np.testing.assert_allclose(activation("sparsemax", np.array([0.5, 0.4, 0.3])), [0, 0, 0])
