"""资料归档 on S3-compatible storage in a real browser: the four real processes with intake's archive on
`s3://…`, pointed at moto's S3 server on 127.0.0.1 (real HTTP through botocore). The window archives a
concluded case on the page and downloads the ZIP; the scans are objects in the bucket, nothing on disk."""

import pytest

from services.common.identity import compose_id_number
from tests.web.conftest import running_stack
from tests.web.test_supervision_tools_browser import archive_in_the_browser, conclude_a_case

pytestmark = pytest.mark.browser
boto3 = pytest.importorskip("boto3")
moto_server = pytest.importorskip("moto.moto_server.threaded_moto_server")

BUCKET = "yimen-archive-browser"
KEYS = {"access_key_id": "testing", "secret_access_key": "testing", "region": "cn-north-1"}


@pytest.fixture(scope="module")
def s3_endpoint():
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def _client(endpoint: str):
    return boto3.session.Session().client(
        "s3",
        endpoint_url=endpoint,
        region_name=KEYS["region"],
        aws_access_key_id=KEYS["access_key_id"],
        aws_secret_access_key=KEYS["secret_access_key"],
    )


@pytest.fixture(scope="module")
def s3_stack(tmp_path_factory, s3_endpoint):
    _client(s3_endpoint).create_bucket(
        Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": KEYS["region"]}
    )
    env = {
        "YIMEN_INTAKE_ARCHIVE_DIR": f"s3://{BUCKET}/intake-archive",
        "YIMEN_INTAKE_S3_ENDPOINT_URL": s3_endpoint,
        "YIMEN_INTAKE_S3_REGION": KEYS["region"],
        "YIMEN_INTAKE_S3_ACCESS_KEY_ID": KEYS["access_key_id"],
        "YIMEN_INTAKE_S3_SECRET_ACCESS_KEY": KEYS["secret_access_key"],
    }
    with running_stack(tmp_path_factory.mktemp("s3"), label="s3", extra_env=env) as urls:
        yield urls


@pytest.fixture
def s3_page(chromium, s3_stack):
    context = chromium.new_context(
        base_url=s3_stack["web"], locale="zh-CN", viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def test_archive_on_s3_in_the_browser(s3_page, s3_stack, s3_endpoint, tmp_path):
    applicant = {
        "name": "钱多多",
        "id_number": compose_id_number("370211", "19810909", 733),
        "phone": "13800004444",
        "hukou_region": "370211001",
    }
    case = conclude_a_case(s3_stack, applicant)
    index = archive_in_the_browser(s3_page, case, tmp_path, label="archive-s3")
    listed = _client(s3_endpoint).list_objects_v2(Bucket=BUCKET, Prefix="intake-archive/")
    names = {o["Key"] for o in listed.get("Contents", [])}
    assert {f"intake-archive/{e['sha256'][:2]}/{e['sha256']}" for e in index["files"]} <= names
