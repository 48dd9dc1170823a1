"""`terugkeer releases import` as a back office's script runs it: a real subprocess on a real encrypted workspace
(made here with the fast KDF), in Dutch, with the passphrase from a file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.backoffice.column_mapping import ColumnMapping, MappingStore
from app.backoffice.notifications import NOTIFICATION_LIST
from app.backoffice.releases import RELEASE_LIST
from app.casework.cases import CaseData, ClientData, DetentionData, open_case, register_case
from app.domain import CaseStatus, WorkspaceKind
from app.workspace.folder import create_workspace, unlock
from app.workspace.keyfile import KdfParams

from .test_cli import run_cli

pytestmark = pytest.mark.slow

PASSPHRASE = "releases cli passphrase Geheim-23"
FAST_KDF = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)
LIST = ("BSN;Achternaam;PI;Datum einde detentie;Nieuwe PI;Datum;Opmerking\n"
        "111222333;Jansen;PI Vught;02-06-2025;;;\n"
        "123456782;;PI Grave;;PI Zwolle;03-06-2025;overgeplaatst\n"
        "999990032;;;04-06-2025;;;\n"
        "111222333;;;31-02-2025;;;\n")


def _office(home: Path) -> tuple[Path, list[str]]:
    workspace = create_workspace(home / "office", kind=WorkspaceKind.BACKOFFICE, municipality="Teststad",
                                 user_name="Backoffice Teststad", passphrase=PASSPHRASE, kdf=FAST_KDF)
    case_ids = []
    for surname, bsn, prison, status in (("Jansen", "111222333", "PI Vught", CaseStatus.PLAN),
                                         ("Pietersen", "123456782", "PI Grave", CaseStatus.NOTIFIED)):
        changes = register_case(workspace, ClientData(given_names="Jan", surname=surname, bsn=bsn,
                                                      date_of_birth=date(1980, 1, 1)),
                                DetentionData(prison=prison, start_date=date(2025, 3, 1)), CaseData(status=status),
                                today=date(2025, 3, 3))
        case_ids.append(changes.case_ids[0])
    workspace.lock()
    return home / "office", case_ids


def test_import_as_json_gives_one_document_and_exit_1_for_rows_to_check(tmp_path: Path) -> None:
    office, (released, transferred) = _office(tmp_path)
    passphrase_file = tmp_path / "wachtwoord.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    listing = tmp_path / "einde-detentie.csv"
    listing.write_text(LIST, encoding="utf-8")

    def cli(*args: str):  # type: ignore[no-untyped-def]
        return run_cli(tmp_path, "releases", "import", "--workspace", str(office), str(listing), *args,
                       "--passphrase-file", str(passphrase_file), secrets=(PASSPHRASE,))

    result = cli("--json")
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)  # stdout holds the JSON document and nothing else
    assert (document["released"], document["to_aftercare"], document["transferred"]) == ([2], [2], [3])
    assert document["review"] == [{"line": 4, "record": 4, "code": "unknown_bsn",
                                   "reason": "geen cliënt heeft dit BSN"}]
    assert [(row["line"], row["column"], row["code"]) for row in document["refused"]] == [
        (5, "Datum einde detentie", "date_not_exist")]
    assert document["unused_columns"] == ["Opmerking"] and document["case_ids"] == [released, transferred]
    workspace = unlock(office, PASSPHRASE)
    try:
        case = open_case(workspace, released)
        assert case.detention.actual_release_date == date(2025, 6, 2) and case.case.status is CaseStatus.AFTERCARE
        assert open_case(workspace, transferred).detention.prison == "PI Zwolle"
    finally:
        workspace.lock()

    again = cli()
    assert again.returncode == 1, again.stderr
    assert again.stdout.splitlines()[1:6] == [
        "  Einde detentie vastgelegd: 0 (regels: —)",
        "  Waarvan door naar nazorg: 0 (regels: —)",
        "  Nieuwe PI vastgelegd: 0 (regels: —)",
        "  Al gedaan, niets veranderd: 2 (regels: 2, 3)",
        "  Te controleren, niets veranderd: 1",
    ]


def test_a_file_without_the_release_column_is_refused_whole_as_json(tmp_path: Path) -> None:
    office, _cases = _office(tmp_path)
    passphrase_file = tmp_path / "wachtwoord.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    listing = tmp_path / "lijst.csv"
    listing.write_text("BSN;PI\n111222333;PI Vught\n", encoding="utf-8")
    result = run_cli(tmp_path, "releases", "import", "--workspace", str(office), str(listing), "--json",
                     "--passphrase-file", str(passphrase_file), secrets=(PASSPHRASE,))
    assert result.returncode == 1
    document = json.loads(result.stdout)
    assert document["refused_file"] is True and document["code"] == "releases_columns_missing"
    assert "Datum einde detentie" in document["reason"]


def test_the_saved_mapping_for_releases_is_chosen_by_the_headers_and_one_for_notifications_is_refused(
        tmp_path: Path) -> None:
    office, (released, _transferred) = _office(tmp_path)
    passphrase_file = tmp_path / "wachtwoord.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    store = MappingStore(tmp_path / ".config" / "Terugkeer" / "Terugkeer")  # the CLI's config folder under HOME
    store.save(ColumnMapping("Injus begin detentie", {
        "full_name": "Naam", "bsn": "BSN nummer", "date_of_birth": "Geb. datum", "prison": "Inrichting",
        "detention_start": "Datum insluiting"}), NOTIFICATION_LIST)
    store.save(ColumnMapping("Injus einde detentie", {
        "bsn": "BSN nummer", "actual_release": "Datum ontslag", "full_name": "Naam"}), RELEASE_LIST)
    listing = tmp_path / "ontslagen.csv"
    listing.write_text("BSN nummer;Datum ontslag;Naam\n111222333;02-06-2025;Jan Jansen\n", encoding="utf-8")

    def cli(*args: str):  # type: ignore[no-untyped-def]
        return run_cli(tmp_path, "releases", "import", "--workspace", str(office), str(listing), "--json", *args,
                       "--passphrase-file", str(passphrase_file), secrets=(PASSPHRASE,))

    other = cli("--mapping", "Injus begin detentie")
    assert other.returncode == 1
    assert json.loads(other.stdout)["code"] == "mapping_other_list"
    assert "gemaakt voor de andere soort lijst" in other.stderr
    chosen = cli()
    assert chosen.returncode == 0, chosen.stderr
    document = json.loads(chosen.stdout)
    assert (document["mapping"], document["released"], document["case_ids"]) == (
        "Injus einde detentie", [2], [released])
