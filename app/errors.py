"""Errors that reach the user. They carry a stable code and parameters, never text: ui/ owns every
user-visible string (translated, Dutch by default) and maps each code to a clear, actionable message."""

from __future__ import annotations


class TerugkeerError(Exception):
    """Base for errors meant for the user; `code` selects the message, `params` fill it in."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


class WrongPassphraseError(TerugkeerError):
    def __init__(self) -> None:
        super().__init__("wrong_passphrase")


class WeakPassphraseError(TerugkeerError):
    pass


class KeyFileError(TerugkeerError):
    pass


class WorkspaceError(TerugkeerError):
    pass


class NewerVersionError(TerugkeerError):
    pass


class ValidationError(TerugkeerError):
    """Input that fails a domain rule; `field` names the input so a form can mark it."""

    def __init__(self, field: str, code: str, **params: object) -> None:
        super().__init__(code, field=field, **params)
        self.field = field


class ChangedMeanwhileError(TerugkeerError):
    """Someone else changed what this action changes after it was read; nothing was written."""

    def __init__(self) -> None:
        super().__init__("changed_meanwhile")
