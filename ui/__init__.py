"""Qt Widgets user interface. Talks to app/ services only, never to db/."""
