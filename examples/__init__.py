"""Runnable examples for integrators (not part of the Yimen services)."""
