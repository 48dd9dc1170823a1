"""The shared widget kit: tables, date fields, marks on inputs, progress, dialogs the screens share."""
