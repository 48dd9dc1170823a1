"""Personal accounts and their roles: the application manager's list and dialogs."""
