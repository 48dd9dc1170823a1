"""The monitor reads a real back office, embedded and on the server: every case, its dates and domain statuses as
facts, and the same figures counted by the database."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from app.demo.workspace import fill_with_demo_cases
from app.monitor.counted import figure_cases, monitor_figures
from app.monitor.figures import Grouping, Period, load_case_facts, monitor
from app.workspace.session import OpenWorkspace


def test_facts_of_a_demo_workspace_match_its_tables(office: OpenWorkspace) -> None:
    fill_with_demo_cases(office, 80)
    with office.unit_of_work() as uow:
        facts = load_case_facts(uow)
        year = date.today().year
        released = uow.session.execute(text(
            "SELECT count(*) FROM detention WHERE actual_release_date BETWEEN :start AND :end"),
            {"start": date(year, 1, 1), "end": date(year, 12, 31)}).scalar()
        assessed = uow.session.execute(text("SELECT count(DISTINCT case_id) FROM domain_assessment")).scalar()
    assert len(facts) == 80
    assert monitor(facts, Period.year(year)).released.value == released
    assert sum(1 for fact in facts if fact.domains) == assessed
    assert any(fact.aftercare_offered for fact in facts)


def test_the_counted_figures_of_a_demo_workspace_are_its_facts_figures(office: OpenWorkspace) -> None:
    fill_with_demo_cases(office, 120, today=date(2025, 12, 31))
    period = Period.year(2025)
    with office.unit_of_work() as uow:
        expected = monitor(load_case_facts(uow), period)
    counted = monitor_figures(office, period, (Grouping.PRISON,))
    assert expected.released.value > 5 and expected.offered.value > 0  # else this would prove little
    for key in ("notified", "contacted_in_detention", "released", "reached", "offered", "accepted"):
        assert getattr(counted.report, key).value == getattr(expected, key).value, key
        assert figure_cases(office, getattr(counted.report, key)) == getattr(expected, key).case_ids, key
    assert counted.report.to_intake.days == expected.to_intake.days
    assert {moment: {domain: {status: figure.value for status, figure in statuses.items()}
                     for domain, statuses in domains.items()}
            for moment, domains in counted.report.situation.items()} == {
        moment: {domain: {status: figure.value for status, figure in statuses.items()}
                 for domain, statuses in domains.items()} for moment, domains in expected.situation.items()}
    assert sum(report.released.value for report in counted.per_group[Grouping.PRISON].values()) == \
        expected.released.value
