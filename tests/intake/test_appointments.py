"""Appointments (预约服务): slots incl. 午间/双休日/延时, public and staff booking, no-shows, reminders, duty roster."""

import pytest

from services.intake.appointments.models import AppointmentReminder
from services.intake.appointments.reminders import send_due_reminders
from tests.conftest import auth
from tests.intake.conftest import ADMIN, SUPERVISOR, WINDOW, WINDOW_XA

# the clock fixture: Tuesday 2026-11-24 09:30 Beijing
LEAD = auth("window_staff", "370211001", subject="window_hd", name="王晓燕")
OTHER_HD = auth("window_staff", "370211001", subject="window_hd2", name="张敏")


@pytest.fixture
def window(client):
    r = client.post(
        "/v1/appointment-windows",
        json={"region": "370211001", "name": "社会救助综合窗口", "lead_username": "window_hd"},
        headers=ADMIN,
    )
    assert r.status_code == 201, r.text
    return r.json()


def open_slots(client, window, headers=LEAD, **overrides):
    body = {
        "date_from": "2026-11-25",
        "date_to": "2026-11-29",
        "weekdays": [0, 1, 2, 3, 4, 5, 6],
        "start_time": "12:00",
        "end_time": "13:00",
        "capacity": 2,
        "minutes": 30,
    } | overrides
    return client.post(f"/v1/appointment-windows/{window['id']}/slots", json=body, headers=headers)


class TestSlots:
    def test_lead_opens_lunch_weekend_and_extended_slots_by_the_official_calendar(self, client, window):
        r = open_slots(client, window)
        assert r.status_code == 201, r.text
        slots = r.json()["slots"]
        assert r.json()["created"] == 10  # 5 days × two half hours
        periods = {(s["slot_date"], s["period"]) for s in slots}
        assert ("2026-11-25", "lunch") in periods  # a Wednesday noon: 午间服务
        assert ("2026-11-28", "weekend") in periods  # Saturday: 双休日服务
        evening = open_slots(client, window, start_time="17:30", end_time="19:00", date_to="2026-11-25")
        assert {s["period"] for s in evening.json()["slots"]} == {"extended"}  # 延时服务
        again = open_slots(client, window)
        assert again.json() == {"created": 0, "skipped": 10, "slots": []}

    def test_only_an_admin_or_the_window_lead_configures_slots(self, client, window):
        assert open_slots(client, window, headers=OTHER_HD).status_code == 403
        assert open_slots(client, window, headers=ADMIN).status_code == 201
        assert open_slots(client, window, headers=WINDOW_XA).status_code == 404  # another town's window

    @pytest.mark.parametrize(
        ("overrides", "field"),
        [
            ({"date_from": "2026-11-23"}, "date_from"),  # yesterday
            ({"date_to": "2026-11-20"}, "date_to"),
            ({"end_time": "11:00"}, "end_time"),
            ({"weekdays": [7]}, "weekdays"),
            ({"date_to": "2027-06-01"}, "date_to"),  # more than a quarter at once
            ({"capacity": 0}, "capacity"),
        ],
    )
    def test_bad_batches_are_422_naming_the_field(self, client, window, overrides, field):
        r = open_slots(client, window, **overrides)
        assert r.status_code == 422 and r.json()["field"] == field, r.text


def first_slot(client, **params):
    r = client.get("/v1/public/appointment-slots", params={"region": "370211001", **params})
    assert r.status_code == 200, r.text
    return r.json()[0]


