"""The monitor's tables say what they count: the yearly outflow is headed "alle jaren" and its means name their
years, a released case with nothing assessed at release is "niet beoordeeld" (not "0 op orde"), and a grouping
without groups is a sentence, not an empty header."""

from __future__ import annotations

from datetime import date

from app.monitor.figures import CaseFacts, Period, monitor, yearly_outflow
from app.monitor.tables import Table, monitor_tables


def _released(case_id: str, on: date, **domains: str) -> CaseFacts:
    return CaseFacts(case_id=case_id, prison="PI Vught", coordinator="", target_groups=frozenset(),
                     direction="coordinator", notified_on=on, released_on=on,
                     domains={("release", domain): status for domain, status in domains.items()})


# Released: one in 2021, none in 2022, two in 2023, three in 2024; of 2024's, one has nothing assessed at release.
CASES = [_released("a", date(2021, 3, 1)), *(_released(f"b{n}", date(2023, 5, n + 1)) for n in range(2)),
         _released("c0", date(2024, 2, 1), housing="geregeld", debts="hulpvraag"),
         _released("c1", date(2024, 3, 1), housing="hulpvraag"), _released("c2", date(2024, 4, 1))]


def _tables(period: Period, per_group: dict[str, dict[str, object]] | None = None) -> dict[str, Table]:
    report = monitor(CASES, period)
    return {table.title: table for table in monitor_tables(report, yearly_outflow(CASES), threshold=1,
                                                           per_group=per_group)}  # type: ignore[arg-type]


def test_the_outflow_is_of_all_years_whatever_the_period_and_says_so() -> None:
    for period in (Period.month(2024, 2), Period.year(2021)):
        outflow = _tables(period)["Uitstroom per jaar (alle jaren, 2021 t/m 2024)"]
        assert outflow.rows == ((2021, 1), (2022, 0), (2023, 2), (2024, 3),
                                ("Gemiddelde alle jaren (2021 t/m 2024)", 1.5),
                                ("Gemiddelde laatste twee jaar (2023 en 2024)", 2.5))


def test_a_released_case_with_nothing_assessed_at_release_is_not_assessed_not_zero_in_order() -> None:
    results = _tables(Period.year(2024))["Resultaat bij vrijlating: basisvoorwaarden op orde"]
    assert dict(results.rows) == {5: 0, 4: 0, 3: 0, 2: 0, 1: 1, 0: 1, "niet beoordeeld": 1}


def test_a_grouping_without_groups_is_a_sentence() -> None:
    report = monitor(CASES, Period.year(2024))
    tables = _tables(Period.year(2024), {"Doelgroep": {}, "PI": {"PI Vught": report}})
    empty = tables["Per doelgroep"]
    assert (empty.header, empty.rows) == ((), ())
    assert empty.note == "Geen trajecten met een doelgroep: er is niets per doelgroep te tellen."
    assert tables["Per PI"].header[0] == "PI" and tables["Per PI"].note == ""


def test_no_release_at_all_says_so_instead_of_an_empty_outflow() -> None:
    table = monitor_tables(monitor([], Period.year(2024)), yearly_outflow([]))[-1]
    assert (table.title, table.header, table.rows) == ("Uitstroom per jaar (alle jaren)", (), ())
    assert table.note == "Nog niemand vrijgekomen: er is geen uitstroom te tellen."
