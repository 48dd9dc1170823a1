"""The work on one case: client and case, intake, consent and legal basis, the sharing policy, documents."""
