"""Synchronisation: devices, making and reading bundles, conflicts."""
