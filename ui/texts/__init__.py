"""User-visible words: labels of stable identifiers, messages for error codes, dates. Qt Core only, no widgets."""
