"""`make partner-demo`: the example partner as a callback department of the demo stack, one case end to end.

1. the administrator switches 区人社局 (370211-hr) to callback mode with the partner's URL and issues
   its whsec_ signing secret and ymp_ token (transfer department API, through the SDK);
2. the partner starts with them (python -m examples.partner, state in its own SQLite file);
3. the district window registers and accepts an employment-assistance (就业救助) case (intake API);
4. transfer assigns it to 370211-hr and pushes the slip by signed webhook; the partner verifies it,
   fetches the details and answers acknowledgement → opinion → result → feedback through the SDK;
5. the case is concluded at the window. Afterwards the department goes back to web mode (--keep: the
   partner keeps running until Ctrl-C first).

Uses a running stack (make run) at YIMEN_INTAKE_URL / YIMEN_TRANSFER_URL, or starts one for the run.
"""

import argparse
import os
import secrets
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from yimen_client.transfer import AuthenticatedClient
from yimen_client.transfer.api.departments import (
    departments_issue_client_token,
    departments_rotate_secret,
    departments_update,
)
from yimen_client.transfer.models import (
    DepartmentPublic,
    DepartmentUpdate,
    RotateSecret,
    SecretRotated,
    TokenIssued,
)

ROOT = Path(__file__).resolve().parents[2]
DEMO_PASSWORD = "yimen-demo-2026"
DEPARTMENT = "370211-hr"  # 区人社局: receives 就业救助 from the district window (assign)
ITEM = "employment_assistance"
BEIJING = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class Credentials:
    """What the administrator hands the partner's integrator (each shown once)."""

    webhook_secret: str
    token: str


def login(intake_url: str, username: str) -> str:
    """A demo account's bearer token."""
    answer = httpx.post(
        f"{intake_url}/v1/auth/token", json={"username": username, "password": DEMO_PASSWORD}, timeout=10
    )
    answer.raise_for_status()
    return answer.json()["access_token"]


def _ok(response, wanted: type) -> Any:
    if not isinstance(response.parsed, wanted):
        raise RuntimeError(f"HTTP {response.status_code}: {response.content[:300]!r}")
    return response.parsed


def register_partner(
    transfer_url: str, admin_token: str, *, callback_url: str, department_id: str = DEPARTMENT
) -> Credentials:
    """Callback mode at callback_url, a fresh signing secret (no overlap: a demo) and a fresh token."""
    admin = AuthenticatedClient(base_url=transfer_url, token=admin_token, timeout=httpx.Timeout(10))
    change = DepartmentUpdate.from_dict(
        {"integration_mode": "callback", "callback_url": callback_url, "callback_disabled": False}
    )
    _ok(departments_update.sync_detailed(department_id, client=admin, body=change), DepartmentPublic)
    rotated = _ok(
        departments_rotate_secret.sync_detailed(
            department_id, client=admin, body=RotateSecret.from_dict({"overlap_hours": 0})
        ),
        SecretRotated,
    )
    issued = _ok(departments_issue_client_token.sync_detailed(department_id, client=admin), TokenIssued)
    return Credentials(webhook_secret=rotated.signing_secret, token=issued.client_token)


def back_to_web_mode(transfer_url: str, admin_token: str, department_id: str = DEPARTMENT) -> None:
    """The department's staff work from the inbox again."""
    admin = AuthenticatedClient(base_url=transfer_url, token=admin_token, timeout=httpx.Timeout(10))
    departments_update.sync_detailed(
        department_id, client=admin, body=DepartmentUpdate.from_dict({"integration_mode": "web"})
    )


def partner_env(
    *, transfer_url: str, credentials: Credentials, port: int, database: Path, delay: float = 0.0
) -> dict[str, str]:
    """The partner's environment (everything it needs, nothing else)."""
    return dict(
        os.environ,
        YIMEN_TRANSFER_URL=transfer_url,
        PARTNER_TOKEN=credentials.token,
        PARTNER_WEBHOOK_SECRET=credentials.webhook_secret,
        PARTNER_PORT=str(port),
        PARTNER_DATABASE=str(database),
        PARTNER_ANSWER_DELAY_SECONDS=str(delay),
        PARTNER_HANDLER="人社局经办 周敏",
        PARTNER_HEAD_NAME="区人社局 陈局长",
    )


def start_partner(env: dict[str, str], log: Path) -> subprocess.Popen:
    """`python -m examples.partner` as its own process; waits until it answers."""
    from scripts.run_all import wait_healthy

    proc = subprocess.Popen(
        [sys.executable, "-m", "examples.partner"],
        env=env,
        cwd=ROOT,
        stdout=log.open("a"),
        stderr=subprocess.STDOUT,
    )
    wait_healthy(f"http://127.0.0.1:{env['PARTNER_PORT']}", proc, timeout=30)
    return proc


def new_applicant() -> dict:
    """A fresh applicant each run (a valid, random ID number), so a demo never meets its own duplicates."""
    from services.common.identity import compose_id_number

    id_number = compose_id_number("370211", "19880317", 100 + secrets.randbelow(800))
    return {"name": "刘建国", "id_number": id_number, "phone": "13700002222", "hukou_region": "370211"}


