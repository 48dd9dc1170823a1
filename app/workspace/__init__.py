"""The encrypted workspace: creating, unlocking and locking it, its key file and unlock throttle."""
