"""The one vocabulary: values as the APIs spell them, labels as people read them."""

import json

import pytest
from pydantic import BaseModel, ValidationError

from services.common.vocabulary import (
    OPEN_SLIP_STATES,
    OPEN_STATUSES,
    STAFF_ROLES,
    VOCABULARIES,
    ApplicationStatus,
    SlipKind,
)


class TestVocabulary:
    def test_a_member_is_its_api_value_and_carries_a_chinese_label(self):
        assert SlipKind.DISPATCH == "dispatch" and SlipKind("escalate").label == "救助事项转送通知单"
        assert SlipKind.HAND_OVER.short == "转交" and SlipKind.REFER.number_prefix == "ZX"
        assert json.dumps({"kind": SlipKind.ASSIGN}) == '{"kind": "assign"}'

    def test_every_member_of_every_vocabulary_has_a_chinese_label(self):
        for name, enum in VOCABULARIES.items():
            for member in enum:
                assert member.label != member.value and not member.label.isascii(), (name, member)

    def test_labels_are_unique_within_a_vocabulary(self):
        for enum in VOCABULARIES.values():
            assert len(set(enum.labels().values())) == len(enum)

    def test_an_unknown_stored_value_is_shown_as_itself_not_an_error(self):
        assert ApplicationStatus.label_of("draft") == "已登记"
        assert ApplicationStatus.label_of("legacy_status") == "legacy_status"
        assert ApplicationStatus.label_of(None, default="—") == "—"

    def test_a_schema_field_refuses_a_value_outside_the_vocabulary(self):
        class Slip(BaseModel):
            kind: SlipKind

        assert Slip(kind="assign").kind is SlipKind.ASSIGN
        with pytest.raises(ValidationError):
            Slip(kind="assignment")
        assert Slip.model_json_schema()["$defs"]["SlipKind"]["enum"] == [
            "dispatch",
            "escalate",
            "hand_over",
            "assign",
            "refer",
        ]

    def test_open_sets_are_members_of_their_vocabulary(self):
        assert set(OPEN_STATUSES) < set(ApplicationStatus)
        assert "feedback_given" not in OPEN_SLIP_STATES and "handled" in OPEN_SLIP_STATES
        assert "partner" not in STAFF_ROLES
