"""The committed OpenAPI documents and partner SDK (clients/) are what the code generates today.

When this fails, run `make sdk` and commit clients/: integrators build against those files.
"""

from scripts.export_openapi import check, differences, sdk_view


class TestCommittedSdk:
    def test_documents_and_sdk_match_the_code_and_generate_without_warnings(self):
        stale = check()
        assert not stale, "clients/ is out of date (run `make sdk`):\n" + "\n".join(stale[:40])


class TestDifferences:
    def test_an_edited_added_or_removed_file_is_reported(self, tmp_path):
        committed, fresh = tmp_path / "committed", tmp_path / "fresh"
        for root in (committed, fresh):
            (root / "api").mkdir(parents=True)
            (root / "api" / "same.py").write_text("x = 1\n")
            (root / "api" / "edited.py").write_text("x = 1\n")
            (root / "__pycache__").mkdir()
            (root / "__pycache__" / "junk.pyc").write_bytes(str(root).encode())
        (committed / "api" / "edited.py").write_text("x = 2  # a hand edit\n")
        (committed / "api" / "removed.py").write_text("")
        (fresh / "api" / "added.py").write_text("")
        assert sorted(differences(committed, fresh)) == ["api/added.py", "api/edited.py", "api/removed.py"]

    def test_identical_trees_differ_in_nothing(self, tmp_path):
        for root in ("a", "b"):
            (tmp_path / root / "models").mkdir(parents=True)
            (tmp_path / root / "models" / "slip.py").write_text("class Slip: ...\n")
        assert differences(tmp_path / "a", tmp_path / "b") == []


class TestSdkView:
    def test_a_body_that_also_takes_json_is_sent_as_json_and_the_document_is_untouched(self):
        content = {"application/json": {}, "application/x-ndjson": {}, "text/csv": {}}
        doc = {"paths": {"/v1/evaluations/batch": {"post": {"requestBody": {"content": content}}}}}
        view = sdk_view(doc)
        assert list(view["paths"]["/v1/evaluations/batch"]["post"]["requestBody"]["content"]) == [
            "application/json"
        ]
        assert list(content) == ["application/json", "application/x-ndjson", "text/csv"]

    def test_other_bodies_keep_their_media_types(self):
        upload = {"multipart/form-data": {}}
        doc = {"paths": {"/v1/photos": {"post": {"requestBody": {"content": upload}}, "parameters": []}}}
        assert sdk_view(doc) == doc


class TestCommittedSdkImports:
    def test_every_generated_module_imports(self):
        import importlib
        import pkgutil
        import sys
        from pathlib import Path

        sdk = Path(__file__).resolve().parents[1] / "clients" / "python"
        sys.path.insert(0, str(sdk))
        try:
            import yimen_client

            names = [m.name for m in pkgutil.walk_packages(yimen_client.__path__, "yimen_client.")]
            for name in names:
                importlib.import_module(name)
        finally:
            sys.path.remove(str(sdk))
        assert "yimen_client.transfer.api.slips.slips_post_event" in names
