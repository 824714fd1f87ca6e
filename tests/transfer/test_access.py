"""Access review (issue 11): who may record 先行救助, the supervision board's region, the directory's
endpoints and handlers, and the grants look-up by ID number (POST, recorded in the access log)."""

from sqlmodel import select

from services.transfer.grants.models import DataAccess
from tests.conftest import auth
from tests.transfer.conftest import APPLICANT_ID, SPOUSE_ID, submit

AID = {"given_by": "黄岛街道民政办 孙丽", "what": "临时生活救助金", "amount": "800.00"}
RECEIVER = auth("department_staff", "370211001", department_id="370211001-civil", name="孙丽")
OTHER_DISTRICT_DEPT = auth("department_staff", "370211", department_id="370211-education", name="刘洋")


class TestEmergencyAidRecorders:
    def test_a_district_department_without_a_slip_of_the_case_is_refused(self, client):
        submit(client, emergency=True)
        response = client.post("/v1/cases/1/emergency-aid", json=AID, headers=OTHER_DISTRICT_DEPT)
        assert response.status_code == 403 and response.json()["field"] == "case_id"

    def test_the_receiving_department_and_the_owning_window_may(self, client):
        submit(client, emergency=True)
        assert client.post("/v1/cases/1/emergency-aid", json=AID, headers=RECEIVER).status_code == 201
        window = auth("window_staff", "370211001")
        assert client.post("/v1/cases/1/emergency-aid", json=AID, headers=window).status_code == 201

    def test_a_department_of_another_town_still_cannot_see_the_case(self, client):
        submit(client, emergency=True)
        stranger = auth("department_staff", "370211002", department_id="370211002-civil")
        assert client.post("/v1/cases/1/emergency-aid", json=AID, headers=stranger).status_code == 404


class TestSupervisionRegion:
    def test_another_streets_board_is_refused(self, client):
        submit(client, emergency=True)
        town_window = auth("window_staff", "370211002")
        response = client.get("/v1/supervision", params={"region": "370211001"}, headers=town_window)
        assert response.status_code == 403 and response.json()["field"] == "region"
        # a broader region than one's own is another scope too
        response = client.get("/v1/supervision", params={"region": "370211"}, headers=town_window)
        assert response.status_code == 403

    def test_own_region_and_the_district_still_answer(self, client):
        submit(client, emergency=True)
        own = client.get("/v1/supervision", params={"region": "370211001"}, headers=auth("window_staff"))
        assert own.status_code == 200 and own.json()["paperwork_outstanding"][0]["case_id"] == 1
        district = auth("supervisor", "370211")
        assert (
            client.get("/v1/supervision", params={"region": "370211001"}, headers=district).status_code == 200
        )


PRIVATE = {"callback_url", "handler_a", "handler_b", "current_handler", "a_away", "signing_secrets"}


class TestDirectoryVisibility:
    def _make_callback(self, client):
        body = {"integration_mode": "callback", "callback_url": "https://edu.example.gov.cn/hooks"}
        assert client.patch(
            "/v1/departments/370211-education", json=body, headers=auth("admin", "370211")
        ).is_success

    def test_others_get_the_public_subset(self, client):
        self._make_callback(client)
        for headers in (auth("window_staff"), auth("supervisor", "370211"), RECEIVER):
            listed = client.get("/v1/departments", headers=headers).json()
            education = next(d for d in listed if d["id"] == "370211-education")
            assert not PRIVATE & education.keys() and education["name"] == "区教育局"
            one = client.get("/v1/departments/370211-education", headers=headers).json()
            assert not PRIVATE & one.keys()
            assert "edu.example.gov.cn" not in client.get("/v1/departments", headers=headers).text

    def test_admins_and_the_department_itself_see_everything(self, client):
        self._make_callback(client)
        for headers in (auth("admin", "370211"), OTHER_DISTRICT_DEPT):
            one = client.get("/v1/departments/370211-education", headers=headers).json()
            assert one["callback_url"] == "https://edu.example.gov.cn/hooks" and one["handler_a"]
        own = client.get("/v1/departments", headers=RECEIVER).json()
        mine = next(d for d in own if d["id"] == "370211001-civil")
        assert mine["handler_a"] == "孙丽"

    def test_the_typed_client_reads_both_shapes(self, client):
        from services.transfer.client import DepartmentEntry, DepartmentPublic, TransferClient

        self._make_callback(client)
        from services.common.settings import DEMO_AUTH_SECRET

        transfer = TransferClient(
            "http://testserver", auth_secret=DEMO_AUTH_SECRET, caller="web", client=client
        )
        token = RECEIVER["Authorization"].split()[1]
        rows = {d.id: d for d in transfer.list_departments(token=token)}
        assert isinstance(rows["370211-education"], DepartmentEntry)
        assert isinstance(rows["370211001-civil"], DepartmentPublic)


class TestGrantsLookup:
    def test_id_numbers_travel_in_the_body_and_every_lookup_is_logged(self, client, transfer_db):
        window = auth("window_staff", "370211002", name="王晓燕")
        body = {"id_numbers": [APPLICANT_ID, SPOUSE_ID], "year": 2026}
        assert client.post("/v1/grants/summary", json=body, headers=window).status_code == 200
        with transfer_db.session() as s:
            rows = s.exec(select(DataAccess).order_by(DataAccess.id)).all()
        assert [r.action for r in rows] == ["grants_summary", "grants_summary"]
        assert rows[0].actor_region == "370211002" and rows[0].household == "370211********0115"
        assert all(APPLICANT_ID not in (r.household + r.household_key) for r in rows)
        assert rows[0].household_key != rows[1].household_key

    def test_the_query_string_form_is_gone(self, client):
        response = client.get(
            "/v1/grants/summary", params={"id_numbers": APPLICANT_ID, "year": 2026}, headers=auth("admin", "")
        )
        assert response.status_code == 405

    def test_a_refused_lookup_leaves_no_log_row(self, client, transfer_db):
        body = {"id_numbers": ["123"], "year": 2026}
        assert client.post("/v1/grants/summary", json=body, headers=auth("admin", "")).status_code == 422
        with transfer_db.session() as s:
            assert s.exec(select(DataAccess)).all() == []
