"""The case register: the table of every case, search, filters and the back office's overview."""
