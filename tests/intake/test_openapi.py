"""Intake's OpenAPI document: every answer is a named schema an SDK can generate, with the vocabulary's values."""

import json
import re

import pytest

from services.common.db import Database
from services.common.vocabulary import ApplicationStatus, CaseEventKind, Channel, Role, SlipKind
from services.intake.app import create_app
from services.intake.settings import IntakeSettings

# building the document never touches the database
DOC = create_app(IntakeSettings(database_url="sqlite://", run_workers=False), Database("sqlite://")).openapi()
SCHEMAS = DOC["components"]["schemas"]
OPERATIONS = [(path, method, op) for path, ops in DOC["paths"].items() for method, op in ops.items()]
IDS = [op["operationId"] for _, _, op in OPERATIONS]
JSON = re.compile(r"^application/(json|.*\+json)$")
# the case, its deadlines, notices, slip events and the people's side (other intake domains document their own)
CORE_TAGS = {
    "auth",
    "applications",
    "notices",
    "deadlines",
    "calendar",
    "events",
    "public",
    "complaints",
    "reports",
}
OTHER_DOMAINS = re.compile(r"^/v1/(auth/accounts|public/(appointment|online|out-of-hours))")
CORE = [(p, m, op) for p, m, op in OPERATIONS if op["tags"][0] in CORE_TAGS and not OTHER_DOMAINS.match(p)]
# answers without a schema yet, owned by their domain (tests/test_openapi_contracts.py ALLOW names them too)
NO_SCHEMA_YET: set[str] = set()
CORE_IDS = [op["operationId"] for _, _, op in CORE]


def _ref_name(schema: dict) -> str:
    return schema["$ref"].rsplit("/", 1)[-1]


def _named(schema: dict) -> bool:
    """A $ref to a named model, or a list of one."""
    if "$ref" in schema:
        return True
    return schema.get("type") == "array" and "$ref" in schema.get("items", {})


def _answers(op: dict) -> list[tuple[str, str, dict]]:
    return [
        (code, media, body.get("schema", {}))
        for code, response in op["responses"].items()
        if code.startswith("2")
        for media, body in (response.get("content") or {}).items()
    ]


def _free_form(schema: dict, where: str) -> list[str]:
    """Places in a schema an SDK can only type as `dict[str, Any]`."""
    if not schema:
        return [f"{where}: {{}}"]
    found = []
    for key in ("anyOf", "oneOf", "allOf"):
        for i, choice in enumerate(schema.get(key, [])):
            found += _free_form(choice, f"{where}/{key}[{i}]")
    if schema.get("type") == "array":
        found += _free_form(schema.get("items", {}), f"{where}[]")
    if schema.get("type") == "object":
        extra = schema.get("additionalProperties")
        if extra is True or extra == {}:
            found.append(f"{where}: additionalProperties without a type")
        elif isinstance(extra, dict):
            found += _free_form(extra, f"{where}{{}}")
        elif not schema.get("properties"):
            found.append(f"{where}: object without properties")
    for name, prop in schema.get("properties", {}).items():
        found += _free_form(prop, f"{where}.{name}")
    return found


def _reachable(names: set[str]) -> set[str]:
    """Every component schema the named ones refer to, transitively."""
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo += re.findall(r'"#/components/schemas/([^"]+)"', json.dumps(SCHEMAS[name]))
    return seen


def _enum_of(model: str, field: str) -> set[str]:
    prop = SCHEMAS[model]["properties"][field]
    choices = prop.get("anyOf", [prop])
    values: set[str] = set()
    for choice in choices:
        target = SCHEMAS[_ref_name(choice)] if "$ref" in choice else choice
        values |= set(target.get("enum", [])) | ({target["const"]} if "const" in target else set())
    return values


