"""Privacy operations: access requests, corrections, laptop purge, retention and erasure."""
