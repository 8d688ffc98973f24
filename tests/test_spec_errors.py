"""Spec validation: every bad spec is a SpecError that names the file, line, field and value.

Fast tests: nothing here needs a C compiler. The table ``CASES`` declares one invalid spec per
row with the field path, the line and the substrings its message must carry; the accepted
argument forms are checked at the end.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Tuple

import numpy as np
import pytest

import convgen
from convgen import SpecError, parse_spec

SOURCE = "bad.yaml"


def conv(*extra: str, type_: str = "Conv2D", input_shape: str = "[8, 8, 3]",
         filters: str = "4", kernel_size: str = "3", name: str = "k", tail: str = "") -> str:
    """A one-layer spec; ``extra`` lines go into the layer from line 7 on.

    Line 1 name, 2 input_shape, 3 layers, 4 type, 5 filters, 6 kernel_size, 7.. extra,
    then ``tail`` (top-level keys).
    """
    lines = [f"name: {name}", f"input_shape: {input_shape}", "layers:", f"  - type: {type_}",
             f"    filters: {filters}", f"    kernel_size: {kernel_size}"]
    lines += [f"    {line}" for line in extra]
    return "\n".join(lines) + "\n" + tail


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    field: Optional[str]          # expected SpecError.field (None: the whole document)
    line: Optional[int]           # expected SpecError.line (None: no line, e.g. empty file)
    needles: Tuple[str, ...]      # substrings of str(err): the value given, hints, accepted


C = Case
CASES = [
    # -- layer type
    C("type-misspelt", conv(type_="Conv2d"), "layers[0].type", 4,
      ("'Conv2d'", "did you mean 'Conv2D'", "Conv1D, Conv2D, Conv3D")),
    C("type-unknown", conv(type_="LSTM"), "layers[0].type", 4, ("'LSTM'", "accepted")),
    C("type-lowercase", conv(type_="conv1d"), "layers[0].type", 4,
      ("'conv1d'", "did you mean 'Conv1D'")),
    C("type-not-string", conv(type_="[Conv2D]"), "layers[0].type", 4, ("['Conv2D']",)),
    C("type-missing", "name: k\ninput_shape: [8, 8, 3]\nlayers:\n  - filters: 4\n"
      "    kernel_size: 3\n", "layers[0].type", 4, ("required", "Conv2D")),
    # -- unknown arguments, with suggestions
    C("arg-misspelt", conv("strids: 2"), "layers[0].strids", 7,
      ("'strids'", "did you mean 'strides'", "accepted")),
    C("arg-misspelt-activation", conv("activaton: relu"), "layers[0].activaton", 7,
      ("'activaton'", "did you mean 'activation'")),
    C("arg-other-layer", conv("depth_multiplier: 2"), "layers[0].depth_multiplier", 7,
      ("'depth_multiplier'", "accepted")),
    C("arg-filters-missing", "name: k\ninput_shape: [8, 8, 3]\nlayers:\n  - type: Conv2D\n"
      "    kernel_size: 3\n", "layers[0].filters", 4, ("required",)),
    C("arg-kernel-null", conv(kernel_size="null"), "layers[0].kernel_size", 6, ("required",)),
    # -- bool/float where an int belongs (YAML true is a bool, 3.0 a float)
    C("filters-true", conv(filters="true"), "layers[0].filters", 5, ("True", "bool")),
    C("filters-float", conv(filters="4.0"), "layers[0].filters", 5, ("4.0",)),
    C("filters-string", conv(filters="'4'"), "layers[0].filters", 5, ("'4'",)),
    C("filters-nan", conv(filters=".nan"), "layers[0].filters", 5, ("nan",)),
    C("kernel-float", conv(kernel_size="3.0"), "layers[0].kernel_size", 6, ("3.0",)),
    C("kernel-list-float", conv(kernel_size="[3, 2.5]"), "layers[0].kernel_size", 6,
      ("2.5",)),
    C("strides-list-bool", conv("strides: [1, true]"), "layers[0].strides", 7, ("True",)),
    C("dilation-bool", conv("dilation_rate: false"), "layers[0].dilation_rate", 7,
      ("False",)),
    C("groups-float", conv("groups: 1.0"), "layers[0].groups", 7, ("1.0",)),
    C("use-bias-string", conv("use_bias: 'yes'"), "layers[0].use_bias", 7,
      ("'yes'", "true or false")),
    C("use-bias-int", conv("use_bias: 1"), "layers[0].use_bias", 7, ("got 1",)),
    C("trainable-string", conv("trainable: 'no'"), "layers[0].trainable", 7, ("'no'",)),
    C("batch-bool", conv(tail="batch: true\n"), "batch", 7, ("True",)),
    C("input-shape-float", conv(input_shape="[8.0, 8, 3]"), "input_shape[0]", 2, ("8.0",)),
    C("input-shape-string", conv(input_shape="'8x8x3'"), "input_shape", 2, ("'8x8x3'",)),
    C("input-shape-empty", conv(input_shape="[]"), "input_shape", 2, ("[]",)),
    # -- non-positive sizes
    C("filters-zero", conv(filters="0"), "layers[0].filters", 5, ("got 0",)),
    C("filters-negative", conv(filters="-1"), "layers[0].filters", 5, ("got -1",)),
    C("kernel-zero", conv(kernel_size="[3, 0]"), "layers[0].kernel_size", 6, ("got 0",)),
    C("kernel-negative", conv(kernel_size="-1"), "layers[0].kernel_size", 6, ("got -1",)),
    C("strides-zero", conv("strides: 0"), "layers[0].strides", 7, ("got 0",)),
    C("dilation-negative", conv("dilation_rate: [1, -1]"), "layers[0].dilation_rate", 7,
      ("got -1",)),
    C("groups-zero", conv("groups: 0"), "layers[0].groups", 7, ("got 0",)),
    C("batch-zero", conv(tail="batch: 0\n"), "batch", 7, ("got 0",)),
    C("batch-negative", conv(tail="batch: -1\n"), "batch", 7, ("got -1",)),
    C("input-shape-zero", conv(input_shape="[8, 0, 3]"), "input_shape[1]", 2, ("got 0",)),
    C("input-shape-negative", conv(input_shape="[8, 8, -3]"), "input_shape[2]", 2,
      ("got -3",)),
    # -- tuple lengths must match the layer's rank
    C("strides-too-long", conv("strides: [1, 1, 1]"), "layers[0].strides", 7,
      ("3 values", "[1, 1, 1]", "list of 2")),
    C("kernel-too-short", conv(kernel_size="[3]"), "layers[0].kernel_size", 6,
      ("1 values", "[3]", "list of 2")),
    C("kernel-empty", conv(kernel_size="[]"), "layers[0].kernel_size", 6, ("0 values",)),
    C("dilation-3d-short", conv("dilation_rate: [1, 2]", type_="Conv3D",
                                input_shape="[6, 7, 8, 2]"),
      "layers[0].dilation_rate", 7, ("[1, 2]", "list of 3")),
    C("conv1d-kernel-pair", conv(type_="Conv1D", input_shape="[9, 2]", kernel_size="[3, 3]"),
      "layers[0].kernel_size", 6, ("[3, 3]", "list of 1")),
    # -- strides > 1 with dilation > 1 (Conv*: refused by Keras)
    C("strides-and-dilation", conv("strides: 2", "dilation_rate: 2"), "layers[0].strides", 7,
      ("[2, 2]", "dilation_rate")),
    C("strides-and-dilation-other-axes", conv("strides: [2, 1]", "dilation_rate: [1, 3]",
                                              input_shape="[9, 9, 3]"),
      "layers[0].strides", 7, ("[2, 1]", "[1, 3]")),
    C("strides-and-dilation-1d", conv("strides: 3", "dilation_rate: 2", type_="Conv1D",
                                      input_shape="[20, 2]"),
      "layers[0].strides", 7, ("[3]", "[2]", "Conv1D")),
    # -- causal padding is Conv1D only
    C("causal-conv2d", conv("padding: causal"), "layers[0].padding", 7,
      ("'causal'", "Conv1D", "Conv2D", "valid, same")),
    C("causal-conv3d", conv("padding: Causal", type_="Conv3D", input_shape="[6, 7, 8, 2]"),
      "layers[0].padding", 7, ("'causal'", "Conv3D")),
    # -- groups
    C("groups-not-dividing-filters", conv("groups: 3", input_shape="[8, 8, 6]"),
      "layers[0].groups", 7, ("groups=3", "filters=4")),
    C("groups-not-dividing-channels", conv("groups: 2"), "layers[0].groups", 7,
      ("groups=2", "3 input channels")),
    C("groups-channels-first", conv("groups: 4", "data_format: channels_first",
                                    input_shape="[6, 8, 8]"),
      "layers[0].groups", 7, ("groups=4", "6 input channels")),
    # -- output dimension <= 0 names kernel_size
    C("kernel-bigger-than-input", conv(kernel_size="9"), "layers[0].kernel_size", 6,
      ("9x9", "8x8x3", "valid")),
    C("kernel-bigger-one-axis", conv(kernel_size="[3, 9]", input_shape="[9, 8, 3]"),
      "layers[0].kernel_size", 6, ("3x9", "9x8x3")),
    C("dilation-makes-kernel-too-big", conv("dilation_rate: [1, 4]"), "layers[0].kernel_size",
      6, ("dilation_rate 1x4",)),
    C("kernel-too-big-channels-first", conv("data_format: channels_first",
                                            input_shape="[3, 8, 4]", kernel_size="[2, 5]"),
      "layers[0].kernel_size", 6, ("2x5", "3x8x4")),
    C("kernel-too-big-conv1d", conv(type_="Conv1D", input_shape="[5, 2]", kernel_size="6"),
      "layers[0].kernel_size", 6, ("kernel_size 6", "5x2")),
    # -- input rank must be the layer's rank + 1
    C("rank-2-for-conv2d", conv(input_shape="[8, 3]"), "layers[0]", 4,
      ("8x3", "rank 3", "Conv2D")),
    C("rank-4-for-conv2d", conv(input_shape="[8, 8, 8, 3]"), "layers[0]", 4,
      ("8x8x8x3", "rank 3")),
    C("rank-3-for-conv1d", conv(type_="Conv1D", input_shape="[8, 8, 3]"), "layers[0]", 4,
      ("8x8x3", "rank 2", "Conv1D")),
    C("rank-3-for-conv3d", conv(type_="Conv3D", input_shape="[8, 8, 3]"), "layers[0]", 4,
      ("8x8x3", "rank 4", "Conv3D")),
    # -- names: C identifiers only
    C("name-leading-digit", conv(name="'1abc'"), "name", 1, ("'1abc'", "C identifier")),
    C("name-dash", conv(name="a-b"), "name", 1, ("'a-b'", "C identifier")),
    C("name-path", conv(name="../x"), "name", 1, ("'../x'",)),
    C("name-space", conv(name="'a b'"), "name", 1, ("'a b'",)),
    C("name-empty", conv(name="''"), "name", 1, ("''",)),
    C("name-null", conv(name="null"), "name", 1, ("required",)),
    C("name-int", conv(name="5"), "name", 1, ("5 is not a C identifier",)),
    C("name-list", conv(name="[a]"), "name", 1, ("['a']",)),
    C("name-keyword-int", conv(name="int"), "name", 1, ("'int'", "keyword")),
    C("name-keyword-while", conv(name="while"), "name", 1, ("'while'", "keyword")),
    C("name-reserved-main", conv(name="main"), "name", 1, ("'main'", "reserved")),
    C("name-reserved-expf", conv(name="expf"), "name", 1, ("'expf'", "reserved")),
    C("name-reserved-prefix", conv(name="cg_conv"), "name", 1, ("'cg_conv'",)),
    C("name-too-long", conv(name="a" * 64), "name", 1, ("a" * 64, "63")),
    # -- top level
    C("top-key-misspelt", conv(tail="batchh: 2\n"), "batchh", 7,
      ("'batchh'", "did you mean 'batch'", "name, input_shape, batch, weights, layers")),
    C("top-key-misspelt-shape", "name: k\ninput_shap: [8, 8, 3]\n", "input_shap", 2,
      ("'input_shap'", "did you mean 'input_shape'")),
    C("name-missing", "input_shape: [8, 8, 3]\nlayers:\n  - type: Conv2D\n    filters: 4\n"
      "    kernel_size: 3\n", "name", 1, ("required",)),
    C("input-shape-missing", "name: k\nlayers:\n  - type: Conv2D\n    filters: 4\n"
      "    kernel_size: 3\n", "input_shape", 1, ("required",)),
    C("layers-missing", "name: k\ninput_shape: [8, 8, 3]\n", "layers", 1, ("None",)),
    C("layers-empty", "name: k\ninput_shape: [8, 8, 3]\nlayers: []\n", "layers", 3,
      ("[]", "non-empty")),
    C("layers-null", "name: k\ninput_shape: [8, 8, 3]\nlayers:\n", "layers", 3, ("None",)),
    C("layers-mapping", "name: k\ninput_shape: [8, 8, 3]\nlayers: {type: Conv2D}\n",
      "layers", 3, ("{'type': 'Conv2D'}",)),
    C("layer-not-mapping", "name: k\ninput_shape: [8, 8, 3]\nlayers: [Conv2D]\n",
      "layers[0]", 3, ("'Conv2D'",)),
    # In a chain the error names the layer index and the shape that layer receives.
    C("layers-chain-kernel-too-big",
      conv(tail="  - type: Conv2D\n    filters: 2\n    kernel_size: 7\n"),
      "layers[1].kernel_size", 9, ("(Conv2D) input 6x6x4 is smaller than kernel_size 7x7",)),
    C("layers-chain-rank", conv(tail="  - type: Conv1D\n    filters: 2\n    kernel_size: 1\n"),
      "layers[1]", 7, ("rank 2", "6x6x4")),
    C("weights-not-string", conv(tail="weights: 5\n"), "weights", 7, ("got 5", ".npz")),
    C("weights-empty-string", conv(tail="weights: ''\n"), "weights", 7, ("''",)),
    # -- activations
    C("activation-misspelt", conv("activation: rellu"), "layers[0].activation", 7,
      ("'rellu'", "did you mean 'relu'", "accepted", "gelu", "softmax", "glu")),
    C("activation-unknown", conv("activation: frobnicate"), "layers[0].activation", 7,
      ("'frobnicate'", "accepted: celu, elu")),
    C("activation-threshold", conv("activation: threshold"), "layers[0].activation", 7,
      ("'threshold'",)),
    C("activation-not-string", conv("activation: 3"), "layers[0].activation", 7,
      ("got 3",)),
    C("activation-case", conv("activation: ReLU"), "layers[0].activation", 7,
      ("'ReLU'", "accepted: celu")),   # Keras is case-sensitive here
    C("glu-odd-channels", conv("activation: glu", filters="5"), "layers[0].activation", 7,
      ("glu", "odd size 5", "6x6x5")),
    C("glu-odd-last-axis-channels-first", conv("activation: glu", "data_format: channels_first",
                                               input_shape="[3, 8, 7]"),
      "layers[0].activation", 7, ("glu", "odd size 5", "4x6x5")),
    # -- padding, data_format, dtype
    C("padding-int", conv("padding: 1"), "layers[0].padding", 7, ("got 1", "valid, same")),
    C("padding-unknown", conv("padding: full"), "layers[0].padding", 7, ("'full'", "valid")),
    C("padding-list", conv("padding: [1, 1]"), "layers[0].padding", 7, ("[1, 1]",)),
    C("padding-null", conv("padding: null"), "layers[0].padding", 7, ("None",)),
    C("data-format-unknown", conv("data_format: NCHW"), "layers[0].data_format", 7,
      ("'NCHW'", "channels_last, channels_first")),
    C("data-format-misspelt", conv("data_format: channel_last"), "layers[0].data_format", 7,
      ("'channel_last'", "did you mean 'channels_last'")),
    C("data-format-int", conv("data_format: 1"), "layers[0].data_format", 7, ("got 1",)),
    C("dtype-float16", conv("dtype: float16"), "layers[0].dtype", 7, ("'float16'", "float32")),
    C("dtype-float64", conv("dtype: float64"), "layers[0].dtype", 7, ("'float64'",)),
    C("layer-name-int", conv("name: 3"), "layers[0].name", 7, ("got 3",)),
    # -- YAML itself
    C("duplicate-layer-key", conv("filters: 2"), "layers[0].filters", 7,
      ("duplicate key 'filters'", "first at line 5")),
    C("duplicate-top-key", "name: k\ninput_shape: [8, 8, 3]\nname: j\n", "name", 3,
      ("duplicate key 'name'", "first at line 1")),
    C("tag-python-apply", conv(name="!!python/object/apply:os.system ['echo pwned']"), "name",
      1, ("python/object/apply:os.system", "not allowed")),
    C("tag-python-name", conv("activation: !!python/name:os.system ''"),
      "layers[0].activation", 7, ("python/name:os.system",)),
    C("tag-python-top", "!!python/object:os.system {}\n", None, 1, ("python/object:os.system",)),
    C("tag-local", conv(filters="!four 4"), "layers[0].filters", 5, ("'!four'",)),
    C("tag-set", conv(input_shape="!!set {8, 3}"), "input_shape", 2, ("set",)),
    C("merge-key", "base: &b {filters: 4}\nname: k\nlayers:\n  - <<: *b\n", "layers[0]", 4,
      ("merge",)),
    C("non-string-key", conv("3: 4"), "layers[0]", 7, ("3", "keys must be strings")),
    # Values PyYAML resolves by tag: a bad one must still be a SpecError at its line.
    C("tag-int-bad", conv(filters="!!int abc"), "layers[0].filters", 5, ("abc",)),
    C("tag-float-bad", conv(filters="!!float abc"), "layers[0].filters", 5, ("abc",)),
    C("tag-bool-bad", conv("use_bias: !!bool maybe"), "layers[0].use_bias", 7, ("maybe",)),
    C("tag-timestamp-bad", conv(tail="batch: !!timestamp soon\n"), "batch", 7, ("soon",)),
    C("tag-binary-bad", conv(name="!!binary AAA"), "name", 1, ("base64",)),
    # An integer too long for Python's int() (4300-digit limit) is still a bad value.
    C("int-too-many-digits", conv(filters="9" * 5000), "layers[0].filters", 5, ()),
    C("syntax-extra-bracket", "name: k\ninput_shape: [8, 8, 3]]\n", None, 2,
      ("invalid YAML",)),
    C("syntax-bad-indent", "name: k\ninput_shape: [8, 8, 3]\nlayers:\n  - type: Conv2D\n"
      "     filters: 4\n", None, 5, ("invalid YAML",)),
    C("syntax-two-documents", "name: k\n---\nname: j\n", None, 2, ("invalid YAML",)),
    C("tab-indent", conv().replace("    filters", "\tfilters"), None, 5,
      ("invalid YAML", "\\t")),
    C("empty-file", "", None, None, ("empty",)),
    C("comment-only", "# nothing here\n\n", None, None, ("empty",)),
    C("null-document", "~\n", None, 1, ("mapping", "NoneType")),
    C("top-level-list", "- name: k\n- input_shape: [8, 8, 3]\n", None, 1,
      ("mapping", "list")),
    C("top-level-scalar", "hello\n", None, 1, ("mapping", "str")),
    # Decoded binary garbage: control characters PyYAML refuses.
    C("garbage-bytes", bytes(range(256)).decode("latin-1"), None, 1, ()),
    C("nul-on-line-3", "name: k\ninput_shape: [8, 8, 3]\nlayers: \x00\n", None, 3, ()),
    C("bell-in-value", "name: k\x07\n", None, 1, ()),
    C("lone-surrogate", "name: k\ud800\n", None, 1, ()),
    C("odd-characters", "name: \ufffd\u200bk\u00e9\n", "name", 1, ("C identifier",)),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_invalid_spec(case: Case):
    with pytest.raises(SpecError) as info:
        parse_spec(case.text, source=SOURCE)
    err = info.value
    message = str(err)
    assert isinstance(err, ValueError)
    assert err.source == SOURCE
    assert (err.field, err.line) == (case.field, case.line), message
    where = SOURCE if case.line is None else f"{SOURCE}:{case.line}"
    assert message.startswith(f"{where}: "), message
    if case.field is not None:
        assert f"{where}: {case.field}: " in message, message
    for needle in case.needles:
        assert needle in message, f"{needle!r} not in {message!r}"


def test_case_ids_are_unique():
    assert len({c.id for c in CASES}) == len(CASES)


def test_python_tags_run_nothing(tmp_path: Path):
    """A refused tag must not be constructed on the way to the error."""
    target = tmp_path / "pwned"
    text = conv(name=f"!!python/object/apply:os.mkdir [{str(target)!r}]")
    with pytest.raises(SpecError, match="not allowed"):
        parse_spec(text, source=SOURCE)
    assert not target.exists()


def test_deep_nesting_is_a_spec_error():
    """Nesting past the parser's recursion depth is refused, not a RecursionError."""
    text = "name: k\ninput_shape: " + "[" * 5000 + "]" * 5000 + "\n"
    with pytest.raises(SpecError) as info:
        parse_spec(text, source=SOURCE)
    assert str(info.value).startswith(SOURCE)


