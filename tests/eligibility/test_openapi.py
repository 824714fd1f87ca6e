"""Eligibility's OpenAPI document as an integrator's SDK generator reads it."""

import json
import re

import pytest

from services.common.db import Database
from services.common.vocabulary import CaseType, DepartmentType, HandlingLevel, SlipKind
from services.eligibility.app import create_app
from services.eligibility.rules.schemas import BatchLine, BatchRecord, RuleSetPublic
from tests.eligibility.conftest import FULL_FACTS, WINDOW

DOC = create_app(db=Database("sqlite://")).openapi()  # building the document never touches the database
OPERATIONS = {
    op["operationId"]: (method, path, op)
    for path, ops in DOC["paths"].items()
    for method, op in ops.items()
    if not path.startswith(("/healthz", "/readyz", "/metrics"))
}
SCHEMAS = DOC["components"]["schemas"]
JSON_MEDIA = re.compile(r"^application/(json|x-ndjson)$")
CALLERS = re.compile(r"工作人员|管理员|协同部门系统|公众|无需令牌")
BATCH = OPERATIONS["evaluations_batch"][2]


def _named(schema: dict) -> bool:
    if "$ref" in schema:
        return True
    return schema.get("type") == "array" and _named(schema["items"])


def _ref(schema: dict) -> dict:
    return SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]


def _enum(schema: str, field: str) -> list[str]:
    prop = SCHEMAS[schema]["properties"][field]
    ref = prop.get("$ref") or next(c["$ref"] for c in prop.get("anyOf", prop.get("allOf", [])) if "$ref" in c)
    return SCHEMAS[ref.rsplit("/", 1)[1]]["enum"]


class TestOperations:
    @pytest.mark.parametrize("op_id", sorted(OPERATIONS))
    def test_every_answer_is_a_named_schema(self, op_id):
        _, _, op = OPERATIONS[op_id]
        answers = {code: r for code, r in op["responses"].items() if code.startswith("2")}
        assert answers
        for code, response in answers.items():
            for media, body in response["content"].items():
                if JSON_MEDIA.match(media):
                    assert _named(body["schema"]), f"{op_id} {code} {media}: {body['schema']}"
                else:
                    assert body["schema"].get("description"), f"{op_id} {code} {media} is not described"

    @pytest.mark.parametrize("op_id", sorted(OPERATIONS))
    def test_every_operation_says_who_may_call_it(self, op_id):
        _, _, op = OPERATIONS[op_id]
        assert re.search(r"[\u4e00-\u9fff]", op["summary"])
        assert CALLERS.search(op.get("description", "")), op_id

    def test_evaluations_have_short_ids(self):
        assert {"evaluations_run", "evaluations_batch", "rules_get", "rules_publish"} <= set(OPERATIONS)
        assert {"guidance_list_suggestion_rules", "guidance_update_suggestion_rule"} <= set(OPERATIONS)


class TestBatchDocument:
    def test_each_request_media_type_has_a_schema(self):
        content = BATCH["requestBody"]["content"]
        assert content["application/json"]["schema"] == {
            "type": "array",
            "items": {"$ref": "#/components/schemas/BatchRecord"},
        }
        assert content["application/x-ndjson"]["schema"]["$ref"] == "#/components/schemas/BatchRecord"
        csv = content["text/csv"]
        assert csv["schema"]["type"] == "string" and "表头" in csv["schema"]["description"]
        assert csv["example"].splitlines()[0].startswith("id,")

    def test_the_record_schema_is_the_published_model(self):
        assert SCHEMAS["BatchRecord"] == BatchRecord.model_json_schema(
            ref_template="#/components/schemas/{model}"
        )

    def test_the_ndjson_answer_is_one_of_the_line_models(self):
        answer = BATCH["responses"]["200"]["content"]
        line = _ref(answer["application/x-ndjson"]["schema"])
        names = {c["$ref"].rsplit("/", 1)[1] for c in line["anyOf"]}
        assert names == {
            "BatchStartLine",
            "BatchProgressLine",
            "BatchResultLine",
            "BatchRecordErrorLine",
            "BatchStreamErrorLine",
            "BatchSummaryLine",
        }
        assert all(name in SCHEMAS for name in names)
        assert "row,id,outcome" in answer["text/csv"]["schema"]["description"]

    def test_the_documented_lines_are_what_the_endpoint_writes(self, client):
        body = "\n".join(
            json.dumps(r) for r in [{"id": "H1", **FULL_FACTS}, {"id": "H2", "facts": "not an object"}]
        )
        response = client.post(
            "/v1/evaluations/batch?item_code=temporary_assistance&as_of=2026-03-15",
            content=body,
            headers={**WINDOW, "content-type": "application/x-ndjson"},
        )
        assert response.status_code == 200 and response.headers["content-type"].startswith(
            "application/x-ndjson"
        )
        lines = [BatchLine.model_validate_json(line).root for line in response.text.splitlines()]
        kinds = [type(line).__name__ for line in lines]
        assert kinds == ["BatchStartLine", "BatchResultLine", "BatchRecordErrorLine", "BatchSummaryLine"]


class TestVocabularyAndRules:
    def test_vocabulary_values_are_listed(self):
        assert _enum("ItemPublic", "owner_department_type") == [t.value for t in DepartmentType]
        assert _enum("ItemPublic", "case_type") == [c.value for c in CaseType]
        assert _enum("ItemPublic", "handling_level") == [h.value for h in HandlingLevel]
        assert _enum("RouteDecision", "kind") == [k.value for k in SlipKind]
        assert _enum("RouteDecision", "receiver_department_type") == [t.value for t in DepartmentType]

    def test_a_rule_set_answer_carries_a_typed_definition(self, client):
        assert SCHEMAS["RuleSetPublic"]["properties"]["definition"] == {
            "$ref": "#/components/schemas/RuleDefinition"
        }
        body = client.get("/v1/rules/temporary_assistance", headers=WINDOW).json()
        rules = RuleSetPublic.model_validate(body)
        assert rules.definition.facts["members"].type == "count"
        # as written: the defaults (applies_when, labels, exempt_detail) are not filled in
        assert set(body["definition"]["conditions"][0]) == {"id", "description", "test"}
