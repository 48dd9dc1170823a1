"""Every user-facing message for an app/ error code, translated (English source, Dutch by default)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.errors import TerugkeerError
from ui.i18n import current_language
from ui.texts.formatting import format_date_time
from ui.texts.sharing import reason_text, recipient_label
from ui.texts.sync import device_kind_label, field_label, short_id, table_label

# Every code app/ raises, with its English source sentence (QT_TRANSLATE_NOOP marks it for lupdate; the words are
# translated when a message is shown). QT_TRANSLATE_NOOP's stubs say `object`, hence the value type.
TEMPLATES: dict[str, object] = {
    "wrong_passphrase": QT_TRANSLATE_NOOP("Messages", "The passphrase is not correct. Check Caps Lock and the keyboard layout, then try again."),
    "unlock_delayed": QT_TRANSLATE_NOOP("Messages", "Too many wrong attempts. You can try again in {seconds} seconds."),
    "passphrase_too_short": QT_TRANSLATE_NOOP("Messages", "The passphrase is too short: use at least {minimum} characters, for example a few words."),
    "passphrase_too_simple": QT_TRANSLATE_NOOP("Messages", "The passphrase is too simple: use more different characters or words."),
    "passphrase_mismatch": QT_TRANSLATE_NOOP("Messages", "The two passphrases are not the same."),
    "keyfile_missing": QT_TRANSLATE_NOOP("Messages", "The key file {path} is missing. Choose the right workspace folder or restore a backup."),
    "keyfile_damaged": QT_TRANSLATE_NOOP("Messages", "The key file {path} is damaged or unreadable. Restore a backup of the workspace."),
    "keyfile_foreign": QT_TRANSLATE_NOOP("Messages", "{path} is not a Terugkeer key file. Choose the right workspace folder."),
    "keyfile_newer": QT_TRANSLATE_NOOP("Messages", "This workspace was made by a newer version of Terugkeer. Install the latest version."),
    "database_newer": QT_TRANSLATE_NOOP("Messages", "This workspace was made by a newer version of Terugkeer. Install the latest version; nothing has been changed."),
    "database_empty": QT_TRANSLATE_NOOP("Messages", "The database {path} is empty: its contents are lost. Restore a backup of the workspace."),
    "database_missing": QT_TRANSLATE_NOOP("Messages", "The database {path} is missing. Restore a backup of the workspace."),
    "workspace_exists": QT_TRANSLATE_NOOP("Messages", "{path} already holds a workspace. Open it, or choose an empty folder."),
    "workspace_read_only": QT_TRANSLATE_NOOP("Messages", "The workspace folder is read-only: {path} cannot be written. Copy the workspace folder to a place where you may write (not a write-protected USB stick or a read-only network folder), or ask IT for write permission. Nothing was changed."),
    "workspace_locked": QT_TRANSLATE_NOOP("Messages", "The workspace is locked. Unlock it first."),
    "no_passphrase": QT_TRANSLATE_NOOP("Messages", "No passphrase given. Use --passphrase-file FILE or the TERUGKEER_PASSPHRASE variable, or run in a terminal."),
    "passphrase_file_unreadable": QT_TRANSLATE_NOOP("Messages", "The passphrase file {path} cannot be read."),
    "not_a_workspace": QT_TRANSLATE_NOOP("Messages", "{path} is not a Terugkeer workspace (no workspace.key). Check the folder."),
    "quick_unlock_unavailable": QT_TRANSLATE_NOOP("Messages", "Quick unlock is not available now (the system keyring has no key for this workspace). Use your passphrase."),
    "required": QT_TRANSLATE_NOOP("Messages", "This field is required."),
    "bsn_invalid": QT_TRANSLATE_NOOP("Messages", "This BSN is not valid: it must be 9 digits and pass the 11-test."),
    "bsn_duplicate": QT_TRANSLATE_NOOP("Messages", "Another client already has this BSN. Search the register for that client."),
    "bsn_other_person": QT_TRANSLATE_NOOP("Messages", "This BSN belongs to a known client with another name or date of birth. Check the BSN, or say that it is the same person."),
    "review_not_found": QT_TRANSLATE_NOOP("Messages", "Someone already decided about this notification."),
    "birth_in_future": QT_TRANSLATE_NOOP("Messages", "The date of birth lies in the future."),
    "not_adult": QT_TRANSLATE_NOOP("Messages", "Municipal aftercare is for adults (18 years and older)."),
    "release_before_start": QT_TRANSLATE_NOOP("Messages", "The release date lies before the start of detention."),
    "control_character": QT_TRANSLATE_NOOP("Messages", "{field} holds a line break, tab or other control character. Type it on one line, without those characters."),
    "stale_edit": QT_TRANSLATE_NOOP("Messages", "This case was changed elsewhere since you opened it. Your changes were not saved; reopen the case and enter them again."),
    "stale_edit_by": QT_TRANSLATE_NOOP("Messages", "This case was changed by {changed_by} at {changed_at}, after you opened it. Your changes were not saved; reopen the case to see theirs and enter yours again."),
    "changed_meanwhile": QT_TRANSLATE_NOOP("Messages", "Someone else changed this at the same moment. Nothing of yours was saved; look again and repeat what you did."),
    # Accounts and roles
    "not_permitted": QT_TRANSLATE_NOOP("Messages", "Your role does not allow this. Ask the application manager of your municipality if you need it; nothing was read or changed."),
    "account_disabled": QT_TRANSLATE_NOOP("Messages", "The account {login} is disabled. Ask the application manager of your municipality."),
    "account_not_found": QT_TRANSLATE_NOOP("Messages", "There is no account {login}. Check the login."),
    "login_invalid": QT_TRANSLATE_NOOP("Messages", "A login is 2 to 63 lower-case letters, digits, dots, hyphens or underscores and starts with a letter, for example jdevries."),
    "login_taken": QT_TRANSLATE_NOOP("Messages", "There is already an account {login}. Choose another login."),
    "roles_required": QT_TRANSLATE_NOOP("Messages", "Give the account at least one role."),
    "last_application_manager": QT_TRANSLATE_NOOP("Messages", "This would leave no application manager, and then no one could change accounts any more. Give another account that role first."),
    "own_account": QT_TRANSLATE_NOOP("Messages", "You cannot disable your own account. Ask another application manager."),
    # The server back office
    "server_unreachable": QT_TRANSLATE_NOOP("Messages", "The municipality's server cannot be reached ({reason}). Check the network and the connection settings, or ask IT."),
    "server_tls_required": QT_TRANSLATE_NOOP("Messages", "The connection to {host} would not be encrypted with a checked certificate. Ask IT to set sslmode=verify-full; nothing was sent."),
    "server_not_initialised": QT_TRANSLATE_NOOP("Messages", "This database has not been set up for Terugkeer yet. IT sets it up with: terugkeer server init."),
    "server_needs_migrate": QT_TRANSLATE_NOOP("Messages", "The server still has an older version of the data ({revision}). IT brings it up to date with: terugkeer server migrate."),
    "server_not_empty": QT_TRANSLATE_NOOP("Messages", "The server's database already holds a back office. Choose an empty database; nothing was moved."),
    "import_not_back_office": QT_TRANSLATE_NOOP("Messages", "Only a back office moves to the server; a coordinator's laptop stays a laptop. Nothing was moved."),
    "import_check_failed": QT_TRANSLATE_NOOP("Messages", "After the move the server did not hold exactly what the workspace holds ({table}). Nothing was kept on the server; contact the supplier."),
    "office_key_missing": QT_TRANSLATE_NOOP("Messages", "The office key file is needed for bundles and device keys on the server. Ask IT where it is on this PC (--office-key or TERUGKEER_OFFICE_KEY)."),
    "office_key_wrong": QT_TRANSLATE_NOOP("Messages", "The office key file does not open this back office's keys. Ask IT for the right office key file."),
    "office_key_damaged": QT_TRANSLATE_NOOP("Messages", "The office key file {path} is damaged or unreadable. Ask IT for the copy in the municipality's vault."),
    "office_key_foreign": QT_TRANSLATE_NOOP("Messages", "The office key file {path} belongs to another back office. Ask IT for this back office's office key file."),
    "office_key_exists": QT_TRANSLATE_NOOP("Messages", "There is already an office key file at {path}. Choose another place; an existing key is never overwritten."),
    "consent_purpose_required": QT_TRANSLATE_NOOP("Messages", "Choose at least one purpose."),
    "consent_purpose_unknown": QT_TRANSLATE_NOOP("Messages", "The purpose {value} is not in the list of purposes."),
    "consent_category_required": QT_TRANSLATE_NOOP("Messages", "Choose at least one kind of data."),
    "consent_category_unknown": QT_TRANSLATE_NOOP("Messages", "The kind of data {value} is not known for this case."),
    "consent_recipient_required": QT_TRANSLATE_NOOP("Messages", "Choose at least one recipient."),
    "consent_recipient_unknown": QT_TRANSLATE_NOOP("Messages", "The recipient {value} is not in the list of chain partners."),
    "consent_witness_required": QT_TRANSLATE_NOOP("Messages", "Consent given verbally needs the name of a witness."),
    "consent_given_in_future": QT_TRANSLATE_NOOP("Messages", "The date consent was given lies in the future."),
    "consent_given_before_replaced": QT_TRANSLATE_NOOP("Messages", "A new version of a consent cannot be dated before the version it replaces."),
    "consent_valid_until_not_after_given": QT_TRANSLATE_NOOP("Messages", "'Valid until' must lie after the date consent was given."),
    "signature_not_png": QT_TRANSLATE_NOOP("Messages", "The signature is not a picture that can be stored. Draw it again."),
    "signature_too_large": QT_TRANSLATE_NOOP("Messages", "The signature picture is too large. Draw it again."),
    "revocation_before_consent": QT_TRANSLATE_NOOP("Messages", "A revocation cannot be dated before the consent was given."),
    "consent_already_revoked": QT_TRANSLATE_NOOP("Messages", "This consent has already been revoked in full."),
    "revocation_not_in_consent": QT_TRANSLATE_NOOP("Messages", "This consent does not cover what you want to revoke."),
    "ground_consent_by_record": QT_TRANSLATE_NOOP("Messages", "Consent is recorded as a consent form, not as a separate legal basis."),
    "ground_duplicate": QT_TRANSLATE_NOOP("Messages", "This legal basis is already recorded for the case."),
    "ground_wsb_before_in_force": QT_TRANSLATE_NOOP("Messages", "The Wet straffen en beschermen applies from 1 July 2021 on."),
    "ground_end_before_noted": QT_TRANSLATE_NOOP("Messages", "A legal basis cannot end before it was noted."),
    "ground_already_ended": QT_TRANSLATE_NOOP("Messages", "This legal basis has already ended."),
    "consent_not_found": QT_TRANSLATE_NOOP("Messages", "This consent no longer exists."),
    "consent_superseded": QT_TRANSLATE_NOOP("Messages", "A newer version of this consent exists; change or revoke that one."),
    "ground_not_found": QT_TRANSLATE_NOOP("Messages", "This legal basis no longer exists."),
    "case_not_found": QT_TRANSLATE_NOOP("Messages", "This case no longer exists."),
    "amount_invalid": QT_TRANSLATE_NOOP("Messages", "Enter an amount in euros, for example 12,50."),
    "answer_invalid": QT_TRANSLATE_NOOP("Messages", "This answer does not fit the checklist question. Choose one of the options."),
    "intake_not_started": QT_TRANSLATE_NOOP("Messages", "The intake of this case has not been started. Open the intake from the case again."),
    "template_missing": QT_TRANSLATE_NOOP("Messages", "The checklist template {template} of this intake is missing from the workspace. Contact IT."),
    "action_not_found": QT_TRANSLATE_NOOP("Messages", "This follow-up action no longer exists; it was removed."),
    "output_folder_missing": QT_TRANSLATE_NOOP("Messages", "The folder {path} does not exist. Choose an existing folder for the PDF."),
    "output_not_writable": QT_TRANSLATE_NOOP("Messages", "Cannot save {path}. Check that you may write in that folder, or choose another folder."),
    "disk_full": QT_TRANSLATE_NOOP("Messages", "The disk or USB stick is full: there is no room left in {path}. Make room or choose another place, then try again."),
    "not_for_recipient": QT_TRANSLATE_NOOP("Messages", "This plan cannot be made for {recipient}: {reason}. Record a consent that names them first, or choose another recipient."),
    "no_consent_recorded": QT_TRANSLATE_NOOP("Messages", "No consent is in force for this case, so there is nothing to fill in. Use the blank form."),
    "print_failed": QT_TRANSLATE_NOOP("Messages", "The printer could not be started. Check that it is switched on and connected, then try again."),
    # Synchronisation (app.sync): key files and devices
    "identity_file_invalid": QT_TRANSLATE_NOOP("Messages", "This is not a valid Terugkeer key file: it is incomplete, was changed, or comes from another program. Ask the other side for their key file again; nothing was added."),
    "identity_file_unsupported_version": QT_TRANSLATE_NOOP("Messages", "This key file has format version {version}, which this version of Terugkeer does not know. Install the latest version of Terugkeer; nothing was added."),
    "identity_file_unreadable": QT_TRANSLATE_NOOP("Messages", "The key file {path} cannot be read. Check that the file (or the USB stick) is there, then try again; nothing was added."),
    "fingerprint_mismatch": QT_TRANSLATE_NOOP("Messages", "The fingerprint you gave does not match the key file, whose fingerprint is {fingerprint}. Do not add this device: check with the other side where the file came from. Nothing was added."),
    "fingerprint_required": QT_TRANSLATE_NOOP("Messages", "Compare the fingerprint before a device is added: pass --fingerprint with the fingerprint the other side reads out, or run the command in a terminal to confirm it. Nothing was added."),
    "fingerprint_not_confirmed": QT_TRANSLATE_NOOP("Messages", "The fingerprint was not confirmed, so the device was not added."),
    "enroll_self": QT_TRANSLATE_NOOP("Messages", "This is the key file of this workspace itself. Choose the key file of the other device; nothing was added."),
    "enroll_same_kind": QT_TRANSLATE_NOOP("Messages", "A coordinator laptop adds its back office, and the back office its laptops. This key file is of a device of the same kind ({kind}); choose the other side's file. Nothing was added."),
    "enroll_other_municipality": QT_TRANSLATE_NOOP("Messages", "This device belongs to {municipality}, not to your municipality. Only devices of your own municipality can be added; nothing was added."),
    "enroll_second_back_office": QT_TRANSLATE_NOOP("Messages", "This laptop already has a back office. If the back office really changed, revoke the old one first; nothing was added."),
    "enroll_other_keys": QT_TRANSLATE_NOOP("Messages", "This device is already registered, but with other keys: this key file may not be genuine. Check with the other side; a reinstalled laptop gets a new workspace and is added as a new device. Nothing was added."),
    "enroll_revoked": QT_TRANSLATE_NOOP("Messages", "This device was revoked and cannot be added again. A replacement laptop needs a new workspace with its own key file; nothing was added."),
    "peer_not_found": QT_TRANSLATE_NOOP("Messages", "There is no registered device {device}. Check the device id in the list of registered devices; nothing was changed."),
    "peer_ambiguous": QT_TRANSLATE_NOOP("Messages", "{device} matches more than one registered device. Give more of the device id; nothing was changed."),
    "peer_revoked": QT_TRANSLATE_NOOP("Messages", "The device {device} has been revoked: no bundles are made for it. No bundle was written."),
    "peer_choice_required": QT_TRANSLATE_NOOP("Messages", "This back office exchanges bundles with several laptops. Choose one with --for DEVICE_ID: {devices}. No bundle was written."),
    "no_active_peer": QT_TRANSLATE_NOOP("Messages", "No device is registered to exchange bundles with. Add the other side's key file first (after comparing its fingerprint); no bundle was written."),
    "revoke_reason_required": QT_TRANSLATE_NOOP("Messages", "Give a reason for revoking the device, for example: laptop lost."),
    # Synchronisation: writing and reading bundles
    "bundle_name_invalid": QT_TRANSLATE_NOOP("Messages", "The name of a bundle ends in .terugkeer, and {path} does not. Give a folder, or a file name ending in .terugkeer; no bundle was written."),
    "bundle_folder_missing": QT_TRANSLATE_NOOP("Messages", "The folder {path} does not exist. Is the USB stick in? Choose an existing folder; no bundle was written."),
    "no_bundles_found": QT_TRANSLATE_NOOP("Messages", "There are no bundles (files ending in .terugkeer) in {path}. Nothing was read in."),
    "bundle_write_failed": QT_TRANSLATE_NOOP("Messages", "The bundle {path} could not be written ({reason}). Check the USB stick and that you may write there, then try again; no bundle was made."),
    "bundle_write_verify_failed": QT_TRANSLATE_NOOP("Messages", "The bundle {path} read back differently from what was written: the USB stick may be failing. Use another stick and make the bundle again; no bundle was made."),
    "not_a_bundle": QT_TRANSLATE_NOOP("Messages", "{path} is not a Terugkeer bundle. Choose a file ending in .terugkeer that Terugkeer made; nothing was read in."),
    "bundle_unsupported_version": QT_TRANSLATE_NOOP("Messages", "The bundle {path} was made by a newer version of Terugkeer (format {version}). Install the latest version, then read it in again; nothing was read in."),
    "bundle_damaged": QT_TRANSLATE_NOOP("Messages", "The bundle {path} is damaged and cannot be read. Ask for a new bundle; nothing was read in."),
    "bundle_truncated": QT_TRANSLATE_NOOP("Messages", "The bundle {path} is incomplete: copying it was cut off. Copy it onto the USB stick again and wait until copying has finished before removing the stick; nothing was read in."),
    "bundle_tampered": QT_TRANSLATE_NOOP("Messages", "The bundle {path} was changed or damaged after it was made (on the USB stick, or on purpose). Ask for a new bundle; nothing was read in."),
    "bundle_wrong_recipient": QT_TRANSLATE_NOOP("Messages", "The bundle {path} is meant for another device, not for this workspace. Give it to the right device, or ask the sender to make one for this device; nothing was read in."),
    "bundle_unknown_sender": QT_TRANSLATE_NOOP("Messages", "The bundle {path} comes from a device that is not registered here. Add that device first, after comparing its fingerprint, then read the bundle in again; nothing was read in."),
    "bundle_read_failed": QT_TRANSLATE_NOOP("Messages", "The bundle {path} cannot be read ({reason}). Check that the USB stick is still in, then try again; nothing was read in."),
    "bundle_sender_revoked": QT_TRANSLATE_NOOP("Messages", "The bundle {path} comes from {device}, a device that was revoked (for example a lost laptop), and is refused; nothing was read in. Tell your privacy officer if you did not expect this."),
    "bundle_sequence_reused": QT_TRANSLATE_NOOP("Messages", "Another bundle with number {sequence} of the same sender was read in before, so {path} is refused: the sender may be working from an old backup. Contact IT; nothing was read in."),
    "bundle_payload_invalid": QT_TRANSLATE_NOOP("Messages", "The contents of this bundle are not in a form this version of Terugkeer understands. Install the same, latest version on both devices and make a new bundle; nothing was read in."),
    "bundle_invalid_record": QT_TRANSLATE_NOOP("Messages", "The bundle holds a record that does not fit ({table}, field “{field}”). Install the same, latest version on both devices and make a new bundle; nothing was read in."),
    "bundle_audit_chain_broken": QT_TRANSLATE_NOOP("Messages", "The sender's audit log in this bundle does not continue where the previous bundle ended (entry {seq}). The bundle is refused and nothing was read in; tell your privacy officer."),
    "bundle_bsn_clash": QT_TRANSLATE_NOOP("Messages", "A client in this bundle has the same BSN as another client here (case {case}): the same person was registered on two devices. Bring the two together by hand first; nothing was read in."),
    "bundle_inconsistent": QT_TRANSLATE_NOOP("Messages", "The bundle {path} is incomplete inside: records refer to records that are not there. Ask for a new bundle; nothing was read in."),
    "cancelled": QT_TRANSLATE_NOOP("Messages", "Cancelled; nothing was changed."),
    "conflict_not_found": QT_TRANSLATE_NOOP("Messages", "This conflict no longer exists: its record was removed. Nothing was changed."),
    "conflict_resolved": QT_TRANSLATE_NOOP("Messages", "Someone already resolved this conflict. Nothing was changed."),
    # Machine policy, purge, access requests, erasure, corrections, document versions
    "policy_invalid": QT_TRANSLATE_NOOP("Messages", "The machine policy {path} set by your IT department cannot be used ({reason}). Terugkeer runs locked down until IT corrects it: no quick unlock, locking after a few minutes, in Dutch. Tell your IT department."),
    "policy_fingerprint_mismatch": QT_TRANSLATE_NOOP("Messages", "The back office in the machine policy {path} does not match the fingerprint the policy states. The back office was not added; tell your IT department."),
    "erasure_not_confirmed": QT_TRANSLATE_NOOP("Messages", "The case code you typed does not match. Type the code shown to confirm the erasure; nothing was erased."),
    "correction_unchanged": QT_TRANSLATE_NOOP("Messages", "The new value is the same as the current one. Enter the corrected value; nothing was changed."),
    "value_invalid": QT_TRANSLATE_NOOP("Messages", "This value cannot be stored in this field (for example a BSN that fails the check, or a date that is not a date). Check it; nothing was changed."),
    "record_not_found": QT_TRANSLATE_NOOP("Messages", "This record no longer exists (it may have been removed meanwhile). Nothing was changed."),
    "client_not_found": QT_TRANSLATE_NOOP("Messages", "This client no longer exists in the workspace. Nothing was made."),
    "document_version_differs": QT_TRANSLATE_NOOP("Messages", "Version {number} of this document cannot be made again exactly as it was printed. Contact IT; the stored version is unchanged."),
    # Back office: notifications, assignment, the monitor report
    "notifications_unreadable": QT_TRANSLATE_NOOP("Messages", "The file {path} cannot be read as a list of notifications. Save it from the prison system again as CSV or Excel (.xlsx); nothing was read in."),
    "notifications_too_large": QT_TRANSLATE_NOOP("Messages", "The file {path} is too large for a list of notifications. Check that it is the right file; nothing was read in."),
    "notifications_columns_missing": QT_TRANSLATE_NOOP("Messages", "The list of notifications lacks the columns {columns}. Check that the first line holds the column names; nothing was read in."),
    "notifications_date_missing": QT_TRANSLATE_NOOP("Messages", "The list has no column with the date of notification. Give the date of the list (on the command line: --notified-on DD-MM-YYYY); the terms count from it. Nothing was read in."),
    "releases_unreadable": QT_TRANSLATE_NOOP("Messages", "The file {path} cannot be read as a list of ends of detention and transfers. Save it from the prison system again as CSV or Excel (.xlsx); nothing was read in."),
    "releases_too_large": QT_TRANSLATE_NOOP("Messages", "The file {path} is too large for a list of ends of detention and transfers. Check that it is the right file; nothing was read in."),
    "releases_columns_missing": QT_TRANSLATE_NOOP("Messages", "The list of ends of detention and transfers lacks the columns {columns}. Check that the first line holds the column names; nothing was read in."),
    "mapping_invalid": QT_TRANSLATE_NOOP("Messages", "The column mapping {path} cannot be used: {reason}. Nothing was read in."),
    "mapping_unknown": QT_TRANSLATE_NOOP("Messages", "There is no column mapping called {name}. Known mappings: {names}. Nothing was read in."),
    "mapping_name_taken": QT_TRANSLATE_NOOP("Messages", "IT has set a column mapping called {name}. Save yours under another name."),
    "mapping_name_other_list": QT_TRANSLATE_NOOP("Messages", "There is a column mapping called {name} for the other kind of list. Save this one under another name."),
    "mapping_other_list": QT_TRANSLATE_NOOP("Messages", "The column mapping {name} is made for the other kind of list (notifications, or releases and transfers). Nothing was read in."),
    "back_office_only": QT_TRANSLATE_NOOP("Messages", "Notifications are read in at the back office, not on a coordinator's laptop. Nothing was read in."),
    "report_format": QT_TRANSLATE_NOOP("Messages", "The report can be saved as {formats}: give a file name ending in one of these. Nothing was written."),
    "period_invalid": QT_TRANSLATE_NOOP("Messages", "The period ends before it starts. Check the dates."),
}


# The unlock delay in whole seconds, in the same words as the unlock screen's countdown (and the manual: "2, 4, 8
# seconden"); one second is singular in both languages.
UNLOCK_DELAYED_ONE_SECOND = QT_TRANSLATE_NOOP("Messages", "Too many wrong attempts. You can try again in 1 second.")


def error_text(error: TerugkeerError) -> str:
    """The clear, actionable sentence for `error`; unknown codes still say something useful."""
    template = TEMPLATES.get(error.code)
    if error.code == "unlock_delayed" and error.params.get("seconds") == 1:
        template = UNLOCK_DELAYED_ONE_SECOND
    if template is None:
        return QCoreApplication.translate("Messages", "Something went wrong ({code}). Nothing was changed.").format(code=error.code)
    return QCoreApplication.translate("Messages", str(template)).format(**_readable(error))


def _readable(error: TerugkeerError) -> dict[str, object]:
    """The error's parameters as the user reads them: a chain partner by its name, a reason in words."""
    params = dict(error.params)
    if error.code == "enroll_same_kind":
        params["kind"] = device_kind_label(str(params.get("kind", "")))
    elif error.code == "bundle_bsn_clash":
        params["case"] = short_id(str(params.get("case", "")))
    elif error.code == "control_character":
        params["field"] = field_label(str(params.get("field", "")))
    elif error.code == "bundle_invalid_record":
        params["table"] = table_label(str(params.get("table", "")))
        params["field"] = field_label(str(params.get("field", "")))
    elif error.code == "stale_edit_by":
        params["changed_at"] = format_date_time(datetime.fromisoformat(str(params["changed_at"])))
    elif error.code == "not_for_recipient":
        params["recipient"] = recipient_label(str(params.get("recipient", "")), current_language())
        params["reason"] = reason_text(str(params.get("reason", "")))
    return params
