"""资料归档 in S3-compatible storage: the same archive through boto3 against a local S3 server (moto's
server mode, real HTTP on 127.0.0.1), so the client code path is the one production takes.

Covers: the store on its own (content addressing, dedupe, Content-MD5, 404 vs 503), and the archive API
with `archive_dir = s3://…` (upload, archive, ZIP, integrity finding a changed and a lost object).
"""

import hashlib
import io
import json
import zipfile

import pytest

from services.common.errors import NotFound, ServiceUnavailable
from services.common.files import S3FileStore, S3Options, parse_location, store_for
from services.intake.app import create_app
from services.intake.settings import IntakeSettings
from tests.intake.conftest import SUPERVISOR, WINDOW
from tests.intake.test_archive import CHECKLIST, HD_SUPERVISOR, JPEG, PDF, PNG, concluded, upload

boto3 = pytest.importorskip("boto3")
moto_server = pytest.importorskip("moto.moto_server.threaded_moto_server")

BUCKET = "yimen-archive-test"
CREDENTIALS = {"access_key_id": "testing", "secret_access_key": "testing", "region": "cn-north-1"}


@pytest.fixture(scope="module")
def s3_endpoint():
    """A local S3 server for this module (port chosen by the system)."""
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def options(s3_endpoint):
    return S3Options(endpoint_url=s3_endpoint, **CREDENTIALS)


@pytest.fixture
def bucket(options, request):
    """A fresh bucket per test (named after it), created through the same client settings."""
    name = f"{BUCKET}-{abs(hash(request.node.nodeid)) % 10**8}"
    raw = _raw_client(options)
    raw.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": options.region})
    return name


def _raw_client(options: S3Options):
    return boto3.session.Session().client(
        "s3",
        endpoint_url=options.endpoint_url,
        region_name=options.region,
        aws_access_key_id=options.access_key_id,
        aws_secret_access_key=options.secret_access_key,
    )


class TestLocation:
    def test_s3_url_and_directory(self):
        assert parse_location("s3://yimen-archive/intake/scans/") == ("yimen-archive", "intake/scans")
        assert parse_location("s3://yimen-archive") == ("yimen-archive", "")
        assert parse_location("/var/lib/yimen/archive") is None

    @pytest.mark.parametrize("bad", ["s3://", "s3://Upper_Case/x", "s3://a/x"])
    def test_bad_bucket_is_refused_at_start_up(self, bad):
        with pytest.raises(ValueError, match="archive_dir|S3 location"):
            IntakeSettings(database_url="sqlite://", archive_dir=bad)

    def test_one_client_per_location(self, options):
        first = store_for("s3://yimen-archive/a", s3=options)
        assert store_for("s3://yimen-archive/a", s3=options) is first
        assert isinstance(first, S3FileStore) and first.prefix == "a/"


class TestStore:
    def test_put_is_content_addressed_and_get_returns_the_bytes(self, options, bucket):
        store = store_for(f"s3://{bucket}/intake-archive", s3=options)
        key = store.put(PDF)
        assert key == hashlib.sha256(PDF).hexdigest()
        assert store.get(key) == PDF
        head = _raw_client(options).head_object(Bucket=bucket, Key=f"intake-archive/{key[:2]}/{key}")
        assert head["ContentLength"] == len(PDF) and head["Metadata"]["sha256"] == key

    def test_the_same_scan_twice_is_one_object(self, options, bucket):
        store = store_for(f"s3://{bucket}/p", s3=options)
        assert store.put(PNG) == store.put(PNG)
        listed = _raw_client(options).list_objects_v2(Bucket=bucket)["Contents"]
        assert len(listed) == 1

    def test_missing_object_is_404_and_a_bad_key_never_reaches_the_store(self, options, bucket):
        store = store_for(f"s3://{bucket}", s3=options)
        with pytest.raises(NotFound):
            store.get("0" * 64)
        with pytest.raises(NotFound):
            store.get("../../etc/passwd")

    def test_an_unreachable_or_missing_bucket_is_503_not_a_lost_file(self, options):
        store = store_for("s3://no-such-bucket-here", s3=options)
        with pytest.raises(ServiceUnavailable):
            store.put(PDF)
        down = store_for("s3://yimen-archive", s3=S3Options(endpoint_url="http://127.0.0.1:9", **CREDENTIALS))
        with pytest.raises(ServiceUnavailable):
            down.get("0" * 64)


