"""Labels travel: export and import of an account's labels and notes as a JSON file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.local_store import (
    LABELS_FORMAT,
    Annotation,
    LabelFileError,
    LabelImport,
    LocalStore,
)
from app.core.local_store.labels_file import MAX_ENTRIES, MAX_FILE_BYTES, parse_labels
from tests.local_store_support import ACCOUNT, open_store


def write(path: Path, users: object, **extra: object) -> Path:
    document = {"format": LABELS_FORMAT, "version": 1, "users": users, **extra}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_export_then_import_elsewhere(tmp_path: Path) -> None:
    exported = tmp_path / "labels.json"
    with open_store(tmp_path, "one.sqlite3") as store:
        store.annotate(ACCOUNT, "b@x", label="Billing", note="Owner: Ana\nsince 2024")
        store.annotate(ACCOUNT, "a@x", label="=cmd|' /C calc'!A0")
        store.annotate("other", "c@x", label="not exported")
        assert store.export_labels(ACCOUNT, exported) == 2
    document = json.loads(exported.read_text(encoding="ascii"))
    assert document["format"] == LABELS_FORMAT and document["version"] == 1
    assert document["exported_at"].endswith("Z")
    assert [u["user_name"] for u in document["users"]] == ["a@x", "b@x"]
    with open_store(tmp_path, "two.sqlite3") as store:
        store.annotate("mine", "b@x", label="Old", note="keep me?")
        store.annotate("mine", "z@x", label="untouched")
        report = store.import_labels("mine", exported)
        assert report == LabelImport(added=1, updated=1, unchanged=0, skipped=0)
        assert store.annotations("mine") == {
            "a@x": Annotation("=cmd|' /C calc'!A0", ""),
            "b@x": Annotation("Billing", "Owner: Ana\nsince 2024"),
            "z@x": Annotation("untouched", ""),
        }
        assert store.import_labels("mine", exported) == LabelImport(unchanged=2)


def test_import_merges_and_never_deletes(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        store.annotate(ACCOUNT, "a", label="keep", note="keep too")
        path = write(
            tmp_path / "in.json",
            [
                {"user_name": "a", "label": "", "note": None},  # nothing to merge
                {"user_name": "b", "note": "only a note", "colour": "red"},  # unknown key
                {"user_name": "c", "label": "  two\nlines  "},  # cleaned like typed text
            ],
        )
        assert store.import_labels(ACCOUNT, path) == LabelImport(added=2, unchanged=1)
        assert store.annotations(ACCOUNT) == {
            "a": Annotation("keep", "keep too"),
            "b": Annotation("", "only a note"),
            "c": Annotation("two lines", ""),
        }


def test_invalid_entries_are_skipped_and_counted(tmp_path: Path) -> None:
    users: list[object] = [
        {"user_name": "ok", "label": "fine"},
        {"user_name": "ok", "label": "a second entry for the same user"},
        {"user_name": "", "label": "no name"},
        {"user_name": 7, "label": "number name"},
        {"user_name": "bad\nname", "label": "control character"},
        {"user_name": "long", "label": "x" * 81},
        {"user_name": "long-note", "note": "y" * 4001},
        {"user_name": "typed", "label": ["a"]},
        {"user_name": "surrogate\udc80", "label": "x"},
        "not an object",
        None,
    ]
    with open_store(tmp_path) as store:
        report = store.import_labels(ACCOUNT, write(tmp_path / "in.json", users))
        assert report == LabelImport(added=1, skipped=10)
        assert store.annotations(ACCOUNT) == {"ok": Annotation("fine", "")}


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\xff\xfe not utf-8", "not JSON"),
        (b"{not json", "not JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "not JSON"),
        (b"[]", "not a SendClean"),
        (b'{"format": "something-else", "version": 1, "users": []}', "not a SendClean"),
        (b'{"format": "sendclean-smtp-labels", "users": []}', "no valid version"),
        (b'{"format": "sendclean-smtp-labels", "version": true, "users": []}', "version"),
        (b'{"format": "sendclean-smtp-labels", "version": 2, "users": []}', "newer version"),
        (b'{"format": "sendclean-smtp-labels", "version": 1, "users": {}}', "list of users"),
    ],
)
def test_files_that_are_not_labels_files(content: bytes, words: str) -> None:
    with pytest.raises(LabelFileError, match=words):
        parse_labels(content)


def test_size_limits(tmp_path: Path) -> None:
    with pytest.raises(LabelFileError, match="larger than"):
        parse_labels(b" " * (MAX_FILE_BYTES + 1))
    too_many = json.dumps(
        {"format": LABELS_FORMAT, "version": 1, "users": [0] * (MAX_ENTRIES + 1)}
    ).encode()
    with pytest.raises(LabelFileError, match="more than"):
        parse_labels(too_many)
    big = tmp_path / "big.json"
    with big.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 10)
    with open_store(tmp_path) as store, pytest.raises(LabelFileError, match="larger than"):
        store.import_labels(ACCOUNT, big)


def test_a_disabled_store_says_so_on_import(tmp_path: Path) -> None:
    (tmp_path / "local.sqlite3").write_bytes(b"garbage" * 1000)
    store = LocalStore.open(tmp_path / "local.sqlite3")
    path = write(tmp_path / "in.json", [{"user_name": "a", "label": "x"}, None])
    report = store.import_labels(ACCOUNT, path)
    assert report.added == 0 and report.skipped == 1
    assert report.problem == store.problem is not None
    assert store.export_labels(ACCOUNT, tmp_path / "out.json") == 0
    assert not (tmp_path / "out.json").exists()


def test_export_to_an_unwritable_place_raises(tmp_path: Path) -> None:
    with open_store(tmp_path) as store, pytest.raises(OSError):
        store.export_labels(ACCOUNT, tmp_path / "missing" / "out.json")
    assert store.problem is None
