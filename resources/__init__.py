"""Data files (translations, templates, icons) loaded through importlib.resources."""
