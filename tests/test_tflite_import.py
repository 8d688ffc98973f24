"""``convgen import-tflite`` and ``convgen.from_tflite``: the committed float32 ``.tflite``
models of ``tests/tflite_models/`` (made once by ``make_models.py`` with TensorFlow's
converter) imported, compiled and compared with LiteRT's interpreter running its reference
kernels (``OpResolverType.BUILTIN_REF``) on the same input; every operator's output compared
with the oracle of the spec up to the layer computing it; and the refusals.

Tolerance as everywhere: max|convgen - interpreter| <= 1e-4 * max(1, max|interpreter|).
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import yaml

import convgen
from convgen.plan import make_plan
from convgen.spec import parse_spec

pytest.importorskip("ai_edge_litert.interpreter",
                    reason="ai-edge-litert is not installed (optional): "
                           "pip install 'convgen[tflite]'")
import flatbuffers  # noqa: E402  (a dependency of ai-edge-litert)
from ai_edge_litert import schema_py_generated as schema  # noqa: E402
from ai_edge_litert.interpreter import Interpreter, OpResolverType  # noqa: E402

from convgen import tflite_import  # noqa: E402
from convgen.cli import main  # noqa: E402
from convgen.verify import TOLERANCE, compare  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "tests" / "tflite_models"

# name -> what it covers (tests/tflite_models/make_models.py builds each)
CASES = {
    "conv_chain": "CONV_2D (same/valid, strides, dilation, groups, fused RELU/RELU6), TANH, "
                  "DEPTHWISE_CONV_2D (multiplier 2), TRANSPOSE_CONV (same, valid), both "
                  "poolings, RESHAPE, FULLY_CONNECTED, SOFTMAX",
    "conv1d": "Conv1D as converted: PAD, RESHAPE, CONV_2D 1 x k (causal, dilated, strided), "
              "depthwise, MEAN over one axis",
    "graph": "a graph: ADD/SUB/MUL/CONCATENATION of tensors, PAD, LEAKY_RELU, HARD_SWISH, "
             "TANH, LOGISTIC, RESIZE_BILINEAR, RESIZE_NEAREST_NEIGHBOR, MEAN keeping dims, "
             "FULLY_CONNECTED keeping dims on rank 4",
    "constants": "MUL/ADD of per-channel and scalar constants (Rescaling) with a fused RELU, "
                 "FULLY_CONNECTED on rank 3 and 4, TRANSPOSE",
    "small_cnn_fp16": "float16 weights: DEQUANTIZE of constants folded into float32 weights",
    "layers_more": "Rescaling and Normalization (constants), STRIDED_SLICE (Cropping2D), "
                   "separable, swish (LOGISTIC x input), PRELU, GELU, ELU, MAXIMUM, MINIMUM, "
                   "nearest UpSampling2D (RESHAPE, TILE), REDUCE_MAX, LOG_SOFTMAX, EXP, NEG",
    "open_batch": "an open batch size: a RESHAPE whose shape SHAPE/STRIDED_SLICE/PACK compute "
                  "at run time takes its declared output shape",
}
MLPERF = ("kws_ds_cnn", "ic_resnet8", "vww_mobilenet_v1", "ad_autoencoder")
QUICK_MLPERF = ("kws_ds_cnn", "ic_resnet8")   # the other two compile in a few seconds each


def interpreter(name: str) -> Interpreter:
    """LiteRT's interpreter on the reference kernels; where those lack an operator (ELU in
    LiteRT 2.3), its builtin kernels without a delegate."""
    for kernels in (OpResolverType.BUILTIN_REF, OpResolverType.BUILTIN_WITHOUT_DEFAULT_DELEGATES):
        try:
            it = Interpreter(model_path=str(MODELS / f"{name}.tflite"),
                             experimental_op_resolver_type=kernels,
                             experimental_preserve_all_tensors=True)
        except ValueError as exc:   # "Didn't find op for builtin opcode ..."
            if kernels != OpResolverType.BUILTIN_REF or "find op" not in str(exc):
                raise
            continue
        it.allocate_tensors()
        return it


def run_interpreter(it: Interpreter, x: np.ndarray) -> np.ndarray:
    it.set_tensor(it.get_input_details()[0]["index"], x)
    it.invoke()
    return it.get_tensor(it.get_output_details()[0]["index"])


def seeded_input(it: Interpreter, seed: int = 0) -> np.ndarray:
    shape = it.get_input_details()[0]["shape"]
    return np.random.default_rng(seed).standard_normal(shape).astype(np.float32)


def assert_close(actual, expected, what=""):
    c = compare(actual, np.asarray(expected, np.float64))
    assert c.passed, (f"{what}: max abs err {c.max_abs:.3g} at {c.where} (rel "
                      f"{c.max_rel:.3g} > {TOLERANCE})")


def oracle_values(spec, x) -> dict:
    """Every layer's output under the oracle (:func:`convgen.reference`'s walk, keeping
    each value)."""
    values = {spec.graph.input.name: np.asarray(x, np.float64)}
    flat = list(spec.weights)
    for node in spec.graph.nodes:
        n = len(node.weight_shapes())
        values[node.output.name] = node.kind.reference(
            node.layer, [values[t.name] for t in node.inputs], flat[:n], node.output.shape)
        flat = flat[n:]
    return values


@pytest.fixture(scope="module")
def imported():
    cache = {}

    def get(name):
        if name not in cache:
            cache[name] = tflite_import.convert(MODELS / f"{name}.tflite")
        return cache[name]
    return get


@pytest.mark.parametrize("name", [*CASES, *QUICK_MLPERF,
                                  *[pytest.param(m, marks=pytest.mark.slow)
                                    for m in MLPERF if m not in QUICK_MLPERF]])
def test_kernel_matches_interpreter(imported, name):
    """The compiled kernel's output equals the interpreter's (reference kernels) on two
    seeded inputs."""
    kernel = convgen.compile(imported(name).spec)
    it = interpreter(name)
    for seed in (0, 1):
        x = seeded_input(it, seed)
        assert_close(kernel(x), run_interpreter(it, x), f"{name}, seed {seed}")


def operator_mismatches(result, name: str, spec=None) -> list:
    """The tensors (index, layer) where the interpreter and the oracle of the layer the
    import made of their operator differ, and how many were compared."""
    spec = result.spec if spec is None else spec
    it = interpreter(name)
    x = seeded_input(it)
    run_interpreter(it, x)
    values = oracle_values(spec, x)
    computed = {op["outputs"][0] for op in it._get_ops_details()}
    bad, checked = [], 0
    for tensor, layer in result.tensor_layers.items():
        if tensor in computed:
            c = compare(values[layer], np.asarray(it.get_tensor(tensor), np.float64))
            checked += 1
            if not c.passed:
                bad.append((tensor, layer, c.max_rel))
    return bad, checked


@pytest.mark.parametrize("name", [*CASES, *MLPERF])
def test_every_operator_matches_interpreter(imported, name):
    """Each operator's output tensor in the interpreter equals, under the oracle, the output
    of the layer the import made of it: a wrong layout or option shows at its operator even
    where later layers (a softmax, a pooling) would hide it."""
    result = imported(name)
    bad, checked = operator_mismatches(result, name)
    assert not bad, f"{name}: (tensor, layer, rel err) {bad}"
    assert checked == len(result.tensor_layers)


def test_a_wrong_layout_is_caught(imported):
    """The check above can fail: the first convolution's kernel flipped upside down (a
    plausible layout slip) is caught at that operator."""
    result = imported("conv_chain")
    weights = list(result.spec.weights)
    weights[0] = np.ascontiguousarray(weights[0][::-1])
    wrong = dataclasses.replace(result.spec, weights=tuple(weights))
    bad, _ = operator_mismatches(result, "conv_chain", wrong)
    assert bad and bad[0][1] == "conv2d"


def test_layouts_and_layers(imported):
    """Weights in Keras's layouts and the layers the converter's patterns become."""
    chain = imported("conv_chain")
    layers = chain.mapping["layers"]
    assert [item["type"] for item in layers][:6] == [
        "Conv2D", "Conv2D", "Conv2D", "Activation", "DepthwiseConv2D", "Conv2DTranspose"]
    assert layers[2]["groups"] == 2 and layers[2]["dilation_rate"] == 2
    assert layers[4]["depth_multiplier"] == 2
    kernel = chain.weights[0]
    assert kernel.shape == (3, 3, 3, 8)                          # OHWI -> HWIO
    content = (MODELS / "conv_chain.tflite").read_bytes()
    model = tflite_import.read_model(content, "conv_chain")
    ohwi = model.tensors[model.operators[0].inputs[1]].data
    np.testing.assert_array_equal(kernel, ohwi.transpose(1, 2, 3, 0))
    dense = [w for w in chain.weights if w.ndim == 2]
    assert dense[0].shape == (48, 16)                            # [units, in] -> [in, units]
    conv1d = imported("conv1d").mapping["layers"]
    # causal: PAD then expand in the file; expand then pad here, so the pad folds
    assert [item["type"] for item in conv1d[:3]] == ["Reshape", "ZeroPadding2D", "Conv2D"]
    assert conv1d[1]["padding"] == [[0, 0], [4, 0]] and conv1d[2]["kernel_size"] == [1, 3]
    plan = make_plan(imported("conv1d").spec)
    assert "zero_padding2d" not in [step.node.name for step in plan.steps]   # folded
    assert imported("constants").mapping["layers"][0] == {"type": "Rescaling",
                                                          "scale": [0.5, -2.0, 1.5]}


def test_chain_is_unnamed_graph_is_named(imported):
    assert all("name" not in item and "inputs" not in item
               for item in imported("kws_ds_cnn").mapping["layers"])
    graph = imported("ic_resnet8").mapping["layers"]
    assert all("name" in item for item in graph)
    assert sum("inputs" in item for item in graph) >= 3


def test_cli_writes_a_spec_that_verifies(tmp_path, capsys):
    out = tmp_path / "specs" / "kws.yaml"
    code, stdout, err = cli(capsys, "import-tflite", str(MODELS / "kws_ds_cnn.tflite"), "-o",
                            str(out), "-n", "kws")
    assert code == 0, err
    assert stdout.startswith(f"wrote {out} and ") and err == ""
    text = out.read_text()
    assert text.startswith("# Imported from the TFLite model 'kws_ds_cnn' (kws_ds_cnn.tflite)")
    assert yaml.safe_load(text)["weights"] == "kws.npz"
    spec = convgen.load_spec(out)
    assert spec.name == "kws"
    it = interpreter("kws_ds_cnn")
    x = seeded_input(it, 3)
    assert_close(convgen.compile(spec)(x), run_interpreter(it, x), "kws via the CLI")


def test_from_tflite_path_and_bytes():
    path = MODELS / "conv1d.tflite"
    by_path = convgen.from_tflite(path)
    by_bytes = convgen.from_tflite(path.read_bytes(), name="c1")
    assert by_path.name == "conv1d" and by_bytes.name == "c1"
    assert by_path.layers == by_bytes.layers
    assert all(np.array_equal(a, b) for a, b in zip(by_path.weights, by_bytes.weights))


# ---------------------------------------------------------------- refusals

def run_cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "convgen", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=300, **kw)


def cli(capsys, *args):
    """``convgen ARGS`` in this process: (exit status, stdout, stderr)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_unsupported_operators_listed_at_once(tmp_path, capsys):
    with pytest.raises(tflite_import.TFLiteImportError) as info:
        tflite_import.convert(MODELS / "unsupported.tflite")
    ops = [p.cls for p in info.value.problems]
    assert ops == ["ABS", "SQRT", "BATCH_MATMUL"]
    assert all(p.why == tflite_import.UNSUPPORTED_OP for p in info.value.problems)
    assert "supported operators: ADD, AVERAGE_POOL_2D" in str(info.value)
    code, _, err = cli(capsys, "import-tflite", str(MODELS / "unsupported.tflite"), "-o",
                       str(tmp_path / "u.yaml"))
    assert code == 2 and "3 problems; nothing was written" in err
    assert not list(tmp_path.iterdir())


