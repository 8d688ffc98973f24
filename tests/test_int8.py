"""The int8 path end to end: int8 specs (hand-written and imported from the committed int8
``.tflite`` models of tests/tflite_int8/), compiled to C and run, EQUAL to LiteRT's
reference kernels (``OpResolverType.BUILTIN_REF``) and to the integer oracle
(convgen/qreference.py) on random int8 inputs; the spec's quantization fields and their
errors; the refusals of the import, every problem at once. No tolerance: int8 outputs are
equal or the test fails.
"""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

import numpy as np
import pytest

import convgen
from convgen import quantized
from convgen.errors import SpecError
from convgen.quant import activation_range
from convgen.quantized_spec import weight_shapes
from convgen.spec import parse_spec

ROOT = Path(__file__).resolve().parent.parent
INT8_MODELS = ROOT / "tests" / "tflite_int8"
CFLAGS = ("-O1",)   # equality does not depend on the optimisation level; -O1 builds fastest

# model -> what it covers (the hand-written specs below cover the other layers quickly)
QUICK = {
    "whole_ds_cnn": "MLPerf Tiny DS-CNN: CONV_2D, DEPTHWISE_CONV_2D, AVERAGE_POOL_2D, "
                    "RESHAPE, FULLY_CONNECTED, SOFTMAX",
    "whole_conv1d_classifier": "Conv1D as converted (RESHAPE, 1 x k CONV_2D), MEAN over one "
                               "axis, FULLY_CONNECTED, SOFTMAX",
    "whole_resnet8": "MLPerf Tiny ResNet-8: ADD with a fused RELU (an Add, then its clamp)",
    "whole_mobilenet_v1_025": "MLPerf Tiny visual wake words, MobileNetV1 0.25 at 96x96",
    "whole_autoencoder": "MLPerf Tiny anomaly detection: the Dense autoencoder",
    "whole_mobilenet_v2_035": "keras.applications MobileNetV2 alpha 0.35 at 96x96: PAD, "
                              "relu6, ADD, MEAN",
    "residual": "CONV_2D and an ADD of two tensors",
    "quantize_dequantize": "float32 input and output: QUANTIZE and DEQUANTIZE at the ends",
    "hard_swish": "HARD_SWISH (16-bit fixed point in TFLite, a table of the oracle here)",
    "pad": "PAD, filled with the zero point",
    "transpose_conv_same": "TRANSPOSE_CONV, same padding",
}
MORE = ["conv_groups", "depthwise_mult2_s2", "maxpool_same", "global_avg_keepdims",
        "dense_per_tensor", "avgpool_same", "avgpool_valid", "conv1d", "conv1x1_nobias",
        "conv_dilated_relu6", "conv_maxpool", "conv_same_relu", "conv_same_s2_even",
        "conv_valid_s2", "dense", "dense_relu_softmax", "depthwise_dilated", "depthwise_same",
        "global_avg", "softmax", "logistic", "tanh", "leaky_relu", "resize_bilinear",
        "transpose_conv_valid"]


def _inputs(detail, seed: int):
    """Uniform random int8, every element at -128 or 127, all at the zero point; float32
    inputs standard normal."""
    rng = np.random.default_rng(seed)
    shape = tuple(detail["shape"])
    if detail["dtype"] == np.float32:
        return [rng.standard_normal(shape).astype(np.float32) * 2 for _ in range(3)]
    zp = int(detail["quantization_parameters"]["zero_points"][0])
    return [rng.integers(-128, 128, shape).astype(np.int8),
            rng.choice(np.array([-128, 127], np.int8), shape),
            np.full(shape, zp, np.int8)]


def _check_model(stem: str, spec=None) -> None:
    """The model's kernel (``spec``: the imported one by default) equals the reference
    kernels on three inputs, and so does the oracle."""
    litert = pytest.importorskip("ai_edge_litert.interpreter")
    path = INT8_MODELS / f"{stem}.tflite"
    spec = convgen.from_tflite(path) if spec is None else spec
    kernel = convgen.compile(spec, cflags=CFLAGS)
    run = kernel.bind()
    interp = litert.Interpreter(model_path=str(path),
                                experimental_op_resolver_type=litert.OpResolverType.BUILTIN_REF)
    interp.allocate_tensors()
    i, o = interp.get_input_details()[0], interp.get_output_details()[0]
    for x in _inputs(i, seed=len(stem)):
        interp.set_tensor(i["index"], x)
        interp.invoke()
        expected = interp.get_tensor(o["index"])
        got = run(x)
        assert got.dtype == expected.dtype and got.shape == expected.shape
        np.testing.assert_array_equal(got, expected)
        np.testing.assert_array_equal(quantized.oracle(spec, x), expected)


@pytest.mark.parametrize("stem", sorted(QUICK))
def test_imported_model_equals_reference_kernels(stem):
    _check_model(stem)


@pytest.mark.slow
@pytest.mark.parametrize("stem", MORE)
def test_more_imported_models_equal_reference_kernels(stem):
    _check_model(stem)


def test_int8_example_spec_equals_reference_kernels():
    """specs/kws_ds_cnn_int8.yaml (the example int8 spec, generated/ holds its C) is the
    import of whole_ds_cnn.tflite, YAML and .npz: it computes what LiteRT's reference
    kernels compute for that model."""
    spec = convgen.load_spec(Path(__file__).resolve().parent.parent / "specs"
                             / "kws_ds_cnn_int8.yaml")
    assert spec.quant is not None and spec.weights is not None
    _check_model("whole_ds_cnn", spec)


def test_every_listed_model_imports_or_is_refused():
    """QUICK and MORE hold every single-input committed model whose ops the import takes."""
    pytest.importorskip("ai_edge_litert.interpreter")
    from convgen.tflite_import import TFLiteImportError
    for path in sorted(INT8_MODELS.glob("*.tflite")):
        try:
            convgen.from_tflite(path)
        except TFLiteImportError:
            continue
        assert path.stem in QUICK or path.stem in MORE, path.stem


def _two_problems():
    """concat_requantize's parsed model with its LOGISTIC made a custom operator."""
    import dataclasses

    from convgen.tflite_model import read_model
    path = INT8_MODELS / "concat_requantize.tflite"
    model = read_model(path.read_bytes(), "edited")
    ops = list(model.operators)
    ops[0] = dataclasses.replace(ops[0], name="CUSTOM 'Cg'")
    return dataclasses.replace(model, operators=ops)


