"""Reading the prison system's lists of ends of detention and transfers: a row sets the actual release date (moving a
case with its plan on to aftercare) or the new PI of the one case it fits; rows fitting no case or several are listed
for review; a second reading changes nothing; one transaction."""

from __future__ import annotations

import random
import statistics
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.backoffice import releases
from app.backoffice.column_mapping import ColumnMapping
from app.backoffice.notifications import RowProblem, import_notifications
from app.backoffice.releases import ReviewReason, import_releases
from app.casework.cases import CaseData
from app.domain import CaseStatus
from app.errors import TerugkeerError
from app.monitor.counted import monitor_figures
from app.monitor.figures import Period, case_facts, yearly_outflow
from app.workspace.session import OpenWorkspace

from .helpers import TODAY, audit_rows, client_data, detention_data, plain_rows, register

HEADER = "BSN;Achternaam;PI;Datum einde detentie;Nieuwe PI;Datum\n"


@pytest.fixture
def workspace(office: OpenWorkspace) -> OpenWorkspace:
    return office


def _list(tmp_path: Path, *rows: str, name: str = "einde-detentie.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def _detentions(workspace: OpenWorkspace) -> list[tuple[object, ...]]:
    return plain_rows(workspace, "SELECT c.bsn, d.prison, d.start_date, d.actual_release_date, k.status, "
                                 "k.aftercare_on FROM case_file k JOIN client c ON c.id = k.client_id "
                                 "JOIN detention d ON d.id = k.detention_id ORDER BY c.bsn, d.start_date")


def _people(workspace: OpenWorkspace) -> None:
    """Three clients: one with a plan (111222333), one just notified (123456782), one detained twice (999990019,
    the first detention ended)."""
    start = TODAY - timedelta(days=40)
    register(workspace, client_data(surname="Jansen", bsn="111222333"), detention_data(),
             CaseData(status=CaseStatus.PLAN))
    register(workspace, client_data(), detention_data(prison="PI Grave"), CaseData())
    register(workspace, client_data(surname="Voorbeeld", bsn="999990019"),
             detention_data(start_date=date(2022, 1, 3), actual_release_date=date(2022, 3, 1)), CaseData())
    register(workspace, client_data(surname="Voorbeeld", bsn="999990019"), detention_data(start_date=start),
             CaseData())


def test_a_release_sets_the_date_and_moves_a_case_with_a_plan_on_to_aftercare(
        workspace: OpenWorkspace, tmp_path: Path) -> None:
    _people(workspace)
    day = TODAY - timedelta(days=2)
    listing = _list(tmp_path, f"111222333;Jansen;PI Vught;{day:%d-%m-%Y};;",
                    f"123456782;Kanariepiet;PI Grave;{day:%d-%m-%Y};;",
                    f"999990019;Voorbeeld;;{day:%d-%m-%Y};;")
    result = import_releases(workspace, listing, today=TODAY)
    assert result.released == (2, 3, 4) and result.to_aftercare == (2,) and not result.reviews
    assert _detentions(workspace) == [
        ("111222333", "PI Vught", "2024-05-06", day.isoformat(), "nazorg", day.isoformat()),
        ("123456782", "PI Grave", "2024-05-06", day.isoformat(), "melding", None),  # intake not done: stays
        ("999990019", "PI Vught", "2022-01-03", "2022-03-01", "melding", None),  # the ended detention untouched
        ("999990019", "PI Vught", "2024-05-06", day.isoformat(), "melding", None),
    ]


def test_a_transfer_sets_the_new_prison(workspace: OpenWorkspace, tmp_path: Path) -> None:
    _people(workspace)
    result = import_releases(workspace, _list(tmp_path, f"123456782;;PI Grave;;PI Zwolle;{TODAY:%d-%m-%Y}"),
                             today=TODAY)
    assert result.transferred == (2,)
    assert _detentions(workspace)[1][:4] == ("123456782", "PI Zwolle", "2024-05-06", None)


def test_rows_with_no_case_or_several_are_listed_for_review_and_change_nothing(
        workspace: OpenWorkspace, tmp_path: Path) -> None:
    _people(workspace)
    register(workspace, client_data(bsn="111222333", surname="Jansen"),
             detention_data(start_date=TODAY - timedelta(days=10), prison="PI Grave"), CaseData())
    before = _detentions(workspace)
    listing = _list(tmp_path, f"999990032;;;{TODAY:%d-%m-%Y};;",  # a BSN no client has
                    f"111222333;Jansen;;{TODAY:%d-%m-%Y};;",  # two open detentions, no PI to choose
                    "999990019;Voorbeeld;;01-01-2020;;",  # before any detention started
                    f"123456782;Pietersen;;{TODAY:%d-%m-%Y};;",  # the BSN is someone else's
                    f"12345678;;;{TODAY:%d-%m-%Y};;")  # not a BSN: refused
    result = import_releases(workspace, listing, today=TODAY)
    assert [(row.line, row.review) for row in result.reviews] == [
        (2, ReviewReason.UNKNOWN_BSN), (3, ReviewReason.SEVERAL), (4, ReviewReason.NO_DETENTION),
        (5, ReviewReason.OTHER_NAME)]
    assert result.refused == (RowProblem(6, "bsn", "bsn_invalid"),)
    assert _detentions(workspace) == before
    chosen = import_releases(workspace, _list(tmp_path, f"111222333;Jansen;PI Grave;{TODAY:%d-%m-%Y};;"),
                             today=TODAY)
    assert chosen.released == (2,)  # the PI tells which of the two


def test_a_whole_name_in_one_column_checks_the_bsn_by_the_surname_it_holds(
        workspace: OpenWorkspace, tmp_path: Path) -> None:
    register(workspace, client_data(surname="Lopez Garcia", bsn="111222333"), detention_data(), CaseData())
    register(workspace, client_data(surname="Hek-Müller", bsn="123456782"), detention_data(), CaseData())
    register(workspace, client_data(surname="Jansen", bsn="999990019"), detention_data(), CaseData())
    mapping = ColumnMapping("Met naam", {"bsn": "BSN", "actual_release": "Ontslag", "full_name": "Naam"})
    listing = tmp_path / "met-naam.csv"
    day = f"{TODAY - timedelta(days=1):%d-%m-%Y}"
    listing.write_text(f"BSN;Ontslag;Naam\n111222333;{day};Maria Lopez Garcia\n"  # no split needed
                       f"123456782;{day};\"van 't HEK-MULLER, Noël\"\n"  # case, accents and order aside
                       f"999990019;{day};Jan Jansens\n", encoding="utf-8")  # not the client's surname
    result = import_releases(workspace, listing, mapping, today=TODAY)
    assert result.released == (2, 3)
    assert [(row.line, row.review) for row in result.reviews] == [(4, ReviewReason.OTHER_NAME)]


def test_reading_the_same_list_again_changes_nothing(workspace: OpenWorkspace, tmp_path: Path) -> None:
    _people(workspace)
    day = TODAY - timedelta(days=1)
    listing = _list(tmp_path, f"111222333;Jansen;PI Vught;{day:%d-%m-%Y};;",
                    f"123456782;;PI Grave;;PI Zwolle;{TODAY:%d-%m-%Y}")
    first = import_releases(workspace, listing, today=TODAY)
    assert (first.released, first.transferred) == ((2,), (3,))
    entries = audit_rows(workspace)
    assert [(entry["action"], entry["record_type"]) for entry in entries[-3:]] == [
        ("update", "detention"), ("update", "case"), ("update", "detention")]
    state = _detentions(workspace)
    again = import_releases(workspace, listing, today=TODAY)
    assert again.already_done == (2, 3) and not again.case_ids
    assert _detentions(workspace) == state and len(audit_rows(workspace)) == len(entries)


def test_an_error_that_stops_the_import_leaves_no_half_changes(
        workspace: OpenWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _people(workspace)
    before = _detentions(workspace)
    applied = releases._apply

    def fail_on_the_second(uow, actor, case, release, today):  # type: ignore[no-untyped-def]
        if release.row.line == 3:
            raise RuntimeError("disk full")
        return applied(uow, actor, case, release, today)

    monkeypatch.setattr(releases, "_apply", fail_on_the_second)
    listing = _list(tmp_path, f"111222333;;;{TODAY:%d-%m-%Y};;", f"123456782;;;{TODAY:%d-%m-%Y};;")
    with pytest.raises(RuntimeError):
        import_releases(workspace, listing, today=TODAY)
    assert _detentions(workspace) == before


def test_a_release_after_today_and_an_empty_row_are_refused(workspace: OpenWorkspace, tmp_path: Path) -> None:
    _people(workspace)
    result = import_releases(workspace, _list(tmp_path, f"111222333;;;{TODAY + timedelta(days=1):%d-%m-%Y};;",
                                              "123456782;;;;;", "123456782;;;31-02-2024;;"), today=TODAY)
    assert result.refused == (RowProblem(2, "actual_release", "release_in_future"),
                              RowProblem(3, "actual_release", "required"),
                              RowProblem(4, "actual_release", "date_not_exist"))


def test_a_list_without_a_release_column_is_refused_whole(workspace: OpenWorkspace, tmp_path: Path) -> None:
    path = tmp_path / "lijst.csv"
    path.write_text("BSN;PI\n111222333;PI Vught\n", encoding="utf-8")
    with pytest.raises(TerugkeerError) as refused:
        import_releases(workspace, path, today=TODAY)
    assert refused.value.code == "releases_columns_missing" and "Datum einde detentie" in str(refused.value.params)
    own = ColumnMapping("Injus einde detentie", {"bsn": "Burgerservicenummer", "actual_release": "Ontslagdatum"})
    path.write_text("Burgerservicenummer;Ontslagdatum;Opmerking\n999990032;01-06-2024;x\n", encoding="utf-8")
    result = import_releases(workspace, path, own, today=TODAY)
    assert result.unused_columns == ("Opmerking",) and result.reviews[0].review is ReviewReason.UNKNOWN_BSN


# --- a back office's monitor rebuilt from the prison system's lists alone ---------------------------------------


def _bsn(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        check = sum(digit * (9 - position) for position, digit in enumerate(digits)) % 11
        if check < 10:
            return "".join(map(str, digits)) + str(check)


def test_notifications_and_releases_of_three_years_give_the_yearly_outflow_by_hand(
        workspace: OpenWorkspace, tmp_path: Path) -> None:
    """3 years × 10 people, seeded: each notified in their year, 8 of each year's 10 released (some in the next
    year), 2 still detained on the day of import; a transfer on the way for every fifth."""
    rng = random.Random(14)
    notifications = ["Achternaam;Voornamen;Geboortedatum;BSN;PI;Begin detentie;Datum melding"]
    ends = []
    released_years: Counter[int] = Counter()
    for year in (2021, 2022, 2023):
        for person in range(10):
            bsn, start = _bsn(rng), date(year, 1, 1) + timedelta(days=rng.randint(0, 360))
            notifications.append(f"Persoon{year}{person};Jan;01-01-1980;{bsn};PI Vught;{start:%d-%m-%Y};"
                                 f"{start + timedelta(days=2):%d-%m-%Y}")
            if person % 5 == 0:
                ends.append(f"{bsn};;PI Vught;;PI Zwolle;{start + timedelta(days=5):%d-%m-%Y}")
            if person < 8:
                release = min(start + timedelta(days=rng.randint(10, 200)), TODAY)
                ends.append(f"{bsn};Persoon{year}{person};;{release:%d-%m-%Y};;")
                released_years[release.year] += 1
    listing = tmp_path / "meldingen.csv"
    listing.write_text("\n".join(notifications) + "\n", encoding="utf-8")
    with_dates = ColumnMapping("Injus meldingen", {
        "surname": "Achternaam", "given_names": "Voornamen", "date_of_birth": "Geboortedatum", "bsn": "BSN",
        "prison": "PI", "detention_start": "Begin detentie", "notified_on": "Datum melding"})
    imported = import_notifications(workspace, listing, with_dates, today=TODAY)
    assert imported.imported == 30 and not imported.refused
    result = import_releases(workspace, _list(tmp_path, *ends), today=TODAY)
    assert len(result.released) == 24 and len(result.transferred) == 6 and not result.reviews

    years = range(min(released_years), max(released_years) + 1)
    by_hand = {year: released_years[year] for year in years}
    outflow = monitor_figures(workspace, Period.year(2023)).outflow
    assert {year: figure.value for year, figure in outflow.per_year.items()} == by_hand
    assert outflow.mean == statistics.mean(by_hand.values())
    assert outflow.mean_last_two == statistics.mean(list(by_hand.values())[-2:])
    assert yearly_outflow(case_facts(workspace)).per_year.keys() == by_hand.keys()
    assert sum(by_hand.values()) == 24
