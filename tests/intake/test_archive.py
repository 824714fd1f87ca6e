"""资料归档: scans by signature and size, SHA-256, the checklist before archiving, the archive number,
read-only archived cases, the ZIP with its index, and the integrity check that finds a changed file."""

import csv
import hashlib
import io
import json
import zipfile

import pytest

from services.intake.app import create_app
from services.intake.settings import IntakeSettings
from tests.conftest import auth
from tests.intake.conftest import SERVICE, SUPERVISOR, WINDOW, WINDOW_XA, accepted_case, register

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
CHECKLIST = ["application_letter", "id_card", "household_register", "family_situation_statement"]
HD_SUPERVISOR = auth("supervisor", "370211001", subject="sup_hd")
XA_SUPERVISOR = auth("supervisor", "370211002", subject="sup_xa")


@pytest.fixture
def archive_dir(tmp_path):
    return tmp_path / "archive"


@pytest.fixture
def client(intake_db, fakes, archive_dir, make_client):
    eligibility, transfer = fakes
    settings = IntakeSettings(
        database_url="sqlite://", run_workers=False, archive_dir=str(archive_dir), archive_max_bytes=1024
    )
    return make_client(
        create_app(settings=settings, db=intake_db, eligibility=eligibility, transfer=transfer)
    )


def upload(client, case_id, material="id_card", data=PDF, name="身份证.pdf", headers=WINDOW):
    return client.post(
        f"/v1/archive/cases/{case_id}/files",
        data={"material_code": material},
        files={"file": (name, data, "application/octet-stream")},
        headers=headers,
    )


def concluded(client) -> dict:
    case = accepted_case(client, "2026-11-02")
    client.post(
        f"/v1/applications/{case['id']}/events",
        headers=SERVICE,
        json={"event_id": f"done-{case['id']}", "kind": "feedback_given", "all_slips_completed": True},
    )
    return case


def archived(client) -> dict:
    case = concluded(client)
    for code, data in zip(CHECKLIST, [PDF, PNG, JPEG, PDF + b"%page 2\n"], strict=True):
        assert upload(client, case["id"], code, data, f"{code}.bin").status_code == 201
    answer = client.post(f"/v1/archive/cases/{case['id']}/archive", headers=WINDOW)
    assert answer.status_code == 200, answer.text
    return answer.json()


class TestUpload:
    @pytest.mark.parametrize(
        ("data", "content_type"), [(PDF, "application/pdf"), (PNG, "image/png"), (JPEG, "image/jpeg")]
    )
    def test_type_by_signature_and_sha256_recorded(self, client, data, content_type):
        case = register(client)
        answer = upload(client, case["id"], data=data, name="scan.txt")
        assert answer.status_code == 201, answer.text
        body = answer.json()
        assert (body["content_type"], body["sha256"], body["size_bytes"]) == (
            content_type,
            hashlib.sha256(data).hexdigest(),
            len(data),
        )
        stored = client.get(f"/v1/archive/cases/{case['id']}/files/{body['id']}", headers=WINDOW)
        assert stored.content == data and stored.headers["content-type"] == content_type

    def test_a_renamed_text_file_is_refused(self, client):
        answer = upload(client, register(client)["id"], data=b"MZ\x90\x00 not a scan", name="scan.pdf")
        assert answer.status_code == 422 and answer.json()["field"] == "file"
        assert "JPEG" in answer.json()["detail"]

    def test_too_large_has_a_clear_chinese_error(self, client):
        answer = upload(client, register(client)["id"], data=PDF + b"0" * 1024)
        assert answer.status_code == 422 and answer.json()["field"] == "file"
        assert "不能超过" in answer.json()["detail"]

    def test_empty_file_and_unknown_material(self, client):
        case = register(client)
        assert upload(client, case["id"], data=b"").json()["field"] == "file"
        assert upload(client, case["id"], material="passport").json()["field"] == "material_code"

    def test_other_street_cannot_upload_or_read(self, client):
        case = register(client)
        assert upload(client, case["id"], headers=WINDOW_XA).status_code == 404
        assert client.get(f"/v1/archive/cases/{case['id']}", headers=XA_SUPERVISOR).status_code == 404


