"""Appointment pages (预约): the window's day view and slot settings, public booking without login."""

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse

from services.common.errors import ProblemError
from services.common.proxies import client_address
from services.common.regions import REGIONS
from web.rendering import render
from web.session import WebUser, csrf_protect, require_roles

router = APIRouter(dependencies=[Depends(csrf_protect)])
Staff = Annotated[WebUser, Depends(require_roles("window_staff", "supervisor", "admin"))]
TOWNS = {code: r for code, r in REGIONS.items() if not r.is_district}


def _intake(request: Request):
    return request.app.state.intake


def _day_page(request: Request, user: WebUser, day: str, **extra):
    params = {"day": day} if day else None
    view = _intake(request).request("GET", "/v1/appointments/day", params=params, token=user.token).json()
    windows = _intake(request).request("GET", "/v1/appointment-windows", token=user.token).json()
    return render(
        request,
        "appointments/day.html",
        {"view": view, "windows": windows, **extra},
        status_code=422 if extra.get("error") else 200,
    )


@router.get("/appointments")
def day_view(request: Request, user: Staff, day: str = ""):
    return _day_page(request, user, day)


@router.post("/appointments")
def appointment_action(
    request: Request,
    user: Staff,
    action: Annotated[str, Form()],
    day: Annotated[str, Form()] = "",
    appointment_id: Annotated[int, Form()] = 0,
    slot_id: Annotated[int, Form()] = 0,
    name: Annotated[str, Form()] = "",
    phone: Annotated[str, Form()] = "",
    matter: Annotated[str, Form()] = "",
    window_id: Annotated[int, Form()] = 0,
    date_from: Annotated[str, Form()] = "",
    date_to: Annotated[str, Form()] = "",
    weekdays: Annotated[list[int], Form()] = [],
    start_time: Annotated[str, Form()] = "",
    end_time: Annotated[str, Form()] = "",
    capacity: Annotated[int, Form()] = 1,
):
    calls = {
        "arrive": (f"/v1/appointments/{appointment_id}/arrive", None),
        "no_show": (f"/v1/appointments/{appointment_id}/no-show", None),
        "cancel": (f"/v1/appointments/{appointment_id}/cancel", None),
        "book": ("/v1/appointments", {"slot_id": slot_id, "name": name, "phone": phone, "matter": matter}),
        "slots": (
            f"/v1/appointment-windows/{window_id}/slots",
            {
                "date_from": date_from,
                "date_to": date_to or date_from,
                "weekdays": weekdays or [0, 1, 2, 3, 4, 5, 6],
                "start_time": start_time,
                "end_time": end_time,
                "capacity": capacity,
            },
        ),
    }
    if action not in calls:
        return _day_page(request, user, day, error=ProblemError("未知的操作"))
    path, body = calls[action]
    try:
        _intake(request).request("POST", path, json=body, token=user.token)
    except ProblemError as exc:
        return _day_page(request, user, day, error=exc)
    return RedirectResponse(f"/appointments?day={day}" if day else "/appointments", status_code=303)


# the public (no login) ----------------------------------------------------------------------------


def _public_page(request: Request, region: str, day: str = "", status: int = 200, **extra):
    """Bookable days as a row of choices, then the chosen day's slots (one short list on a phone)."""
    params = {"region": region} if region else None
    slots = _intake(request).request("GET", "/v1/public/appointment-slots", params=params).json()
    hours = _intake(request).request("GET", "/v1/public/out-of-hours", params=params).json()
    days = sorted({s["slot_date"] for s in slots})
    chosen = day if day in days else (days[0] if days else "")
    return render(
        request,
        "appointments/book.html",
        {
            "slots": [s for s in slots if s["slot_date"] == chosen],
            "days": days,
            "day": chosen,
            "hours": hours,
            "towns": TOWNS,
            "region": region,
            **extra,
        },
        status_code=status,
    )


@router.get("/book")
def book_page(request: Request, region: str = "370211001", day: str = ""):
    return _public_page(request, region, day)


@router.post("/book")
def book(
    request: Request,
    slot_id: Annotated[int, Form()] = 0,
    name: Annotated[str, Form()] = "",
    phone: Annotated[str, Form()] = "",
    matter: Annotated[str, Form()] = "",
    region: Annotated[str, Form()] = "370211001",
    day: Annotated[str, Form()] = "",
):
    body = {"slot_id": slot_id, "name": name, "phone": phone, "matter": matter}
    try:
        receipt = (
            _intake(request)
            .request(
                "POST",
                "/v1/public/appointments",
                json=body,
                headers={"x-forwarded-for": client_address(request)},  # limit the person, not the web front
            )
            .json()
        )
    except ProblemError as exc:
        return _public_page(request, region, day, error=exc, form=body, status=exc.status)
    return render(request, "appointments/book.html", {"receipt": receipt, "towns": TOWNS, "region": region})
