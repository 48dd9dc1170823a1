"""The back office's intake of work: notifications from the prison system, assigning coordinators."""
