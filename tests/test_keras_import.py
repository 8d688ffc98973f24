"""``convgen import-keras`` and ``convgen.from_keras``: real Keras 3 models, saved, imported,
generated, compiled and compared with ``model.predict``.

Tolerance as everywhere: max|kernel - model.predict| <= 1e-4 * max(1, max|model.predict|).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("KERAS_BACKEND", "torch")   # must precede the first import of keras

import numpy as np
import pytest
import yaml

import convgen

keras = pytest.importorskip(
    "keras", reason="Keras 3 is not installed (optional): pip install 'convgen[keras]'")
from convgen import keras_import  # noqa: E402

pytestmark = [
    pytest.mark.keras,
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::UserWarning"),
]

ROOT = Path(__file__).resolve().parent.parent
L = keras.layers


def run(*args, cwd=None, **kw):
    env = dict(os.environ, PYTHONPATH=str(ROOT), KERAS_BACKEND="torch")
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=300, **kw)


def randomise(model, seed):
    """Non-zero biases and O(1) outputs, so that every weight matters."""
    rng = np.random.default_rng(seed)
    model.set_weights([(rng.standard_normal(w.shape) * (0.3 if w.ndim == 1 else
                                                        1 / np.sqrt(np.prod(w.shape[:-1]))))
                       .astype(np.float32) for w in model.get_weights()])
    return model


def seq2d():
    """A Sequential with a fixed batch, most 2-D layer families and a channels_first tail."""
    return randomise(keras.Sequential([
        keras.Input((13, 11, 3), batch_size=2),
        L.ZeroPadding2D(((1, 2), (0, 1))),
        L.Conv2D(8, 3, strides=2, padding="same", activation="relu"),
        L.DepthwiseConv2D(3, depth_multiplier=2, padding="same", use_bias=False),
        L.SeparableConv2D(6, (3, 1), activation="tanh", name="sep"),
        L.Conv2DTranspose(4, 3, strides=2, padding="same", output_padding=1),
        L.UpSampling2D((2, 1), interpolation="bilinear"),
        L.Cropping2D(((2, 0), (2, 1))),
        L.Conv2D(4, 1, groups=2, data_format="channels_first", activation="softmax"),
    ], name="demo-net v2"), 1)


def func_cf():
    """A functional chain in channels_first: convolutions, transposed, upsampling."""
    x = keras.Input((3, 9, 10))
    y = L.Conv2D(6, 3, padding="same", dilation_rate=2, data_format="channels_first",
                 activation="gelu")(x)
    y = L.UpSampling2D(2, data_format="channels_first")(y)
    y = L.Conv2DTranspose(5, (2, 3), strides=(1, 2), data_format="channels_first")(y)
    y = L.ZeroPadding2D(1, data_format="channels_first")(y)
    y = L.Conv2D(4, 3, strides=2, data_format="channels_first", activation="sigmoid")(y)
    return randomise(keras.Model(x, y, name="cf_chain"), 2)


def func_1d():
    """A functional chain of 1-D layers with a nested Sequential block."""
    block = keras.Sequential([L.SeparableConv1D(8, 3, padding="same", depth_multiplier=2),
                              L.UpSampling1D(3)], name="block")
    x = keras.Input((20, 4))
    y = L.Conv1D(6, 3, padding="causal", dilation_rate=2, activation="swish")(x)
    y = block(y)
    y = L.Conv1DTranspose(5, 4, strides=2, padding="same")(y)
    y = L.Cropping1D((3, 1))(y)
    y = L.DepthwiseConv1D(5, use_bias=False)(y)
    return randomise(keras.Model(x, y, name="kws"), 3)


def bad():
    """Unsupported classes, an unsupported activation and a non-float32 dtype policy."""
    return keras.Sequential([
        keras.Input((8, 8, 3)),
        L.Conv2D(4, 3, activation="threshold", name="thresholded"),
        L.GroupNormalization(groups=1),
        L.Conv2D(4, 1, dtype="mixed_float16", name="half"),
        L.GroupNormalization(groups=1),
        L.UnitNormalization(),
    ], name="bad_model")


MODELS = {"seq2d": seq2d, "func_cf": func_cf, "func_1d": func_1d}


def within_tolerance(actual, ref):
    ref = np.asarray(ref, np.float64)
    err = float(np.max(np.abs(np.asarray(actual, np.float64) - ref)))
    tol = 1e-4 * max(1.0, float(np.max(np.abs(ref))))
    assert err <= tol, f"max|kernel - model.predict| {err:.3g} > {tol:.3g}"


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """Save every model (.keras; seq2d also .h5) and import them through the command line:
    ``python -m convgen import-keras`` subprocesses for seq2d and the bad model, and one more
    process running the same ``main()`` for the rest (Keras is imported once there), all in
    parallel."""
    tmp = tmp_path_factory.mktemp("keras_models")
    models = {}
    for key, make in MODELS.items():
        models[key] = make()
        models[key].save(tmp / f"{key}.keras")
    bad().save(tmp / "bad.keras")
    formats = [(key, ".keras") for key in MODELS] + [("bad", ".keras")]
    try:
        models["seq2d"].save(tmp / "seq2d.h5")
        formats.append(("seq2d", ".h5"))
    except Exception:   # h5py missing: Keras 3 cannot write the legacy format
        pass
    env = dict(os.environ, PYTHONPATH=str(ROOT), KERAS_BACKEND="torch")
    outs = {k: tmp / "specs" / f"{k[0]}{k[1].replace('.', '_')}.yaml" for k in formats}
    argv = {k: ["import-keras", str(tmp / f"{k[0]}{k[1]}"), "-o", str(outs[k])]
            for k in formats}
    alone = [("seq2d", ".keras"), ("bad", ".keras")]
    procs = {k: subprocess.Popen([sys.executable, "-m", "convgen", *argv[k]],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env=env) for k in alone}
    rest = [k for k in formats if k not in alone]
    driver = ("import json, sys\nfrom convgen.cli import main\n"
              f"codes = [main(a) for a in {[argv[k] for k in rest]!r}]\n"
              "print(json.dumps(codes))")
    together = subprocess.Popen([sys.executable, "-c", driver], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=env)
    done = {}
    for k, proc in procs.items():
        stdout, stderr = proc.communicate(timeout=300)
        done[k] = (outs[k], proc.returncode, stdout, stderr)
    stdout, stderr = together.communicate(timeout=300)
    assert together.returncode == 0, stderr
    codes = json.loads(stdout.splitlines()[-1])
    for k, code in zip(rest, codes):
        done[k] = (outs[k], code, stdout, stderr)
    return tmp, models, done


@pytest.mark.parametrize("key,suffix", [("seq2d", ".keras"), ("func_cf", ".keras"),
                                        ("func_1d", ".keras"), ("seq2d", ".h5")])
def test_imported_kernel_matches_model_predict(imported, key, suffix):
    tmp, models, done = imported
    if (key, suffix) not in done:
        pytest.skip(f"Keras could not save {suffix} here (h5py missing)")
    out, code, stdout, stderr = done[key, suffix]
    assert code == 0, stderr
    assert out.is_file() and out.with_suffix(".npz").is_file(), stdout
    assert f"wrote {out}" in stdout
    model = models[key]
    spec = convgen.load_spec(out)
    assert spec.weights is not None and len(spec.weights) == len(model.get_weights())
    batch = model.inputs[0].shape[0] or 1
    x = np.random.default_rng(7).standard_normal((batch, *spec.input_shape)).astype(np.float32)
    within_tolerance(convgen.compile(spec)(x), model.predict(x, verbose=0))


def test_spec_is_minimal_and_named(imported):
    tmp, _, done = imported
    text = done["seq2d", ".keras"][0].read_text()
    raw = yaml.safe_load(text)
    assert raw["name"] == "demo_net_v2"   # the model name made into a C identifier
    assert raw["batch"] == 2 and raw["input_shape"] == [13, 11, 3]
    assert raw["weights"] == "seq2d_keras.npz"
    conv = raw["layers"][1]
    assert conv == {"type": "Conv2D", "filters": 8, "kernel_size": 3, "strides": 2,
                    "padding": "same", "activation": "relu"}
    assert raw["layers"][3]["name"] == "sep"   # a name the user gave is kept
    for key in ("trainable", "dtype", "kernel_initializer", "dilation_rate", "use_bias:"
                " true", "groups: 1", "data_format: channels_last", "conv2d"):
        assert key not in text, key
    # the nested Sequential is flattened; Keras's defaults are left out
    raw = yaml.safe_load(done["func_1d", ".keras"][0].read_text())
    assert [layer["type"] for layer in raw["layers"]] == [
        "Conv1D", "SeparableConv1D", "UpSampling1D", "Conv1DTranspose", "Cropping1D",
        "DepthwiseConv1D"]
    assert raw["layers"][2] == {"type": "UpSampling1D", "size": 3}
    assert "batch" not in raw


def test_generate_from_imported_spec(imported, tmp_path):
    _, _, done = imported
    specs = [str(done[k][0]) for k in (("seq2d", ".keras"), ("func_cf", ".keras"))]
    out = run("-m", "convgen", "generate", *specs, "-o", str(tmp_path))
    assert out.returncode == 0, out.stderr
    folder = tmp_path / "cf_chain"
    assert (folder / "cf_chain.c").is_file() and (folder / "cf_chain_weights.c").is_file()
    if shutil.which("make") and shutil.which(os.environ.get("CC", "gcc")):
        check = subprocess.run(["make", "-s", "-C", str(folder), "check"], capture_output=True,
                               text=True, timeout=300)
        assert check.returncode == 0, check.stdout + check.stderr


def test_unsupported_listed_at_once_exit_2_nothing_written(imported):
    tmp, _, done = imported
    out, code, stdout, stderr = done["bad", ".keras"]
    assert code == 2 and stdout == ""
    assert "Traceback" not in stderr
    for needle in ("thresholded (Conv2D): activation", "'threshold'",
                   "group_normalization (GroupNormalization): layer class not supported",
                   "half (Conv2D): dtype policy 'mixed_float16'",
                   "group_normalization (GroupNormalization)",
                   "unit_normalization (UnitNormalization)", "5 problems", "nothing was written"):
        assert needle in stderr, (needle, stderr)
    assert not out.exists() and not out.with_suffix(".npz").exists()
    assert not list(out.parent.glob(".convgen-import-*"))


def test_from_keras_python_api(imported):
    tmp, models, _ = imported
    model = models["func_cf"]
    for source in (model, tmp / "func_cf.keras", str(tmp / "func_cf.keras")):
        spec = convgen.from_keras(source)
        assert isinstance(spec, convgen.Spec) and spec.name == "cf_chain"
        assert spec.weights is not None
    spec = convgen.from_keras(model, name="cf")
    assert spec.name == "cf"
    x = np.random.default_rng(3).standard_normal((1, *spec.input_shape)).astype(np.float32)
    within_tolerance(convgen.compile(spec)(x), model.predict(x, verbose=0))


def test_refusals_name_layer_class_and_reason():
    inp = keras.Input((8, 8, 3))
    a = L.Conv2D(4, 3, padding="same")(inp)
    b = L.Conv2D(4, 1)(a)
    c = L.GroupNormalization(groups=1)(L.Add()([a, b]))
    two_outputs = keras.Model(inp, [c, b], name="two_outputs")
    with pytest.raises(keras_import.KerasImportError) as err:
        convgen.from_keras(two_outputs)
    problems = err.value.problems
    assert any(p.cls == "Functional" and "2 outputs" in p.why for p in problems)
    # the layers that are refused anyway are listed too, each once
    assert [p.cls for p in problems].count("GroupNormalization") == 1
    assert isinstance(err.value, convgen.SpecError)

    # A config key convgen does not know, at a value other than the class's default
    # (as a future Keras argument would be): refused, naming the key and value.
    conv = L.Conv1D(4, 3, activation="relu6")
    config = conv.get_config
    conv.get_config = lambda: {**config(), "future_arg": 3}
    odd = keras.Sequential([keras.Input((10, 3)), L.ZeroPadding1D(2), conv,
                            L.UpSampling1D(2)], name="odd")
    with pytest.raises(keras_import.KerasImportError) as err:
        convgen.from_keras(odd)
    (problem,) = err.value.problems
    assert problem.cls == "Conv1D" and "future_arg=3 is not supported" in problem.why

    shared = L.Conv2D(3, 3, padding="same")
    inp = keras.Input((6, 6, 3))
    twice = keras.Model(inp, shared(shared(inp)), name="twice")
    with pytest.raises(keras_import.KerasImportError, match="more than once"):
        convgen.from_keras(twice)

    with pytest.raises(convgen.SpecError, match="name"):
        convgen.from_keras(keras.Sequential([keras.Input((6, 3)), L.Conv1D(2, 3)]), name="int")


def test_c_identifier():
    assert keras_import.c_identifier("demo-net.v2") == "demo_net_v2"
    assert keras_import.c_identifier("3d unet") == "model_3d_unet"
    assert keras_import.c_identifier("main") == "main_model"
    assert keras_import.c_identifier("cg_x") == "model_cg_x"
    assert keras_import.c_identifier("---") == "model"
    assert len(keras_import.c_identifier("x" * 100)) == 63


def test_missing_keras_is_one_line_exit_2(tmp_path):
    model = tmp_path / "m.keras"
    model.write_bytes(b"not really a model")
    code = ("import sys; sys.modules['keras'] = None; from convgen.cli import main; "
            f"sys.exit(main(['import-keras', {str(model)!r}, '-o', {str(tmp_path / 'o.yaml')!r}]))")
    done = run("-c", code)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "pip install 'convgen[keras]'" in done.stderr
    assert not (tmp_path / "o.yaml").exists()


def test_import_convgen_does_not_import_keras():
    done = run("-c", "import sys, convgen; assert callable(convgen.from_keras); "
                     "assert 'keras' not in sys.modules and 'torch' not in sys.modules")
    assert done.returncode == 0, done.stderr


def test_bad_model_file_exit_2(tmp_path):
    junk = tmp_path / "junk.keras"
    junk.write_bytes(b"not a zip")
    with pytest.raises(convgen.SpecError) as err:   # in-process: Keras is imported already
        keras_import.load_model(junk)
    assert "junk.keras" in str(err.value) and "\n" not in str(err.value)
    for args in ([str(tmp_path / "missing.keras"), "-o", str(tmp_path / "a.yaml")],
                 [str(junk), "-o", str(tmp_path / "a.npz")],
                 [str(tmp_path / "model.pb"), "-o", str(tmp_path / "a.yaml")]):
        done = run("-m", "convgen", "import-keras", *args)
        assert done.returncode == 2, done.stderr
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == [junk]
