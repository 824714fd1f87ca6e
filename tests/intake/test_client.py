"""The intake client answers with intake's public schemas, as the web front and transfer read them."""

import pytest

from services.common.errors import Conflict, NotFound
from services.common.settings import DEMO_AUTH_SECRET
from services.common.vocabulary import ApplicationStatus, CaseEventKind
from services.intake.client import (
    ApplicationPublic,
    CalendarYearPublic,
    ComplaintPublic,
    ComplaintReceipt,
    EventReceipt,
    IntakeClient,
    LedgerPage,
    NoticePublic,
    RegistrationPublic,
)
from tests.conftest import token_for
from tests.intake.conftest import application_body

WINDOW_TOKEN = token_for("window_staff", "370211001", subject="window_hd", name="王晓燕")
SUPERVISOR_TOKEN = token_for("supervisor", "370211", subject="supervisor", name="周正")


@pytest.fixture
def intake(client):
    """The typed client over the test app (its own service token is a `service` caller)."""
    return IntakeClient("http://testserver", auth_secret=DEMO_AUTH_SECRET, caller="transfer", client=client)


class TestCase:
    def test_register_then_read_the_case_and_the_ledger_as_models(self, intake):
        answer = intake.create_application(application_body(), token=WINDOW_TOKEN)
        assert isinstance(answer, RegistrationPublic) and answer.status is ApplicationStatus.DRAFT
        case = intake.get_application(answer.id, token=WINDOW_TOKEN)
        assert isinstance(case, ApplicationPublic)
        assert case.case_number == answer.case_number and case.items[0].item_code == "temporary_assistance"
        assert case.deadline.notice_due_date == answer.notice_due_date
        page = intake.ledger(token=WINDOW_TOKEN, status="draft")
        assert isinstance(page, LedgerPage) and answer.id in [r.id for r in page.rows]

    def test_the_notice_answers_with_the_notice_other_actions_with_the_case(self, intake):
        answer = intake.create_application(application_body(provided_materials=[]), token=WINDOW_TOKEN)
        notice = intake.act(answer.id, "notice", token=WINDOW_TOKEN)
        assert isinstance(notice, NoticePublic) and notice.number == f"{answer.case_number}-GZ"
        assert {m.code for m in notice.missing} >= {"id_card", "application_letter"}
        case = intake.act(answer.id, "withdraw", {"reason": "申请人已自行解决"}, token=WINDOW_TOKEN)
        assert isinstance(case, ApplicationPublic) and case.status is ApplicationStatus.WITHDRAWN
        assert case.notice is not None and case.notice.number == notice.number

    def test_an_unknown_action_is_refused_before_any_call(self, intake):
        with pytest.raises(ValueError, match="unknown case action"):
            intake.act(1, "delete", token=WINDOW_TOKEN)

    def test_problems_stay_problems(self, intake):
        with pytest.raises(NotFound):
            intake.get_application(999_999, token=WINDOW_TOKEN)
        answer = intake.create_application(application_body(), token=WINDOW_TOKEN)
        with pytest.raises(Conflict):
            intake.act(answer.id, "archive", token=WINDOW_TOKEN)  # a draft cannot be archived


class TestTransferSide:
    def test_a_slip_event_is_recorded_once(self, intake, client):
        answer = intake.create_application(application_body(), token=WINDOW_TOKEN)
        event = {"event_id": f"e-{answer.id}", "kind": "slip_issued", "slip_id": 7, "slip_number": "FB-1"}
        first = intake.post_event(answer.id, event)
        again = intake.post_event(answer.id, event)
        assert isinstance(first, EventReceipt) and first.recorded and not again.recorded
        slip = intake.get_application(answer.id, token=WINDOW_TOKEN).slips[0]
        assert slip.last_event is CaseEventKind.SLIP_ISSUED and slip.kind is None  # handoff not recorded yet

    def test_calendar_year_is_typed(self, intake):
        year = intake.calendar_year(2026, token=WINDOW_TOKEN)
        assert isinstance(year, CalendarYearPublic) and year.year == 2026 and year.holidays


class TestPeople:
    def test_public_complaint_gets_a_receipt_and_staff_see_it_in_the_ledger(self, intake):
        body = {"region": "370211001", "content": "窗口让我来回跑了三次"}
        receipt = intake.complain(body)
        assert isinstance(receipt, ComplaintReceipt) and receipt.number.startswith("ZC-")
        ledger = intake.complaints(token=SUPERVISOR_TOKEN)
        assert all(isinstance(c, ComplaintPublic) for c in ledger)
        assert receipt.number in [c.number for c in ledger]
        recorded = intake.record_complaint(body, token=WINDOW_TOKEN)
        assert recorded.channel == "window" and recorded.recorded_by == "window_hd"