def test_unsupported_ops_listed_at_once():
    pytest.importorskip("ai_edge_litert.interpreter")
    from convgen import tflite_import
    from convgen.tflite_import import TFLiteImportError
    with pytest.raises(TFLiteImportError) as info:
        convgen.from_tflite(INT8_MODELS / "concat_requantize.tflite")
    ops = [p.cls for p in info.value.problems]
    assert ops == ["MUL"], ops   # a MUL by a constant (its QUANTIZE int8 -> int8 imports)
    assert "becomes Rescaling" in info.value.problems[0].why
    with pytest.raises(TFLiteImportError) as info:   # several problems, listed at once
        tflite_import.convert_model(_two_problems(), "edited")
    assert [p.cls for p in info.value.problems] == ["CUSTOM 'Cg'", "MUL"], info.value.problems
    with pytest.raises(TFLiteImportError) as info:   # TF1's resize: Keras has no such layer
        convgen.from_tflite(INT8_MODELS / "resize_bilinear_legacy.tflite")
    assert [p.cls for p in info.value.problems] == ["RESIZE_BILINEAR"]


def test_imported_spec_round_trips_through_yaml(tmp_path):
    """import-tflite writes the int8 spec and its .npz; they read back as the same kernel."""
    pytest.importorskip("ai_edge_litert.interpreter")
    from convgen.cli import main
    out = tmp_path / "ds.yaml"
    assert main(["import-tflite", str(INT8_MODELS / "whole_ds_cnn.tflite"), "-o", str(out),
                 "-q"]) == 0
    text = out.read_text()
    assert "dtype: int8" in text and "input_quantization:" in text
    spec = convgen.load_spec(out)
    imported = convgen.from_tflite(INT8_MODELS / "whole_ds_cnn.tflite")
    x = np.random.default_rng(3).integers(-128, 128, (1, 49, 10, 1)).astype(np.int8)
    np.testing.assert_array_equal(quantized.oracle(spec, x), quantized.oracle(imported, x))
    assert [w.dtype for w in spec.weights[:3]] == [np.int8, np.int32, np.float32]


# ---------------------------------------------------------------- hand-written specs

HAND = """\
name: qhand
dtype: int8
input_shape: [12, 10, 4]
input_quantization: {scale: 0.02, zero_point: -3}
layers:
  - {type: Conv2D, name: c1, filters: 6, kernel_size: 3, padding: same, activation: relu,
     quantization: {scale: 0.0146, zero_point: -128}}
  - {type: Conv2D, name: c2, filters: 6, kernel_size: [1, 3], strides: 2, groups: 3,
     activation: relu6, quantization: {scale: 0.00321, zero_point: -128}}
  - {type: DepthwiseConv2D, name: d, kernel_size: 3, padding: same, depth_multiplier: 1,
     quantization: {scale: 0.00122, zero_point: -5}}
  - {type: Add, name: a, inputs: [c2, d], quantization: {scale: 0.00387, zero_point: -112}}
  - {type: Subtract, name: s, inputs: [a, c2], quantization: {scale: 0.00122, zero_point: -5}}
  - {type: Multiply, name: m, inputs: [s, d], quantization: {scale: 0.0001, zero_point: -128}}
  - {type: AveragePooling2D, pool_size: 2, strides: 1, padding: same}
  - {type: MaxPooling2D, pool_size: [2, 1]}
  - {type: UpSampling2D, size: [2, 3], interpolation: bilinear}
  - {type: UpSampling2D, name: up, size: [3, 1]}
  - {type: ZeroPadding2D, padding: [[1, 0], [0, 2]]}
  - {type: Activation, activation: hard_swish, quantization: {scale: 0.0001, zero_point: -128}}
  - {type: Activation, name: sig, activation: sigmoid}
  - {type: LeakyReLU, name: lr, inputs: [up], negative_slope: 0.1,
     quantization: {scale: 0.0001, zero_point: -128}}
  - {type: Activation, name: th, inputs: [lr], activation: tanh}
  - {type: ZeroPadding2D, inputs: [th], padding: [[1, 0], [0, 2]]}
  - {type: Concatenate, inputs: [sig, zero_padding2d_1, sig],
     quantization: {scale: 0.00390625, zero_point: -128}}
  - {type: GlobalAveragePooling2D, keepdims: true,
     quantization: {scale: 0.002, zero_point: -128}}
  - {type: Flatten}
  - {type: Dense, units: 5, activation: relu, quantization: {scale: 0.00186, zero_point: -128}}
  - {type: Softmax}
"""


def test_hand_written_spec_equals_oracle_on_random_weights():
    spec = parse_spec(HAND)
    assert spec.quant.of(spec.graph.output).z == -128   # Softmax's fixed output
    kernel = convgen.compile(spec, cflags=CFLAGS)
    for seed in range(3):
        rng = np.random.default_rng(seed)
        weights = quantized.random_int8_weights(spec, rng)
        x = quantized.random_input(spec, rng)
        np.testing.assert_array_equal(kernel(x, weights), quantized.oracle(spec, x, weights))
    # convgen.reference of an int8 spec is the integer oracle
    np.testing.assert_array_equal(convgen.reference(spec, x, weights), kernel(x, weights))
    assert convgen.compile(spec, cflags=CFLAGS).c_source == kernel.c_source   # deterministic


def test_batch_of_three():
    """Every layer loops over the batch: three different samples in one call."""
    spec = parse_spec(HAND.replace("input_shape:", "batch: 3\ninput_shape:"))
    rng = np.random.default_rng(1)
    weights = quantized.random_int8_weights(spec, rng)
    x = quantized.random_input(spec, rng)
    y = convgen.compile(spec, cflags=CFLAGS)(x, weights)
    assert y.shape == (3, 5)
    np.testing.assert_array_equal(y, quantized.oracle(spec, x, weights))
    np.testing.assert_array_equal(y[1:2], quantized.oracle(
        parse_spec(HAND), x[1:2], weights))   # sample 1 alone gives the same


def test_verify_int8_spec_is_equality(tmp_path):
    rng = np.random.default_rng(0)
    spec = parse_spec(HAND)
    weights = quantized.random_int8_weights(spec, rng)
    from convgen.verify import verify
    result = verify(spec, weights=weights, cflags=CFLAGS)
    assert result.passed and result.comparison.mismatches == 0
    # a broken kernel must fail: one output step off
    bad = quantized.compare_int8(np.array([1, 2], np.int8), np.array([1, 3], np.int8))
    assert not bad.passed and bad.max_abs == 1 and bad.mismatches == 1