def open_case(intake_url: str, eligibility_url: str, window_token: str) -> dict:
    """The district window registers a 就业救助 application with every material, and accepts it."""
    headers = {"Authorization": f"Bearer {window_token}"}
    item = httpx.get(f"{eligibility_url}/v1/items/{ITEM}", headers=headers, timeout=10)
    item.raise_for_status()
    body = {
        "applicant": new_applicant(),
        "difficulty": "失业半年，家庭无其他收入，希望得到就业援助",
        "item_codes": [ITEM],
        "provided_materials": [m["code"] for m in item.json()["materials"]],
    }
    key = {"Idempotency-Key": f"partner-demo-{secrets.token_hex(6)}"}
    created = httpx.post(f"{intake_url}/v1/applications", json=body, headers=headers | key, timeout=10)
    created.raise_for_status()
    case = created.json()
    accepted = httpx.post(f"{intake_url}/v1/applications/{case['id']}/accept", headers=headers, timeout=10)
    accepted.raise_for_status()
    return accepted.json()


def wait_for(check: Callable[[], Any], what: str, timeout: float = 60) -> Any:
    """Poll check() until it answers something truthy; TimeoutError naming what we waited for."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.3)
    raise TimeoutError(f"timed out waiting for {what}")


def partner_slips(port: int) -> list[dict]:
    """The partner's own overview (GET /slips)."""
    return httpx.get(f"http://127.0.0.1:{port}/slips", timeout=5).json()


def concluded(intake_url: str, window_token: str, case_id: int) -> dict | None:
    """The case when intake has concluded it, else None."""
    detail = httpx.get(
        f"{intake_url}/v1/applications/{case_id}",
        headers={"Authorization": f"Bearer {window_token}"},
        timeout=10,
    ).json()
    return detail if detail["status"] == "concluded" else None


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/healthz", timeout=2).status_code == 200
    except httpx.TransportError:
        return False


def _start_stack(urls: tuple[str, ...]) -> subprocess.Popen:
    """`make run` in the background for this demo (its log under data/); waits until it answers."""
    from scripts.run_all import stop_all, wait_healthy

    log = ROOT / "data" / "partner-demo-stack.log"
    log.parent.mkdir(exist_ok=True)
    print(f"· 演示环境未运行，临时启动（make run），日志见 {log.relative_to(ROOT)} …", flush=True)
    stack = subprocess.Popen(
        [sys.executable, "-m", "scripts.run_all"], cwd=ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT
    )
    try:
        for url in urls:
            wait_healthy(url, stack, timeout=120)
    except RuntimeError:
        stop_all([stack])
        raise
    return stack


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Example partner end to end against the demo stack")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PARTNER_PORT", 8010)))
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the partner running (and 370211-hr in callback mode) until Ctrl-C",
    )
    args = parser.parse_args(argv)
    intake_url = os.environ.get("YIMEN_INTAKE_URL", "http://127.0.0.1:8001")
    eligibility_url = os.environ.get("YIMEN_ELIGIBILITY_URL", "http://127.0.0.1:8002")
    transfer_url = os.environ.get("YIMEN_TRANSFER_URL", "http://127.0.0.1:8003")
    urls = (intake_url, eligibility_url, transfer_url)
    stack = None if all(_healthy(u) for u in urls) else _start_stack(urls)
    partner, admin = None, None
    try:
        admin = login(intake_url, "admin")
        with tempfile.TemporaryDirectory(prefix="partner-demo-") as tmp:
            callback = f"http://127.0.0.1:{args.port}/yimen/hooks"
            creds = register_partner(transfer_url, admin, callback_url=callback)
            print(f"1. 管理员将 {DEPARTMENT}（区人社局）设为回调模式: {callback}")
            print(
                f"   签名密钥 whsec_…{creds.webhook_secret[-4:]}，部门令牌 {creds.token[:10]}…（各只显示一次）"
            )
            env = partner_env(
                transfer_url=transfer_url,
                credentials=creds,
                port=args.port,
                database=Path(tmp) / "partner.db",
            )
            partner = start_partner(env, Path(tmp) / "partner.log")
            print(f"2. 协同部门系统已启动: http://127.0.0.1:{args.port}（状态保存在 SQLite）")
            window = login(intake_url, "window_qu")
            case = open_case(intake_url, eligibility_url, window)
            print(f"3. 区民政局窗口登记并受理案件 {case['case_number']}（就业救助）")

            def ours(state: str | None = None) -> dict | None:
                return next(
                    (
                        s
                        for s in partner_slips(args.port)
                        if s["case_number"] == case["case_number"] and (state is None or s["state"] == state)
                    ),
                    None,
                )

            slip = wait_for(ours, "the slip at the partner")
            print(f"4. 通知单 {slip['slip_number']} 经签名 webhook 推送到协同部门系统，验签通过并入库")
            done = wait_for(lambda: ours("feedback_given"), "the partner's answers")
            for step in done["outbox"]:
                print(f"   → {step['step']:<13} Idempotency-Key {step['idempotency_key']}  {step['status']}")
            detail = wait_for(lambda: concluded(intake_url, window, case["id"]), "the case to be concluded")
            print(f"5. 案件 {detail['case_number']} 已办结；办理过程：")
            for entry in detail["timeline"]:
                at = datetime.fromisoformat(entry["at"]).astimezone(BEIJING)
                print(f"   {at:%m-%d %H:%M:%S}  {entry['detail']}")
            if args.keep:
                print(
                    f"· 协同部门系统继续运行: http://127.0.0.1:{args.port}/slips  按 Ctrl-C 停止", flush=True
                )
                try:
                    partner.wait()
                except KeyboardInterrupt:
                    pass
    finally:
        if partner is not None and partner.poll() is None:
            partner.terminate()
            partner.wait(timeout=15)
        if admin is not None:
            back_to_web_mode(transfer_url, admin)
            print(f"· {DEPARTMENT} 已恢复为网页收件箱模式")
        if stack is not None:
            from scripts.run_all import stop_all

            stop_all([stack])
    return 0


if __name__ == "__main__":
    sys.exit(main())
