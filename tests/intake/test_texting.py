"""The applicant's text messages on acceptance and conclusion: after the commit, never on a rollback, and a
failing gateway undoes nothing."""

import pytest

from services.common.errors import ServiceUnavailable
from services.common.sms import LogSmsGateway
from services.common.vocabulary import ApplicationStatus
from services.intake.applications.models import Application, StatusChange
from services.intake.texting import service as texting
from tests.intake.conftest import WINDOW, accepted_case, register


class Failing:
    def send(self, phone: str, text: str) -> None:
        raise ServiceUnavailable("短信网关不可用")


@pytest.fixture
def gateway(intake_app):
    sent = LogSmsGateway()
    texting.install(sent)
    yield sent
    texting.install(intake_app.state.sms)


class TestAcceptance:
    def test_accepting_texts_the_case_number_and_due_date(self, client, gateway):
        case = accepted_case(client, "2026-11-24")
        assert len(gateway.sent) == 1
        masked, text = gateway.sent[0]
        assert "****" in masked and case["case_number"] in text and "已受理" in text
        assert str(case["due_date"]) in text

    def test_registering_alone_texts_nothing(self, client, gateway):
        register(client)
        assert gateway.sent == []

    def test_a_failing_gateway_leaves_the_acceptance_standing(self, client, intake_app):
        texting.install(Failing())
        try:
            case = accepted_case(client, "2026-11-24")
        finally:
            texting.install(intake_app.state.sms)
        again = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()
        assert again["status"] == "accepted"


class TestRollback:
    def test_a_rolled_back_status_change_never_texts(self, client, intake_app, gateway):
        case = register(client)
        with pytest.raises(RuntimeError), intake_app.state.db.session() as session:
            app = session.get(Application, case["id"])
            session.add(
                StatusChange(
                    application_id=app.id,
                    from_status=app.status,
                    to_status=ApplicationStatus.ACCEPTED,
                    actor="window_hd",
                    actor_name="王晓燕",
                )
            )
            session.flush()  # queued with the insert…
            raise RuntimeError("something later in the same transaction fails")
        assert gateway.sent == []  # …and dropped with the rollback


class TestConclusion:
    def test_text_names_the_case_and_the_written_decision(self):
        app = Application(case_number="HD-2026-00009", window_region="370211001", phone="13700000000")
        text = texting.text_for(app, ApplicationStatus.CONCLUDED)
        assert "HD-2026-00009" in text and "已办结" in text and "黄岛街道" in text
