"""Example partner system: receives Yimen slips by signed webhook, answers them through the SDK.

Outside this repository install the SDK with `pip install ./clients/python`; inside it, the
committed SDK is used from clients/python when it is not installed.
"""

import sys
from importlib.util import find_spec
from pathlib import Path

if find_spec("yimen_client") is None:
    sys.path.append(str(Path(__file__).resolve().parents[2] / "clients" / "python"))
