"""Correction requests: the corrected value is used everywhere, the old one stays in the history for auditors only."""

from __future__ import annotations

import pytest

from app.casework.cases import open_case
from app.casework.register import load_register
from app.errors import ValidationError
from app.privacy.corrections import correct, correction_history
from app.workspace.session import OpenWorkspace

from .helpers import audit_rows, client_data, register


def test_a_correction_keeps_the_old_value_for_auditors_only(workspace: OpenWorkspace) -> None:
    case_id = register(workspace, client_data(surname="Verkeerdgespeld")).case_ids[0]
    client_id = open_case(workspace, case_id).client_id
    correct(workspace, "client", client_id, "surname", "Goedgespeld", "Verzoek van cliënt, ID gezien")
    assert open_case(workspace, case_id).client.surname == "Goedgespeld"
    assert [row.name for row in load_register(workspace, frozenset())] == ["Goedgespeld, Karel"]
    [line] = correction_history(workspace, client_id)
    assert (line.field, line.old_value, line.new_value) == ("surname", "Verkeerdgespeld", "Goedgespeld")
    assert line.reason == "Verzoek van cliënt, ID gezien" and line.corrected_by == "Test Coördinator"
    kinds = [(e["action"], e["record_type"]) for e in audit_rows(workspace)]
    assert ("create", "correction") in kinds and ("view", "correction") in kinds
    assert all("Verkeerdgespeld" not in str(e) for e in audit_rows(workspace))


def test_a_correction_needs_a_reason_a_change_and_a_valid_value(workspace: OpenWorkspace) -> None:
    case_id = register(workspace, client_data()).case_ids[0]
    client_id = open_case(workspace, case_id).client_id
    for value, reason in (("Nieuw", " "), ("Kanariepiet", "reden")):
        with pytest.raises(ValidationError):
            correct(workspace, "client", client_id, "surname", value, reason)
    with pytest.raises(ValidationError) as raised:
        correct(workspace, "client", client_id, "bsn", "123456789", "reden")
    assert (raised.value.field, raised.value.code) == ("bsn", "value_invalid")