@pytest.fixture
def client(intake_db, fakes, make_client, s3_endpoint, bucket):
    eligibility, transfer = fakes
    settings = IntakeSettings(
        database_url="sqlite://",
        run_workers=False,
        archive_dir=f"s3://{bucket}/intake-archive",
        archive_max_bytes=1024,
        s3_endpoint_url=s3_endpoint,
        s3_region=CREDENTIALS["region"],
        s3_access_key_id=CREDENTIALS["access_key_id"],
        s3_secret_access_key=CREDENTIALS["secret_access_key"],
    )
    return make_client(
        create_app(settings=settings, db=intake_db, eligibility=eligibility, transfer=transfer)
    )


class TestArchiveOnS3:
    def test_upload_archive_zip_and_integrity(self, client, options, bucket):
        case = concluded(client)
        scans = dict(zip(CHECKLIST, [PDF, PNG, JPEG, PDF + b"%page 2\n"], strict=True))
        for code, data in scans.items():
            answer = upload(client, case["id"], code, data, f"{code}.bin")
            assert answer.status_code == 201, answer.text
        record = client.post(f"/v1/archive/cases/{case['id']}/archive", headers=WINDOW).json()
        assert record["archive_number"].startswith("DA-HD-2026-")
        # the bytes are in the bucket, not on disk
        raw = _raw_client(options)
        names = {o["Key"] for o in raw.list_objects_v2(Bucket=bucket, Prefix="intake-archive/")["Contents"]}
        assert names == {f"intake-archive/{f['sha256'][:2]}/{f['sha256']}" for f in record["files"]}

        package = client.get(f"/v1/archive/cases/{case['id']}/zip", headers=HD_SUPERVISOR)
        assert package.status_code == 200
        zipped = zipfile.ZipFile(io.BytesIO(package.content))
        index = json.loads(zipped.read("index.json"))
        assert sorted(zipped.read(e["path"]) for e in index["files"]) == sorted(scans.values())

        assert client.get("/v1/archive/integrity", headers=SUPERVISOR).json() == {
            "checked": 4,
            "problems": [],
        }
        changed, gone = record["files"][0], record["files"][1]
        raw.put_object(
            Bucket=bucket, Key=f"intake-archive/{changed['sha256'][:2]}/{changed['sha256']}", Body=b"%PDF-x"
        )
        raw.delete_object(Bucket=bucket, Key=f"intake-archive/{gone['sha256'][:2]}/{gone['sha256']}")
        report = client.get("/v1/archive/integrity", headers=SUPERVISOR).json()
        problems = {p["file_id"]: p["actual_sha256"] for p in report["problems"]}
        assert problems == {changed["id"]: hashlib.sha256(b"%PDF-x").hexdigest(), gone["id"]: None}

    def test_storage_outage_is_a_503_and_records_nothing(self, client, bucket, options):
        case = concluded(client)
        raw = _raw_client(options)
        raw.delete_bucket(Bucket=bucket)
        answer = upload(client, case["id"], "id_card", PDF)
        assert answer.status_code == 503 and answer.headers["content-type"].startswith("application/problem")
        raw.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": options.region})
        assert client.get(f"/v1/archive/cases/{case['id']}", headers=WINDOW).json()["files"] == []


class TestLocalStoreFailures:
    def test_an_unwritable_directory_is_503_not_500(self, tmp_path):
        # e.g. the container's read-only root file system when YIMEN_INTAKE_ARCHIVE_DIR was left empty
        blocker = tmp_path / "not-a-dir"
        blocker.write_text("a file where the store's directory should be")
        with pytest.raises(ServiceUnavailable):
            store_for(str(blocker / "archive")).put(PDF)

    def test_a_missing_file_is_404(self, tmp_path):
        with pytest.raises(NotFound):
            store_for(str(tmp_path)).get("a" * 64)
