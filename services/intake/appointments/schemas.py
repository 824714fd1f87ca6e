"""Request and answer shapes of appointments (预约), slots and the duty roster (值班表)."""

from datetime import date
from typing import Annotated

from pydantic import BaseModel, Field

from services.common.vocabulary import AppointmentStatus, ServicePeriod
from services.intake.text import Body

# a wall-clock time of the hall, Beijing: "12:00" (no seconds, no offset; JSON Schema's `time` demands one)
HHMM = Annotated[str, Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$", examples=["12:00"])]
PHONE = r"^1[3-9][0-9]{9}$|^0[0-9]{2,3}-?[0-9]{7,8}$"


class WindowCreate(Body):
    """A window that takes appointments (admin)."""

    region: str = Field(min_length=6, max_length=12, examples=["370211001"])
    name: str = Field(min_length=1, max_length=100, examples=["社会救助综合窗口"])
    lead_username: str = Field(default="", max_length=64, examples=["window_hd"])


class WindowPublic(BaseModel):
    """A window as listed."""

    id: int
    region: str
    region_name: str
    name: str
    lead_username: str
    active: bool


class SlotBatch(Body):
    """Open slots on every chosen weekday of a date range (the window lead or an admin)."""

    date_from: date
    date_to: date
    weekdays: list[int] = Field(
        default=[0, 1, 2, 3, 4], min_length=1, max_length=7, description="0=周一 … 6=周日"
    )
    start_time: HHMM
    end_time: HHMM
    capacity: int = Field(default=1, ge=1, le=50)
    minutes: int = Field(default=30, ge=10, le=240, description="每个时段的分钟数")


class SlotPublic(BaseModel):
    """A slot with what is left of it (no names)."""

    id: int
    window_id: int
    window_name: str
    region: str
    slot_date: date
    start_time: HHMM
    end_time: HHMM
    period: ServicePeriod
    period_name: str
    capacity: int
    available: int


class SlotsCreated(BaseModel):
    """How many slots a batch opened and how many already existed."""

    created: int
    skipped: int
    slots: list[SlotPublic]


class AppointmentCreate(Body):
    """A booking by window staff for a caller (phone or walk-in)."""

    slot_id: int = Field(ge=1, le=2**31 - 1)
    name: str = Field(min_length=1, max_length=64)
    phone: str = Field(pattern=PHONE, examples=["13800000000"])
    matter: str = Field(min_length=1, max_length=200, examples=["临时救助申请"])


class PublicAppointmentCreate(AppointmentCreate):
    """A booking by a resident from the public site (no login; rate-limited)."""


class AppointmentPublic(BaseModel):
    """An appointment as staff lists it: the phone number masked."""

    id: int
    code: str
    slot_id: int
    window_id: int
    region: str
    slot_date: date
    start_time: HHMM
    end_time: HHMM
    period: ServicePeriod
    name: str
    phone_masked: str
    matter: str
    status: AppointmentStatus
    status_name: str
    source: str
    booked_by: str
    marked_by: str
    reminder_sent: bool


class AppointmentReceipt(BaseModel):
    """What a resident gets back: the code to quote, the time and the place (no personal data)."""

    code: str
    window_name: str
    region_name: str
    slot_date: date
    start_time: HHMM
    end_time: HHMM
    period_name: str


class PublicCancel(Body):
    """A resident cancels with the code and the phone number used to book."""

    phone: str = Field(pattern=PHONE)


class DayView(BaseModel):
    """A window's day: its slots and who is booked in each, and the counts."""

    slot_date: date
    region: str
    slots: list[SlotPublic]
    appointments: list[AppointmentPublic]
    counts: dict[str, int]
    duty: list["DutyPublic"]


class DutyCreate(Body):
    """One out-of-hours shift of the duty roster."""

    region: str = Field(min_length=6, max_length=12)
    shift_date: date
    period: ServicePeriod
    start_time: HHMM
    end_time: HHMM
    staff_username: str = Field(min_length=1, max_length=64)
    staff_name: str = Field(min_length=1, max_length=64)


class DutyPublic(BaseModel):
    """A shift as staff see it."""

    id: int
    region: str
    shift_date: date
    period: ServicePeriod
    period_name: str
    start_time: HHMM
    end_time: HHMM
    staff_username: str
    staff_name: str


class OutOfHoursPublic(BaseModel):
    """When a hall serves out of hours (public: no staff names)."""

    region: str
    region_name: str
    shift_date: date
    period: ServicePeriod
    period_name: str
    start_time: HHMM
    end_time: HHMM


class ReminderSweep(BaseModel):
    """What a reminder sweep did."""

    sent: int
    failed: int


class WindowCounts(BaseModel):
    """Appointments of one window over a period, by outcome (爽约 counted, not hand-tallied)."""

    window_id: int
    window_name: str
    region: str
    booked: int = 0
    arrived: int = 0
    no_show: int = 0
    cancelled: int = 0
    out_of_hours: int = 0


class AppointmentReport(BaseModel):
    """Appointment outcomes per window over a period."""

    date_from: date
    date_to: date
    windows: list[WindowCounts]