def test_int8_model_imports_as_an_int8_spec():
    """An int8 model becomes an int8 spec (tests/test_int8.py tests that path in full): its
    kernel takes int8 and gives the reference kernels' bytes."""
    spec = convgen.from_tflite(MODELS / "small_cnn_int8.tflite")
    assert spec.quant is not None
    assert [layer.type for layer in spec.layers] == ["Conv2D", "DepthwiseConv2D",
                                                     "AveragePooling2D", "Reshape", "Dense",
                                                     "Softmax"]
    interp = Interpreter(model_path=str(MODELS / "small_cnn_int8.tflite"),
                         experimental_op_resolver_type=OpResolverType.BUILTIN_REF)
    interp.allocate_tensors()
    i, o = interp.get_input_details()[0], interp.get_output_details()[0]
    x = np.random.default_rng(0).integers(-128, 128, i["shape"]).astype(np.int8)
    interp.set_tensor(i["index"], x)
    interp.invoke()
    np.testing.assert_array_equal(convgen.compile(spec, cflags=["-O1"])(x),
                                  interp.get_tensor(o["index"]))


def edited(name: str, edit) -> bytes:
    """The model with ``edit(model, operator_by_name)`` applied through the schema's object
    API, packed again."""
    model = schema.ModelT.InitFromPackedBuf(bytearray((MODELS / f"{name}.tflite")
                                                      .read_bytes()), 0)
    codes = {v: k for k, v in vars(schema.BuiltinOperator).items() if not k.startswith("_")}
    ops = {}
    for op in model.subgraphs[0].operators:
        code = model.operatorCodes[op.opcodeIndex]
        ops.setdefault(codes[max(code.builtinCode, code.deprecatedBuiltinCode)], []).append(op)
    edit(model, ops)
    builder = flatbuffers.Builder(0)
    builder.Finish(model.Pack(builder), file_identifier=b"TFL3")
    return bytes(builder.Output())