def test_float_interface_and_weights_file(tmp_path):
    """input_dtype/output_dtype float32 and a weights .npz next to the spec."""
    spec_text = textwrap.dedent("""\
        name: qfloat
        dtype: int8
        input_dtype: float32
        output_dtype: float32
        input_shape: [5, 3]
        input_quantization: {scale: 0.05, zero_point: 0}
        weights: qfloat.npz
        layers:
          - {type: Conv1D, filters: 4, kernel_size: 3, use_bias: false,
             quantization: {scale: 0.1, zero_point: 3}}
          - {type: Dense, units: 2, quantization: {scale: 0.2, zero_point: -1}}
        """)
    rng = np.random.default_rng(1)
    weights = quantized.random_int8_weights(
        parse_spec(spec_text.replace("weights: qfloat.npz\n", "")), rng)
    np.savez(tmp_path / "qfloat.npz", *weights)
    (tmp_path / "qfloat.yaml").write_text(spec_text)
    spec = convgen.load_spec(tmp_path / "qfloat.yaml")
    x = rng.standard_normal((1, 5, 3)).astype(np.float32)
    y = convgen.compile(spec, cflags=CFLAGS)(x)
    assert y.dtype == np.float32 and y.shape == (1, 3, 2)
    np.testing.assert_array_equal(y, quantized.oracle(spec, x))
    with pytest.raises(ValueError, match="float32 with shape"):
        convgen.compile(spec, cflags=CFLAGS)(x.astype(np.int8))


def test_generated_c_is_strict_c99_and_runs_standalone(tmp_path):
    """The .c/.h pair and NAME_weights.c compile with -std=c99 -Wall -Wextra -Werror
    -pedantic (gcc, and clang where installed) and, linked to a main, give the oracle's
    bytes."""
    spec = parse_spec(HAND)
    rng = np.random.default_rng(5)
    spec = type(spec)(spec.name, spec.graph, tuple(quantized.random_int8_weights(spec, rng)),
                      None, spec.source, spec.quant)
    x = quantized.random_input(spec, rng)
    expected = quantized.oracle(spec, x)
    folder = quantized.write(spec, tmp_path)
    header = (folder / "qhand.h").read_text()
    assert "int qhand(const int8_t *input, const void *weights, int8_t *output, " \
           "void *workspace);" in header
    main = textwrap.dedent(f"""\
        #include <stdio.h>
        #include "qhand.h"
        static const int8_t x[QHAND_INPUT_SIZE] = {{{", ".join(map(str, x.ravel()))}}};
        int main(void) {{
            int8_t y[QHAND_OUTPUT_SIZE];
            static double ws[QHAND_WORKSPACE_SIZE / 8 + 1];
            int i;
            if (qhand(x, qhand_weights, y, ws)) return 1;
            for (i = 0; i < QHAND_OUTPUT_SIZE; ++i) printf("%d\\n", y[i]);
            return 0;
        }}
        """)
    (folder / "main.c").write_text(main)
    for cc in [c for c in ("gcc", "clang") if shutil.which(c)]:
        exe = tmp_path / f"run_{cc}"
        subprocess.run([cc, "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-O2",
                        "-o", str(exe), "main.c", "qhand.c", "qhand_weights.c"], cwd=folder,
                       check=True)
        out = subprocess.run([str(exe)], check=True, capture_output=True, text=True).stdout
        np.testing.assert_array_equal(np.array(out.split(), np.int64), expected.ravel())


# ---------------------------------------------------------------- spec errors

def _error(text: str) -> SpecError:
    with pytest.raises(SpecError) as info:
        parse_spec(text, source="q.yaml")
    return info.value


BASE = """\
name: q
dtype: int8
input_shape: [4, 4, 2]
input_quantization: {scale: 0.1, zero_point: 0}
layers:
"""

# (layers text, field path the error names, words of the message)
BAD = [
    ("  - {type: Conv2D, filters: 2, kernel_size: 1}\n", "layers[0]",
     "'quantization' is required"),
    ("  - {type: Conv2D, filters: 2, kernel_size: 1, quantization: {scale: 0.1, "
     "zero_point: 300}}\n", "layers[0].quantization.zero_point", "integer in [-128, 127]"),
    ("  - {type: Conv2D, filters: 2, kernel_size: 1, quantization: {scale: -1, "
     "zero_point: 0}}\n", "layers[0].quantization.scale", "positive finite"),
    ("  - {type: Conv2D, filters: 2, kernel_size: 1, quantization: {scale: 0.1, zp: 0}}\n",
     "layers[0].quantization.zp", "unknown key 'zp'"),
    ("  - {type: MaxPooling2D, pool_size: 2, quantization: {scale: 0.2, zero_point: 0}}\n",
     "layers[0].quantization", "keeps its input's quantization"),
    ("  - {type: Softmax, quantization: {scale: 0.1, zero_point: 0}}\n",
     "layers[0].quantization", "fixes softmax's output"),
    ("  - {type: LayerNormalization, quantization: {scale: 0.1, zero_point: 0}}\n",
     "layers[0].type", "not supported in an int8 spec"),
    ("  - {type: Conv2D, filters: 2, kernel_size: 1, activation: gelu, "
     "quantization: {scale: 0.1, zero_point: 0}}\n", "layers[0].activation", "a clamp"),
]


@pytest.mark.parametrize("layers,field,words", BAD)
def test_malformed_int8_spec_names_file_line_field(layers, field, words):
    err = _error(BASE + layers)
    assert err.source == "q.yaml" and err.line == 6 and err.field == field, str(err)
    assert words in str(err)


def test_top_level_errors():
    err = _error(BASE.replace("input_quantization: {scale: 0.1, zero_point: 0}\n", "")
                 + "  - {type: Flatten}\n")
    assert err.field == "input_quantization" and "is required" in str(err)
    err = _error(BASE.replace("dtype: int8", "dtype: int4") + "  - {type: Flatten}\n")
    assert err.field == "dtype" and err.line == 2
    err = _error(BASE + "  - {type: Flatten}\ninput_dtype: float16\n")
    assert err.field == "input_dtype" and "int8, float32" in str(err)