class TestPublicBooking:
    def test_a_resident_books_without_login_and_lists_show_no_personal_data(self, client, window):
        open_slots(client, window)
        slot = first_slot(client)
        assert "name" not in slot and slot["available"] == 2
        r = client.post(
            "/v1/public/appointments",
            json={"slot_id": slot["id"], "name": "周小梅", "phone": "13612345678", "matter": "临时救助申请"},
        )
        assert r.status_code == 201, r.text
        receipt = r.json()
        assert len(receipt["code"]) == 8 and "周小梅" not in r.text and "13612345678" not in r.text
        day = client.get("/v1/appointments/day", params={"day": "2026-11-25"}, headers=WINDOW).json()
        [booked] = day["appointments"]
        assert booked["name"] == "周小梅" and booked["phone_masked"] == "136****5678"
        assert "13612345678" not in str(day) and booked["source"] == "public"
        assert first_slot(client)["available"] == 1

    def test_a_full_slot_and_a_double_booking_are_409(self, client, window):
        open_slots(client, window, capacity=1)
        slot = first_slot(client)
        body = {"slot_id": slot["id"], "name": "甲", "phone": "13600000001", "matter": "咨询"}
        assert client.post("/v1/appointments", json=body, headers=WINDOW).status_code == 201
        again = client.post("/v1/appointments", json=body | {"phone": "13600000002"}, headers=WINDOW)
        assert again.status_code == 409 and again.json()["field"] == "slot_id"
        assert first_slot(client)["id"] != slot["id"]  # the full slot is no longer offered

    def test_a_past_slot_cannot_be_booked(self, client, window, clock):
        from datetime import UTC, datetime

        open_slots(client, window)
        slot = first_slot(client)
        clock.set(datetime(2026, 11, 25, 4, 30, tzinfo=UTC))  # 12:30 Beijing: the 12:00 slot has begun
        r = client.post(
            "/v1/appointments",
            json={"slot_id": slot["id"], "name": "甲", "phone": "13600000001", "matter": "咨询"},
            headers=WINDOW,
        )
        assert r.status_code == 409

    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({"phone": "12345"}, "phone"),
            ({"name": ""}, "name"),
            ({"slot_id": 0}, "slot_id"),
            ({"matter": "x" * 201}, "matter"),
        ],
    )
    def test_bad_public_input_is_422(self, client, window, body, field):
        open_slots(client, window)
        slot = first_slot(client)
        good = {"slot_id": slot["id"], "name": "甲", "phone": "13600000001", "matter": "咨询"}
        r = client.post("/v1/public/appointments", json=good | body)
        assert r.status_code == 422 and r.json()["field"] == field

    def test_public_booking_is_rate_limited_per_address(self, client, window):
        open_slots(client, window, capacity=20)
        slot = first_slot(client)
        codes = []
        for i in range(6):
            r = client.post(
                "/v1/public/appointments",
                json={"slot_id": slot["id"], "name": "甲", "phone": f"1360000000{i}", "matter": "咨询"},
            )
            codes.append(r.status_code)
        assert codes[:5] == [201] * 5 and codes[5] == 429

    def test_a_resident_cancels_with_code_and_phone_and_the_place_is_free_again(self, client, window):
        open_slots(client, window, capacity=1)
        slot = first_slot(client)
        code = client.post(
            "/v1/public/appointments",
            json={"slot_id": slot["id"], "name": "甲", "phone": "13600000001", "matter": "咨询"},
        ).json()["code"]
        wrong = client.post(f"/v1/public/appointments/{code}/cancel", json={"phone": "13600000009"})
        assert wrong.status_code == 404
        ok = client.post(f"/v1/public/appointments/{code}/cancel", json={"phone": "13600000001"})
        assert ok.status_code == 204
        assert first_slot(client)["id"] == slot["id"]


