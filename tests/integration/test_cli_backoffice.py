"""`terugkeer notifications import` and `terugkeer report` as the back office's scripts run them: real subprocesses
on real encrypted workspaces (made here with the fast KDF), in Dutch, with the passphrase from a file."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.backoffice.assignment import inbox
from app.casework.cases import CaseData, ClientData, DetentionData, register_case
from app.demo.workspace import fill_with_demo_cases
from app.domain import WorkspaceKind
from app.monitor.figures import Period, load_case_facts, monitor
from app.workspace.folder import create_workspace, unlock
from app.workspace.keyfile import KdfParams
from db.models import Client

from .test_cli import run_cli

pytestmark = pytest.mark.slow

PASSPHRASE = "backoffice cli passphrase Geheim-23"
FAST_KDF = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)
SAMPLE = Path(__file__).parents[1] / "data" / "notifications" / "meldingen-cp1252.csv"
YEAR = 2025


@dataclass(frozen=True)
class Setup:
    home: Path
    passphrase_file: Path
    office: Path  # a back office with demo cases of YEAR
    laptop: Path
    released: int  # released in YEAR, as app.monitor.figures counts


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    home = tmp_path_factory.mktemp("backoffice-cli")
    passphrase_file = home / "wachtwoord.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    office = create_workspace(home / "office", kind=WorkspaceKind.BACKOFFICE, municipality="Teststad",
                              user_name="Backoffice Teststad", passphrase=PASSPHRASE, kdf=FAST_KDF)
    fill_with_demo_cases(office, 60, today=date(YEAR, 12, 31))
    with office.unit_of_work() as uow:
        released = monitor(load_case_facts(uow), Period.year(YEAR)).released.value
    office.lock()
    create_workspace(home / "laptop", kind=WorkspaceKind.COORDINATOR, municipality="Teststad",
                     user_name="Anna de Vries", passphrase=PASSPHRASE, kdf=FAST_KDF).lock()
    return Setup(home, passphrase_file, home / "office", home / "laptop", released)


def cli(setup: Setup, *args: str) -> Any:
    return run_cli(setup.home, *args, "--passphrase-file", str(setup.passphrase_file), secrets=(PASSPHRASE,))


def office_copy(setup: Setup, folder: Path) -> Path:
    copy = folder / "office"
    shutil.copytree(setup.office, copy)
    return copy


def inbox_count(folder: Path) -> int:
    workspace = unlock(folder, PASSPHRASE)
    try:
        return len(inbox(workspace))
    finally:
        workspace.lock()


def case_count(folder: Path) -> int:
    """Cases of any kind (a laptop has no inbox to look in)."""
    workspace = unlock(folder, PASSPHRASE)
    try:
        with workspace.unit_of_work() as uow:
            return uow.cases.count_cases()
    finally:
        workspace.lock()


def test_import_as_json_gives_one_document_and_exit_1_for_refused_rows(setup: Setup, tmp_path: Path) -> None:
    office = office_copy(setup, tmp_path)
    before = inbox_count(office)
    result = cli(setup, "notifications", "import", "--workspace", str(office), str(SAMPLE), "--json",
                 "--notified-on", "10-06-2025")
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)  # stdout holds the JSON document and nothing else
    assert (document["imported"], document["known_clients"], document["duplicates"]) == (3, 0, [6])
    assert document["history"] == [2, 4, 11]  # released in 2025, before today: history, not the inbox
    assert [(row["line"], row["column"], row["code"], row["reason"]) for row in document["refused"]] == [
        (3, "BSN", "bsn_invalid", "Geen geldig BSN (9 cijfers, elfproef)"),
        (5, "Geboortedatum", "date_invalid", "Geen datum (gebruik dd-mm-jjjj)"),
        (7, "Voornamen", "required", "Leeg, maar verplicht"),
        (8, "Verwachte datum vrijlating", "release_before_start", "Vrijlating ligt vóór het begin van de detentie"),
        (10, "Geboortedatum", "not_adult", "Jonger dan 18: nazorg is voor volwassenen"),
    ]
    assert len(document["case_ids"]) == 3
    assert inbox_count(office) == before


def test_import_prints_a_dutch_summary_and_a_clean_list_exits_0(setup: Setup, tmp_path: Path) -> None:
    office = office_copy(setup, tmp_path)
    result = cli(setup, "notifications", "import", "--workspace", str(office), str(SAMPLE),
                 "--notified-on", "10-06-2025")
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines()[1:10] == [
        "  Nieuwe trajecten in de inbox: 0 (waarvan voor personen die al bekend zijn: 0)",
        "  Al eerder ingelezen en overgeslagen: 1 (regels: 6)",
        "  Vastgelegd als geschiedenis, vrijgelaten vóór vandaag: 3 (regels: 2, 4, 11)",
        "  Geweigerd: 5",
        "    Regel 3 (rij 3), kolom BSN: Geen geldig BSN (9 cijfers, elfproef)",
        "    Regel 5 (rij 5), kolom Geboortedatum: Geen datum (gebruik dd-mm-jjjj)",
        "    Regel 7 (rij 7), kolom Voornamen: Leeg, maar verplicht",
        "    Regel 8 (rij 8), kolom Verwachte datum vrijlating: Vrijlating ligt vóór het begin van de detentie",
        "    Regel 10 (rij 10), kolom Geboortedatum: Jonger dan 18: nazorg is voor volwassenen",
    ]
    clean = tmp_path / "meldingen.csv"
    clean.write_text("Achternaam;Tussenvoegsel;Voornamen;Geboortedatum;BSN;PI;Begin detentie;"
                     "Verwachte datum vrijlating\nÇelik;;Şükrü;02-02-1982;999990044;PI Grave;04-06-2025;\n",
                     encoding="utf-8")
    again = cli(setup, "notifications", "import", "--workspace", str(office), str(clean), "--notified-on",
                "10-06-2025")
    assert again.returncode == 0, again.stderr
    assert "Geweigerd: 0" in again.stdout


def test_a_coordinator_laptop_does_not_read_in_notifications(setup: Setup) -> None:
    result = cli(setup, "notifications", "import", "--workspace", str(setup.laptop), str(SAMPLE))
    assert result.returncode == 1
    assert "backoffice" in result.stderr and "Er is niets ingelezen." in result.stderr
    assert case_count(setup.laptop) == 0


def test_report_writes_the_monitor_of_the_period(setup: Setup, tmp_path: Path) -> None:
    office = office_copy(setup, tmp_path)
    out = tmp_path / "monitor.csv"
    result = cli(setup, "report", "--workspace", str(office), "--from", f"01-01-{YEAR}", "--to", f"{YEAR}-12-31",
                 "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert f"Rapport geschreven: {out} (01-01-{YEAR} t/m 31-12-{YEAR})." in result.stdout
    assert "geen persoonsgegevens" in result.stdout
    lines = out.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[:2] == ["Kerncijfers", "Cijfer;Aantal"]
    released = setup.released if setup.released >= 5 else "<5"
    assert f"Vrijgekomen;{released}" in lines


def test_report_refuses_wrong_use_with_exit_2(setup: Setup, tmp_path: Path) -> None:
    wrong_suffix = cli(setup, "report", "--workspace", str(setup.office), "--from", "01-01-2025", "--to",
                       "31-12-2025", "--out", str(tmp_path / "monitor.txt"))
    assert wrong_suffix.returncode == 2
    assert ".csv, .xlsx, .pdf" in wrong_suffix.stderr and not (tmp_path / "monitor.txt").exists()
    wrong_date = cli(setup, "report", "--workspace", str(setup.office), "--from", "31-02-2025", "--to",
                     "31-12-2025", "--out", str(tmp_path / "monitor.csv"))
    assert wrong_date.returncode == 2
    assert "31-02-2025" in wrong_date.stderr and not (tmp_path / "monitor.csv").exists()


def test_a_known_bsn_with_another_name_is_reported_for_review_and_changes_no_client(
        setup: Setup, tmp_path: Path) -> None:
    office = office_copy(setup, tmp_path)
    workspace = unlock(office, PASSPHRASE)
    try:
        register_case(workspace, ClientData(given_names="Noël François", surname_prefix="van 't",
                                            surname="Hek-Müller", date_of_birth=date(1985, 3, 14), bsn="111222333"),
                      DetentionData(prison="PI Vught", start_date=date(2025, 1, 6)), CaseData())
    finally:
        workspace.lock()
    clients_before, cases_before = _clients(office), case_count(office)
    listing = tmp_path / "meldingen.csv"
    listing.write_text("Achternaam;Tussenvoegsel;Voornamen;Geboortedatum;BSN;PI;Begin detentie\n"
                       "Jansen;;Priscilla;02-02-1992;111222333;PI Zwolle;03-06-2025\n"
                       "Hek-Muller;;Noel Francois;14-03-1985;111222333;PI Grave;04-06-2025\n", encoding="utf-8")
    result = cli(setup, "notifications", "import", "--workspace", str(office), str(listing), "--json",
                 "--notified-on", "10-06-2025")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert [(row["line"], row["status"]) for row in document["rows"]] == [(2, "review"), (3, "known")]
    assert "review_id" in document["rows"][0] and "case_id" not in document["rows"][0]
    assert (document["imported"], document["known_clients"], document["review"]) == (1, 1, [2])
    assert _clients(office) == clients_before  # Priscilla changed no client; the quiet match changed none either
    assert case_count(office) == cases_before + 1
    again = cli(setup, "notifications", "import", "--workspace", str(office), str(listing), "--notified-on",
                "10-06-2025")
    assert again.returncode == 0, again.stderr
    assert "  Te controleren in de inbox" not in again.stdout  # kept once: the second reading skips it


def _clients(folder: Path) -> list[tuple[object, ...]]:
    workspace = unlock(folder, PASSPHRASE)
    try:
        with workspace.unit_of_work() as uow:
            return sorted((c.given_names, c.surname_prefix, c.surname, c.date_of_birth, c.bsn, c.version)
                          for c in uow.privacy.records(Client))
    finally:
        workspace.lock()


def test_a_foreign_list_goes_in_with_a_mapping_file_and_reports_the_unused_column(setup: Setup,
                                                                                  tmp_path: Path) -> None:
    office = office_copy(setup, tmp_path)
    mapping = tmp_path / "excel-pi-vught.json"
    mapping.write_text(json.dumps({"version": 1, "name": "Excel PI Vught", "columns": {
        "full_name": "Naam", "date_of_birth": "Geboren", "bsn": "Burgerservicenummer", "prison": "Inrichting",
        "detention_start": "Binnen sinds", "notified_on": "Datum melding"}, "date_format": "dd-mm-jjjj"}),
        encoding="utf-8")
    listing = tmp_path / "vught.csv"
    listing.write_text("Naam;Geboren;Burgerservicenummer;Inrichting;Binnen sinds;Datum melding;verwachte einddatum\n"
                       "\"Voorbeeld, Jan van der\";01-02-1980;999990019;PI Vught;02-06-2025;03-06-2025;01-01-2099\n"
                       "Sanne Demowijk;31-02-1980;999990068;PI Vught;02-06-2025;03-06-2025;\n", encoding="utf-8")
    result = cli(setup, "notifications", "import", "--workspace", str(office), str(listing),
                 "--mapping", str(mapping))
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert "  Niet gebruikt: verwachte einddatum" in lines
    assert "    Regel 3 (rij 3), kolom Geboren: Deze datum bestaat niet" in lines
    assert any("Voorbeeld, Jan van der" in item.name for item in _inbox(office))


def test_json_on_a_refused_file_is_one_document_with_the_reason_and_the_message_on_stderr(
        setup: Setup, tmp_path: Path) -> None:
    office = office_copy(setup, tmp_path)
    wrong = tmp_path / "lijst.csv"
    wrong.write_text("Naam;Geboren\nJan;1980\n", encoding="utf-8")
    result = cli(setup, "notifications", "import", "--workspace", str(office), str(wrong), "--json",
                 "--notified-on", "10-06-2025")
    assert result.returncode == 1
    document = json.loads(result.stdout)
    assert (document["refused_file"], document["code"]) == (True, "notifications_columns_missing")
    assert "Achternaam" in document["reason"] and document["reason"] in result.stderr
    no_date = cli(setup, "notifications", "import", "--workspace", str(office), str(SAMPLE), "--json")
    assert json.loads(no_date.stdout)["code"] == "notifications_date_missing" and no_date.returncode == 1


def _inbox(folder: Path) -> list[Any]:
    workspace = unlock(folder, PASSPHRASE)
    try:
        return inbox(workspace)
    finally:
        workspace.lock()