def test_weights_errors_name_array_dtype_and_shape():
    spec = parse_spec(BASE + "  - {type: Dense, units: 3, quantization: {scale: 0.1, "
                             "zero_point: 0}}\n")
    assert [(n, s, d) for _, n, s, d in weight_shapes(spec)] == [
        ("kernel", (2, 3), "int8"), ("bias", (3,), "int32"), ("kernel_scale", (3,), "float32")]
    good = [np.ones((2, 3), np.int8), np.zeros(3, np.int32), np.full(3, 0.01, np.float32)]
    from convgen.quantized_spec import check_int8_weights
    check_int8_weights(good, spec)
    check_int8_weights(good[:2] + [np.float32([0.01])], spec)   # one scale per tensor
    with pytest.raises(ValueError, match=r"weights\[0\] \(layers\[0\] kernel\) must be an int8"):
        check_int8_weights([good[0].astype(np.float32)] + good[1:], spec)
    with pytest.raises(ValueError, match=r"kernel_scale\) must be a 1-D float array of 1 or 3"):
        check_int8_weights(good[:2] + [np.full(2, 0.1, np.float32)], spec)
    with pytest.raises(ValueError, match="positive finite"):
        check_int8_weights(good[:2] + [np.zeros(3, np.float32)], spec)


# ---------------------------------------------------------------- the C primitives

WRAPPERS = """
void t_srdhm(const int32_t *a, const int32_t *b, int32_t *y, int n)
{ int i; for (i = 0; i < n; ++i) y[i] = cg_q_srdhm(a[i], b[i]); }
void t_rdivpot(const int32_t *x, const int32_t *e, int32_t *y, int n)
{ int i; for (i = 0; i < n; ++i) y[i] = cg_q_rdivpot(x[i], e[i]); }
void t_mbqm(const int32_t *x, const int32_t *m, const int32_t *s, int32_t *y, int n)
{ int i; for (i = 0; i < n; ++i) y[i] = cg_q_mbqm(x[i], m[i], s[i]); }
void t_exp(const int32_t *a, int32_t *y, int n)
{ int i; for (i = 0; i < n; ++i) y[i] = cg_q_exp_neg_q5(a[i]); }
void t_inv(const int32_t *a, int32_t *y, int n)
{ int i; for (i = 0; i < n; ++i) y[i] = cg_q_one_over_one_plus_x(a[i]); }
void t_quantize(const float *x, int8_t *y, int n, float s, int32_t z)
{ cg_q_quantize(x, y, n, s, z); }
void t_round(const double *x, int64_t *y, int n)
{ int i; for (i = 0; i < n; ++i) y[i] = cg_q_round(x[i]); }
void t_dequantize(const int8_t *x, float *y, int n, float s, int32_t z)
{ cg_q_dequantize(x, y, n, s, z); }
"""
CDEF = """
void t_srdhm(const int32_t *a, const int32_t *b, int32_t *y, int n);
void t_rdivpot(const int32_t *x, const int32_t *e, int32_t *y, int n);
void t_mbqm(const int32_t *x, const int32_t *m, const int32_t *s, int32_t *y, int n);
void t_exp(const int32_t *a, int32_t *y, int n);
void t_inv(const int32_t *a, int32_t *y, int n);
void t_quantize(const float *x, int8_t *y, int n, float s, int32_t z);
void t_round(const double *x, int64_t *y, int n);
void t_dequantize(const int8_t *x, float *y, int n, float s, int32_t z);
"""


@pytest.fixture(scope="module")
def helpers(tmp_path_factory):
    from convgen.build import compile_module
    from convgen.render import template_dir
    source = "#include <stdint.h>\n" + (template_dir() / "qhelpers.h").read_text() + WRAPPERS
    return compile_module(tmp_path_factory.mktemp("qhelpers"), "_convgen_test_qhelpers", CDEF,
                          source, ["-O1"], "gcc")


def _call(helpers, name, *arrays, out_dtype=np.int32, extra=()):
    lib, ffi = helpers
    arrays = [np.ascontiguousarray(a) for a in arrays]
    out = np.empty(arrays[0].shape, out_dtype)
    ctype = {np.dtype(np.int32): "int32_t[]", np.dtype(np.float32): "float[]",
             np.dtype(np.int8): "int8_t[]", np.dtype(np.float64): "double[]",
             np.dtype(np.int64): "int64_t[]"}
    getattr(lib, name)(*[ffi.from_buffer(ctype[a.dtype], a) for a in arrays],
                       ffi.from_buffer(ctype[out.dtype], out), out.size, *extra)
    return out if out.dtype.kind == "f" else out.astype(np.int64)


