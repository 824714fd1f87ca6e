"""Old import path of intake's schemas: the checks now live in services.common.text and run on every route
of every service (an app-wide dependency), so these names no longer carry behaviour."""

from pydantic import BaseModel

Body = BaseModel  # request bodies need no special base: text and booleans are checked app-wide
Text = str  # the app-wide text guard checks every query parameter
