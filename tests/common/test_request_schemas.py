"""Every request body of every service: booleans are strict ("yes" is a 422), walked from the routes so a
new schema is covered the day it is added."""

import typing

import pytest
from pydantic import BaseModel

from services.common.errors import Invalid
from services.common.text import check_model
from services.eligibility.app import create_app as eligibility_app
from services.intake.app import create_app as intake_app
from services.transfer.app import create_app as transfer_app


def _models(annotation, seen: set) -> typing.Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation not in seen:
            seen.add(annotation)
            yield annotation
            for field in annotation.model_fields.values():
                yield from _models(field.annotation, seen)
    for arg in typing.get_args(annotation):
        yield from _models(arg, seen)


def api_routes(router) -> typing.Iterator:
    """Every route of an app, including those of included routers (kept nested by FastAPI)."""
    for route in router.routes:
        if hasattr(route, "original_router"):
            yield from api_routes(route.original_router)
        else:
            yield route


def _boolean_fields() -> list[tuple[str, type[BaseModel], str]]:
    found, seen = [], set()
    for app in (intake_app(), eligibility_app(), transfer_app()):
        for route in api_routes(app.router):
            body = getattr(getattr(route, "dependant", None), "body_params", None) or []
            for param in body:
                for model in _models(param.field_info.annotation, seen):
                    for name, field in model.model_fields.items():
                        ann = field.annotation
                        if ann is bool or bool in typing.get_args(ann):
                            found.append((app.title, model, name))
    return found


BOOLEANS = _boolean_fields()


def test_request_bodies_have_boolean_fields_to_check():
    assert BOOLEANS  # the walk itself works: emergency, dont_know, active, … are found


@pytest.mark.parametrize("title,model,name", BOOLEANS, ids=[f"{m.__name__}.{n}" for _, m, n in BOOLEANS])
def test_yes_is_not_a_boolean(title, model, name):
    for fake in ("yes", "on", 1, "1", "true"):
        with pytest.raises(Invalid) as err:
            check_model(model, {name: fake})
        assert err.value.field == name
    check_model(model, {name: True})
    check_model(model, {name: None})


def test_yes_is_a_422_naming_the_field_over_http(eligibility_db, make_client):
    from tests.conftest import auth

    client = make_client(eligibility_app(db=eligibility_db))
    body = {"code": "new_material", "name": "新材料", "shared_data": "yes"}
    response = client.post("/v1/materials", json=body, headers=auth("admin", "370211", subject="admin"))
    assert response.status_code == 422 and response.json()["field"] == "shared_data"


def test_blank_required_text_is_a_422_naming_the_field_over_http(eligibility_db, make_client):
    from tests.conftest import auth

    client = make_client(eligibility_app(db=eligibility_db))
    body = {"item_code": "temporary_assistance", "keywords": ["失火"], "reason": " \u3000\t "}
    response = client.post(
        "/v1/suggestion-rules", json=body, headers=auth("admin", "370211", subject="admin")
    )
    assert response.status_code == 422 and response.json()["field"] == "reason"