def test_c_fixed_point_primitives_equal_the_oracle(helpers):
    """Each C primitive against convgen/quant.py (and the softmax pieces of qreference) on
    random values and on exact halves, where the rounding directions differ."""
    from convgen import qreference as qr
    from convgen import quant
    rng = np.random.default_rng(0)
    n = 20000
    i32 = lambda lo, hi: rng.integers(lo, hi, n, dtype=np.int64).astype(np.int32)  # noqa: E731
    a, b = i32(-2**31, 2**31), i32(-2**31, 2**31)
    a[:4], b[:4] = [-2**31, -2**31, 2**31 - 1, 0], [-2**31, 2**31 - 1, -2**31, 5]
    assert np.array_equal(_call(helpers, "t_srdhm", a, b),
                          quant.saturating_rounding_doubling_high_mul(a, b))
    e = i32(0, 32)
    halves = (i32(-2**20, 2**20).astype(np.int64) << np.minimum(e, 10)) \
        + np.where(e > 0, np.int64(1) << np.maximum(np.minimum(e, 10) - 1, 0), 0)
    for x in (a, halves.astype(np.int32)):
        ee = np.minimum(e, 10) if x is not a else e
        assert np.array_equal(_call(helpers, "t_rdivpot", x, ee.astype(np.int32)),
                              quant.rounding_divide_by_pot(x, ee))
    m, s = i32(2**30, 2**31), i32(-31, 8)
    x = i32(-2**24, 2**24)
    assert np.array_equal(_call(helpers, "t_mbqm", x, m, s),
                          quant.multiply_by_quantized_multiplier(x, m, s))
    neg = i32(-2**31, 1)
    neg[:2] = [0, -2**31]
    assert np.array_equal(_call(helpers, "t_exp", neg),
                          qr._exp_on_negative_values(neg.astype(np.int64), 5))
    unit = i32(0, 2**31)
    assert np.array_equal(_call(helpers, "t_inv", unit),
                          qr._one_over_one_plus_x(unit.astype(np.int64)))
    f = (rng.standard_normal(n) * 4).astype(np.float32)
    f[:3] = [0.25, -0.75, 1e30]   # exact halves of the scale below, and a huge value
    q = quant.QuantParams.per_tensor(0.5, -3)
    assert np.array_equal(_call(helpers, "t_quantize", f, out_dtype=np.int8,
                                extra=(np.float32(0.5), -3)), qr.quantize(f, q))
    # QUANTIZE and DEQUANTIZE run in float only (no soft double on a Cortex-M4): equal to
    # TFLite's double forms on every int8 value, and on the quotients where float rounding
    # could differ: exact halves, the floats either side of them, 2^23 and beyond, subnormal
    # and huge scales, infinities (not NaN: TFLite's cast of it to int32 is undefined)
    q8 = np.arange(-128, 128, dtype=np.int8)
    halves = np.arange(-300, 300, dtype=np.float32) + np.float32(0.5)
    edges = np.concatenate([halves, np.nextafter(halves, np.float32(np.inf)),
                            np.nextafter(halves, np.float32(-np.inf)),
                            np.float32([2**23, 2**23 + 1, -2**23 - 1, 2**24 + 2, 3e9, -3e9,
                                        np.inf, -np.inf, 0.0, -0.0, 1e-45])])
    for scale in np.float32([1.0, 0.5, 0.1, 0.0039215689, 3e-38, 1e-44, 7.5e30]):
        for zero in (-128, -3, 0, 127):
            qp = quant.QuantParams.per_tensor(scale, zero)
            with np.errstate(all="ignore"):
                x = np.concatenate([edges * scale, f]).astype(np.float32)
                want = qr.quantize(x, qp)
            assert np.array_equal(_call(helpers, "t_quantize", x, out_dtype=np.int8,
                                        extra=(scale, zero)), want), (scale, zero)
            got = _call(helpers, "t_dequantize", q8, out_dtype=np.float32, extra=(scale, zero))
            assert np.array_equal(got, qr.dequantize(q8, qp)), (scale, zero)
    # std::round of a double (FULLY_CONNECTED's requantization): halves away from zero, and
    # the largest double below one half (which 0.5 added would round up) to 0
    below_half = np.nextafter(0.5, 0.0)
    d = np.concatenate([[0.5, -0.5, 1.5, -2.5, below_half, -below_half, 2**39 + 0.5, 0.0],
                        rng.standard_normal(n) * 1000])
    want = np.sign(d) * np.floor(np.abs(d) + 0.5)
    want[4:6] = 0
    assert np.array_equal(_call(helpers, "t_round", d, out_dtype=np.int64), want)


@pytest.mark.parametrize("interface", ["", pytest.param("input_dtype: float32\n",
                                                         marks=pytest.mark.slow),
                                       pytest.param("output_dtype: float32\n",
                                                    marks=pytest.mark.slow),
                                       "input_dtype: float32\noutput_dtype: float32\n"])
def test_models_of_reshapes_and_merges_only(interface):
    """No kernel, no weights: the output is the input's bytes (a copy, or the (de)quantizing
    pass); an Identity that keeps the quantization (nothing) and one that changes it
    (TFLite's QUANTIZE int8 -> int8); a merge reading the model input twice."""
    head = ("name: q\ndtype: int8\n" + interface + "input_shape: [2, 3]\n"
            "input_quantization: {scale: 0.5, zero_point: 1}\nlayers:\n")
    rng = np.random.default_rng(0)
    for layers in ("  - {type: Flatten}\n  - {type: Reshape, target_shape: [3, 2]}\n",
                   "  - {type: Identity}\n  - {type: Identity, quantization: {scale: 0.3, "
                   "zero_point: -7}}\n",
                   "  - {type: Add, inputs: [input, input], quantization: {scale: 0.3, "
                   "zero_point: 2}}\n  - {type: Multiply, inputs: [add, input], "
                   "quantization: {scale: 0.2, zero_point: -2}}\n"):
        spec = parse_spec(head + layers)
        x = quantized.random_input(spec, rng)
        np.testing.assert_array_equal(convgen.compile(spec, cflags=CFLAGS)(x),
                                      quantized.oracle(spec, x))


def _have(*tools) -> bool:
    return all(shutil.which(t) for t in tools)


MLPERF = ["whole_ds_cnn", "whole_resnet8", "whole_mobilenet_v1_025", "whole_autoencoder",
          "whole_mobilenet_v2_035"]


@pytest.mark.skipif(not _have("make", "cc"), reason="needs make and a C compiler")
@pytest.mark.parametrize("stem", ["whole_ds_cnn", "quantize_dequantize", "whole_resnet8"]
                         + [pytest.param(s, marks=pytest.mark.slow) for s in MLPERF[2:]])
def test_export_make_check(stem, tmp_path):
    """`convgen generate` of an imported int8 model: the folder's self-test (one input, the
    oracle's output) passes `make check` natively, and under qemu on aarch64 where the
    cross compiler and qemu-user are installed."""
    pytest.importorskip("ai_edge_litert.interpreter")
    from convgen.cli import main
    out = tmp_path / "spec.yaml"
    assert main(["import-tflite", str(INT8_MODELS / f"{stem}.tflite"), "-o", str(out),
                 "-q"]) == 0
    assert main(["generate", str(out), "-o", str(tmp_path / "gen"), "-q"]) == 0
    folder = tmp_path / "gen" / stem
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["Makefile", f"{stem}.c", f"{stem}.h", f"{stem}_weights.c", f"test_{stem}.c"])
    done = subprocess.run(["make", "-s", "check"], cwd=folder, capture_output=True, text=True)
    assert done.returncode == 0 and f"{stem}: PASS (0 of" in done.stdout, done.stdout
    if _have("aarch64-linux-gnu-gcc", "qemu-aarch64"):
        done = subprocess.run(["make", "-s", "clean", "check", "CC=aarch64-linux-gnu-gcc",
                               "RUN=qemu-aarch64 -L /usr/aarch64-linux-gnu"], cwd=folder,
                              capture_output=True, text=True)
        assert done.returncode == 0 and "PASS" in done.stdout, done.stdout + done.stderr


