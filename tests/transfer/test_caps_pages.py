"""The cap figures on the inbox card and the slip page, and the refusal in Chinese (web wired in-process)."""

from tests.transfer.conftest import event, submit
from tests.transfer.test_pages import web  # noqa: F401  (the logged-in web front fixture)


def _to_opinion(client, slip_id):
    for body in ({"type": "acknowledged"}, {"type": "opinion", "opinion": "同意"}):
        assert event(client, slip_id, body).status_code == 200


class TestCapFiguresOnPages:
    def test_inbox_card_shows_figures_and_the_refusal(self, web, client):  # noqa: F811
        first = submit(client, case_id=1)["slips"][0]["id"]
        _to_opinion(client, first)
        paid = {"type": "result", "outcome": "approved", "amount": "28000.00", "reason": "同意"}
        assert event(client, first, paid).status_code == 200
        second = submit(client, case_id=2)["slips"][0]["id"]
        _to_opinion(client, second)
        browser = web("dept_hd_ca")
        inbox = browser.get("/inbox").text
        assert 'data-testid="caps-times">1<' in inbox and 'data-testid="caps-left">2000.00<' in inbox
        headers = {"HX-Request": "true", "X-CSRF-Token": browser.csrf}
        data = {"type": "result", "outcome": "approved", "amount": "3000.00", "reason": "同意", "key": "r2"}
        card = browser.post(f"/inbox/{second}/event", data=data, headers=headers).text
        assert "本次¥3,000.00将超过每户每年¥30,000.00上限" in card and "登记办理结果" in card

    def test_slip_page_and_eligibility_down(self, web, client, eligibility):  # noqa: F811
        slip = submit(client, case_id=1)["slips"][0]["id"]
        _to_opinion(client, slip)
        browser = web("window_hd")
        assert "临时救助年度上限" in browser.get(f"/slips/{slip}").text
        eligibility.down = True
        client.app.state.cap_limits.forget()
        page = browser.get(f"/slips/{slip}")
        assert page.status_code == 200 and "暂时无法核对年度上限" in page.text

    def test_emergency_aid_form_shows_the_figures(self, web, client):  # noqa: F811
        slip = submit(client, case_id=1, emergency=True)["slips"][0]["id"]
        page = web("window_hd").get(f"/slips/{slip}").text
        assert "登记先行救助" in page and 'data-testid="caps-left">30000.00<' in page
