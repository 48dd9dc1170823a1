"""Opening a workspace: first run, unlock, settings and the machine policy."""
