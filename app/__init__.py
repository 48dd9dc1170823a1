"""Terugkeer domain rules and services. Never imports Qt."""
