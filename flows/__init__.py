"""Prefect flows: thin wiring of geoevents library calls into tasks."""
