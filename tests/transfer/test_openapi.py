"""Transfer's OpenAPI document as an integrator's SDK generator reads it, and the typed client."""

import re

import pytest

from services.common.db import Database
from services.common.settings import DEMO_AUTH_SECRET
from services.common.vocabulary import DepartmentType, Role, SlipEventKind, SlipKind, SlipState
from services.transfer.app import create_app
from services.transfer.client import (
    CaseSubmitted,
    DepartmentPublic,
    SlipDeliveries,
    SlipDetail,
    SlipSummary,
    SupervisionOverview,
    SweepCounts,
    TransferClient,
    Verification,
)
from tests.conftest import token_for
from tests.transfer.conftest import APPLICANT_ID, SERVICE, case_payload, submit

DOC = create_app(db=Database("sqlite://")).openapi()  # building the document never touches the database
OPERATIONS = {
    op["operationId"]: (method, path, op)
    for path, ops in DOC["paths"].items()
    for method, op in ops.items()
    if not path.startswith(("/healthz", "/readyz", "/metrics"))
}
SCHEMAS = DOC["components"]["schemas"]
CHINESE = re.compile(r"[\u4e00-\u9fff]")
# who may call: every description names a role (or says that anyone may)
CALLERS = re.compile(r"调用方|工作人员|经办人|管理员|监督人员|内部服务|协同部门系统|窗口|任何人")


def _named(schema: dict) -> bool:
    """A $ref to a named model, a list of one, or a choice between named models (as the contract test)."""
    if "$ref" in schema:
        return True
    if schema.get("type") == "array":
        return _named(schema["items"])
    choices = schema.get("oneOf") or schema.get("anyOf")
    return bool(choices) and all(_named(c) for c in choices if c.get("type") != "null")


class TestOperations:
    def test_operation_ids_are_short_and_grouped_by_tag(self):
        for op_id, (_, path, op) in OPERATIONS.items():
            assert re.fullmatch(r"[a-z]+(_[a-z]+){1,4}", op_id) and op_id.startswith(op["tags"][0]), path
        assert set(OPERATIONS) >= {
            "cases_submit",
            "cases_record_emergency_aid",
            "cases_complete_paperwork",
            "slips_list",
            "slips_get",
            "slips_access_log",
            "slips_post_event",
            "slips_forward",
            "slips_reroute",
            "deliveries_list",
            "deliveries_replay",
            "departments_list",
            "departments_create",
            "departments_get",
            "departments_update",
            "departments_rotate_secret",
            "departments_issue_client_token",
            "supervision_board",
            "supervision_sweep",
            "grants_summary",
            "caps_slip_caps",
            "caps_case_caps",
            "cases_report",
            "cases_acknowledge",
            "cases_get_report",
            "verify_slip",
        }

    @pytest.mark.parametrize("op_id", sorted(OPERATIONS))
    def test_every_answer_is_a_named_schema(self, op_id):
        _, _, op = OPERATIONS[op_id]
        answers = {code: r for code, r in op["responses"].items() if code.startswith("2")}
        assert answers
        for code, response in answers.items():
            schema = response["content"]["application/json"]["schema"]
            assert _named(schema), f"{op_id} {code}: {schema}"

    @pytest.mark.parametrize("op_id", sorted(OPERATIONS))
    def test_every_operation_says_what_it_does_and_who_may_call_it(self, op_id):
        _, _, op = OPERATIONS[op_id]
        assert CHINESE.search(op["summary"])
        assert CALLERS.search(op.get("description", "")), op_id

    @pytest.mark.parametrize("op_id", sorted(OPERATIONS))
    def test_problems_are_declared(self, op_id):
        method, path, op = OPERATIONS[op_id]
        codes = set(op["responses"])
        if op_id not in ("verify_slip", "public_disclosures", "public_lodge"):  # public, no token
            assert {"401", "403"} <= codes
        if "{" in path:
            assert "404" in codes
        if method == "post" and op_id not in ("supervision_sweep", "deliveries_replay"):
            assert "422" in codes

    def test_state_changes_that_can_clash_declare_409(self):
        for op_id in ("cases_submit", "slips_post_event", "slips_forward", "deliveries_replay"):
            assert "409" in OPERATIONS[op_id][2]["responses"], op_id

    def test_a_repeated_case_is_documented_as_200_with_the_same_schema(self):
        responses = OPERATIONS["cases_submit"][2]["responses"]
        for code in ("200", "201"):
            assert responses[code]["content"]["application/json"]["schema"] == {
                "$ref": "#/components/schemas/CaseSubmitted"
            }