def test_export_self_test_can_fail(tmp_path):
    """A wrong expected value in the self-test makes `make check` fail."""
    if not _have("make", "cc"):
        pytest.skip("needs make and a C compiler")
    spec = parse_spec(HAND)
    rng = np.random.default_rng(5)
    spec = type(spec)(spec.name, spec.graph, tuple(quantized.random_int8_weights(spec, rng)),
                      None, spec.source, spec.quant)
    folder = quantized.write(spec, tmp_path)
    test = folder / "test_qhand.c"
    text = test.read_text()
    head, tail = text.split("expected[QHAND_OUTPUT_SIZE / sizeof(int8_t)] = {\n    ", 1)
    first, rest = tail.split(",", 1)
    test.write_text(head + "expected[QHAND_OUTPUT_SIZE / sizeof(int8_t)] = {\n    "
                    + str((int(first) + 129) % 256 - 128) + "," + rest)
    done = subprocess.run(["make", "-s", "check"], cwd=folder, capture_output=True, text=True)
    assert done.returncode != 0 and "FAIL (1 of" in done.stdout, done.stdout


TCONV = ["kernel_size: 3, strides: 2, padding: same",
         "kernel_size: 4, strides: 2, padding: same",
         "kernel_size: 3, strides: 2, padding: valid, output_padding: 1",
         "kernel_size: [2, 3], strides: 3, padding: valid",
         "kernel_size: 4, strides: 3, padding: same, output_padding: 2",
         "kernel_size: 5, strides: 1, padding: same, use_bias: false"]


def _tconv_spec(args: str) -> str:
    return ("name: q\ndtype: int8\ninput_shape: [5, 4, 3]\n"
            "input_quantization: {scale: 0.05, zero_point: 2}\nlayers:\n"
            "  - {type: Conv2DTranspose, filters: 4, " + args + ", activation: relu, "
            "quantization: {scale: 0.05, zero_point: -100}}\n")


@pytest.mark.parametrize("args", TCONV)
def test_conv2d_transpose_equals_oracle(args):
    spec = parse_spec(_tconv_spec(args))
    rng = np.random.default_rng(0)
    weights = quantized.random_int8_weights(spec, rng)
    x = quantized.random_input(spec, rng)
    y = convgen.compile(spec, cflags=CFLAGS)(x, weights)
    np.testing.assert_array_equal(y, quantized.oracle(spec, x, weights))
    assert len(np.unique(y)) > 20   # the output spans the int8 range, not a constant


def test_conv2d_transpose_tflite_cannot_compute_is_refused():
    """Keras's 2 x 2 same transposed convolution with output_padding 0 gives 2n - 2 outputs
    from n; TFLite's, whose padding comes from the output size, reads n - 1 inputs there."""
    err = _error(_tconv_spec("kernel_size: 2, strides: 2, padding: same, output_padding: 0")
                 .replace(
        "input_shape: [5, 4, 3]", "input_shape: [4, 4, 2]"))
    assert err.field == "layers[0].output_padding" and "TRANSPOSE_CONV" in str(err)


def test_cli_on_an_int8_spec(tmp_path, capsys):
    """validate, summary, verify (equality), generate for any target, bench (timed, EQUAL to
    the oracle), on 2 threads too; --weights bin refused in one line."""
    from convgen.cli import main
    path = tmp_path / "q.yaml"
    path.write_text(_tconv_spec("kernel_size: 3, strides: 2, padding: same"))
    assert main(["validate", str(path)]) == 0
    assert main(["summary", str(path)]) == 0
    out = capsys.readouterr().out
    assert "int8" in out and "0.05, -100" in out and "Workspace:" in out
    assert main(["verify", str(path)]) == 0
    assert "int8, 0 output(s) differ from the integer oracle" in capsys.readouterr().out
    assert main(["verify", "--threads", "2", str(path)]) == 0
    assert "int8, 0 output(s) differ from the integer oracle" in capsys.readouterr().out
    assert main(["generate", "--target", "cortex-m4", str(path), "-o", str(tmp_path / "m4"),
                 "-q"]) == 0
    assert (tmp_path / "m4" / "q" / "q.c").is_file()
    assert main(["generate", "--weights", "bin", str(path), "-o", str(tmp_path / "b")]) == 2
    assert "--weights c" in capsys.readouterr().err and not (tmp_path / "b").exists()
    assert main(["bench", str(path), "--no-peers", "--repeat", "1", "--min-time", "0.01",
                 "--out", str(tmp_path / "bench")]) == 0   # tests/test_bench_int8.py: more
    assert "| q (int8) |" in capsys.readouterr().out


def test_convolutions_over_the_accumulator_block():
    """Output channels beyond ACC_BLOCK run in blocks (the last one partial), within each
    group; depthwise with and without a depth multiplier."""
    from convgen.quantized_ops import ACC_BLOCK
    text = f"""\
name: qwide
dtype: int8
input_shape: [4, 3, 6]
input_quantization: {{scale: 0.05, zero_point: 3}}
layers:
  - {{type: Conv2D, filters: {2 * ACC_BLOCK + 44}, kernel_size: 3, padding: same,
     quantization: {{scale: 0.03, zero_point: -5}}}}
  - {{type: Conv2D, filters: {2 * ACC_BLOCK + 4}, kernel_size: [2, 1], groups: 2,
     quantization: {{scale: 0.03, zero_point: 7}}}}
  - {{type: DepthwiseConv2D, kernel_size: 2, padding: same, depth_multiplier: 1,
     quantization: {{scale: 0.02, zero_point: 1}}}}
  - {{type: DepthwiseConv2D, kernel_size: 1, depth_multiplier: 2,
     quantization: {{scale: 0.02, zero_point: -1}}}}
"""
    spec = parse_spec(text)
    rng = np.random.default_rng(7)
    weights = quantized.random_int8_weights(spec, rng)
    x = quantized.random_input(spec, rng)
    y = convgen.compile(spec, cflags=CFLAGS)(x, weights)
    np.testing.assert_array_equal(y, quantized.oracle(spec, x, weights))
    assert y.shape == (1, 3, 3, 4 * ACC_BLOCK + 8) and len(np.unique(y)) > 50


# ---------------------------------------------------------------- random specs (hypothesis)

from hypothesis import HealthCheck, given, note, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

RANDOM_SPECS = settings(max_examples=5, deadline=None, derandomize=True, database=None,
                        suppress_health_check=[HealthCheck.too_slow])


