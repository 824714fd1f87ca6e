"""Appointment windows, their slots (incl. 午间/双休日/延时), appointments, reminders and the duty roster."""

from datetime import date, datetime, time

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from services.common.clock import utcnow
from services.intake.base import IntakeTable


class AppointmentWindow(IntakeTable, table=True):
    """A window of a hall that takes appointments; its lead (窗口负责人) configures its slots."""

    __tablename__ = "appointment_window"

    id: int | None = Field(default=None, primary_key=True)
    region: str = Field(max_length=12, index=True)
    name: str = Field(max_length=100)
    lead_username: str = Field(default="", max_length=64)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)


class AppointmentSlot(IntakeTable, table=True):
    """One bookable period of one window on one day, with its capacity and service period."""

    __tablename__ = "appointment_slot"
    __table_args__ = (
        UniqueConstraint("window_id", "slot_date", "start_time", name="uq_appointment_slot_time"),
    )

    id: int | None = Field(default=None, primary_key=True)
    window_id: int = Field(foreign_key="appointment_window.id", index=True)
    region: str = Field(max_length=12, index=True)
    slot_date: date = Field(index=True)
    start_time: time
    end_time: time
    capacity: int = 1
    booked: int = 0  # kept with the bookings in one transaction: the capacity check is one UPDATE
    period: str = Field(max_length=16)  # ServicePeriod
    active: bool = True


class Appointment(IntakeTable, table=True):
    """A booking for a slot, by staff (phone, walk-in) or by the public (no login)."""

    __tablename__ = "appointment"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=16, unique=True)  # what the public quotes to cancel
    slot_id: int = Field(foreign_key="appointment_slot.id", index=True)
    window_id: int = Field(foreign_key="appointment_window.id", index=True)
    region: str = Field(max_length=12, index=True)
    name: str = Field(max_length=64)
    phone: str = Field(max_length=32)
    matter: str = Field(max_length=200)
    status: str = Field(default="booked", max_length=16, index=True)  # AppointmentStatus
    source: str = Field(max_length=16)  # public | staff
    booked_by: str = Field(default="", max_length=64)
    marked_by: str = Field(default="", max_length=64)
    marked_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)


class AppointmentReminder(IntakeTable, table=True):
    """A reminder to send before the appointment; the sweep sends due ones once (sent_at)."""

    __tablename__ = "appointment_reminder"

    id: int | None = Field(default=None, primary_key=True)
    appointment_id: int = Field(foreign_key="appointment.id", unique=True)
    due_at: datetime = Field(index=True)
    sent_at: datetime | None = None
    outcome: str = Field(default="", max_length=200)


class DutyShift(IntakeTable, table=True):
    """The duty roster (值班表): who serves a region's hall out of hours on a day."""

    __tablename__ = "duty_shift"
    __table_args__ = (
        UniqueConstraint("region", "shift_date", "period", "staff_username", name="uq_duty_shift_staff"),
    )

    id: int | None = Field(default=None, primary_key=True)
    region: str = Field(max_length=12, index=True)
    shift_date: date = Field(index=True)
    period: str = Field(max_length=16)  # ServicePeriod other than regular
    start_time: time
    end_time: time
    staff_username: str = Field(max_length=64)
    staff_name: str = Field(max_length=64)
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
