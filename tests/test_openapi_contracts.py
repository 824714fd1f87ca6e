"""Every operation of the three live OpenAPI documents is typed, secured and declares its problems."""

import re

import pytest

from services.common.db import Database
from services.eligibility.app import create_app as eligibility_app
from services.intake.app import create_app as intake_app
from services.transfer.app import create_app as transfer_app

# Operations not typed yet, as "<service> <METHOD> <path>": the domain routes are being typed one by
# one; remove a line when its route lands (the test says so). Issue 13 is done when this list is empty.
ALLOW: set[str] = set()

FACTORIES = {"intake": intake_app, "eligibility": eligibility_app, "transfer": transfer_app}
PUBLIC = re.compile(r"^(/healthz|/readyz|/metrics|/v1/public/.*|/verify/.*|/v1/auth/token)$")
JSON_MEDIA = re.compile(r"^application/(json|.*\+json|x-ndjson)$")


def _documents() -> dict[str, dict]:
    db = Database("sqlite://")  # building the document never touches the database
    return {name: factory(db=db).openapi() for name, factory in FACTORIES.items()}


DOCUMENTS = _documents()
OPERATIONS = [
    (name, path, method, op)
    for name, doc in DOCUMENTS.items()
    for path, ops in doc["paths"].items()
    for method, op in ops.items()
]
IDS = [f"{name} {op['operationId']}" for name, _, _, op in OPERATIONS]
KEYS = [f"{name} {method.upper()} {path}" for name, path, method, _ in OPERATIONS]


def _named(schema: dict) -> bool:
    """A $ref to a named model, a list of one, or a choice between named models."""
    if "$ref" in schema:
        return True
    if schema.get("type") == "array":
        return _named(schema.get("items", {}))
    choices = schema.get("oneOf") or schema.get("anyOf")
    return bool(choices) and all(_named(c) for c in choices if c.get("type") != "null")


def _untyped_answers(op: dict) -> list[str]:
    problems = []
    answers = {code: r for code, r in op["responses"].items() if code.startswith("2")}
    if not answers:
        return ["no 2xx answer declared"]
    for code, response in answers.items():
        content = response.get("content")
        if not content:
            if code != "204":
                problems.append(f"{code} has no content (use status_code=204 for an empty answer)")
            continue
        for media, body in content.items():
            schema = body.get("schema", {})
            if JSON_MEDIA.match(media) and not _named(schema):
                problems.append(f"{code} {media} is not a named model: {schema}")
            if not JSON_MEDIA.match(media) and not schema:
                problems.append(f"{code} {media} has no schema")
    return problems


def _contract_breaches(path: str, method: str, op: dict) -> list[str]:
    out = []
    op_id = op.get("operationId", "")
    # FastAPI's default id is the function name, the path and the method: register_v1_applications_post
    if not op_id or op_id.endswith(re.sub(r"\W", "_", path) + "_" + method):
        out.append(f"FastAPI's default operation id {op_id!r}")
    if not re.search(r"[\u4e00-\u9fff]", op.get("summary", "")):  # not FastAPI's "Register" from the name
        out.append(f"no summary of its own (Chinese): {op.get('summary')!r}")
    out += _untyped_answers(op)
    responses = op["responses"]
    if op.get("security"):
        if "401" not in responses:
            out.append("secured but no 401")
    elif not PUBLIC.match(path):
        out.append("needs a token but declares no bearer security")
    if ("requestBody" in op or op.get("parameters")) and "422" not in responses:
        out.append("takes input but declares no 422")
    if "requestBody" in op and "400" not in responses:
        out.append("takes a body but declares no 400")
    if any(p["in"] == "path" for p in op.get("parameters", [])) and "404" not in responses:
        out.append("names a record in its path but declares no 404")
    return out


@pytest.mark.parametrize(("name", "path", "method", "op"), OPERATIONS, ids=IDS)
def test_operation_is_typed_secured_and_declares_its_problems(name, path, method, op):
    breaches = _contract_breaches(path, method, op)
    if f"{name} {method.upper()} {path}" in ALLOW:
        if not breaches:
            pytest.fail("typed now: remove it from ALLOW in tests/test_openapi_contracts.py")
        pytest.xfail("in ALLOW: " + "; ".join(breaches))
    assert not breaches, f"{method.upper()} {path}: " + "; ".join(breaches)


def test_allow_list_names_only_existing_operations():
    assert ALLOW <= set(KEYS), f"not operations any more: {sorted(ALLOW - set(KEYS))}"


@pytest.mark.parametrize("name", list(FACTORIES))
class TestDocument:
    def test_declares_the_bearer_scheme(self, name):
        scheme = DOCUMENTS[name]["components"]["securitySchemes"]["bearerAuth"]
        assert scheme["type"] == "http" and scheme["scheme"] == "bearer"
        assert "POST /v1/auth/token" in scheme["description"]

    def test_public_operations_need_no_token(self, name):
        public = [op for _, path, _, op in OPERATIONS if PUBLIC.match(path)]
        assert public and all("security" not in op for op in public)

    def test_every_problem_is_one_problem_schema_with_a_chinese_example(self, name):
        for path, ops in DOCUMENTS[name]["paths"].items():
            for op in ops.values():
                for code, response in op["responses"].items():
                    if not code.startswith(("4", "5")) or path == "/readyz":
                        continue
                    body = response["content"]["application/problem+json"]
                    assert body["schema"] == {"$ref": "#/components/schemas/Problem"}, (path, code)
                    assert body["example"]["status"] == int(code)
                    assert re.search(r"[\u4e00-\u9fff]", body["example"]["title"]), (path, code)
                    assert list(response["content"]) == ["application/problem+json"], (path, code)

    def test_problem_schema_has_the_rfc_9457_fields_and_field(self, name):
        schemas = DOCUMENTS[name]["components"]["schemas"]
        props = schemas["Problem"]["properties"]
        assert {"type", "title", "status", "detail", "instance", "field", "errors"} <= set(props)
        assert props["errors"]["anyOf"][0]["items"] == {"$ref": "#/components/schemas/FieldError"}
        assert "HTTPValidationError" not in schemas and "ValidationError" not in schemas

    def test_every_tag_is_described_in_chinese_and_english(self, name):
        doc = DOCUMENTS[name]
        described = {t["name"]: t["description"] for t in doc["tags"]}
        used = {tag for ops in doc["paths"].values() for op in ops.values() for tag in op.get("tags", [])}
        assert used <= set(described)
        for tag in used:
            assert re.search(r"[\u4e00-\u9fff]", described[tag]), tag
            assert re.search(r"[A-Za-z]{4}", described[tag]), tag

    def test_operation_ids_are_unique(self, name):
        ids = [op["operationId"] for ops in DOCUMENTS[name]["paths"].values() for op in ops.values()]
        assert len(ids) == len(set(ids))
