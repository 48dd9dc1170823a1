"""The back office's register over 100,000 cases in a real encrypted workspace: opened as the app opens it, then
searched and filtered key by key, with every row shown checked against the cases written. Correctness only; the
speed is `make bench`'s to show.

The cases are fictional (tests/many_cases.py): 100,000 of years of a back office, with ASCII names, and a few
placed by hand whose names, BSNs and PIs the searches look for. What each search should show is worked out from
the cases written: exactly for the hand-placed ones, and for a search that finds many with the rule the search
follows (every folded word in the name or the PI; a BSN by all nine digits or the last three).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from many_cases import FictionalCase, fictional_cases, valid_bsns, write_cases
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.domain import CaseStatus, WorkspaceKind
from app.settings import Settings
from app.workspace.folder import EmbeddedWorkspace, create_workspace, unlock
from app.workspace.keyfile import KdfParams
from db.folding import fold
from ui.context import WorkspaceContext
from ui.operations import Operations
from ui.register.screen import ONGOING, RegisterScreen

pytestmark = pytest.mark.slow

FILLER = 100_000
PASSPHRASE = "correct horse battery staple"
FAST_KDF = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)  # as tests/conftest.py's fast_kdf
TODAY = date.today()


def _placed(given_names: str, prefix: str, surname: str, bsn: str, prison: str, status: CaseStatus,
            coordinator: str) -> FictionalCase:
    released = status in (CaseStatus.AFTERCARE, CaseStatus.CLOSED)
    release = TODAY - timedelta(days=400 if status is CaseStatus.CLOSED else 20) if released \
        else TODAY + timedelta(days=45)
    return FictionalCase(given_names, prefix, surname, date(1991, 3, 14), bsn, prison, release - timedelta(days=120),
                         release, released, status, coordinator)


_BSNS = valid_bsns(998_000_000)  # far from the filler's, which start at 990,000,000
# Two clients with the same name, one of them with a closed case; a name and a PI with the ĳ ligature; diacritics;
# the last two in PIs that none of the filler cases is in.
ZOE = _placed("Zoë", "", "Ĳsselmeer-Łukasiewicz", next(_BSNS), "PI Vught", CaseStatus.PLAN, "Anouk Verbeek")
ZOE_CLOSED = _placed("Zoë", "", "Ĳsselmeer-Łukasiewicz", next(_BSNS), "PI Zwolle", CaseStatus.CLOSED, "Sem Bakker")
NOEL = _placed("Noël", "van 't", "Hek-Müller", next(_BSNS), "PI Nieuwersluis", CaseStatus.AFTERCARE, "Lieke Mulder")
DAAN = _placed("Daan", "", "Jansen", next(_BSNS), "PI Krimpen aan den IJssel", CaseStatus.NOTIFIED, "")
PLACED = (ZOE, ZOE_CLOSED, NOEL, DAAN)


@dataclass(frozen=True)
class Register:
    """The workspace, unlocked, and every case written into it."""

    workspace: EmbeddedWorkspace
    cases: list[FictionalCase]

    def bsns(self, wanted: Callable[[FictionalCase], bool]) -> list[str]:
        """The BSNs of the cases `wanted` among those the default status filter, "Ongoing", shows: all but closed."""
        return sorted(case.bsn for case in self.cases if wanted(case) and case.status is not CaseStatus.CLOSED)


def finds_words(text: str) -> Callable[[FictionalCase], bool]:
    """Whether every folded word of `text` is in the case's folded name and PI: the rule the search follows."""
    words = fold(text).split()

    def found(case: FictionalCase) -> bool:
        key = fold(f"{case.given_names} {case.surname_prefix} {case.surname} {case.prison}")
        return all(word in key for word in words)

    return found


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    """A back office made as the app makes one, with FILLER fictional cases and the placed ones, unlocked with its
    passphrase; made once for this module."""
    folder = tmp_path_factory.mktemp("register-100k") / "office"
    made = create_workspace(folder, kind=WorkspaceKind.BACKOFFICE, municipality="Teststad",
                            user_name="Backoffice Teststad", passphrase=PASSPHRASE, kdf=FAST_KDF)
    data_key = made.data_key
    made.lock()
    cases = [*fictional_cases(FILLER, TODAY), *PLACED]
    write_cases(folder, data_key, cases, TODAY)
    workspace = unlock(folder, PASSPHRASE)
    yield Register(workspace, cases)
    workspace.lock()


@pytest.fixture
def screen(qtbot: QtBot, register: Register, tmp_path: Path) -> Iterator[RegisterScreen]:
    """The register screen, loaded as the app loads it (off the GUI thread), with its default filter "Ongoing"."""
    operations = Operations()
    widget = RegisterScreen(WorkspaceContext(register.workspace, operations, Settings(), tmp_path / "config"))
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=120_000):
        widget.load()
    yield widget
    operations.wait_until_idle()


def shown_bsns(screen: RegisterScreen) -> list[str]:
    model = screen.model
    return sorted(row.bsn for position in range(model.rowCount())
                  if (row := model.row_at(model.index(position, 0))) is not None)


