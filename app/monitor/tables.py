"""The monitor as the aggregate tables a municipality reports: Dutch headings, small cells suppressed.

These tables are what leaves the workspace (CSV, XLSX and the evaluation report PDF), so every count from 1 up to
the threshold is shown as "<threshold", and a percentage over fewer cases than the threshold is left out: no person
can be recognised in them. The cases behind a figure never leave; only the screens list them.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.casework.intake import DomainStatus, Moment
from app.domain import CaseDirection, TargetGroup
from app.monitor.figures import BASIC_CONDITIONS, MonitorReport, Rate, YearlyOutflow, suppressed
from app.pdf.labels import CASE_DIRECTION, DOMAIN_STATUS, TARGET_GROUP, dutch_date
from app.spreadsheet import Cell

DOMAIN_LABELS = {"id_document": "ID-bewijs", "housing": "Huisvesting", "income_work": "Inkomen / werk",
                 "debts": "Schulden", "care": "Zorg"}
NOT_ASSESSED = "niet beoordeeld"
MOMENT_LABELS = {Moment.INTAKE.value: "bij intake", Moment.RELEASE.value: "bij vrijlating",
                 Moment.END.value: "einde nazorg"}


@dataclass(frozen=True)
class Table:
    """A titled table; a table with nothing to show has no header and no rows, and says why in `note`."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""


class _Cells:
    """Turns counts and rates into what may be shown at this threshold."""

    def __init__(self, threshold: int) -> None:
        self.threshold = threshold

    def count(self, value: int) -> Cell:
        shown = suppressed(value, self.threshold)
        return f"<{self.threshold}" if shown is None else shown

    def rate(self, rate: Rate) -> Cell:
        if rate.percentage is None or rate.whole.value < self.threshold or \
                suppressed(rate.part.value, self.threshold) is None:
            return None
        return round(rate.percentage, 1)

    def median(self, days: tuple[int, ...], median: float | None) -> Cell:
        return None if median is None or len(days) < self.threshold else round(median, 1)


def monitor_tables(report: MonitorReport, outflow: YearlyOutflow, threshold: int = 5,
                   per_group: dict[str, dict[str, MonitorReport]] | None = None) -> list[Table]:
    """Every table of the report for its period; `per_group` adds, per grouping ("PI", "Doelgroep", ...), the
    core figures per group."""
    cells = _Cells(threshold)
    tables = [
        Table("Kerncijfers", ("Cijfer", "Aantal"), (
            ("Aangemeld", cells.count(report.notified.value)),
            ("Contact in detentie", cells.count(report.contacted_in_detention.value)),
            ("Vrijgekomen", cells.count(report.released.value)),
            ("Bereikt vóór vrijlating", cells.count(report.reached.value)),
            ("Bereik (%)", cells.rate(report.reach)),
            ("Vrijwillige nazorg aangeboden", cells.count(report.offered.value)),
            ("Vrijwillige nazorg aanvaard", cells.count(report.accepted.value)),
            ("Aanvaard (%)", cells.rate(report.acceptance)),
        )),
        Table("Casusregie (aangemelde trajecten)", ("Casusregie", "Aantal"), tuple(
            (CASE_DIRECTION[CaseDirection(name)], cells.count(figure.value))
            for name, figure in report.direction.items())),
        Table("Doorlooptijden vanaf aanmelding (dagen)",
              ("Stap", "Aantal", "Mediaan", *(label for label, _ in report.to_intake.buckets)), tuple(
                  (step, cells.count(len(duration.days)), cells.median(duration.days, duration.median),
                   *(cells.count(figure.value) for _label, figure in duration.buckets))
                  for step, duration in (("Intake", report.to_intake), ("Plan van aanpak", report.to_plan),
                                         ("Afsluiting", report.to_close)))),
        Table("Resultaat bij vrijlating: basisvoorwaarden op orde", ("Op orde (van 5)", "Trajecten"), (
            *((count, cells.count(figure.value)) for count, figure in sorted(report.results.items(), reverse=True)),
            (NOT_ASSESSED, cells.count(report.unassessed.value)))),
        Table("Situatie per leefgebied (vrijgekomen)",
              ("Leefgebied", "Moment", *(DOMAIN_STATUS[status] for status in DomainStatus)), tuple(
                  (DOMAIN_LABELS[domain], MOMENT_LABELS[moment],
                   *(cells.count(report.situation[moment][domain][status.value].value) for status in DomainStatus))
                  for domain in BASIC_CONDITIONS for moment in MOMENT_LABELS)),
        _outflow_table(outflow, cells),
    ]
    for grouping, reports in (per_group or {}).items():
        named = grouping if grouping.isupper() else grouping.lower()
        if not reports:
            tables.append(Table(f"Per {named}", (), (), f"Geen trajecten met een {named}: er is niets per "
                                                        f"{named} te tellen."))
            continue
        tables.append(Table(f"Per {named}", (grouping, "Aangemeld", "Vrijgekomen", "Bereikt", "Bereik (%)"), tuple(
            (_group_name(name), cells.count(r.notified.value), cells.count(r.released.value),
             cells.count(r.reached.value), cells.rate(r.reach))
            for name, r in reports.items())))
    return tables


def outflow_heading(outflow: YearlyOutflow) -> str:
    """The outflow's title: it counts every year in the workspace, not the period chosen, and says so."""
    years = outflow.mean_years
    if not years:
        return "Uitstroom per jaar (alle jaren)"
    return f"Uitstroom per jaar (alle jaren, {years_text(years)})"


def years_text(years: tuple[int, ...]) -> str:
    """"2019 t/m 2025", "2024 en 2025" or "2025"."""
    if len(years) == 1:
        return str(years[0])
    if len(years) == 2:
        return f"{years[0]} en {years[1]}"
    return f"{years[0]} t/m {years[-1]}"


def _outflow_table(outflow: YearlyOutflow, cells: _Cells) -> Table:
    """Released residents per year over all years, with the means naming the years they were taken over."""
    if not outflow.per_year:
        return Table(outflow_heading(outflow), (), (), "Nog niemand vrijgekomen: er is geen uitstroom te tellen.")
    return Table(outflow_heading(outflow), ("Jaar", "Vrijgekomen"), (
        *((year, cells.count(figure.value)) for year, figure in sorted(outflow.per_year.items())),
        (f"Gemiddelde alle jaren ({years_text(outflow.mean_years)})", _mean(outflow.mean)),
        (f"Gemiddelde laatste twee jaar ({years_text(outflow.last_two_years)})", _mean(outflow.mean_last_two))))


def _group_name(name: str) -> str:
    """A group as people read it: target groups in words; an empty coordinator as "(geen)"."""
    if name in TargetGroup.__members__.values():
        return TARGET_GROUP[TargetGroup(name)]
    return name or "(geen)"


def period_label(report: MonitorReport) -> str:
    return f"{dutch_date(report.period.start)} t/m {dutch_date(report.period.end)}"


def _mean(value: float | None) -> Cell:
    return None if value is None else round(value, 1)