class TestArchiving:
    def test_not_before_the_checklist_is_complete(self, client):
        case = concluded(client)
        upload(client, case["id"], "id_card")
        answer = client.post(f"/v1/archive/cases/{case['id']}/archive", headers=WINDOW)
        assert answer.status_code == 409 and answer.json()["field"] == "files"
        assert "申请书" in answer.json()["detail"]
        # the older applications route goes through the same check
        assert client.post(f"/v1/applications/{case['id']}/archive", headers=WINDOW).status_code == 409
        assert client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()["status"] == "concluded"

    def test_open_case_cannot_be_archived(self, client):
        case = accepted_case(client, "2026-11-02")
        for code in CHECKLIST:
            upload(client, case["id"], code)
        assert client.post(f"/v1/archive/cases/{case['id']}/archive", headers=WINDOW).status_code == 409

    def test_archive_number_and_then_read_only(self, client):
        record = archived(client)
        assert record["archive_number"].startswith("DA-HD-2026-") and record["missing"] == []
        case_id = record["application_id"]
        assert upload(client, case_id).status_code == 409
        assert client.post(f"/v1/archive/cases/{case_id}/archive", headers=WINDOW).status_code == 409
        writes = [
            ("post", f"/v1/applications/{case_id}/withdraw", {"reason": "不再需要"}),
            ("put", f"/v1/applications/{case_id}/items", {"item_codes": ["medical_assistance"]}),
            ("post", f"/v1/applications/{case_id}/materials", {"materials": ["id_card"]}),
        ]
        for method, url, body in writes:
            answer = getattr(client, method)(url, json=body, headers=WINDOW)
            assert answer.status_code == 409, (url, answer.status_code, answer.text)
        assert client.get(f"/v1/applications/{case_id}", headers=WINDOW).json()["status"] == "archived"

    def test_numbers_count_up_per_street(self, client):
        first, second = archived(client), archived(client)
        assert int(second["archive_number"][-5:]) == int(first["archive_number"][-5:]) + 1


class TestZip:
    def test_every_scan_and_an_index_with_hashes(self, client):
        record = archived(client)
        answer = client.get(f"/v1/archive/cases/{record['application_id']}/zip", headers=HD_SUPERVISOR)
        assert answer.status_code == 200 and answer.headers["content-type"] == "application/zip"
        package = zipfile.ZipFile(io.BytesIO(answer.content))
        index = json.loads(package.read("index.json"))
        assert index["archive_number"] == record["archive_number"] and len(index["files"]) == 4
        for entry in index["files"]:
            assert hashlib.sha256(package.read(entry["path"])).hexdigest() == entry["sha256"]
        rows = list(csv.DictReader(io.StringIO(package.read("index.csv").decode("utf-8-sig"))))
        assert [r["sha256"] for r in rows] == [e["sha256"] for e in index["files"]]

    def test_not_archived_yet_is_409_and_other_street_404(self, client):
        case = concluded(client)
        assert client.get(f"/v1/archive/cases/{case['id']}/zip", headers=WINDOW).status_code == 409
        record = archived(client)
        assert (
            client.get(f"/v1/archive/cases/{record['application_id']}/zip", headers=WINDOW_XA).status_code
            == 404
        )


class TestIntegrity:
    def test_a_changed_or_missing_file_is_reported(self, client, archive_dir):
        record = archived(client)
        clean = client.get("/v1/archive/integrity", headers=SUPERVISOR).json()
        assert clean == {"checked": 4, "problems": []}
        changed, gone = record["files"][0], record["files"][1]
        (archive_dir / changed["sha256"][:2] / changed["sha256"]).write_bytes(PDF + b"tampered")
        (archive_dir / gone["sha256"][:2] / gone["sha256"]).unlink()
        report = client.get("/v1/archive/integrity", headers=SUPERVISOR).json()
        problems = {p["file_id"]: p for p in report["problems"]}
        assert set(problems) == {changed["id"], gone["id"]}
        assert problems[changed["id"]]["actual_sha256"] == hashlib.sha256(PDF + b"tampered").hexdigest()
        assert problems[gone["id"]]["actual_sha256"] is None
        assert problems[changed["id"]]["archive_number"] == record["archive_number"]

    def test_street_supervisor_checks_own_street_only(self, client):
        archived(client)
        assert client.get("/v1/archive/integrity", headers=HD_SUPERVISOR).json()["checked"] == 4
        assert client.get("/v1/archive/integrity", headers=XA_SUPERVISOR).json()["checked"] == 0
        assert client.get("/v1/archive/integrity", headers=WINDOW).status_code == 403
