"""Consent and legal basis of a case: grounds, consent versions, revocations, the signature pad."""