class TestAnswers:
    @pytest.mark.parametrize(
        ("path", "method", "op"),
        [
            pytest.param(*o, marks=pytest.mark.xfail(strict=True, reason="no schema yet"))
            if o[2]["operationId"] in NO_SCHEMA_YET
            else o
            for o in OPERATIONS
        ],
        ids=IDS,
    )
    def test_every_2xx_json_answer_is_a_named_schema(self, path, method, op):
        answers = _answers(op)
        codes = [c for c in op["responses"] if c.startswith("2")]
        assert codes, f"{method.upper()} {path} declares no success answer"
        for code, media, schema in answers:
            if JSON.match(media):
                assert _named(schema), f"{method.upper()} {path} {code} is not a named model: {schema}"
            else:  # a CSV or text answer still says what it is
                assert schema, f"{method.upper()} {path} {code} {media} has no schema"
        for code in codes:
            if code != "204":
                assert any(c == code for c, _, _ in answers), f"{method.upper()} {path} {code} has no content"

    def test_no_answer_model_of_the_case_is_a_free_form_object(self):
        roots = {
            _ref_name(s.get("items", s))
            for _, _, op in CORE
            for _, media, s in _answers(op)
            if JSON.match(media) and _named(s)
        }
        assert {"ApplicationPublic", "LedgerPage", "RegistrationPublic", "StatisticsPublic"} <= roots
        found = [f for name in sorted(_reachable(roots)) for f in _free_form(SCHEMAS[name], name)]
        assert found == []

    def test_the_served_document_is_the_one_checked(self, client):
        served = client.get("/openapi.json").json()
        assert set(served["paths"]) == set(DOC["paths"])
        assert served["paths"]["/v1/applications/{application_id}"]["get"]["responses"]["200"]["content"][
            "application/json"
        ]["schema"] == {"$ref": "#/components/schemas/ApplicationPublic"}


class TestVocabulary:
    @pytest.mark.parametrize(
        ("model", "field", "vocabulary"),
        [
            ("ApplicationPublic", "status", ApplicationStatus),
            ("ApplicationPublic", "channel", Channel),
            ("LedgerRow", "status", ApplicationStatus),
            ("RegistrationPublic", "status", ApplicationStatus),
            ("ProgressPublic", "status", ApplicationStatus),
            ("StatusChangePublic", "to_status", ApplicationStatus),
            ("CaseSlipPublic", "kind", SlipKind),
            ("CaseSlipPublic", "last_event", CaseEventKind),
            ("SlipEvent", "kind", CaseEventKind),
            ("DataAccessPublic", "role", Role),
            ("AccountPublic", "role", Role),
        ],
    )
    def test_enumerated_fields_list_the_vocabulary_values(self, model, field, vocabulary):
        assert _enum_of(model, field) == {m.value for m in vocabulary}

    def test_a_duplicate_finding_of_a_grant_is_granted_not_a_status(self):
        assert _enum_of("DuplicateFinding", "status") == {m.value for m in ApplicationStatus} | {"granted"}


class TestOperations:
    @pytest.mark.parametrize(("path", "method", "op"), CORE, ids=CORE_IDS)
    def test_summary_in_chinese_and_description_naming_the_caller(self, path, method, op):
        assert re.search(r"[\u4e00-\u9fff]", op["summary"])
        assert op.get("description", "").startswith("调用方："), op.get("description")

    @pytest.mark.parametrize(("path", "method", "op"), CORE, ids=CORE_IDS)
    def test_operation_id_is_tag_and_function(self, path, method, op):
        op_id = op["operationId"]
        assert re.fullmatch(r"[a-z]+_[a-z_]+", op_id) and op_id.startswith(op["tags"][0] + "_")
        assert len(op_id) <= 32 and "_v1_" not in op_id  # not FastAPI's register_v1_applications_post

    @pytest.mark.parametrize(("path", "method", "op"), CORE, ids=CORE_IDS)
    def test_problems_are_declared(self, path, method, op):
        codes = set(op["responses"])
        if op.get("security"):
            assert "401" in codes
        if "{" in path:
            assert "404" in codes
        if "requestBody" in op or op.get("parameters"):
            assert "422" in codes

    def test_conflicts_are_declared_where_the_status_machine_refuses(self):
        for path in ("withdraw", "not-accept", "archive", "accept", "notice", "pause", "resume", "extend"):
            assert "409" in DOC["paths"][f"/v1/applications/{{application_id}}/{path}"]["post"]["responses"]
        assert "409" in DOC["paths"]["/v1/applications"]["post"]["responses"]  # duplicate aid
        assert "503" in DOC["paths"]["/v1/applications/{application_id}/notice"]["post"]["responses"]

    @pytest.mark.parametrize(("path", "method", "op"), [c for c in CORE if "requestBody" in c[2]])
    def test_request_bodies_carry_examples(self, path, method, op):
        schema = op["requestBody"]["content"]["application/json"]["schema"]
        model = SCHEMAS[_ref_name(schema.get("anyOf", [schema])[0])]
        assert "examples" in model or any("examples" in p for p in model["properties"].values()), path

    @pytest.mark.parametrize(
        "model",
        ["RegistrationPublic", "ProgressPublic", "ComplaintReceipt", "CalendarNoticePublic", "EventReceipt"],
    )
    def test_answers_an_integrator_starts_with_carry_an_example(self, model):
        assert SCHEMAS[model]["examples"]
