"""The monitor reads its facts from a real encrypted workspace: every case, its dates and domain statuses."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text

from app.demo.workspace import create_demo_workspace
from app.monitor.figures import Period, load_case_facts, monitor
from app.workspace.keyfile import KdfParams


def test_facts_of_a_demo_workspace_match_its_tables(tmp_path: Path, fast_kdf: KdfParams) -> None:
    demo = create_demo_workspace(tmp_path / "demo", "demo passphrase for tests", 80, kdf=fast_kdf)
    try:
        with demo.unit_of_work() as uow:
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
    finally:
        demo.lock()
