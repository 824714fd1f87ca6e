"""The payments and roster pages in-process (all four apps, no browser): the 低保 walk and who sees forms."""

import re
from datetime import datetime

import httpx

from services.common.clock import SHANGHAI
from services.common.identity import compose_id_number
from tests.conftest import auth
from tests.web.inprocess import four_apps, login

STREET = "370211001"
ACCOUNT = "6228480012345678901"


def _approved_dibao(apps) -> int:
    from starlette.testclient import TestClient

    transfer = TestClient(apps["transfer"])
    route = {"kind": "dispatch", "receiver_department_type": "civil_affairs", "receiver_region": STREET}
    body = {
        "case_id": 920001,
        "case_number": "HD-2027-92001",
        "window_region": STREET,
        "window_level": "town",
        "first_responder": {"username": "window_hd", "name": "王晓燕"},
        "applicant": {
            "name": "赵德明",
            "id_number": compose_id_number("370211", "19600303", 72),
            "hukou_region": STREET,
        },
        "items": [{"item_code": "urban_dibao", "item_name": "城市居民最低生活保障", "route": route}],
        "accepted_date": "2027-03-01",
        "due_date": "2027-04-30",
    }
    answer = transfer.post(
        "/v1/cases", json=body, headers={**auth("service", ""), "Idempotency-Key": "c-920001"}
    )
    assert answer.status_code == 201, answer.text
    slip = answer.json()["slips"][0]["id"]
    dept = auth("department_staff", STREET, department_id="370211001-civil")
    for event in (
        {"type": "acknowledged"},
        {"type": "opinion", "opinion": "核对完毕"},
        {"type": "result", "outcome": "approved", "amount": "560.00", "reason": "审批同意"},
    ):
        assert transfer.post(f"/v1/slips/{slip}/events", json=event, headers=dept).status_code == 200
    return slip


def _csrf(page: httpx.Response) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


class TestDibaoWalk:
    def test_roster_list_bank_file_return_paid_and_review(self, engines, clock):
        clock.set(datetime(2027, 3, 10, 9, 0, tzinfo=SHANGHAI))
        with four_apps(engines) as apps:
            slip = _approved_dibao(apps)
            web = login(apps["web"], "dept_hd_ca")
            page = web.get("/roster")
            assert page.status_code == 200 and "纳入在册" in page.text
            # the approval already enrolled the household: it waits for its bank account
            assert f'data-testid="no-account-{slip}"' in page.text and "赵德明" in page.text
            form = {"csrf_token": _csrf(page), "action": "enrol", "slip_id": slip, "account": ACCOUNT}
            form |= {"members": "3", "income_12m": "30000.00"}
            assert web.post("/roster", data=form).status_code == 303
            page = web.get("/roster")
            assert "赵德明" in page.text and "2027-04" in page.text

            form = {
                "csrf_token": _csrf(page),
                "action": "generate",
                "item_code": "urban_dibao",
                "month": "2027-04",
            }
            created = web.post("/payments", data=form)
            assert created.status_code == 303
            list_url = created.headers["location"]
            page = web.get(list_url)
            list_id = int(list_url.rsplit("/", 1)[1])
            assert (
                web.post(
                    "/payments", data={"csrf_token": _csrf(page), "action": "lock", "list_id": list_id}
                ).status_code
                == 303
            )
            bank = web.get(f"{list_url}/bank-file")
            assert bank.status_code == 200 and bank.text.splitlines()[0] == "account,name,amount,reference"
            excel = web.get(f"{list_url}/bank-file?format=xlsx")
            assert excel.status_code == 200 and excel.content[:2] == b"PK"  # an XLSX package
            assert "spreadsheetml" in excel.headers["content-type"]
            reference = bank.text.splitlines()[1].split(",")[3]
            page = web.get(list_url)
            bad = web.post(
                f"{list_url}/return-file",
                data={"csrf_token": _csrf(page)},
                files={
                    "file": ("r.csv", f"reference,status,reason\n{reference},done,\n".encode(), "text/csv")
                },
            )
            assert bad.status_code == 422, bad.text
            assert "第2行 status" in bad.text, re.findall(r"alert[^>]*>([^<]*)<", bad.text)
            good = web.post(
                f"{list_url}/return-file",
                data={"csrf_token": _csrf(page)},
                files={
                    "file": ("r.csv", f"reference,status,reason\n{reference},paid,\n".encode(), "text/csv")
                },
            )
            assert good.status_code == 303
            assert 'data-testid="paid-count">1<' in web.get(list_url).text

            page = web.get("/roster")
            done = web.post(
                "/roster", data={"csrf_token": _csrf(page), "action": "review", "item_code": "urban_dibao"}
            )
            assert "新开年审任务 1 个" in done.text
            task = re.search(r'name="task_id" value="(\d+)"', done.text).group(1)
            form = {"csrf_token": _csrf(done), "action": "decide", "task_id": task, "decision": "continue"}
            assert web.post("/roster", data={**form, "reason": "补充核对后仍符合"}).status_code == 303
            page = web.get("/roster")
            assert "继续享受" in page.text and "孙丽" in page.text

    def test_the_district_reads_without_forms_and_a_form_without_csrf_is_refused(self, engines):
        with four_apps(engines) as apps:
            district = login(apps["web"], "supervisor")
            payments = district.get("/payments?street_region=370211")
            assert payments.status_code == 200 and "区级和监督人员只读" in payments.text
            assert 'data-testid="generate-form"' not in payments.text
            roster = district.get("/roster?street_region=370211")
            assert roster.status_code == 200 and 'data-testid="enrol-form"' not in roster.text
            clerk = login(apps["web"], "dept_hd_ca")
            form = {"action": "generate", "item_code": "urban_dibao", "month": "2027-04"}
            assert clerk.post("/payments", data=form).status_code == 403
