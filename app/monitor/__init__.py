"""The monitor: registration and evaluation figures, their tables, charts and exports."""