@st.composite
def branch(draw, channels: int) -> str:
    """One random spatial int8 layer reading the model input (its mapping, flow style)."""
    kind = draw(st.sampled_from(["Conv2D", "DepthwiseConv2D", "Conv2DTranspose",
                                 "AveragePooling2D", "MaxPooling2D"]))
    k = [draw(st.integers(1, 4)), draw(st.integers(1, 4))]
    s = [draw(st.integers(1, 3)), draw(st.integers(1, 3))]
    padding = draw(st.sampled_from(["valid", "same"]))
    act = draw(st.sampled_from(["linear", "relu", "relu6", "hard_tanh"]))
    if kind.endswith("Pooling2D"):
        return f"{{type: {kind}, pool_size: {k}, strides: {s}, padding: same}}"
    if kind == "Conv2DTranspose":
        return (f"{{type: {kind}, filters: {draw(st.integers(1, 9))}, kernel_size: {k}, "
                f"strides: {s}, padding: {padding}, activation: {act}, QUANT}}")
    d = [1, 1] if any(v > 1 for v in s) else [draw(st.integers(1, 2)), draw(st.integers(1, 2))]
    if kind == "DepthwiseConv2D":
        return (f"{{type: {kind}, kernel_size: {k}, strides: {s}, dilation_rate: {d}, "
                f"padding: same, depth_multiplier: {draw(st.integers(1, 3))}, "
                f"activation: {act}, QUANT}}")
    groups = draw(st.sampled_from([g for g in (1, 2, 3) if channels % g == 0]))
    return (f"{{type: {kind}, filters: {groups * draw(st.integers(1, 5))}, kernel_size: {k}, "
            f"strides: {s}, dilation_rate: {d}, padding: same, groups: {groups}, "
            f"use_bias: {draw(st.booleans())}, activation: {act}, QUANT}}")


@st.composite
def random_specs(draw) -> str:
    """Several random layers side by side on one input, each flattened, concatenated: one
    compile tests them all. Every tensor shares one quantization, so the concatenation is a
    copy and hides no layer's difference."""
    h, w, c = draw(st.integers(4, 9)), draw(st.integers(4, 9)), draw(st.integers(1, 6))
    scale = draw(st.sampled_from([0.01, 0.037, 0.2]))
    zero = draw(st.integers(-128, 127))
    q = f"quantization: {{scale: {scale}, zero_point: {zero}}}"
    layers = []
    n = draw(st.integers(2, 5))
    for i in range(n):
        layers.append(draw(branch(c)).replace("QUANT", q).replace(
            "{type: ", f"{{name: b{i}, inputs: [input], type: "))
        layers.append(f"{{type: Flatten, name: f{i}, inputs: [b{i}]}}")
    layers.append(f"{{type: Concatenate, inputs: [{', '.join(f'f{i}' for i in range(n))}], "
                  f"{q}}}")
    return (f"name: qrandom\ndtype: int8\ninput_shape: [{h}, {w}, {c}]\n"
            f"input_quantization: {{scale: {scale}, zero_point: {zero}}}\nlayers:\n"
            + "".join(f"  - {layer}\n" for layer in layers))


@RANDOM_SPECS
@given(text=random_specs(), seed=st.integers(0, 2**16))
def test_random_int8_specs_equal_oracle(text, seed):
    note(text)
    try:
        spec = parse_spec(text)
    except SpecError as exc:   # a transposed configuration TFLite computes otherwise
        assert "TRANSPOSE_CONV" in str(exc), str(exc)
        return
    rng = np.random.default_rng(seed)
    weights = quantized.random_int8_weights(spec, rng)
    x = quantized.random_input(spec, rng)
    np.testing.assert_array_equal(convgen.compile(spec, cflags=CFLAGS)(x, weights),
                                  quantized.oracle(spec, x, weights))


BROADCASTS = [([4, 3, 5], [1, 1, 5]),   # squeeze-excitation: a channel vector per sample
              ([4, 3, 5], [5]),         # a lower rank gains unit axes after the batch
              ([4, 1, 5], [1, 3, 1]),   # both stretch
              ([3, 5], [4, 1, 1]),
              ([2, 3], [2, 3])]


@pytest.mark.parametrize("op", ["Add", "Subtract", "Multiply"])
def test_merges_broadcast_as_keras(op):
    """Two branches (Dense on the flattened input, reshaped) merged with Keras's broadcasting
    (per-sample shapes aligned on their last axes), batch 2, all shapes in one spec."""
    layers, outs = [], []
    for k, (a, b) in enumerate(BROADCASTS):
        for side, shape in (("a", a), ("b", b)):
            layers += [f"{{type: Dense, name: d{side}{k}, inputs: [flat], units: "
                       f"{int(np.prod(shape))}, quantization: {{scale: 0.05, zero_point: "
                       f"{3 * k - 5}}}}}",
                       f"{{type: Reshape, name: r{side}{k}, target_shape: {shape}}}"]
        layers += [f"{{type: {op}, name: m{k}, inputs: [ra{k}, rb{k}], quantization: "
                   f"{{scale: 0.07, zero_point: 2}}}}",
                   f"{{type: Flatten, name: f{k}}}"]
        outs.append(f"f{k}")
    layers.append(f"{{type: Concatenate, inputs: [{', '.join(outs)}], "
                  "quantization: {scale: 0.07, zero_point: 2}}")
    text = ("name: qmerge\ndtype: int8\nbatch: 2\ninput_shape: [6, 2]\n"
            "input_quantization: {scale: 0.05, zero_point: 1}\nlayers:\n"
            "  - {type: Flatten, name: flat}\n" + "".join(f"  - {x}\n" for x in layers))
    spec = parse_spec(text)
    for node in spec.graph.nodes:
        if node.name.startswith("m"):
            assert node.output.shape == tuple(np.broadcast_shapes(
                *[(1,) * (len(node.output.shape) - len(t.shape)) + t.shape
                  for t in node.inputs]))
    rng = np.random.default_rng(3)
    weights = quantized.random_int8_weights(spec, rng)
    x = quantized.random_input(spec, rng)
    y = convgen.compile(spec, cflags=CFLAGS)(x, weights)
    np.testing.assert_array_equal(y, quantized.oracle(spec, x, weights))
    assert len(np.unique(y)) > 30


