"""Text hygiene and the platform's answers to bad bodies and a lost database, on every service."""

import logging
import shutil
import socket
import threading

import pytest
from pydantic import BaseModel, ValidationError
from starlette.testclient import TestClient

from services.common.db import Database
from services.common.text import MAX_DEPTH, Name, check_body, control_character
from services.eligibility.app import create_app as eligibility_app
from services.eligibility.demo import load_demo
from services.eligibility.settings import EligibilitySettings
from tests.conftest import BACKEND, PG_ADMIN_URL, auth

WINDOW = auth("window_staff", "370211001")
ADMIN = auth("admin", "370211", subject="admin")


@pytest.fixture
def client(eligibility_db, make_client):
    load_demo(eligibility_db)
    return make_client(eligibility_app(settings=EligibilitySettings(run_workers=False), db=eligibility_db))


class TestControlCharacters:
    @pytest.mark.parametrize("char", ["\x00", "\x1b", "\x07", "\x7f", "\x85", "\x9b", "\ud800"])
    def test_c0_c1_del_and_lone_surrogates_are_found(self, char):
        assert control_character(f"张{char}三") is not None
        assert control_character(f"张{char}三", multiline=True) is not None

    def test_line_breaks_and_tabs_only_in_multiline_text(self):
        assert control_character("第一行\r\n第二行\t完") is not None
        assert control_character("第一行\r\n第二行\t完", multiline=True) is None
        assert control_character("张三 · Müller 😀") is None

    def test_body_field_is_named_by_its_path(self):
        with pytest.raises(Exception) as err:
            check_body(
                {"applicant": {"name": "张三"}, "members": [{"name": "李四"}, {"name": "王\x1b[31m五"}]}
            )
        assert err.value.field == "members[1].name"

    def test_keys_are_checked_too(self):
        with pytest.raises(Exception) as err:
            check_body({"facts": {"a\x00b": 1}})
        assert err.value.field == "facts.a\x00b"

    def test_too_deep_is_a_400(self):
        body: list = []
        for _ in range(MAX_DEPTH + 2):
            body = [body]
        with pytest.raises(Exception) as err:
            check_body(body)
        assert err.value.status == 400


class TestName:
    class Person(BaseModel):
        name: Name

    @pytest.mark.parametrize("bad", ["", "   ", "\u3000\u3000", "张\n三", "张\x00三"])
    def test_blank_or_broken_names_are_refused(self, bad):
        with pytest.raises(ValidationError):
            self.Person(name=bad)

    def test_a_name_is_trimmed(self):
        assert self.Person(name="  欧阳 明 ").name == "欧阳 明"


