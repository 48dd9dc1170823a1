"""Sync between coordinator laptops and the back office by bundle files carried on a USB stick.

`identity` holds a device's keys and its self-signed public identity file; `bundle_file` the signed, encrypted
container and `bundle_paths` the names and folders of bundle files; `device` enrolment of peers; `records`,
`payload` and `scope` what a bundle carries for whom; `export` and `importer` the exchange itself; `conflicts` what
an import left for a person to settle; `overview` what the Synchronisation screen shows.

The services (first parameter an OpenWorkspace) open their own transaction: `own_identity_file`,
`save_identity_file`, `enroll`, `revoke` (permission DEVICES); `peers`, `export_bundle`, `import_bundle`,
`import_one`, `open_conflicts`, `resolve_conflict`, `sync_overview` (EXCHANGE_BUNDLES).

Error codes this package raises (TerugkeerError.code, with params), for ui/ to map to Dutch messages:

- identity_file_invalid: the public identity file is not one, is incomplete, or its self-signature fails.
- identity_file_unsupported_version (version): an identity file of a format version this program does not know.
- identity_file_unreadable (path): the identity file could not be read.
- not_a_bundle (path): not a `.terugkeer` file, or it does not start like a bundle.
- bundle_unsupported_version (path, version): a bundle of another (newer) format version; update the program.
- bundle_damaged (path): the bundle's structure is broken (cut off in its header, impossible lengths).
- bundle_truncated (path): the bundle is shorter than it says: an incomplete copy; copy it again.
- bundle_tampered (path): signature, hashes or encryption do not check out: altered, or damaged on the stick.
- bundle_wrong_recipient (path, device): the bundle is meant for another device (or an older key of this one).
- bundle_unknown_sender (path, device[, key_id]): the sender is not a registered device, is revoked, or signed
  with a key we do not know for it.
- bundle_read_failed (path, reason): the file could not be read (stick removed, permissions); reason is strerror.
- bundle_write_failed (path, reason): the bundle could not be written; reason is strerror.
- bundle_write_verify_failed (path): the bundle read back differently from what was written (a failing stick).
- disk_full (path): no room (or quota) left in the folder `path`.
- bundle_name_invalid (path): a bundle's file name must end in .terugkeer.
- bundle_folder_missing (path): the folder a bundle should go into does not exist.
- no_bundles_found (path): a folder to read in holds no bundles.
- cancelled: the user cancelled through the progress callback.
- enroll_self: the identity file is this workspace's own.
- enroll_same_kind (kind): a laptop enrols a back office and a back office laptops, not one of its own kind.
- enroll_other_municipality (municipality): the device belongs to another municipality.
- enroll_second_back_office: a laptop already has a back office; revoke it first.
- enroll_other_keys (device): a known device with other keys: revoke the old one and enrol the new laptop.
- enroll_revoked (device): the device was revoked and cannot come back.
- peer_not_found (device): no enrolled device with this id.
- peer_revoked (device): the device was revoked; no bundles are made for it.
- peer_ambiguous (device): more than one enrolled device has an id starting like this.
- no_active_peer: no enrolled, not revoked device to make a bundle for.
- peer_choice_required (devices): more than one device a bundle could be for; say which.
- revoke_reason_required: revoking a device needs a reason.
- bundle_sender_revoked (path, device): the bundle comes from a revoked device (a lost laptop).
- bundle_sequence_reused (path, sequence): another bundle with this number of the same sender was imported.
- bundle_payload_invalid: the decrypted contents are not a payload this program understands.
- bundle_invalid_record (table, field): a record does not fit the schema.
- bundle_audit_chain_broken (seq): the sender's audit entries do not continue its chain.
- bundle_bsn_clash (case): a client with this BSN exists here as another person record.
- bundle_inconsistent (path): records point at records that are not there.
- conflict_not_found: the conflict (or its record) no longer exists.
- conflict_resolved: someone already resolved this conflict.
"""

from __future__ import annotations

ERROR_CODES = frozenset({
    "identity_file_invalid",
    "identity_file_unsupported_version",
    "identity_file_unreadable",
    "not_a_bundle",
    "bundle_unsupported_version",
    "bundle_damaged",
    "bundle_truncated",
    "bundle_tampered",
    "bundle_wrong_recipient",
    "bundle_unknown_sender",
    "bundle_read_failed",
    "bundle_write_failed",
    "bundle_write_verify_failed",
    "disk_full",
    "bundle_name_invalid",
    "bundle_folder_missing",
    "no_bundles_found",
    "cancelled",
    "enroll_self",
    "enroll_same_kind",
    "enroll_other_municipality",
    "enroll_second_back_office",
    "enroll_other_keys",
    "enroll_revoked",
    "peer_not_found",
    "peer_revoked",
    "peer_ambiguous",
    "no_active_peer",
    "peer_choice_required",
    "revoke_reason_required",
    "bundle_sender_revoked",
    "bundle_sequence_reused",
    "bundle_payload_invalid",
    "bundle_invalid_record",
    "bundle_audit_chain_broken",
    "bundle_bsn_clash",
    "bundle_inconsistent",
    "conflict_not_found",
    "conflict_resolved",
})
