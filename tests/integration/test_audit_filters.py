"""The supervisor's audit log filters run in SQL, on the embedded back office and on the server alike; the export
of the audit log is itself an audit entry."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from app.audit import AuditAction, AuditLine
from app.casework.cases import CaseData, ClientData, DetentionData, register_case
from app.privacy.audit_log import AuditFilter, audit_users, export_entries, filtered_entries
from app.workspace.session import OpenWorkspace


def a_case(workspace: OpenWorkspace, given: str, surname: str, bsn: str = "") -> str:
    changes = register_case(workspace, ClientData(given_names=given, surname=surname, date_of_birth=date(1980, 5, 17),
                                                  bsn=bsn),
                            DetentionData(prison="PI Vught", start_date=date(2026, 1, 5)), CaseData())
    return changes.case_ids[0]


def test_filters_by_client_user_action_and_period(office: OpenWorkspace) -> None:
    noel = a_case(office, "Noël", "van 't Hek-Müller", bsn="111222333")
    a_case(office, "Kees", "Jansen")
    found = filtered_entries(office, AuditFilter(client="hek muller noel"), None)
    assert [line.record_type for line in found] == ["case", "detention", "client"]
    assert [line.case_id for line in found] == [noel, noel, None]
    assert [line.record_type for line in filtered_entries(office, AuditFilter(client="111222333"), None)] == \
        ["case", "detention", "client"]
    everyone = filtered_entries(office, AuditFilter(), None)
    assert len(filtered_entries(office, AuditFilter(), 2)) == 2
    assert audit_users(office) == sorted({line.user_name for line in everyone})
    assert filtered_entries(office, AuditFilter(user="niemand"), None) == []
    name = everyone[0].user_name
    assert filtered_entries(office, AuditFilter(user=name), None) == [line for line in everyone
                                                                      if line.user_name == name]
    assert filtered_entries(office, AuditFilter(action=AuditAction.EXPORT), None) == []
    today = date.today()
    assert filtered_entries(office, AuditFilter(start=today, end=today), None) == everyone
    assert filtered_entries(office, AuditFilter(end=today - timedelta(days=1)), None) == []


def test_the_export_is_logged(office: OpenWorkspace, tmp_path: Path) -> None:
    a_case(office, "Kees", "Jansen")

    def render(lines: list[AuditLine]) -> bytes:
        return "\n".join(str(line.seq) for line in lines).encode()

    out = tmp_path / "audit.csv"
    assert export_entries(office, AuditFilter(client="jansen"), out, render) == 3
    assert len(out.read_bytes().split(b"\n")) == 3
    [logged] = filtered_entries(office, AuditFilter(action=AuditAction.EXPORT), None)
    assert (logged.record_type, logged.purpose) == ("audit_log", "accountability")
