"""Demo data for the service modes (idempotent): agents' profiles, a window's appointment slots with
午间/延时/双休日 service and its duty roster, households of 戚家社区 on a visit plan."""

from datetime import date, time, timedelta

from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.identity import compose_id_number
from services.common.vocabulary import Role, ServicePeriod
from services.intake.agents.models import AgentProfile
from services.intake.appointments.models import AppointmentWindow, DutyShift
from services.intake.appointments.schemas import SlotBatch
from services.intake.appointments.service import open_slots
from services.intake.deadlines.service import load_calendar
from services.intake.outreach.models import Household, OutreachVisit

SYSTEM = Principal(subject="demo", role=Role.SERVICE, name="演示数据")
PROFILES = [
    ("agent_hd", Role.AGENT, "刘秀兰", 81, "戚家社区1-20号楼"),
    ("grid_hd", Role.GRID_WORKER, "孙建华", 82, "戚家社区第3网格"),
]
HOUSEHOLDS = [  # head, ID sequence, birth, situation, visits a week, days since last visit
    ("王桂芝", 91, "19480301", "独居老人，患慢性病，子女在外地", 3, 1),
    ("赵德福", 92, "19560712", "肢体残疾，妻子无业，孩子上大学", 3, 9),
    ("李春梅", 93, "19790203", "丈夫去世，独自抚养两个孩子", 1, None),
]


def seed_service_modes(*, session: Session, today: date) -> dict[str, int]:
    """Everything the service-mode pages need to show something on a fresh `make run`."""
    added = {"profiles": 0, "slots": 0, "households": 0}
    for username, role, name, seq, area in PROFILES:
        if session.get(AgentProfile, username) is None:
            session.add(
                AgentProfile(
                    username=username,
                    role=role.value,
                    name=name,
                    region="370211001",
                    community="戚家社区",
                    area=area,
                    id_number=compose_id_number("370211", "19750505", seq),
                    phone="13700000000",
                )
            )
            added["profiles"] += 1
    window = session.exec(select(AppointmentWindow).where(AppointmentWindow.region == "370211001")).first()
    if window is None:
        window = AppointmentWindow(region="370211001", name="社会救助综合窗口", lead_username="window_hd")
        session.add(window)
        session.flush()
        calendar = load_calendar(session=session)
        start, end = today + timedelta(days=1), today + timedelta(days=14)
        for days, begin, finish in (
            ([0, 1, 2, 3, 4], "09:00", "11:00"),  # office hours
            ([0, 1, 2, 3, 4], "12:00", "13:30"),  # 午间服务
            ([1, 3], "17:30", "19:00"),  # 延时服务 on Tuesdays and Thursdays
            ([5], "09:00", "12:00"),  # 双休日服务 on Saturday mornings
        ):
            batch = SlotBatch(
                date_from=start, date_to=end, weekdays=days, start_time=begin, end_time=finish, capacity=2
            )
            made = open_slots(
                session=session, calendar=calendar, principal=SYSTEM, window=window, body=batch, today=today
            )
            added["slots"] += made.created
        day = start
        while day <= end:
            if day.weekday() == 5:
                session.add(
                    DutyShift(
                        region="370211001",
                        shift_date=day,
                        period=ServicePeriod.WEEKEND.value,
                        start_time=time(9, 0),
                        end_time=time(12, 0),
                        staff_username="window_hd",
                        staff_name="王晓燕",
                        created_by="demo",
                    )
                )
            day += timedelta(days=1)
    for head, seq, birth, situation, per_week, days_ago in HOUSEHOLDS:
        id_number = compose_id_number("370211", birth, seq)
        if session.exec(select(Household).where(Household.id_number == id_number)).first():
            continue
        household = Household(
            region="370211001",
            community="戚家社区",
            head_name=head,
            id_number=id_number,
            phone="13700000000",
            address="黄岛街道戚家社区",
            situation=situation,
            visits_per_week=per_week,
            created_by="agent_hd",
        )
        session.add(household)
        session.flush()
        if days_ago is not None:
            session.add(
                OutreachVisit(
                    household_id=household.id,
                    region="370211001",
                    visitor_username="agent_hd",
                    visitor_name="刘秀兰",
                    visit_date=today - timedelta(days=days_ago),
                    situation=situation,
                    risk_level="medium",
                )
            )
        added["households"] += 1
    session.flush()
    return added