class TestEveryRouteIsGuarded:
    """The guard is one app-wide dependency: a route added tomorrow is covered without doing anything."""

    def test_query_parameter(self, client):
        response = client.get("/v1/items", params={"include_inactive": "true\x00"}, headers=ADMIN)
        assert response.status_code == 422
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["field"] == "include_inactive"

    def test_path_parameter(self, client):
        response = client.get("/v1/items/temporary%1b[2J", headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "code"

    def test_json_body_field(self, client):
        response = client.post("/v1/suggestions", json={"difficulty": "家里\x00失火"}, headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "difficulty"

    def test_multiline_body_text_is_accepted(self, client):
        response = client.post(
            "/v1/suggestions", json={"difficulty": "家里失火\r\n\t孩子上大学"}, headers=WINDOW
        )
        assert response.status_code == 200

    def test_every_service_and_the_web_front_install_it(self):
        from services.common.text import text_guard
        from services.intake.app import create_app as intake_app
        from services.transfer.app import create_app as transfer_app
        from web.app import create_app as web_app

        for app in (intake_app(), eligibility_app(), transfer_app()):
            assert app.router.dependencies == [text_guard], app.title
            paths = [p.replace("{", "").replace("}", "") for p in app.openapi()["paths"]]
            assert len(paths) > 10
            client = TestClient(app, raise_server_exceptions=False)
            for path in paths:  # the guard runs before authentication and validation, on every route
                response = client.get(path, params={"zz": "\x1b[2J"})
                assert response.status_code in (405, 422), (app.title, path, response.status_code)
                if response.status_code == 422:
                    assert response.json()["field"] == "zz"
        assert web_app().router.dependencies == [text_guard]


class TestMalformedBodies:
    """Bodies that cannot be decoded: a Chinese 400 problem, never an English message or a 500."""

    @pytest.mark.parametrize(
        "raw,detail",
        [
            (b'{"difficulty": "x",}', "JSON"),
            (b'{"difficulty": "\xff\xfe"}', "UTF-8"),
            (b"[" * 5000 + b"]" * 5000, "嵌套"),
            (b'{"difficulty": ' + b'{"a": ' * 40 + b"1" + b"}" * 40 + b"}", "嵌套"),
        ],
    )
    def test_400_problem_in_chinese(self, client, raw, detail):
        response = client.post(
            "/v1/suggestions", content=raw, headers={**WINDOW, "Content-Type": "application/json"}
        )
        assert response.status_code == 400
        assert response.headers["content-type"].startswith("application/problem+json")
        problem = response.json()
        assert problem["title"] == "请求内容无法解析" and detail in problem["detail"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Proxy:
    """A TCP forwarder to PostgreSQL that the test can cut (outage) and restore."""

    def __init__(self, target: tuple[str, int]):
        self.target, self.port, self.conns = target, _free_port(), []
        self.server: socket.socket | None = None

    def start(self) -> None:
        self.server = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._accept, args=(self.server,), daemon=True).start()

    def _accept(self, server) -> None:
        while True:
            try:
                client, _ = server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self.conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(a, b) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def cut(self) -> None:
        try:
            self.server.shutdown(socket.SHUT_RDWR)  # wakes the accept() thread: no new connections
        except OSError:
            pass
        self.server.close()
        for conn in self.conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            conn.close()
        self.conns = []


@pytest.fixture
def outage(database_urls, tmp_path):
    """(database url, cut(), restore()) for the backend under test: an outage that can end."""
    if BACKEND == "sqlite":
        # SQLite has no server: its outage is the volume going away (and the open files with it)
        path = tmp_path / "gone" / "eligibility.db"
        real = database_urls["eligibility"].removeprefix("sqlite:///")
        holder: list[Database] = []

        def cut():
            shutil.rmtree(path.parent)
            holder[0].engine.pool.dispose()  # the open handles would still reach the deleted file

        def restore():
            path.parent.mkdir(exist_ok=True)
            shutil.copy(real, path)

        restore()
        yield f"sqlite:///{path}", cut, restore, holder
        return
    host_port = PG_ADMIN_URL.split("@", 1)[1].split("/", 1)[0]
    host, _, port = host_port.partition(":")
    proxy = Proxy((host, int(port or 5432)))
    proxy.start()
    url = database_urls["eligibility"].replace(host_port, f"127.0.0.1:{proxy.port}")
    yield url, proxy.cut, proxy.start, []
    proxy.cut()


class TestDatabaseOutage:
    """Every call answers 503 + Retry-After while the database is gone, one log line each, and the
    service recovers by itself once it is back."""

    def test_503_then_recovery_without_restart(self, outage, make_client, caplog):
        url, cut, restore, holder = outage
        db = Database(url, pool_size=2, max_overflow=0)
        holder.append(db)
        client = make_client(eligibility_app(settings=EligibilitySettings(run_workers=False), db=db))
        assert client.get("/v1/items", headers=WINDOW).status_code == 200
        cut()
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            for method, path, body in [
                ("GET", "/v1/items", None),
                ("GET", "/v1/items/temporary_assistance", None),
                ("POST", "/v1/suggestions", {"difficulty": "家里失火"}),
            ]:
                response = client.request(method, path, json=body, headers=WINDOW)
                assert response.status_code == 503, (path, response.text)
                assert response.headers["content-type"].startswith("application/problem+json")
                assert int(response.headers["retry-after"]) > 0
            assert client.get("/readyz").status_code == 503
        assert not [r for r in caplog.records if r.exc_info], "an outage must not log tracebacks"
        restore()
        assert client.get("/v1/items", headers=WINDOW).status_code == 200
        assert client.get("/readyz").status_code == 200
        db.engine.dispose()


class TestWebForms:
    def test_a_control_character_in_a_form_gets_the_chinese_error_page(self, make_client):
        from web.app import create_app as web_app

        client = make_client(web_app())
        response = client.post("/login", data={"username": "window_hd\x00", "password": "x"})
        assert response.status_code == 422
        assert response.headers["content-type"].startswith("text/html") and "输入不合法" in response.text
