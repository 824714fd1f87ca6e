"""Print a demo bearer token: `make demo-token` or `.venv/bin/python -m scripts.demo_token window_qu`."""

import sys

from services.common.auth import Principal, issue_token
from services.common.settings import PlatformSettings
from services.intake.accounts.service import DEMO_ACCOUNTS

if __name__ == "__main__":
    platform = PlatformSettings()
    if not platform.is_demo:
        raise SystemExit("demo tokens exist only in demo mode")
    username = sys.argv[1] if len(sys.argv) > 1 else "window_hd"
    for name, display, role, region, dept in DEMO_ACCOUNTS:
        if name == username:
            principal = Principal(subject=name, role=role, region=region, name=display, department_id=dept)
            print(issue_token(platform.auth_secret, principal))
            break
    else:
        raise SystemExit(f"unknown demo account {username}")