def test_unsupported_options_listed_at_once():
    def edit(model, ops):
        ops["CONV_2D"][0].builtinOptions.fusedActivationFunction = 5     # SIGN_BIT
        ops["RESIZE_BILINEAR"][0].builtinOptions.alignCorners = True
        ops["RESIZE_BILINEAR"][0].builtinOptions.halfPixelCenters = False
        ops["CONCATENATION"][0].builtinOptions.axis = 0                  # the batch axis
    with pytest.raises(tflite_import.TFLiteImportError) as info:
        tflite_import.convert(edited("graph", edit))
    text = {p.cls: p.why for p in info.value.problems}
    assert set(text) == {"CONV_2D", "RESIZE_BILINEAR", "CONCATENATION"}
    assert "fused activation 5" in text["CONV_2D"]
    assert "align_corners" in text["RESIZE_BILINEAR"]
    assert "batch axis" in text["CONCATENATION"]


def test_tile_of_a_long_axis_refused():
    """A TILE is an upsampling only where the tiled axis has one element."""
    def edit(model, ops):
        graph = model.subgraphs[0]
        for op in ops["TILE"]:
            multiples = graph.tensors[op.inputs[1]]
            data = np.array([1, 2, 1, 1, 1], np.int32)    # tiles the axis of 9 (or 18) rows
            model.buffers[multiples.buffer].data = np.frombuffer(data.tobytes(), np.uint8)
    with pytest.raises(tflite_import.TFLiteImportError) as info:
        tflite_import.convert(edited("layers_more", edit))
    assert [p.cls for p in info.value.problems] == ["TILE", "TILE"]
    assert all("tiles only axes of size 1" in p.why for p in info.value.problems)


