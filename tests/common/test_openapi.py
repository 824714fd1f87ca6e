"""The platform part of every OpenAPI document: ids, security and problems derived from each route."""

from typing import Annotated

import pytest
from fastapi import APIRouter, Depends
from pydantic import BaseModel

from services.common.app import create_service_app
from services.common.auth import Principal, current_principal, require
from services.common.db import Database
from services.common.errors import Conflict, NotFound, problem_responses
from services.common.openapi import answer_example, problem_example_for
from services.common.settings import ServiceSettings


class Thing(BaseModel):
    """A record of the test service."""

    id: int


def build(*routers: APIRouter):
    app = create_service_app(
        name="probe",
        title="probe",
        description="probe",
        settings=ServiceSettings(),
        db=Database("sqlite://"),
        routers=routers,
    )
    return app, app.openapi()


def probe_router() -> APIRouter:
    router = APIRouter(prefix="/v1/things", tags=["things"])

    @router.get(
        "/{thing_id}",
        summary="取一件",
        responses=answer_example({"id": 7})
        | problem_example_for(NotFound, "物件 7 不存在", field="thing_id"),
    )
    def get_thing(thing_id: int, principal: Annotated[Principal, Depends(require("admin"))]) -> Thing:
        return Thing(id=thing_id)

    @router.post("", summary="登记", status_code=201, responses=problem_responses(Conflict))
    def things_create(body: Thing, principal: Annotated[Principal, Depends(current_principal)]) -> Thing:
        return body

    @router.get("/public/count", summary="公开计数")
    def count() -> Thing:
        return Thing(id=0)

    return router


@pytest.fixture(scope="module")
def doc():
    return build(probe_router())[1]


class TestOperationIds:
    def test_are_first_tag_and_function_name(self, doc):
        ids = {path: ops[next(iter(ops))]["operationId"] for path, ops in doc["paths"].items()}
        assert ids["/v1/things/{thing_id}"] == "things_get_thing"
        assert ids["/v1/things/public/count"] == "things_count"
        assert ids["/healthz"] == "platform_healthz" and ids["/metrics"] == "platform_metrics"

    def test_a_name_that_already_starts_with_its_tag_is_not_repeated(self, doc):
        assert doc["paths"]["/v1/things"]["post"]["operationId"] == "things_create"

    def test_a_clash_fails_the_app_build(self):
        one, two = APIRouter(tags=["things"]), APIRouter(tags=["things"])

        @one.get("/a", summary="甲")
        def same() -> Thing:
            return Thing(id=1)

        @two.get("/b", summary="乙")
        def same() -> Thing:  # noqa: F811  (the clash under test)
            return Thing(id=2)

        with pytest.raises(RuntimeError, match="duplicate OpenAPI operation id 'things_same'"):
            build(one, two)


class TestSecurity:
    def test_routes_with_a_role_or_a_token_dependency_need_the_bearer_token(self, doc):
        assert doc["paths"]["/v1/things/{thing_id}"]["get"]["security"] == [{"bearerAuth": []}]
        assert doc["paths"]["/v1/things"]["post"]["security"] == [{"bearerAuth": []}]

    def test_routes_without_one_are_public(self, doc):
        assert "security" not in doc["paths"]["/v1/things/public/count"]["get"]
        assert "security" not in doc["paths"]["/healthz"]["get"]

    def test_the_scheme_says_where_tokens_come_from(self, doc):
        scheme = doc["components"]["securitySchemes"]["bearerAuth"]
        assert scheme["scheme"] == "bearer" and "client-token" in scheme["description"]


class TestProblems:
    def test_generic_problems_follow_from_the_route_shape(self, doc):
        get = doc["paths"]["/v1/things/{thing_id}"]["get"]["responses"]
        post = doc["paths"]["/v1/things"]["post"]["responses"]
        public = doc["paths"]["/v1/things/public/count"]["get"]["responses"]
        assert set(get) == {"200", "401", "403", "404", "422"}  # role, path id, parameter
        assert set(post) == {"201", "400", "401", "409", "422"}  # token only, body, declared 409
        assert set(public) == {"200"}

    def test_every_problem_is_problem_json_with_the_one_schema(self, doc):
        body = doc["paths"]["/v1/things"]["post"]["responses"]["409"]["content"]
        assert list(body) == ["application/problem+json"]
        assert body["application/problem+json"]["schema"] == {"$ref": "#/components/schemas/Problem"}
        assert body["application/problem+json"]["example"]["title"] == "状态冲突"

    def test_a_route_may_give_its_own_problem_example(self, doc):
        body = doc["paths"]["/v1/things/{thing_id}"]["get"]["responses"]["404"]["content"]
        example = body["application/problem+json"]["example"]
        assert example["detail"] == "物件 7 不存在" and example["field"] == "thing_id"
        assert body["application/problem+json"]["schema"] == {"$ref": "#/components/schemas/Problem"}

    def test_fastapi_validation_schemas_are_gone(self, doc):
        assert "HTTPValidationError" not in doc["components"]["schemas"]
        assert "FieldError" in doc["components"]["schemas"]


class TestPlatformEndpoints:
    def test_health_and_readiness_answers_are_named_models(self, doc):
        def schema(path, code="200"):
            return doc["paths"][path]["get"]["responses"][code]["content"]["application/json"]["schema"]

        assert schema("/healthz") == {"$ref": "#/components/schemas/HealthStatus"}
        assert schema("/readyz") == schema("/readyz", "503") == {"$ref": "#/components/schemas/Readiness"}

    def test_examples_reach_the_document(self, doc):
        answer = doc["paths"]["/v1/things/{thing_id}"]["get"]["responses"]["200"]["content"]
        assert answer["application/json"]["example"] == {"id": 7}
        assert doc["components"]["schemas"]["HealthStatus"]["examples"] == [{"status": "ok"}]
        assert doc["components"]["schemas"]["Problem"]["examples"][0]["status"] == 422

    def test_metrics_are_documented_as_text(self, doc):
        metrics = doc["paths"]["/metrics"]["get"]
        assert metrics["tags"] == ["platform"] and "security" not in metrics
        assert "text/plain" in metrics["responses"]["200"]["content"]

    def test_tags_carry_bilingual_descriptions(self, doc):
        tags = {t["name"]: t["description"] for t in doc["tags"]}
        assert tags["platform"].startswith("平台 / Platform")
        assert tags["things"] == "things"  # unknown to the platform: the service describes its own
