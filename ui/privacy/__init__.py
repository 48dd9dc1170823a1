"""Privacy work: access requests, corrections, laptop purge, retention and erasure, the audit log."""
