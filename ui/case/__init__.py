"""One case file: client, detention and case, with its access history."""
