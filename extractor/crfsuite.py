"""Read a CRFsuite model file in pure Python (the segmenter decodes with its weights itself).

underthesea ships its word segmenter as a CRFsuite model (``models.bin``) and runs it through a Rust
featurizer that returns some 43 Python strings per syllable, which the Rust tagger then parses again. That
round trip was two thirds of our whole extraction time. Reading the weights ourselves lets the segmenter
(:mod:`extractor.segmenter`) add up cached per-syllable weights instead of building those strings.

The file layout (little-endian) is CRFsuite's: a 48-byte header, a ``FEAT`` chunk of
``(type, source, destination, weight)`` records (type 0: attribute → label, type 1: label → label), and two
CQDB string tables, for labels and attributes, each with a backward array from id to record.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CQDB_HEADER = struct.Struct("<4sIIIII")
_FEATURE = struct.Struct("<IIId")


class ModelFormatError(ValueError):
    """The file is not a CRFsuite model this reader understands."""


@dataclass(frozen=True)
class CrfModel:
    """A linear-chain CRF: per-attribute label weights and label-to-label transition weights."""

    labels: tuple[str, ...]
    state: dict[str, tuple[float, ...]]  # attribute → weight per label (attributes absent weigh 0)
    transitions: tuple[tuple[float, ...], ...]  # transitions[previous][current]


def _strings(blob: bytes, offset: int) -> list[str]:
    """The strings of a CQDB table, in id order."""
    chunk, _size, _flag, _order, count, backward = _CQDB_HEADER.unpack_from(blob, offset)
    if chunk != b"CQDB":
        raise ModelFormatError(f"expected a CQDB string table at byte {offset}")
    out: list[str] = []
    for index, (record,) in enumerate(struct.iter_unpack("<I", blob[offset + backward:offset + backward + 4 * count])):
        at = offset + record
        ident, size = struct.unpack_from("<II", blob, at)
        if ident != index:
            raise ModelFormatError(f"string table at byte {offset} is out of order")
        out.append(blob[at + 8:at + 8 + size - 1].decode("utf-8"))  # size counts the trailing NUL
    return out


def read_model(path: Path) -> CrfModel:
    """Parse a CRFsuite ``.bin`` model."""
    blob = path.read_bytes()
    if len(blob) < _HEADER.size:
        raise ModelFormatError(f"{path}: too short to be a CRFsuite model")
    magic, _size, kind, _version, _nf, n_labels, _na, off_features, off_labels, off_attrs, *_ = (
        _HEADER.unpack_from(blob, 0))
    if magic != b"lCRF" or kind != b"FOMC":
        raise ModelFormatError(f"{path}: not a first-order CRFsuite model")
    labels = _strings(blob, off_labels)
    attributes = _strings(blob, off_attrs)
    chunk, _size, count = struct.unpack_from("<4sII", blob, off_features)
    if chunk != b"FEAT" or len(labels) != n_labels:
        raise ModelFormatError(f"{path}: malformed feature chunk")
    weights: dict[str, list[float]] = {}
    transitions = [[0.0] * n_labels for _ in range(n_labels)]
    start = off_features + 12
    for kind_, source, target, weight in _FEATURE.iter_unpack(blob[start:start + _FEATURE.size * count]):
        if kind_ == 0:
            weights.setdefault(attributes[source], [0.0] * n_labels)[target] = weight
        elif kind_ == 1:
            transitions[source][target] = weight
        else:
            raise ModelFormatError(f"{path}: unknown feature type {kind_}")
    return CrfModel(labels=tuple(labels), state={a: tuple(w) for a, w in weights.items()},
                    transitions=tuple(tuple(row) for row in transitions))