@pytest.mark.parametrize("text", [
    # "billion laughs": 10**6 leaves from six lines of aliases
    "a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n"
    + "".join(f"{x}: &{x} [{', '.join([f'*{p}'] * 10)}]\n" for p, x in zip("abcde", "bcdef")),
    # an alias inside its own anchor: an infinitely deep list
    "name: &x [*x]\n",
], ids=["alias-bomb", "self-reference"])
def test_alias_expansion_is_bounded(text):
    with pytest.raises(SpecError, match="too large or too deeply nested") as info:
        parse_spec(text, source=SOURCE)
    assert str(info.value).startswith(f"{SOURCE}:")


def test_mapping_input_without_lines():
    """An already-parsed mapping has no lines: the error names the source and field only."""
    raw = {"name": "k", "input_shape": [8, 8, 3],
           "layers": [{"type": "Conv2D", "filters": 4, "kernel_size": 3, "strides": [1, True]}]}
    with pytest.raises(SpecError) as info:
        parse_spec(raw, source=SOURCE)
    assert (info.value.field, info.value.line) == ("layers[0].strides", None)
    assert str(info.value).startswith(f"{SOURCE}: layers[0].strides: ")


# ---------------------------------------------------------------- weights files

WEIGHTS_SPEC = """\
name: k
input_shape: [8, 7, 3]
weights: w.npz
layers:
  - type: Conv2D
    filters: 4
    kernel_size: [3, 2]
"""
WEIGHTS_LINE = 3
KERNEL, BIAS = (3, 2, 3, 4), (4,)


