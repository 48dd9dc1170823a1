"""Every user-facing message for an app/ error code, translated (English source, Dutch by default)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import TerugkeerError


def error_text(error: TerugkeerError) -> str:
    """The clear, actionable sentence for `error`; unknown codes still say something useful."""
    templates = {
        "wrong_passphrase": QCoreApplication.translate("Messages", "The passphrase is not correct. Check Caps Lock and the keyboard layout, then try again."),
        "unlock_delayed": QCoreApplication.translate("Messages", "Too many wrong attempts. Wait {seconds} seconds before trying again."),
        "passphrase_too_short": QCoreApplication.translate("Messages", "The passphrase is too short: use at least {minimum} characters, for example a few words."),
        "passphrase_too_simple": QCoreApplication.translate("Messages", "The passphrase is too simple: use more different characters or words."),
        "passphrase_mismatch": QCoreApplication.translate("Messages", "The two passphrases are not the same."),
        "keyfile_missing": QCoreApplication.translate("Messages", "The key file {path} is missing. Choose the right workspace folder or restore a backup."),
        "keyfile_damaged": QCoreApplication.translate("Messages", "The key file {path} is damaged or unreadable. Restore a backup of the workspace."),
        "keyfile_foreign": QCoreApplication.translate("Messages", "{path} is not a Terugkeer key file. Choose the right workspace folder."),
        "keyfile_newer": QCoreApplication.translate("Messages", "This workspace was made by a newer version of Terugkeer. Install the latest version."),
        "database_newer": QCoreApplication.translate("Messages", "This workspace was made by a newer version of Terugkeer. Install the latest version; nothing has been changed."),
        "database_empty": QCoreApplication.translate("Messages", "The database {path} is empty: its contents are lost. Restore a backup of the workspace."),
        "database_missing": QCoreApplication.translate("Messages", "The database {path} is missing. Restore a backup of the workspace."),
        "workspace_exists": QCoreApplication.translate("Messages", "{path} already holds a workspace. Open it, or choose an empty folder."),
        "workspace_locked": QCoreApplication.translate("Messages", "The workspace is locked. Unlock it first."),
        "no_passphrase": QCoreApplication.translate("Messages", "No passphrase given. Use --passphrase-file FILE or the TERUGKEER_PASSPHRASE variable, or run in a terminal."),
        "passphrase_file_unreadable": QCoreApplication.translate("Messages", "The passphrase file {path} cannot be read."),
        "not_a_workspace": QCoreApplication.translate("Messages", "{path} is not a Terugkeer workspace (no workspace.key). Check the folder."),
        "quick_unlock_unavailable": QCoreApplication.translate("Messages", "Quick unlock is not available now (the system keyring has no key for this workspace). Use your passphrase."),
        "required": QCoreApplication.translate("Messages", "This field is required."),
        "bsn_invalid": QCoreApplication.translate("Messages", "This BSN is not valid: it must be 9 digits and pass the 11-test."),
        "bsn_duplicate": QCoreApplication.translate("Messages", "Another client already has this BSN. Search the register for that client."),
        "birth_in_future": QCoreApplication.translate("Messages", "The date of birth lies in the future."),
        "not_adult": QCoreApplication.translate("Messages", "Municipal aftercare is for adults (18 years and older)."),
        "release_before_start": QCoreApplication.translate("Messages", "The release date lies before the start of detention."),
        "stale_edit": QCoreApplication.translate("Messages", "This case was changed elsewhere since you opened it. Your changes were not saved; reopen the case and enter them again."),
        "case_not_found": QCoreApplication.translate("Messages", "This case no longer exists."),
        "amount_invalid": QCoreApplication.translate("Messages", "Enter an amount in euros, for example 12,50."),
        "answer_invalid": QCoreApplication.translate("Messages", "This answer does not fit the checklist question. Choose one of the options."),
        "intake_not_started": QCoreApplication.translate("Messages", "The intake of this case has not been started. Open the intake from the case again."),
        "template_missing": QCoreApplication.translate("Messages", "The checklist template {template} of this intake is missing from the workspace. Contact IT."),
        "action_not_found": QCoreApplication.translate("Messages", "This follow-up action no longer exists; it was removed."),
    }
    template = templates.get(error.code)
    if template is None:
        return QCoreApplication.translate("Messages", "Something went wrong ({code}). Nothing was changed.").format(code=error.code)
    return template.format(**error.params)
