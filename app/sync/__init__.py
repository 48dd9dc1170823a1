"""Sync between coordinator laptops and the back office by bundle files carried on a USB stick.

`identity` holds a device's keys and its self-signed public identity file; `bundle_file` the signed, encrypted
container. What goes inside a bundle is decided elsewhere: here the payload is opaque bytes.

Error codes this package raises (TerugkeerError.code, with params), for ui/ to map to Dutch messages:

- identity_file_invalid: the public identity file is not one, is incomplete, or its self-signature fails.
- identity_file_unsupported_version (version): an identity file of a format version this program does not know.
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
- cancelled: the user cancelled through the progress callback.
"""

from __future__ import annotations

ERROR_CODES = frozenset({
    "identity_file_invalid",
    "identity_file_unsupported_version",
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
    "cancelled",
})
