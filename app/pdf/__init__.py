"""The printed documents (plan of approach, consent form) built with reportlab platypus; no Qt.

Documents are always Dutch: they are for the detainee and the chain partners, whatever the UI language. Each
document has a plain content dataclass (everything printed, labels already resolved) and a builder from content to
PDF bytes, so the layout is tested with hand-made content and the read models are mapped in one place.
"""
