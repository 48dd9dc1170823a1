"""The `terugkeer` command line: subcommands for automation and IT. Never imports a widget module."""