class TestExamples:
    def test_every_slip_event_has_a_request_example(self):
        body = OPERATIONS["slips_post_event"][2]["requestBody"]["content"]["application/json"]
        kinds = {e["value"]["type"] for e in body["examples"].values()}
        assert kinds == {"acknowledged", "opinion", "result", "feedback", "returned"}

    @pytest.mark.parametrize(
        "op_id", ["cases_submit", "cases_record_emergency_aid", "departments_create", "departments_update"]
    )
    def test_request_bodies_have_examples(self, op_id):
        body = OPERATIONS[op_id][2]["requestBody"]["content"]["application/json"]
        assert body.get("examples")

    @pytest.mark.parametrize(
        ("op_id", "code"),
        [("cases_submit", "201"), ("slips_list", "200"), ("grants_summary", "200"), ("verify_slip", "200")],
    )
    def test_answers_have_examples(self, op_id, code):
        assert OPERATIONS[op_id][2]["responses"][code]["content"]["application/json"]["example"]

    def test_the_case_example_is_a_valid_case(self, client):
        from services.transfer.slips import examples

        response = client.post(
            "/v1/cases",
            json=examples.CASE,
            headers={**SERVICE, "Idempotency-Key": "case-42"},
        )
        assert response.status_code == 201, response.text
        assert CaseSubmitted.model_validate(response.json()).slips[0].kind == SlipKind.DISPATCH


class TestVocabularyInTheDocument:
    def _enum(self, schema: str, field: str) -> list[str]:
        prop = SCHEMAS[schema]["properties"][field]
        ref = prop.get("$ref") or next(c["$ref"] for c in prop.get("anyOf", []) if "$ref" in c)
        return SCHEMAS[ref.rsplit("/", 1)[1]]["enum"]

    def test_slip_kinds_states_and_department_types_are_listed(self):
        assert self._enum("SlipSummary", "kind") == [k.value for k in SlipKind]
        assert self._enum("SlipSummary", "state") == [s.value for s in SlipState]
        assert self._enum("DepartmentPublic", "type") == [t.value for t in DepartmentType]
        assert self._enum("DepartmentCreate", "type") == [t.value for t in DepartmentType]
        assert self._enum("TimelineEntry", "kind") == [k.value for k in SlipEventKind]
        assert self._enum("AccessEntry", "role") == [r.value for r in Role]

    def test_slip_list_filters_take_the_vocabulary(self):
        params = {p["name"]: p for p in OPERATIONS["slips_list"][2]["parameters"]}
        for name, enum in (("kind", SlipKind), ("state", SlipState)):
            ref = next(c["$ref"] for c in params[name]["schema"]["anyOf"] if "$ref" in c)
            assert SCHEMAS[ref.rsplit("/", 1)[1]]["enum"] == [v.value for v in enum]

    def test_unknown_state_filter_is_422(self, client):
        response = client.get(
            "/v1/slips?state=lost", headers={"Authorization": f"Bearer {token_for('admin', '370211')}"}
        )
        assert response.status_code == 422 and response.json()["field"] == "state"


class TestTypedClient:
    """The client answers with the public schemas, as the eligibility client does."""

    @pytest.fixture
    def typed(self, client):
        return TransferClient(
            "http://testserver", client=client, auth_secret=DEMO_AUTH_SECRET, caller="intake", retries=0
        )

    def test_case_slips_and_supervision_come_back_as_models(self, typed, client):
        submitted = typed.submit_case(case_payload(7), "case-7")
        assert isinstance(submitted, CaseSubmitted) and submitted.slips[0].kind == SlipKind.DISPATCH
        assert typed.submit_case(case_payload(7), "case-7") == submitted  # a repeat: the same slips
        admin = token_for("admin", "370211")
        listed = typed.list_slips(case_id=7, token=admin)
        assert [type(s) for s in listed] == [SlipSummary] and listed[0].state == SlipState.DELIVERED
        detail = typed.get_slip(submitted.slips[0].id, token=admin)
        assert isinstance(detail, SlipDetail) and detail.applicant_id_number == APPLICANT_ID
        assert detail.timeline[0].kind == SlipEventKind.ISSUED
        assert isinstance(typed.deliveries(detail.id, token=admin), SlipDeliveries)
        assert isinstance(typed.supervision(token=admin), SupervisionOverview)
        assert typed.run_sweep(token=admin) == SweepCounts(reminder=0, supervision=0)
        assert isinstance(typed.verify(detail.verify_code), Verification)

    def test_an_event_answers_the_slip_after_it(self, typed, client):
        slip_id = submit(client, case_id=8)["slips"][0]["id"]
        receiver = token_for("department_staff", "370211001", department_id="370211001-civil")
        after = typed.post_event(slip_id, {"type": "acknowledged"}, token=receiver)
        assert isinstance(after, SlipDetail) and after.state == SlipState.ACKNOWLEDGED

    def test_departments_come_back_as_models(self, typed):
        admin = token_for("admin", "370211")
        rows = typed.list_departments(type="education", token=admin)
        assert rows and all(
            isinstance(d, DepartmentPublic) and d.type == DepartmentType.EDUCATION for d in rows
        )
        token = typed.issue_partner_token(rows[0].id, token=admin)
        assert token.client_token.startswith(token.prefix)
