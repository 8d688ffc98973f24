"""Arguments of the depthwise, separable and transposed families: accepted forms and
refusals, each a SpecError naming the field (no compiler needed)."""

import pytest
from conftest import make_spec

import convgen


@pytest.mark.parametrize("layer, shape, field, words", [
    # Transposed: output_padding must be < stride and >= 0; no stride+dilation; no groups.
    ({"type": "Conv2DTranspose", "filters": 2, "kernel_size": 3, "strides": 2,
      "output_padding": 2}, [4, 4, 1], "layers[0].output_padding", "less than its stride"),
    ({"type": "Conv1DTranspose", "filters": 2, "kernel_size": 3, "output_padding": 1},
     [4, 1], "layers[0].output_padding", "less than its stride"),
    ({"type": "Conv1DTranspose", "filters": 2, "kernel_size": 3, "strides": 2,
      "output_padding": -1}, [4, 1], "layers[0].output_padding", ">= 0"),
    ({"type": "Conv2DTranspose", "filters": 2, "kernel_size": 3, "strides": 2,
      "dilation_rate": 2}, [4, 4, 1], "layers[0].strides", "dilation_rate"),
    ({"type": "Conv2DTranspose", "filters": 2, "kernel_size": 3, "groups": 2},
     [4, 4, 2], "layers[0].groups", "unknown argument"),
    ({"type": "Conv1DTranspose", "filters": 2, "kernel_size": 3, "padding": "causal"},
     [4, 1], "layers[0].padding", "only supported by Conv1D"),
    # same, output_padding 0, n = 1 and an even effective kernel: empty output.
    ({"type": "Conv1DTranspose", "filters": 2, "kernel_size": 2, "padding": "same",
      "output_padding": 0}, [1, 3], "layers[0].kernel_size", "empty output"),
    # Depthwise / separable.
    ({"type": "DepthwiseConv2D", "kernel_size": 3, "depth_multiplier": 0}, [4, 4, 1],
     "layers[0].depth_multiplier", ">= 1"),
    ({"type": "DepthwiseConv1D", "kernel_size": 3, "padding": "causal"}, [4, 1],
     "layers[0].padding", "only supported by Conv1D"),
    ({"type": "SeparableConv2D", "kernel_size": 3}, [4, 4, 1], "layers[0].filters",
     "required"),
    ({"type": "SeparableConv1D", "filters": 2, "kernel_size": 5}, [4, 1],
     "layers[0].kernel_size", "smaller than kernel_size"),
    ({"type": "DepthwiseConv2D", "kernel_size": 3, "filters": 4}, [4, 4, 1],
     "layers[0].filters", "unknown argument"),
    ({"type": "DepthwiseConv2D", "kernel_size": [3, 3, 3]}, [4, 4, 1],
     "layers[0].kernel_size", "list of 2 integers"),
    ({"type": "DepthwiseConv2D", "kernel_size": 3}, [4, 4], None, "rank 3"),
    # Reshaping layers.
    ({"type": "Cropping2D", "cropping": [[2, 2], 0]}, [4, 4, 1], "layers[0].cropping",
     "leaves nothing"),
    ({"type": "Cropping1D", "cropping": 3}, [6, 1], "layers[0].cropping", "leaves nothing"),
    ({"type": "Cropping2D", "cropping": -1}, [4, 4, 1], "layers[0].cropping", ">= 0"),
    ({"type": "Cropping2D", "cropping": [1, 2, 3]}, [4, 4, 1], "layers[0].cropping",
     "list of 2 entries"),
    ({"type": "Cropping3D", "cropping": [1, [1, 2, 3], 1]}, [4, 4, 4, 1],
     "layers[0].cropping", "entry 1"),
    ({"type": "Cropping1D", "cropping": [1]}, [4, 1], "layers[0].cropping", "pair"),
    ({"type": "Cropping1D", "data_format": "channels_first"}, [4, 1],
     "layers[0].data_format", "unknown argument"),
    ({"type": "ZeroPadding2D", "padding": -2}, [4, 4, 1], "layers[0].padding", ">= 0"),
    ({"type": "ZeroPadding2D", "padding": [1, [0, -1]]}, [4, 4, 1], "layers[0].padding",
     ">= 0"),
    ({"type": "ZeroPadding3D", "padding": 1.5}, [4, 4, 4, 1], "layers[0].padding",
     "integer"),
    ({"type": "UpSampling2D", "interpolation": "area"}, [4, 4, 1],
     "layers[0].interpolation", "accepted: nearest, bilinear, bicubic, lanczos3, lanczos5"),
    ({"type": "UpSampling2D", "interpolation": "bilinar"}, [4, 4, 1],
     "layers[0].interpolation", "did you mean 'bilinear'"),
    ({"type": "UpSampling1D", "size": 0}, [4, 1], "layers[0].size", ">= 1"),
    ({"type": "UpSampling1D", "size": 2.0}, [4, 1], "layers[0].size", "integer"),
    ({"type": "UpSampling3D", "size": [2, 2]}, [4, 4, 4, 1], "layers[0].size",
     "list of 3 integers"),
    ({"type": "UpSampling3D", "interpolation": "bilinear"}, [4, 4, 4, 1],
     "layers[0].interpolation", "unknown argument"),
    ({"type": "ZeroPadding2D"}, [4, 4], None, "rank 3"),
])
def test_refused(layer, shape, field, words):
    with pytest.raises(convgen.SpecError) as err:
        make_spec(layer, shape)
    if field:
        assert err.value.field == field
    assert words in str(err.value)


