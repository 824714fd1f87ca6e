"""The department directory: admin API, AB post cover, secrets shown once, partner tokens."""

from sqlmodel import select

from services.transfer.departments.models import PartnerToken, SigningSecret
from tests.conftest import auth

ADMIN = auth("admin", "370211")
NEW = {
    "id": "370211-partner",
    "name": "区住房保障中心",
    "type": "housing",
    "region": "370211",
    "integration_mode": "callback",
    "callback_url": "https://partner.example/hooks/yimen",
    "handler_a": "甲",
    "handler_b": "乙",
    "head_name": "丙主任",
}


class TestDirectory:
    def test_demo_departments_are_seeded_as_contracted(self, client):
        rows = client.get("/v1/departments", headers=auth("window_staff")).json()
        ids = {r["id"] for r in rows}
        assert {
            "370211-window",
            "370211-civil",
            "370211-education",
            "370211-housing",
            "370211-hr",
            "370211-medical",
            "370211-disabled",
            "370211-emergency",
            "370211-charity",
        } <= ids
        assert {f"37021100{i}-civil" for i in range(1, 6)} <= ids
        medical = next(r for r in rows if r["id"] == "370211-medical")
        assert medical["type"] == "health_insurance" and medical["name"] == "区医保局"

    def test_demo_load_is_idempotent(self, transfer_db):
        from services.transfer.demo import load_demo

        load_demo(transfer_db)
        assert load_demo(transfer_db) == {"departments": 0, "procedure": 0}

    def test_filter_by_region_and_type(self, client):
        rows = client.get(
            "/v1/departments",
            params={"region": "370211002", "type": "civil_affairs"},
            headers=auth("window_staff"),
        ).json()
        assert [r["id"] for r in rows] == ["370211002-civil"]

    def test_a_away_makes_b_the_handler(self, client):
        row = client.patch("/v1/departments/370211-education", json={"a_away": True}, headers=ADMIN).json()
        assert row["a_away"] is True and row["current_handler"] == row["handler_b"] == "钱芳"

    def test_open_slips_follow_the_post_and_come_back(self, client):
        from tests.transfer.conftest import submit

        slip = submit(client)["slips"][0]
        client.patch("/v1/departments/370211001-civil", json={"a_away": True}, headers=ADMIN)
        detail = client.get(f"/v1/slips/{slip['id']}", headers=ADMIN).json()
        assert detail["handler"] == "周婷" and detail["timeline"][-1]["kind"] == "handler_changed"
        client.patch("/v1/departments/370211001-civil", json={"a_away": False}, headers=ADMIN)
        assert client.get(f"/v1/slips/{slip['id']}", headers=ADMIN).json()["handler"] == "孙丽"


class TestCallbackDepartments:
    def test_secret_and_token_are_shown_once_and_stored_protected(self, client, transfer_db):
        created = client.post("/v1/departments", json=NEW, headers=ADMIN)
        assert created.status_code == 201
        body = created.json()
        assert body["signing_secret"].startswith("whsec_") and body["client_token"].startswith("ymp_")
        again = client.get("/v1/departments/370211-partner", headers=ADMIN).json()
        assert "signing_secret" not in again and "client_token" not in again
        assert again["signing_secrets"][0]["hint"] == body["signing_secret"][-4:]
        with transfer_db.session() as s:
            stored = s.exec(select(SigningSecret)).all()
            tokens = s.exec(select(PartnerToken)).all()
        assert all(body["signing_secret"] not in r.secret_encrypted for r in stored)
        assert all(body["client_token"] != t.token_hash for t in tokens)

    def test_partner_token_identifies_the_department(self, client):
        token = client.post("/v1/departments", json=NEW, headers=ADMIN).json()["client_token"]
        response = client.get("/v1/slips", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200
        assert client.get("/v1/slips", headers={"Authorization": "Bearer ymp_wrong"}).status_code == 401

    def test_new_token_revokes_the_old_one(self, client):
        old = client.post("/v1/departments", json=NEW, headers=ADMIN).json()["client_token"]
        new = client.post("/v1/departments/370211-partner/client-token", headers=ADMIN).json()["client_token"]
        assert client.get("/v1/slips", headers={"Authorization": f"Bearer {old}"}).status_code == 401
        assert client.get("/v1/slips", headers={"Authorization": f"Bearer {new}"}).status_code == 200

    def test_rotation_keeps_the_old_secret_for_the_overlap(self, client, app, transfer_db):
        from services.transfer.departments.service import signing_secrets

        old = client.post("/v1/departments", json=NEW, headers=ADMIN).json()["signing_secret"]
        rotated = client.post(
            "/v1/departments/370211-partner/signing-secret", json={"overlap_hours": 24}, headers=ADMIN
        ).json()
        assert rotated["signing_secret"] != old and rotated["previous_valid_until"]
        with transfer_db.session() as s:
            assert signing_secrets(session=s, cipher=app.state.cipher, department_id="370211-partner") == [
                rotated["signing_secret"],
                old,
            ]
        client.post("/v1/departments/370211-partner/signing-secret", json={"overlap_hours": 0}, headers=ADMIN)
        with transfer_db.session() as s:
            assert (
                len(signing_secrets(session=s, cipher=app.state.cipher, department_id="370211-partner")) == 1
            )

    def test_callback_mode_needs_a_url(self, client):
        response = client.post("/v1/departments", json={**NEW, "callback_url": None}, headers=ADMIN)
        assert response.status_code == 422 and response.json()["field"] == "callback_url"

    def test_duplicate_id_is_409_and_bad_type_names_field(self, client):
        client.post("/v1/departments", json=NEW, headers=ADMIN)
        assert client.post("/v1/departments", json=NEW, headers=ADMIN).status_code == 409
        response = client.post("/v1/departments", json={**NEW, "id": "x-1", "type": "police"}, headers=ADMIN)
        assert response.status_code == 422 and response.json()["field"] == "type"

    def test_only_admins_manage(self, client):
        assert client.post("/v1/departments", json=NEW, headers=auth("window_staff")).status_code == 403
        assert (
            client.patch(
                "/v1/departments/370211-hr", json={"a_away": True}, headers=auth("supervisor", "370211")
            ).status_code
            == 403
        )
        assert client.get("/v1/departments").status_code == 401
