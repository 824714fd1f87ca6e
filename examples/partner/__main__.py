"""`python -m examples.partner`: run the example partner (configuration from the environment)."""

import logging

import uvicorn

from examples.partner.app import create_app
from examples.partner.settings import PartnerSettings

if __name__ == "__main__":
    settings = PartnerSettings.from_env()
    settings.check()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s partner %(levelname)s %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per answer is ours, not the client's
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="warning")
