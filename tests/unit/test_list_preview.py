"""The mapping step's preview, for both kinds of list: how the first rows will be read with a mapping and which
would be refused, with the field and reason, before anything is written."""

from __future__ import annotations

from datetime import date

from app.backoffice.column_mapping import ColumnMapping
from app.backoffice.list_preview import preview
from app.backoffice.notifications import NOTIFICATION_LIST
from app.backoffice.releases import RELEASE_LIST

TODAY = date(2025, 6, 20)
RELEASES = [
    (1, ["BSN nummer", "Datum ontslag", "Nieuwe inrichting", "Naam", "Opmerking"]),
    (2, ["999990019", "02-06-2025", "", "van 't Hek-Müller, Noël", ""]),
    (3, ["12345672", "", "PI Zwolle", "Bram Zomaarsen", "overplaatsing"]),  # Excel dropped the leading zero
    (4, ["999990056", "31-02-2025", "", "Jan Jansen", ""]),
    (5, ["999990032", "", "", "Piet Pietersen", ""]),
    (6, ["123456789", "03-06-2025", "", "", ""]),
    (7, ["999990019", "30-06-2025", "", "", ""]),
    (9, ["", "", "", "", ""]),  # an empty line is no row
]
RELEASE_MAPPING = ColumnMapping("Injus einde detentie", {
    "bsn": "BSN nummer", "actual_release": "Datum ontslag", "new_prison": "Nieuwe inrichting", "full_name": "Naam"})


def test_a_releases_list_is_previewed_with_the_rows_it_would_refuse() -> None:
    shown = preview(RELEASES, RELEASE_MAPPING, RELEASE_LIST, TODAY)
    assert shown.problem is None and shown.unused == ("Opmerking",)
    read = [(row.line, {name: value for name, value in row.read.values.items() if value}) for row in shown.rows
            if row.read is not None]
    assert read == [
        (2, {"bsn": "999990019", "full_name": "van 't Hek-Müller, Noël", "actual_release": date(2025, 6, 2)}),
        (3, {"bsn": "012345672", "full_name": "Bram Zomaarsen", "new_prison": "PI Zwolle"}),
    ]
    refused = [(row.line, row.field, row.code) for row in shown.rows if row.read is None]
    assert refused == [(4, "actual_release", "date_not_exist"), (5, "actual_release", "required"),
                       (6, "bsn", "bsn_invalid"), (7, "actual_release", "release_in_future")]


def test_a_releases_mapping_without_a_release_date_cannot_read_the_list() -> None:
    shown = preview(RELEASES, ColumnMapping("", {"bsn": "BSN nummer"}), RELEASE_LIST, TODAY)
    assert shown.problem is not None and shown.problem.code == "notifications_columns_missing"
    assert shown.problem.params["columns"] == "actual_release"


def test_the_preview_reads_only_the_first_rows() -> None:
    assert [row.line for row in preview(RELEASES, RELEASE_MAPPING, RELEASE_LIST, TODAY, limit=2).rows] == [2, 3]


def test_a_notification_list_is_previewed_as_the_case_services_check_it() -> None:
    table = [(1, ["Naam", "Geboren", "BSN", "PI", "Binnen"]),
             (2, ["Jan Peter Jansen", "15-07-1992", "999990056", "PI Zwolle", "03-06-2025"]),
             (3, ["Kees de Jong", "01-01-2015", "999990019", "PI Vught", "03-06-2025"])]
    mapping = ColumnMapping("Excel", {"full_name": "Naam", "date_of_birth": "Geboren", "bsn": "BSN", "prison": "PI",
                                      "detention_start": "Binnen"})
    first, second = preview(table, mapping, NOTIFICATION_LIST, TODAY).rows
    assert first.read is not None and first.read.check_name  # "Jan Peter Jansen": where does the surname begin?
    assert {name: first.read.values[name] for name in ("given_names", "surname", "detention_start")} == {
        "given_names": "Jan Peter", "surname": "Jansen", "detention_start": date(2025, 6, 3)}
    assert (second.read, second.field, second.code) == (None, "date_of_birth", "not_adult")