@pytest.mark.skipif(not _have("arm-none-eabi-gcc"), reason="needs gcc-arm-none-eabi")
@pytest.mark.parametrize("stem", [None] + MLPERF)
def test_builds_for_cortex_m4(stem, tmp_path):
    """The generated model and weights (the hand-written spec's, and each imported MLPerf
    Tiny and MobileNetV2 model's) compile for a Cortex-M4 with the strict flags (the portable
    C needs nothing of the target)."""
    if stem is None:
        spec = parse_spec(HAND)
        rng = np.random.default_rng(5)
        spec = type(spec)(spec.name, spec.graph,
                          tuple(quantized.random_int8_weights(spec, rng)), None, spec.source,
                          spec.quant)
    else:
        pytest.importorskip("ai_edge_litert.interpreter")
        spec = convgen.from_tflite(INT8_MODELS / f"{stem}.tflite")
    folder = quantized.write(spec, tmp_path, target="cortex-m4")
    assert "CC = arm-none-eabi-gcc" in (folder / "Makefile").read_text()
    for source in (f"{spec.name}.c", f"{spec.name}_weights.c"):
        subprocess.run(["arm-none-eabi-gcc", "-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard",
                        "-mfpu=fpv4-sp-d16", "-Os", "-std=c99", "-Wall", "-Wextra", "-Werror",
                        "-pedantic", "-c", source, "-o", str(tmp_path / (source + ".o"))],
                       cwd=folder, check=True)


def test_summary_names_the_layers_a_simd_form_runs(capsys):
    """summary --target says which layers the target's int8 form lowers; the default target
    (portable loops) says nothing of forms."""
    from convgen.cli import main
    path = str(Path(__file__).resolve().parent.parent / "specs" / "kws_ds_cnn_int8.yaml")
    assert main(["summary", path, "--target", "cortex-m4"]) == 0
    line = capsys.readouterr().out.splitlines()[-1]
    assert line.startswith("Target cortex-m4: int8 form dsp for conv2d, depthwise_conv2d")
    assert "average_pooling2d" not in line
    assert main(["summary", path]) == 0
    assert "int8 form" not in capsys.readouterr().out


FOLD = """\
name: qfold
dtype: int8
input_shape: [6, 7, 5]
input_quantization: {scale: 0.05, zero_point: 3}
layers:
  - {type: Conv2D, name: c, filters: 9, kernel_size: 3, padding: same,
     quantization: {scale: 0.04, zero_point: -20}}
  - {type: Activation, name: c_relu6, activation: relu6}
  - {type: Conv2D, name: d, inputs: [input], filters: 9, kernel_size: 1,
     quantization: {scale: 0.03, zero_point: 10}}
  - {type: Add, name: a, inputs: [c_relu6, d], quantization: {scale: 0.06, zero_point: -7}}
  - {type: Activation, name: a_relu, activation: relu}
  - {type: Subtract, name: s, inputs: [a_relu, d], quantization: {scale: 0.05, zero_point: 4}}
  - {type: Activation, name: s_relu, activation: relu}
  - {type: Concatenate, inputs: [s, s_relu], quantization: {scale: 0.05, zero_point: 4}}
"""


@pytest.mark.parametrize("target", ["any", "x86-64"])
def test_a_clamp_folds_into_the_step_computing_its_input(target):
    """A clamp (TFLite's fused RELU, split off on import) narrows the clamp of the step
    before it when nothing else reads that step's output: relu6 after a linear Conv2D and
    relu after an Add fold; relu after a Subtract whose output the Concatenate also reads
    stays a step. The output equals the oracle's, which clamps separately."""
    spec = parse_spec(FOLD)
    plan = quantized.make_plan(spec, target=target)
    names = [s.node_name for s in plan.steps]
    assert names[:3] == ["c (and c_relu6, its clamp)", "d", "a (and a_relu, its clamp)"]
    assert "s" in names and "s_relu" in names
    q = spec.quant
    lo6, hi6 = activation_range("relu6", q.of(spec.graph.nodes[0].output).s, -20)
    assert (plan.steps[0].context["act_min"], plan.steps[0].context["act_max"]) == (lo6, hi6)
    assert plan.steps[2].context["act_min"] == -7
    kernel = convgen.compile(spec, cflags=CFLAGS + ("-march=native",), target=target)
    for seed in (0, 1):
        rng = np.random.default_rng(seed)
        weights = quantized.random_int8_weights(spec, rng)
        x = quantized.random_input(spec, rng)
        y = kernel(x, weights)
        np.testing.assert_array_equal(y, quantized.oracle(spec, x, weights))
        assert len(np.unique(y)) > 20


# (scale, zero point) of the two inputs and of the output of binary_spec's merges: intent in
# the comment
BINARY_QUANT = {
    # ordinary: like scales
    "like": ((0.05, -3), (0.031, 7), (0.06, -1)),
    # one input's scale 10^4 times the other's: its multiplier's right shift is large
    "far": ((0.5, 0), (0.00004, -128), (0.4, 127)),
    # a tiny output scale: the output rescale shifts left (most outputs saturate)
    "left": ((0.05, 5), (0.07, -9), (0.00000003, 3)),
    # an output scale below the product's: MUL's rescale shifts left by one, products near
    # zero stay inside int8
    "product": ((0.05, 5), (0.07, -9), (0.0027, 3)),
}


def binary_spec(quant: str) -> str:
    """ADD, SUB and MUL of two 1x1 convolutions of the input (quantized as BINARY_QUANT's
    case), over 5x7x5 = 175 elements (SIMD steps of 16 and a tail of 15) and 5x7x16 = 560
    (no tail), flattened and concatenated: the SIMD forms' binary kernels."""
    (s1, z1), (s2, z2), (so, zo) = BINARY_QUANT[quant]
    layers, outs = [], []
    for f in (5, 16):
        layers += [f"{{type: Conv2D, name: a{f}, inputs: [input], filters: {f}, kernel_size: 1, "
                   f"quantization: {{scale: {s1:.12f}, zero_point: {z1}}}}}",
                   f"{{type: Conv2D, name: b{f}, inputs: [input], filters: {f}, kernel_size: 1, "
                   f"quantization: {{scale: {s2:.12f}, zero_point: {z2}}}}}"]
        for op in ("Add", "Subtract", "Multiply"):
            layers += [f"{{type: {op}, name: {op}{f}, inputs: [a{f}, b{f}], quantization: "
                       f"{{scale: {so:.12f}, zero_point: {zo}}}}}",
                       f"{{type: Flatten, name: f{op}{f}}}"]
            outs.append(f"f{op}{f}")
    layers.append(f"{{type: Concatenate, inputs: [{', '.join(outs)}], quantization: "
                  f"{{scale: {so:.12f}, zero_point: {zo}}}}}")
    return ("name: qbinary\ndtype: int8\ninput_shape: [5, 7, 3]\n"
            "input_quantization: {scale: 0.05, zero_point: 2}\nlayers:\n"
            + "".join(f"  - {layer}\n" for layer in layers))