def test_two_inputs_and_a_shape_mismatch_refused():
    def edit(model, ops):
        model.subgraphs[0].inputs = [0, 1]
    with pytest.raises(tflite_import.TFLiteImportError, match="2 inputs and 1 outputs"):
        tflite_import.convert(edited("small_cnn", edit))

    def dangling(model, ops):
        model.subgraphs[0].outputs = [999]
    with pytest.raises(tflite_import.TFLiteImportError, match="damaged flatbuffer"):
        tflite_import.convert(edited("small_cnn", dangling))

    def wrong_shape(model, ops):
        out = ops["AVERAGE_POOL_2D"][0].outputs[0]
        model.subgraphs[0].tensors[out].shape = np.array([1, 4, 4, 4], np.int32)
    with pytest.raises(tflite_import.TFLiteImportError, match="TFLite declares 4x4x4"):
        tflite_import.convert(edited("small_cnn", wrong_shape))


CORRUPT = {   # id -> (content, what the error says)
    "empty": (b"", "no 'TFL3' file identifier"),
    "text": (b"not a model at all", "no 'TFL3' file identifier"),
    "truncated": (None, "damaged flatbuffer"),          # conv1d.tflite's first 3000 bytes
    "garbage": (b"\x10\x00\x00\x00TFL3" + bytes(range(256)) * 4, "damaged flatbuffer"),
}


