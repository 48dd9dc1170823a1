"""The monitor's figures against a small dataset computed by hand (the comments say how)."""

from __future__ import annotations

from datetime import date

import pytest

from app.monitor.figures import (
    CaseFacts,
    Period,
    by_prison,
    by_target_group,
    grouped,
    monitor,
    suppressed,
    yearly_outflow,
)

D = date
Q1 = Period.quarter(2025, 1)  # 01-01-2025 .. 31-03-2025


def case(case_id: str, **values: object) -> CaseFacts:
    base: dict[str, object] = {"prison": "PI Vught", "coordinator": "A", "target_groups": frozenset(),
                               "direction": "coordinator"}
    base.update(values)
    return CaseFacts(case_id, **base)  # type: ignore[arg-type]


def at_release(*arranged: str, need: tuple[str, ...] = ()) -> dict[tuple[str, str], str]:
    statuses = {("release", domain): "geregeld" for domain in arranged}
    statuses.update({("release", domain): "hulpvraag" for domain in need})
    return statuses


CASES = [
    # c1: notified, contacted in detention, released in Q1, offered and accepted; 14 days to intake, 20 to plan
    case("c1", notified_on=D(2025, 1, 2), contact_on=D(2025, 1, 5), intake_on=D(2025, 1, 16), plan_on=D(2025, 1, 22),
         aftercare_on=D(2025, 2, 1), released_on=D(2025, 2, 1), aftercare_offered=True,
         domains={**at_release("id_document", "housing", "income_work", "debts", "care"),
                  ("intake", "housing"): "hulpvraag"},
         target_groups=frozenset({"pga"})),
    # c2: notified in Q1, contact after release (not in detention), released in Q1, offered, not accepted
    case("c2", notified_on=D(2025, 1, 10), contact_on=D(2025, 3, 1), released_on=D(2025, 2, 20),
         aftercare_offered=True, direction="social_team", domains=at_release("id_document", need=("housing",)),
         target_groups=frozenset({"pga", "isd"})),
    # c3: notified in Q1, contacted, not released yet; 40 days to intake
    case("c3", notified_on=D(2025, 2, 1), contact_on=D(2025, 2, 3), intake_on=D(2025, 3, 13), direction="probation",
         prison="PI Zwolle"),
    # c4: notified last year, released in Q1 without contact; closed in Q1 after 100 days
    case("c4", notified_on=D(2024, 12, 1), released_on=D(2025, 1, 15), closed_on=D(2025, 3, 11), prison="PI Zwolle"),
    # c5: everything outside Q1 (released in 2023)
    case("c5", notified_on=D(2023, 5, 1), contact_on=D(2023, 5, 2), released_on=D(2023, 6, 1)),
]


def test_counts_reach_and_acceptance() -> None:
    report = monitor(CASES, Q1)
    assert report.notified.case_ids == ("c1", "c2", "c3")
    assert report.contacted_in_detention.case_ids == ("c1", "c3")  # c2 was contacted after release
    assert report.released.case_ids == ("c1", "c2", "c4")
    assert report.reached.case_ids == ("c1",)
    assert report.reach.percentage == pytest.approx(100 / 3)
    assert (report.offered.case_ids, report.accepted.case_ids) == (("c1", "c2"), ("c1",))
    assert report.acceptance.percentage == 50
    assert {name: f.value for name, f in report.direction.items()} == {
        "coordinator": 1, "social_team": 1, "specialist": 0, "probation": 1, "other": 0}


def test_throughput_medians_and_distribution() -> None:
    report = monitor(CASES, Q1)
    assert report.to_intake.days == (14, 40) and report.to_intake.median == 27  # (14 + 40) / 2
    assert report.to_plan.days == (20,) and report.to_plan.median == 20
    assert report.to_close.days == (100,)  # c4: 01-12-2024 → 11-03-2025
    assert {label: f.case_ids for label, f in report.to_intake.buckets} == {
        "0-7": (), "8-14": ("c1",), "15-30": (), "31-60": ("c3",), "61+": ()}


def test_results_and_situation_per_domain() -> None:
    report = monitor(CASES, Q1)
    # released in Q1: c1 (5 in order), c2 (1 in order: id_document), c4 (nothing assessed: not "0 in order")
    assert {count: f.case_ids for count, f in report.results.items() if f.value} == {5: ("c1",), 1: ("c2",)}
    assert report.unassessed.case_ids == ("c4",)
    housing_at_release = report.situation["release"]["housing"]
    assert (housing_at_release["geregeld"].case_ids, housing_at_release["hulpvraag"].case_ids) == (("c1",), ("c2",))
    assert report.situation["intake"]["housing"]["hulpvraag"].case_ids == ("c1",)
    assert report.situation["end"]["housing"]["geregeld"].value == 0


def test_groups_per_prison_and_target_group() -> None:
    per_prison = grouped(CASES, Q1, by_prison)
    assert list(per_prison) == ["PI Vught", "PI Zwolle"]
    assert per_prison["PI Zwolle"].notified.case_ids == ("c3",)
    assert per_prison["PI Zwolle"].released.case_ids == ("c4",)
    per_group = grouped(CASES, Q1, by_target_group)
    assert {name: r.notified.case_ids for name, r in per_group.items()} == {"isd": ("c2",), "pga": ("c1", "c2")}


def test_yearly_outflow_with_multi_year_means() -> None:
    outflow = yearly_outflow(CASES)
    assert {year: f.value for year, f in outflow.per_year.items()} == {2023: 1, 2024: 0, 2025: 3}
    assert outflow.mean == pytest.approx(4 / 3)
    assert outflow.mean_last_two == 1.5
    assert (outflow.mean_years, outflow.last_two_years) == ((2023, 2024, 2025), (2024, 2025))


def test_periods() -> None:
    assert Period.month(2024, 2) == Period(D(2024, 2, 1), D(2024, 2, 29))
    assert Period.quarter(2025, 4) == Period(D(2025, 10, 1), D(2025, 12, 31))
    assert D(2025, 12, 31) in Period.year(2025) and D(2026, 1, 1) not in Period.year(2025)


@pytest.mark.parametrize(("value", "expected"), [(0, 0), (1, None), (4, None), (5, 5), (120, 120)])
def test_small_cells_are_suppressed(value: int, expected: int | None) -> None:
    assert suppressed(value, 5) == expected
    assert suppressed(2, 3) is None and suppressed(3, 3) == 3
