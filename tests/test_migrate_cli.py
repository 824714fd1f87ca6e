"""`python -m migrations.migrate`: check catches a model without its migration; revision writes a dated file."""

import re
import shutil
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import Column, MetaData, String

from migrations.env_common import metadata_of
from migrations.migrate import check_service, config, main, new_revision

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"


def with_extra_column(service: str, table: str, column: str) -> MetaData:
    """The service's models plus one column that no migration creates."""
    copy = MetaData(naming_convention=metadata_of(service).naming_convention)
    for t in metadata_of(service).sorted_tables:
        t.to_metadata(copy)
    copy.tables[table].append_column(Column(column, String(20), nullable=True))
    return copy


class TestCheck:
    def test_passes_when_models_match_head(self, capsys):
        assert main(["check", "transfer"]) == 0
        assert "transfer: models and migrations agree" in capsys.readouterr().out

    def test_names_the_column_added_without_a_migration(self):
        table = next(iter(metadata_of("intake").tables))
        problems = check_service("intake", metadata=with_extra_column("intake", table, "forgotten_note"))
        assert len(problems) == 1
        assert "intake: models differ from migrations" in problems[0]
        assert "add_column" in problems[0] and "forgotten_note" in problems[0]

    def test_refuses_a_database_that_is_not_at_head(self, tmp_path):
        url = f"sqlite:///{tmp_path / 'empty.db'}"
        (tmp_path / "empty.db").touch()
        problems = check_service("eligibility", url=url)
        assert problems and "no revision" in problems[0] and "upgrade" in problems[0]

    def test_exits_non_zero_with_the_reason(self, tmp_path, monkeypatch, capsys):
        monkeypatch.setenv("YIMEN_TRANSFER_DATABASE_URL", f"sqlite:///{tmp_path / 'never-migrated.db'}")
        assert main(["check", "--configured", "transfer"]) == 1
        err = capsys.readouterr().err
        assert "transfer: no database at" in err and "upgrade" in err
        assert not (tmp_path / "never-migrated.db").exists()  # checking never creates a database

    def test_a_database_that_cannot_be_opened_is_a_problem_not_a_traceback(self):
        problems = check_service("intake", url="postgresql://nobody@127.0.0.1:1/none")
        assert problems and problems[0].startswith("intake: cannot open the database")

    def test_unknown_service_is_a_usage_error(self, capsys):
        with pytest.raises(SystemExit) as exit_:
            main(["check", "intak"])
        assert exit_.value.code == 2
        assert "unknown service 'intak'" in capsys.readouterr().err


class TestRevision:
    def test_writes_a_date_prefixed_revision_on_top_of_head(self, tmp_path):
        scripts = tmp_path / "transfer"
        shutil.copytree(MIGRATIONS / "transfer", scripts, ignore=shutil.ignore_patterns("__pycache__"))
        before = set((MIGRATIONS / "transfer" / "versions").iterdir())
        head = ScriptDirectory.from_config(config("transfer")).get_current_head()

        path = new_revision("transfer", "Slip: add signed_by", script_location=str(scripts))

        assert path.parent == scripts / "versions"
        assert re.fullmatch(r"\d{8}_[0-9a-f]{12}_slip_add_signed_by\.py", path.name)
        text = path.read_text()
        assert f"down_revision: str | None = '{head}'" in text
        assert (
            "Create Date: " + f"{path.name[:4]}-{path.name[4:6]}-{path.name[6:8]}" in text
        )  # prefix = creation date
        assert set((MIGRATIONS / "transfer" / "versions").iterdir()) == before  # the real folder is untouched

    def test_empty_revision_needs_no_database(self, tmp_path, monkeypatch):
        scripts = tmp_path / "eligibility"
        shutil.copytree(MIGRATIONS / "eligibility", scripts, ignore=shutil.ignore_patterns("__pycache__"))
        monkeypatch.setenv("YIMEN_ELIGIBILITY_DATABASE_URL", "sqlite:////nonexistent/dir/never.db")
        path = new_revision(
            "eligibility", "backfill labels", autogenerate=False, script_location=str(scripts)
        )
        assert path.name.endswith("_backfill_labels.py")
        assert "def downgrade() -> None:\n    pass" in path.read_text()
