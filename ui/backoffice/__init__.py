"""The back office: notifications and the inbox, assigning coordinators, the monitor."""
