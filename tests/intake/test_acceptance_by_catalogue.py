"""The acceptance works out the missing materials from the catalogue intake holds (issue 10): no
checklist call to eligibility, the same answer as the checklist, data-shared papers never asked, and an
item withdrawn from the catalogue after registration still checked (by the checklist)."""

import pytest

from services.eligibility.catalogue.schemas import ItemMaterialPublic
from tests.intake.conftest import WINDOW, register

ALL = ["application_letter", "id_card", "household_register", "family_situation_statement"]


@pytest.fixture
def counted(fakes):
    eligibility = fakes[0]
    calls = []
    original = eligibility.checklist

    def checklist(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    eligibility.checklist = checklist
    return calls


def _accept(client, case):
    return client.post(f"/v1/applications/{case['id']}/accept", headers=WINDOW)


def test_complete_case_is_accepted_without_asking_the_checklist(client, counted):
    case = register(client, provided_materials=ALL)
    response = _accept(client, case)
    assert response.status_code == 200, response.text
    assert counted == []


def test_missing_materials_are_named_as_the_checklist_names_them(client, counted, fakes):
    case = register(client, provided_materials=["id_card"])
    response = _accept(client, case)
    assert response.status_code == 409
    by_checklist = fakes[0].checklist(["temporary_assistance"], ["id_card"]).missing
    assert response.json()["missing"] == sorted(m.code for m in by_checklist)
    assert all(m.name in response.json()["detail"] for m in by_checklist)
    assert len(counted) == 1  # only the comparison above asked it


def test_a_data_shared_material_is_never_asked(client, counted, fakes):
    item = fakes[0].items["temporary_assistance"]
    shared = ItemMaterialPublic(code="hukou_data", name="户籍信息（共享）", shared_data=True)
    fakes[0].items["temporary_assistance"] = item.model_copy(update={"materials": [*item.materials, shared]})
    case = register(client, provided_materials=ALL)
    assert _accept(client, case).status_code == 200


def test_an_item_withdrawn_after_registration_is_still_checked(client, counted, fakes, monkeypatch):
    case = register(client, provided_materials=["id_card"])
    active = [i for i in fakes[0].items.values() if i.code != "temporary_assistance"]
    monkeypatch.setattr(fakes[0], "list_items", lambda **_: active)
    response = _accept(client, case)
    assert response.status_code == 409
    assert "application_letter" in response.json()["missing"]
    assert len(counted) == 1
