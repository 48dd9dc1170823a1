"""Every user-facing message for an app/ error code, translated (English source, Dutch by default)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import TerugkeerError
from ui.i18n import current_language
from ui.sharing_texts import reason_text, recipient_label


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
        "consent_purpose_required": QCoreApplication.translate("Messages", "Choose at least one purpose."),
        "consent_purpose_unknown": QCoreApplication.translate("Messages", "The purpose {value} is not in the list of purposes."),
        "consent_category_required": QCoreApplication.translate("Messages", "Choose at least one kind of data."),
        "consent_category_unknown": QCoreApplication.translate("Messages", "The kind of data {value} is not known for this case."),
        "consent_recipient_required": QCoreApplication.translate("Messages", "Choose at least one recipient."),
        "consent_recipient_unknown": QCoreApplication.translate("Messages", "The recipient {value} is not in the list of chain partners."),
        "consent_witness_required": QCoreApplication.translate("Messages", "Consent given verbally needs the name of a witness."),
        "consent_given_in_future": QCoreApplication.translate("Messages", "The date consent was given lies in the future."),
        "consent_given_before_replaced": QCoreApplication.translate("Messages", "A new version of a consent cannot be dated before the version it replaces."),
        "consent_valid_until_not_after_given": QCoreApplication.translate("Messages", "'Valid until' must lie after the date consent was given."),
        "signature_not_png": QCoreApplication.translate("Messages", "The signature is not a picture that can be stored. Draw it again."),
        "signature_too_large": QCoreApplication.translate("Messages", "The signature picture is too large. Draw it again."),
        "revocation_before_consent": QCoreApplication.translate("Messages", "A revocation cannot be dated before the consent was given."),
        "consent_already_revoked": QCoreApplication.translate("Messages", "This consent has already been revoked in full."),
        "revocation_not_in_consent": QCoreApplication.translate("Messages", "This consent does not cover what you want to revoke."),
        "ground_consent_by_record": QCoreApplication.translate("Messages", "Consent is recorded as a consent form, not as a separate legal basis."),
        "ground_duplicate": QCoreApplication.translate("Messages", "This legal basis is already recorded for the case."),
        "ground_wsb_before_in_force": QCoreApplication.translate("Messages", "The Wet straffen en beschermen applies from 1 July 2021 on."),
        "ground_end_before_noted": QCoreApplication.translate("Messages", "A legal basis cannot end before it was noted."),
        "ground_already_ended": QCoreApplication.translate("Messages", "This legal basis has already ended."),
        "consent_not_found": QCoreApplication.translate("Messages", "This consent no longer exists."),
        "consent_superseded": QCoreApplication.translate("Messages", "A newer version of this consent exists; change or revoke that one."),
        "ground_not_found": QCoreApplication.translate("Messages", "This legal basis no longer exists."),
        "case_not_found": QCoreApplication.translate("Messages", "This case no longer exists."),
        "amount_invalid": QCoreApplication.translate("Messages", "Enter an amount in euros, for example 12,50."),
        "answer_invalid": QCoreApplication.translate("Messages", "This answer does not fit the checklist question. Choose one of the options."),
        "intake_not_started": QCoreApplication.translate("Messages", "The intake of this case has not been started. Open the intake from the case again."),
        "template_missing": QCoreApplication.translate("Messages", "The checklist template {template} of this intake is missing from the workspace. Contact IT."),
        "action_not_found": QCoreApplication.translate("Messages", "This follow-up action no longer exists; it was removed."),
        "output_folder_missing": QCoreApplication.translate("Messages", "The folder {path} does not exist. Choose an existing folder for the PDF."),
        "output_not_writable": QCoreApplication.translate("Messages", "Cannot save {path}. Check that you may write in that folder, or choose another folder."),
        "disk_full": QCoreApplication.translate("Messages", "The disk or USB stick is full: there is no room left in {path}. Make room or choose another place, then try again."),
        "not_for_recipient": QCoreApplication.translate("Messages", "This plan cannot be made for {recipient}: {reason}. Record a consent that names them first, or choose another recipient."),
        "no_consent_recorded": QCoreApplication.translate("Messages", "No consent has been recorded for this case yet, so there is nothing to fill in. Use the blank form."),
        "print_failed": QCoreApplication.translate("Messages", "The printer could not be started. Check that it is switched on and connected, then try again."),
    }
    template = templates.get(error.code)
    if template is None:
        return QCoreApplication.translate("Messages", "Something went wrong ({code}). Nothing was changed.").format(code=error.code)
    return template.format(**_readable(error))


def _readable(error: TerugkeerError) -> dict[str, object]:
    """The error's parameters as the user reads them: a chain partner by its name, a reason in words."""
    params = dict(error.params)
    if error.code == "not_for_recipient":
        params["recipient"] = recipient_label(str(params.get("recipient", "")), current_language())
        params["reason"] = reason_text(str(params.get("reason", "")))
    return params
