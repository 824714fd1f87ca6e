"""The department's 致申请人 text travels to intake with the feedback event (the public progress page shows
it); no other event carries it."""

from tests.transfer.conftest import submit
from tests.transfer.test_slip_events import ACK, FEEDBACK, OPINION, RESULT, walk


class TestReplyToApplicantEvent:
    def test_feedback_event_carries_the_reply_and_only_it(self, client, intake, app):
        slip = submit(client)["slips"][0]
        walk(client, slip["id"], ACK, OPINION, RESULT, FEEDBACK)
        app.state.deliverer.run_once()
        feedback = [e for e in intake.events if e["kind"] == "feedback_given"]
        assert len(feedback) == 1 and feedback[0]["to_applicant"] == FEEDBACK["to_applicant"]
        assert feedback[0]["slip_number"] == slip["number"]
        assert all("to_applicant" not in e for e in intake.events if e["kind"] != "feedback_given")