@pytest.mark.parametrize("layer, shape, out, weights", [
    ({"type": "DepthwiseConv2D", "kernel_size": 3, "strides": 2, "dilation_rate": 2,
      "padding": "same", "depth_multiplier": 2}, [9, 8, 3], (5, 4, 6),
     [(3, 3, 3, 2), (6,)]),
    ({"type": "SeparableConv1D", "filters": 4, "kernel_size": 3, "depth_multiplier": 2,
      "use_bias": False}, [9, 3], (7, 4), [(3, 3, 2), (1, 6, 4)]),
    ({"type": "SeparableConv2D", "filters": 4, "kernel_size": 3,
      "data_format": "channels_first"}, [3, 9, 8], (4, 7, 6),
     [(3, 3, 3, 1), (1, 1, 3, 4), (4,)]),
    # valid, op None: (n-1)*s + max(ek, s); kernel 2 < stride 3.
    ({"type": "Conv1DTranspose", "filters": 5, "kernel_size": 2, "strides": 3}, [4, 2],
     (12, 5), [(2, 5, 2), (5,)]),
    # same, op None: n*s.
    ({"type": "Conv2DTranspose", "filters": 5, "kernel_size": 3, "strides": 2,
      "padding": "same"}, [4, 6, 2], (8, 12, 5), [(3, 3, 5, 2), (5,)]),
    # same, op set: (n-1)*s + ek%2 + op.
    ({"type": "Conv2DTranspose", "filters": 1, "kernel_size": [3, 4], "strides": [2, 3],
      "padding": "same", "output_padding": [1, 2]}, [4, 6, 2], (8, 17, 1),
     [(3, 4, 1, 2), (1,)]),
    # valid with dilation: (n-1) + d*(k-1) + 1.
    ({"type": "Conv3DTranspose", "filters": 2, "kernel_size": 3, "dilation_rate": [1, 2, 3]},
     [2, 3, 4, 1], (4, 7, 10, 2), [(3, 3, 3, 2, 1), (2,)]),
])
def test_shapes_and_weight_layouts(layer, shape, out, weights):
    spec = make_spec(layer, shape)
    assert spec.output_shape == out
    assert [s for _, _, s in spec.weight_shapes()] == weights
