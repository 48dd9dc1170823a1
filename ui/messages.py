"""Every user-facing message for an app/ error code, translated (English source, Dutch by default)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import TerugkeerError


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def error_text(error: TerugkeerError) -> str:
    """The clear, actionable sentence for `error`; unknown codes still say something useful."""
    templates = {
        "wrong_passphrase": _t("The passphrase is not correct. Check Caps Lock and the keyboard layout, then try again."),
        "unlock_delayed": _t("Too many wrong attempts. Wait {seconds} seconds before trying again."),
        "passphrase_too_short": _t("The passphrase is too short: use at least {minimum} characters, for example a few words."),
        "passphrase_too_simple": _t("The passphrase is too simple: use more different characters or words."),
        "passphrase_mismatch": _t("The two passphrases are not the same."),
        "keyfile_missing": _t("The key file {path} is missing. Choose the right workspace folder or restore a backup."),
        "keyfile_damaged": _t("The key file {path} is damaged or unreadable. Restore a backup of the workspace."),
        "keyfile_foreign": _t("{path} is not a Terugkeer key file. Choose the right workspace folder."),
        "keyfile_newer": _t("This workspace was made by a newer version of Terugkeer. Install the latest version."),
        "database_newer": _t("This workspace was made by a newer version of Terugkeer. Install the latest version; nothing has been changed."),
        "database_empty": _t("The database {path} is empty: its contents are lost. Restore a backup of the workspace."),
        "database_missing": _t("The database {path} is missing. Restore a backup of the workspace."),
        "workspace_exists": _t("{path} already holds a workspace. Open it, or choose an empty folder."),
        "workspace_locked": _t("The workspace is locked. Unlock it first."),
        "no_passphrase": _t("No passphrase given. Use --passphrase-file FILE or the TERUGKEER_PASSPHRASE variable, or run in a terminal."),
        "passphrase_file_unreadable": _t("The passphrase file {path} cannot be read."),
        "not_a_workspace": _t("{path} is not a Terugkeer workspace (no workspace.key). Check the folder."),
        "quick_unlock_unavailable": _t("Quick unlock is not available now (the system keyring has no key for this workspace). Use your passphrase."),
        "required": _t("This field is required."),
        "bsn_invalid": _t("This BSN is not valid: it must be 9 digits and pass the 11-test."),
        "bsn_duplicate": _t("Another client already has this BSN. Search the register for that client."),
        "birth_in_future": _t("The date of birth lies in the future."),
        "not_adult": _t("Municipal aftercare is for adults (18 years and older)."),
        "release_before_start": _t("The release date lies before the start of detention."),
        "stale_edit": _t("This case was changed elsewhere since you opened it. Your changes were not saved; reopen the case and enter them again."),
        "case_not_found": _t("This case no longer exists."),
    }
    template = templates.get(error.code)
    if template is None:
        return _t("Something went wrong ({code}). Nothing was changed.").format(code=error.code)
    return template.format(**error.params)