class TestDayAndNoShows:
    def _booked(self, client, window):
        open_slots(client, window)
        slot = first_slot(client)
        r = client.post(
            "/v1/appointments",
            json={"slot_id": slot["id"], "name": "甲", "phone": "13600000001", "matter": "咨询"},
            headers=WINDOW,
        )
        return r.json()

    def test_no_show_only_after_the_slot_began_and_it_is_counted(self, client, window, clock):
        from datetime import UTC, datetime

        booked = self._booked(client, window)
        early = client.post(f"/v1/appointments/{booked['id']}/no-show", headers=WINDOW)
        assert early.status_code == 409
        clock.set(datetime(2026, 11, 25, 5, 0, tzinfo=UTC))  # 13:00 Beijing
        r = client.post(f"/v1/appointments/{booked['id']}/no-show", headers=WINDOW)
        assert r.status_code == 200 and r.json()["status"] == "no_show"
        assert client.post(f"/v1/appointments/{booked['id']}/arrive", headers=WINDOW).status_code == 409
        report = client.get(
            "/v1/appointments/report",
            params={"date_from": "2026-11-01", "date_to": "2026-11-30"},
            headers=SUPERVISOR,
        ).json()
        [row] = report["windows"]
        assert row["no_show"] == 1 and row["out_of_hours"] == 1

    def test_another_town_sees_neither_the_day_nor_the_appointment(self, client, window):
        booked = self._booked(client, window)
        day = client.get("/v1/appointments/day", params={"day": "2026-11-25"}, headers=WINDOW_XA).json()
        assert day["appointments"] == [] and day["slots"] == []
        assert client.post(f"/v1/appointments/{booked['id']}/arrive", headers=WINDOW_XA).status_code == 404
        forbidden = client.get("/v1/appointments/day", params={"region": "370211001"}, headers=WINDOW_XA)
        assert forbidden.status_code == 403


class TestReminders:
    class Gateway:
        def __init__(self, fail=False):
            self.sent, self.fail = [], fail

        def send(self, phone, text):
            if self.fail:
                raise ConnectionError("gateway down")
            self.sent.append((phone, text))

    def test_a_reminder_goes_once_a_day_before_and_a_failure_stays_due(
        self, client, window, intake_db, clock
    ):
        from datetime import UTC, datetime

        open_slots(client, window)
        slot = first_slot(client)
        client.post(
            "/v1/appointments",
            json={"slot_id": slot["id"], "name": "甲", "phone": "13600000001", "matter": "咨询"},
            headers=WINDOW,
        )
        gateway = self.Gateway()
        with intake_db.session() as session:
            assert send_due_reminders(session=session, gateway=gateway, now=clock.now()) == (0, 0)
        clock.set(datetime(2026, 11, 24, 4, 0, tzinfo=UTC))  # 12:00 Beijing, 24 h before
        with intake_db.session() as session:
            assert send_due_reminders(session=session, gateway=self.Gateway(fail=True), now=clock.now()) == (
                0,
                1,
            )
            assert send_due_reminders(session=session, gateway=gateway, now=clock.now()) == (1, 0)
            assert send_due_reminders(session=session, gateway=gateway, now=clock.now()) == (0, 0)
            assert session.query(AppointmentReminder).one().sent_at is not None
        [(phone, text)] = gateway.sent
        assert phone == "13600000001" and "11月25日 12:00-12:30" in text and "午间服务" in text


class TestDutyRoster:
    def test_lead_plans_out_of_hours_duty_and_the_public_sees_hours_without_names(self, client, window):
        body = {
            "region": "370211001",
            "shift_date": "2026-11-28",
            "period": "weekend",
            "start_time": "09:00",
            "end_time": "12:00",
            "staff_username": "window_hd",
            "staff_name": "王晓燕",
        }
        assert client.post("/v1/duty-shifts", json=body, headers=LEAD).status_code == 201
        assert client.post("/v1/duty-shifts", json=body, headers=LEAD).status_code == 409
        assert (
            client.post("/v1/duty-shifts", json=body | {"period": "regular"}, headers=LEAD).status_code == 422
        )
        assert client.post("/v1/duty-shifts", json=body, headers=OTHER_HD).status_code == 403
        public = client.get("/v1/public/out-of-hours", params={"region": "370211001"})
        assert public.status_code == 200 and public.json()[0]["period_name"] == "双休日服务"
        assert "王晓燕" not in public.text
        staff = client.get("/v1/duty-shifts", params={"date_from": "2026-11-28"}, headers=WINDOW).json()
        assert staff[0]["staff_name"] == "王晓燕"
        assert (
            client.get("/v1/duty-shifts", params={"date_from": "2026-11-28"}, headers=WINDOW_XA).json() == []
        )