@pytest.mark.parametrize("case", CORRUPT)
def test_corrupt_file_is_one_clear_error_exit_2(tmp_path, capsys, case):
    content, why = CORRUPT[case]
    if content is None:
        content = (MODELS / "conv1d.tflite").read_bytes()[:3000]
    path = tmp_path / "broken.tflite"
    path.write_bytes(content)
    with pytest.raises(tflite_import.TFLiteImportError, match=why):
        convgen.from_tflite(path)
    code, out, err = cli(capsys, "import-tflite", str(path), "-o", str(tmp_path / "o.yaml"))
    assert code == 2, err
    assert err.startswith(f"error: {path}: cannot import the TFLite model 'broken'")
    assert why in err and out == ""
    assert not (tmp_path / "o.yaml").exists()


def test_corrupt_file_exit_status_of_the_command(tmp_path):
    path = tmp_path / "broken.tflite"
    path.write_bytes((MODELS / "conv1d.tflite").read_bytes()[:3000])
    proc = run_cli("import-tflite", str(path), "-o", str(tmp_path / "o.yaml"))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "damaged flatbuffer" in proc.stderr


def test_damaged_bytes_give_a_spec_or_a_spec_error():
    """Seeded byte changes anywhere in a valid model: every outcome is a valid spec or one
    SpecError, never another exception."""
    base = (MODELS / "graph.tflite").read_bytes()
    rng = np.random.default_rng(16)
    outcomes = {"spec": 0, "refused": 0}
    for _ in range(120):
        content = bytearray(base)
        for _ in range(int(rng.integers(1, 6))):
            content[int(rng.integers(8, len(content)))] = int(rng.integers(0, 256))
        try:
            tflite_import.convert(bytes(content))
            outcomes["spec"] += 1
        except convgen.SpecError:
            outcomes["refused"] += 1
    assert outcomes["refused"] > 0 and outcomes["spec"] > 0, outcomes


def test_missing_file_and_bad_output_name_exit_2(tmp_path, capsys):
    code, _, err = cli(capsys, "import-tflite", str(tmp_path / "nope.tflite"), "-o",
                       str(tmp_path / "o.yaml"))
    assert code == 2 and "cannot be read" in err
    code, _, err = cli(capsys, "import-tflite", str(MODELS / "conv1d.tflite"), "-o",
                       str(tmp_path / "o.c"))
    assert code == 2 and "must end in .yaml" in err


def test_help(capsys):
    with pytest.raises(SystemExit) as info:
        main(["import-tflite", "--help"])
    out = capsys.readouterr().out
    assert info.value.code == 0 and out.startswith("usage: convgen import-tflite")
    assert "'convgen[tflite]'" in out


def test_missing_litert_is_one_line_exit_2(tmp_path):
    code = ("import sys; sys.modules['ai_edge_litert'] = None; from convgen.cli import main; "
            f"sys.exit(main(['import-tflite', {str(MODELS / 'conv1d.tflite')!r}, '-o', "
            f"{str(tmp_path / 'o.yaml')!r}]))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "pip install 'convgen[tflite]'" in proc.stderr


def test_import_convgen_does_not_import_litert():
    code = "import sys, convgen; sys.exit('ai_edge_litert' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_imported_spec_round_trips_through_yaml(imported, tmp_path):
    """The written pair reads back as the same spec (every model)."""
    from convgen.keras_import import write
    for name in CASES:
        result = imported(name)
        spec_path, _ = write(result, tmp_path / f"{name}.yaml")
        again = convgen.load_spec(spec_path)
        assert again.layers == result.spec.layers, name
        assert parse_spec(result.mapping).layers == result.spec.layers