def _bad_zip_member(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("arr_0.npy", b"not an array")
        z.writestr("arr_1.npy", b"not an array")


def _npy(path: Path) -> None:
    """A single .npy array (what np.save writes) under the .npz name."""
    with open(path, "wb") as f:
        np.save(f, np.zeros(KERNEL))


def _truncated(path: Path) -> None:
    np.savez(path, np.zeros(KERNEL), np.zeros(BIAS))
    path.write_bytes(path.read_bytes()[:100])


# Each writes ``w.npz`` (or not); the spec must then be refused naming the weights line.
WEIGHT_CASES = {
    "missing-file": (lambda p: None, ("w.npz",)),
    "not-a-zip": (lambda p: p.write_bytes(b"\x00\x01garbage, not a zip file" * 10),
                  ("w.npz",)),
    "empty-file": (lambda p: p.write_bytes(b""), ("w.npz",)),
    "truncated-zip": (_truncated, ("w.npz",)),
    "a-directory": (lambda p: p.mkdir(), ("w.npz",)),
    "npy-not-npz": (_npy, ("w.npz",)),
    "too-few-arrays": (lambda p: np.savez(p, np.zeros(KERNEL)),
                       ("expected 2 weight arrays", "got 1", "3x2x3x4")),
    "too-many-arrays": (lambda p: np.savez(p, np.zeros(KERNEL), np.zeros(BIAS), np.zeros(1)),
                        ("expected 2 weight arrays", "got 3")),
    "no-arrays": (lambda p: zipfile.ZipFile(p, "w").close(), ("got 0",)),
    "kernel-axes-swapped": (lambda p: np.savez(p, np.zeros((2, 3, 3, 4)), np.zeros(BIAS)),
                            ("(3, 2, 3, 4)", "(2, 3, 3, 4)", "kernel")),
    "bias-wrong-shape": (lambda p: np.savez(p, np.zeros(KERNEL), np.zeros((4, 1))),
                         ("(4,)", "(4, 1)", "bias")),
    "string-array": (lambda p: np.savez(p, np.full(KERNEL, "x"), np.zeros(BIAS)),
                     ("float", "<U1")),
    "bool-array": (lambda p: np.savez(p, np.zeros(KERNEL), np.zeros(BIAS, bool)),
                   ("float", "bool")),
    "complex-array": (lambda p: np.savez(p, np.zeros(KERNEL, complex), np.zeros(BIAS)),
                      ("complex",)),
    "object-array": (lambda p: np.savez(p, np.array([None] * 72, object).reshape(KERNEL),
                                        np.zeros(BIAS)),
                     ("w.npz",)),
    "named-arrays": (lambda p: np.savez(p, kernel=np.zeros(KERNEL), bias=np.zeros(BIAS)),
                     ("'kernel'", "arr_0")),
    "zip-member-not-npy": (_bad_zip_member, ("float",)),
}


@pytest.mark.parametrize("case", sorted(WEIGHT_CASES))
def test_bad_weights_file(case: str, tmp_path: Path):
    write, needles = WEIGHT_CASES[case]
    write(tmp_path / "w.npz")
    with pytest.raises(SpecError) as info:
        parse_spec(WEIGHTS_SPEC, source=SOURCE, base_dir=tmp_path)
    err = info.value
    assert (err.field, err.line) == ("weights", WEIGHTS_LINE), str(err)
    assert str(err).startswith(f"{SOURCE}:{WEIGHTS_LINE}: weights: "), str(err)
    for needle in needles:
        assert needle in str(err), f"{needle!r} not in {str(err)!r}"


def test_weights_file_read_relative_to_spec(tmp_path: Path):
    kernel = np.arange(np.prod(KERNEL), dtype=np.float64).reshape(KERNEL)
    np.savez(tmp_path / "w.npz", kernel, np.arange(4))   # float64 and int: cast to float32
    (tmp_path / "spec.yaml").write_text(WEIGHTS_SPEC)
    spec = convgen.load_spec(tmp_path / "spec.yaml")
    assert spec.weights_path == tmp_path / "w.npz"
    assert [w.shape for w in spec.weights] == [KERNEL, BIAS]
    assert all(w.dtype == np.float32 and w.flags.c_contiguous for w in spec.weights)
    np.testing.assert_array_equal(spec.weights[0], kernel)


def test_weights_count_follows_use_bias(tmp_path: Path):
    np.savez(tmp_path / "w.npz", np.zeros(KERNEL), np.zeros(BIAS))
    text = WEIGHTS_SPEC + "    use_bias: false\n"
    with pytest.raises(SpecError, match="expected 1 weight arrays"):
        parse_spec(text, source=SOURCE, base_dir=tmp_path)
    np.savez(tmp_path / "w.npz", np.zeros(KERNEL))
    assert len(parse_spec(text, source=SOURCE, base_dir=tmp_path).weights) == 1


def test_weights_null_means_none():
    spec = parse_spec(conv(tail="weights: null\n"), source=SOURCE)
    assert spec.weights is None and spec.weights_path is None


# ---------------------------------------------------------------- load_spec

def test_load_spec_missing_file(tmp_path: Path):
    path = tmp_path / "nope.yaml"
    with pytest.raises(SpecError) as info:
        convgen.load_spec(path)
    assert info.value.source == str(path)
    assert str(info.value).startswith(f"{path}: ")
    assert "cannot read" in str(info.value)


def test_load_spec_directory(tmp_path: Path):
    with pytest.raises(SpecError, match="cannot read"):
        convgen.load_spec(tmp_path)


def test_load_spec_not_utf8(tmp_path: Path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(conv(name="caf\xe9").encode("latin-1"))
    with pytest.raises(SpecError) as info:
        convgen.load_spec(path)
    assert str(info.value).startswith(f"{path}")
    assert "UTF-8" in str(info.value)


def test_load_spec_error_names_file_and_line(tmp_path: Path):
    path = tmp_path / "spec.yaml"
    path.write_text(conv("strides: [1, true]"))
    with pytest.raises(SpecError) as info:
        convgen.load_spec(str(path))
    assert str(info.value).startswith(f"{path}:7: layers[0].strides: ")


# ---------------------------------------------------------------- accepted forms

def _layer(text: str):
    return parse_spec(text, source="ok.yaml").layers[0]


@pytest.mark.parametrize("given, expected", [
    ("SAME", "same"), ("Same", "same"), ("same", "same"), ("VALID", "valid"), ("Valid", "valid")])
def test_padding_is_case_insensitive(given, expected):
    assert _layer(conv(f"padding: {given}")).padding == expected


def test_causal_conv1d_accepted_any_case():
    layer = _layer(conv("padding: CAUSAL", type_="Conv1D", input_shape="[9, 2]"))
    assert layer.padding == "causal"


@pytest.mark.parametrize("given, expected", [
    (None, "channels_last"), ("null", "channels_last"), ("channels_last", "channels_last"),
    ("channels_first", "channels_first"), ("Channels_First", "channels_first")])
def test_data_format_forms(given, expected):
    extra = () if given is None else (f"data_format: {given}",)
    input_shape = "[3, 8, 8]" if expected == "channels_first" else "[8, 8, 3]"
    assert _layer(conv(*extra, input_shape=input_shape)).data_format == expected


@pytest.mark.parametrize("type_, input_shape, ints, lists", [
    # (kernel_size, strides, dilation_rate) as ints, then as lists
    ("Conv1D", "[9, 2]", ("3", "2", "1"), ("[3]", "[2]", "[1]")),
    ("Conv2D", "[8, 8, 3]", ("3", "1", "2"), ("[3, 3]", "[1, 1]", "[2, 2]")),
    ("Conv3D", "[6, 7, 8, 2]", ("2", "2", "1"), ("[2, 2, 2]", "[2, 2, 2]", "[1, 1, 1]")),
])
def test_int_and_list_forms_are_equivalent(type_, input_shape, ints, lists):
    def parse(kernel, strides, dilation):
        return parse_spec(conv(f"strides: {strides}", f"dilation_rate: {dilation}",
                               type_=type_, input_shape=input_shape, kernel_size=kernel))
    a, b = parse(*ints), parse(*lists)
    assert a.layers == b.layers
    assert a.shapes == b.shapes
    rank = a.layers[0].rank
    assert a.layers[0].kernel_size == (int(ints[0]),) * rank
    assert a.layers[0].strides == (int(ints[1]),) * rank


def test_training_only_arguments_are_ignored():
    plain = parse_spec(conv())
    decorated = parse_spec(conv(
        "kernel_initializer: glorot_uniform",
        "bias_initializer: {class_name: Zeros, config: {}}",
        "kernel_regularizer: {class_name: L2, config: {l2: 0.01}}",
        "bias_regularizer: null",
        "activity_regularizer: l1",
        "kernel_constraint: {class_name: MaxNorm, config: {max_value: 2}}",
        "bias_constraint: non_neg",
        "trainable: false",
        "dtype: float32",
    ))
    assert decorated.layers == plain.layers
    assert decorated.shapes == plain.shapes
    assert decorated.weight_shapes() == plain.weight_shapes()


def test_layer_name_is_kept_but_changes_nothing_else():
    named = _layer(conv("name: conv_a"))
    assert named.name == "conv_a"
    assert named.kernel_size == _layer(conv()).kernel_size


@pytest.mark.parametrize("extra", [(), ("activation: null",), ("activation: linear",)])
def test_activation_null_is_linear(extra):
    assert _layer(conv(*extra)).activation == "linear"


def test_defaults_and_shapes():
    spec = parse_spec(conv("strides: 2", "padding: same", input_shape="[9, 8, 3]",
                           kernel_size="[3, 2]"))
    layer = spec.layers[0]
    assert (layer.dilation_rate, layer.groups, layer.use_bias) == ((1, 1), 1, True)
    assert spec.batch == 1
    assert spec.shapes == ((9, 8, 3), (5, 4, 4))   # same: ceil(n / s)
    assert spec.weight_shapes() == [(0, "kernel", (3, 2, 3, 4)), (0, "bias", (4,))]


def test_mapping_and_text_agree():
    raw = {"name": "k", "input_shape": [8, 8, 3],
           "layers": [{"type": "Conv2D", "filters": 4, "kernel_size": 3}]}
    assert parse_spec(raw).layers == parse_spec(conv()).layers


def test_spec_error_is_value_error():
    assert issubclass(SpecError, ValueError)