def retype(qtbot: QtBot, screen: RegisterScreen, text: str) -> None:
    """Empty the search field as a user does (select all, delete), then type `text` key by key."""
    qtbot.keyClick(screen.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(screen.search, Qt.Key.Key_Delete)
    qtbot.keyClicks(screen.search, text)


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_the_register_of_100000_cases_shows_what_each_search_finds(
        qtbot: QtBot, screen: RegisterScreen, register: Register) -> None:
    total = len(register.cases)
    ongoing = register.bsns(lambda _case: True)
    assert screen.count_label.text() == f"{len(ongoing)} of {total} cases"
    assert shown_bsns(screen) == ongoing
    # The rows read back as written: name, date of birth, PI, release date, status, coordinator.
    [zoe] = [row for position in range(screen.model.rowCount())
             if (row := screen.model.row_at(screen.model.index(position, 0))) is not None and row.bsn == ZOE.bsn]
    assert (zoe.name, zoe.date_of_birth, zoe.prison, zoe.release_date, zoe.status, zoe.coordinator) == (
        "Ĳsselmeer-Łukasiewicz, Zoë", ZOE.date_of_birth, "PI Vught", ZOE.expected_release, CaseStatus.PLAN,
        "Anouk Verbeek")
    screen.focus_search()

    # A name with diacritics and a ligature, by its folded form; the closed case of the same name stays hidden.
    retype(qtbot, screen, "zoe ijsselmeer")
    assert shown_bsns(screen) == [ZOE.bsn]
    assert screen.count_label.text() == f"1 of {total} cases"
    retype(qtbot, screen, "HEK muller")
    assert shown_bsns(screen) == [NOEL.bsn]
    # "ijssel" is in a name and in a PI.
    retype(qtbot, screen, "ijssel")
    assert shown_bsns(screen) == sorted([ZOE.bsn, DAAN.bsn])

    # A BSN by all nine digits, as written with dots; by the last three digits, typed key by key: one and two
    # digits find nothing (they could reveal hidden digits), the third finds every case that ends so.
    retype(qtbot, screen, f"{NOEL.bsn[:4]}.{NOEL.bsn[4:6]}.{NOEL.bsn[6:]}")
    assert shown_bsns(screen) == [NOEL.bsn]
    end = ZOE.bsn[-3:]
    retype(qtbot, screen, end[:2])
    assert shown_bsns(screen) == []
    qtbot.keyClicks(screen.search, end[2])
    ending = register.bsns(lambda case: case.bsn.endswith(end))
    assert ZOE.bsn in ending and len(ending) > 2
    assert shown_bsns(screen) == ending

    # A search that narrows as it is typed, and widens again with Backspace.
    retype(qtbot, screen, "pi")
    with_pi = register.bsns(finds_words("pi"))
    assert shown_bsns(screen) == with_pi
    qtbot.keyClicks(screen.search, " v")
    with_pi_v = register.bsns(finds_words("pi v"))
    assert 0 < len(with_pi_v) < len(with_pi)
    assert shown_bsns(screen) == with_pi_v
    qtbot.keyClicks(screen.search, "ught")
    assert shown_bsns(screen) == register.bsns(lambda case: case.prison == "PI Vught")
    for _ in "ught v":
        qtbot.keyClick(screen.search, Qt.Key.Key_Backspace)
    assert screen.search.text() == "pi"
    assert shown_bsns(screen) == with_pi

    # Nothing found: a word no case has.
    retype(qtbot, screen, "xyzzy")
    assert shown_bsns(screen) == []
    assert screen.count_label.text() == f"No cases found ({total} in all)"

    # The status filter: every status shows the closed case of the same name too.
    retype(qtbot, screen, "zoe ijsselmeer")
    choose(screen.status_filter, None)
    assert shown_bsns(screen) == sorted([ZOE.bsn, ZOE_CLOSED.bsn])
    choose(screen.status_filter, CaseStatus.CLOSED.value)
    assert shown_bsns(screen) == [ZOE_CLOSED.bsn]
    choose(screen.status_filter, ONGOING)

    # The back office's PI filter, alone and with a search.
    back_office = screen.back_office
    assert back_office is not None
    prison = back_office.bar.prison
    assert prison.findData("PI Nieuwersluis") >= 0 and prison.findData("PI Zwolle") >= 0
    retype(qtbot, screen, "")
    choose(prison, "PI Nieuwersluis")
    assert shown_bsns(screen) == [NOEL.bsn]
    choose(prison, "PI Zwolle")
    in_zwolle = register.bsns(lambda case: case.prison == "PI Zwolle")
    assert shown_bsns(screen) == in_zwolle
    assert screen.count_label.text() == f"{len(in_zwolle)} of {total} cases"
    qtbot.keyClicks(screen.search, "jan")
    assert shown_bsns(screen) == register.bsns(lambda case: case.prison == "PI Zwolle" and finds_words("jan")(case))
    choose(prison, None)
    assert shown_bsns(screen) == register.bsns(finds_words("jan"))
