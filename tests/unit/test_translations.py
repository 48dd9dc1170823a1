"""The Dutch translation (resources/translations/terugkeer_nl.ts) is complete, keeps every placeholder and mnemonic,
and is up to date with the English source strings in ui/.

Only the XML is read here (no Qt widgets). The freshness test runs pyside6-lupdate on a temporary copy of the .ts, so
a developer who adds a string to ui/ without translating it gets a red test that names the string.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "terugkeer_nl.ts"
# The English singular of the counted (numerus) messages; English is the source language, written in the plural.
ENGLISH_NUMERUS_FILE = ROOT / "resources" / "translations" / "numerus_en.ts"

# {name} placeholders for str.format, and Qt's %n / %1 .. %99.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d{1,2}")


def _in(context: str, sources: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(context, source) for source in sources]


# Strings whose mnemonic letters must differ because they are visible at the same time (same window, dialog or
# page). Each group lists (context, source); the main window's menu bar shares Alt+letter with the screen it shows.
MENU_BAR = [("MainWindow", "&File"), ("MainWindow", "&View"), ("MainWindow", "&Settings")]
INTAKE_FRAME = [*MENU_BAR, *_in("IntakeScreen", ("Back", "Previous", "Next"))]
# The consent screen: its buttons and the consent form on the right. The record button reads "Re&cord consent" or,
# while a new version is being made (with "Cancel new versi&on" shown), "Re&cord new version".
CONSENT_FRAME = [*MENU_BAR, *_in("ConsentScreen", (
    "&Add legal basis…", "&End legal basis…", "Re&move legal basis", "&New version", "Revo&ke…",
    "Cancel new versi&on")), *_in("ConsentForm", (
    "&Purposes", "Which kinds of &data may go to which recipient?", "&How was consent given?", "&Given on", "&Witness",
    "Valid &until"))]
ACTIONS_EDITOR = _in("ActionsEditor", ("Add action", "What", "Who", "Due date", "Done", "Remove"))
MNEMONIC_GROUPS: dict[str, list[tuple[str, str]]] = {
    "menu bar": MENU_BAR,
    "File menu": [("MainWindow", "&New client and case"), ("MainWindow", "&Find in register"),
                  *_in("WorkspaceMenu", ("&Open workspace…", "&Recent workspaces", "Ne&w workspace…", "Try the &demo")),
                  ("MainWindow", "&Lock"), ("MainWindow", "&Quit")],
    "demo menu": _in("WorkspaceMenu", ("As a &coordinator (laptop)", "As the &back office")),
    "View menu": [("MainWindow", "&Register"), ("MainWindow", "&Audit log"), ("MainWindow", "&Synchronisation"),
                  ("MainWindow", "&Notifications"), ("MainWindow", "&Monitor"),
                  ("MainWindow", "Acco&unts…"), ("MainWindow", "&Clean up this laptop…"),
                  ("MainWindow", "Retention &period…")],
    "unlock screen": [*MENU_BAR, ("UnlockScreen", "&Unlock"), ("UnlockScreen", "Unlock with the &system keyring"),
                      ("UnlockScreen", "&Account:"), ("UnlockScreen", "&Passphrase:"),
                      ("UnlockScreen", "&Other workspace…")],
    "server login screen": [*MENU_BAR, *_in("ServerLoginScreen", ("&User:", "&Password:", "&Log in"))],
    "accounts screen": [*MENU_BAR, *_in("AccountsScreen", (
        "&Add account…", "Change &roles…", "&Disable…", "New &passphrase…"))],
    "add account dialog": [*_in("AddAccountDialog", ("&Add account", "&Login:", "&Name:")),
                           *_in("PassphraseFields", ("&Passphrase:", "&Repeat:"))],
    "reset passphrase dialog": [("ResetPassphraseDialog", "&Set passphrase"),
                                *_in("PassphraseFields", ("&Passphrase:", "&Repeat:"))],
    "register screen": [*MENU_BAR, *_in("RegisterScreen", (
        "&Release within", "&New client and case", "&Print plans…", "Save pl&ans…"))],
    "register screen: back office": [*MENU_BAR, *_in("RegisterScreen", (
        "&Release within", "&New client and case", "&Print plans…", "Save pl&ans…")), *_in("OverviewFilterBar", (
        "&Coordinator:", "P&I:", "&Target group:", "Only with open &warnings")),
        ("BackOfficeRegister", "&Hand over to…")],
    "notifications screen": [*MENU_BAR, *_in("NotificationsScreen", ("&Read in notifications…", "&Assign to…"))],
    "monitor screen": [*MENU_BAR, *_in("PeriodChooser", (
        "&Period:", "&Year:", "&Month:", "&Quarter:", "Fr&om:", "&To:")), *_in("MonitorScreen", (
        "&Group by:", "E&xport…"))],
    "coordinator dialog": [("CoordinatorDialog", "&Coordinator:")],
    "audit screen": [*MENU_BAR, ("AuditScreen", "Verify audit &chain"), ("AuditScreen", "&Refresh")],
    "sync screen": [*MENU_BAR, *_in("SyncScreen", (
        "Save &key file…", "&Add device…", "&Revoke…", "&Make bundle…", "Read &in bundles…", "Read in a fol&der…",
        "Resolve &conflict…", "Clean &up laptop…"))],
    "revoke device dialog": _in("RevokeDeviceDialog", ("&Revoke device", "R&eason (required):")),
    "conflict dialog": _in("ConflictDialog", ("Keep &my version", "Take &their version", "Save &edited value")),
    "case screen": [*MENU_BAR, *(("CaseScreen", source) for source in (
        "&Given names *", "Surname &prefix", "Sur&name *", "Date of &birth *", "&Municipality of registration",
        "&Address", "Phon&e", "P&I *", "Sta&rt of detention *", "E&xpected release", "A&ctual release", "Stat&us",
        "Case &direction", "C&oordinator", "No&tes", "Access &history…", "Inta&ke and plan",
        "Consent and &legal basis"))],
    "plan preview": _in("PdfPreviewDialog", (
        "&For:", "Show full &BSN", "Fit &width", "&Versions…", "&Print…", "&Save as PDF…", "&Close")),
    "consent form preview": _in("PdfPreviewDialog", (
        "&Blank form", "F&illed in with the latest consent", "Fit &width", "&Versions…", "&Print…", "&Save as PDF…",
        "&Close")),
    "document versions dialog": _in("VersionsDialog", ("&Make again", "&Save as PDF…", "&Close")),
    "GDPR requests menu": _in("ClientRequestsButton", ("&Access request…", "&Correction…", "Correction &history…")),
    "access request dialog": _in("AccessRequestDialog", ("&Include internal notes", "&Save as PDF…")),
    "correction dialog": _in("CorrectionDialog", ("&Field:", "&New value:", "&Reason (required):", "&Correct")),
    "erasure dialog": _in("ErasureDialog", ("&Reason (required):", "&Type the case code:", "&Erase case")),
    "retention dialog": _in("RetentionDialog", ("&Erase…",)),
    "purge dialog": _in("PurgeDialog", ("&Clean up now",)),
    "consent screen": [*CONSENT_FRAME, ("ConsentScreen", "Re&cord consent")],
    "consent screen: new version": [*CONSENT_FRAME, ("ConsentScreen", "Re&cord new version")],
    "add legal basis dialog": _in("AddGroundDialog", ("&Legal basis", "&Noted on", "N&ote")),
    "end legal basis dialog": _in("EndGroundDialog", ("&Ended on",)),
    "revoke dialog": _in("RevokeDialog", ("&What is revoked?", "W&hich", "Revoked &from", "Rea&son")),
    "settings dialog": [("SettingsDialog", source) for source in (
        "Change &passphrase…", "&Rotate database key…", "&Language (after restart):", "&Auto-lock after:",
        "Extra domains in the intake checklist:")],
    "passphrase dialog": [("PassphraseDialog", source) for source in (
        "&Current passphrase:", "&New passphrase:", "&Repeat new passphrase:")],
    # The intake screen shows one step's page at a time, under the menu bar and between its Back / Previous / Next
    # buttons. None of these strings has a mnemonic yet: adding one changes the source, so this test asks for the
    # group to be updated and then checks the new letter against the rest of the page.
    "intake: personal page": [*INTAKE_FRAME, *_in("PersonalPage", (
        "Name", "Date of birth", "BSN", "PI", "Start of detention", "Expected release", "Actual release",
        "Aftercare ends", "From the notification"))],
    "intake: target group page": [*INTAKE_FRAME, ("TargetGroupPage", "Target groups"), *_in("Labels", (
        "Top X / Top600", "PGA (person-oriented approach)", "ISD / repeat offender", "Short stay (< 3 months)",
        "Long stay (> 3 months)", "Own request"))],
    "intake: domain page": [*INTAKE_FRAME, *ACTIONS_EDITOR, *_in("DomainPage", (
        "Checklist", "Situation", "Aftercare needed?", "Notes", "Follow-up actions")),
        *_in("Labels", ("At intake", "At release", "End of aftercare"))],
    "intake: triage page": [*INTAKE_FRAME, *_in("TriagePage", (
        "Assessment", "Self-reliance", "Case direction", "Reason", "Domains: is aftercare needed?")),
        *_in("Labels", ("Self-reliant", "Limited self-reliance", "Not self-reliant"))],
    "intake: plan page": [*INTAKE_FRAME, *ACTIONS_EDITOR, *_in("PlanPage", (
        "Plan status", "Situation", "Goal", "Agreements", "Agreements with the detainee", "Contact persons"))],
    "first run: choice page": [("_ChoicePage", source) for source in (
        "&Create a new workspace", "Try the &demo (fictional people only, no passphrase to choose)",
        "&Open an existing workspace folder",
        "Connect to the municipality's &server")],
    "first run: server page": [*_in("_ServerPage", ("Server &address:", "&Login:", "Office &key file:")),
                               ("_FolderPicker", "&Browse…")],
    "first run: details page": [*(("_DetailsPage", source) for source in (
        "&Kind:", "&Municipality:", "Your &name:", "&Folder:")), ("_FolderPicker", "&Browse…")],
    "first run: passphrase page": [("PassphraseFields", "&Passphrase:"), ("PassphraseFields", "&Repeat:")],
}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    translation_type: str | None
    forms: tuple[str, ...] = ()  # a counted message's singular and plural ("%n regel", "%n regels")

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"

    @property
    def texts(self) -> tuple[str, ...]:
        """Every text a user may read: the forms of a counted message, else the one translation."""
        return self.forms or (self.translation,)


def read_messages(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"[{name}] {message.findtext('source')!r} has no <translation> element"
            forms = tuple("".join(form.itertext()) for form in translation.iter("numerusform"))
            messages.append(Message(name, message.findtext("source", ""), forms[-1] if forms else
                                    "".join(translation.itertext()), translation.get("type"), forms))
    return messages


MESSAGES = read_messages(TS_FILE)
BY_KEY = {(message.context, message.source): message for message in MESSAGES}


def mnemonics(text: str) -> list[str]:
    """The letters after a single `&` (a doubled `&&` is a literal ampersand)."""
    return [match.lower() for match in re.findall(r"&(.)", text.replace("&&", "")) if match != "&"]


def test_the_file_holds_the_messages() -> None:
    assert len(MESSAGES) > 200, "did the .ts file lose its messages?"


def _report(problems: list[str]) -> str:
    return f"{len(problems)} message(s) in {TS_FILE.relative_to(ROOT)}:\n" + "\n".join(problems)


def test_every_message_is_translated() -> None:
    problems = [f"{message} is marked type={message.translation_type!r}" for message in MESSAGES
                if message.translation_type in {"unfinished", "obsolete", "vanished"}]
    problems += [f"{message} has no Dutch translation" for message in MESSAGES
                 if not all(text.strip() for text in message.texts)]
    assert not problems, _report(problems)


def test_counted_messages_have_a_singular_and_a_plural() -> None:
    """Dutch has two forms: "%n regel" for 1, "%n regels" for the rest. The singular may leave the count out
    ("Het gekozen traject overdragen aan:"); the plural keeps it."""
    counted = [message for message in MESSAGES if "%n" in message.source]
    problems = [f"{message}: {len(message.forms)} forms instead of 2" for message in counted
                if len(message.forms) != 2]
    problems += [f"{message}: the plural {message.forms[-1]!r} does not show %n" for message in counted
                 if message.forms and "%n" not in message.forms[-1]]
    assert not problems, _report(problems)


def _placeholders(text: str, counted: bool) -> list[str]:
    found = PLACEHOLDER.findall(text)
    return sorted(found if not counted else [item for item in found if item != "%n"])


def test_placeholders_are_kept() -> None:
    problems = [f"{message}: placeholders differ in {text!r}" for message in MESSAGES for text in message.texts
                if _placeholders(text, bool(message.forms)) != _placeholders(message.source, bool(message.forms))]
    assert not problems, _report(problems)


def test_mnemonics_are_kept() -> None:
    problems = [f"{message}: the number of & mnemonics differs in {text!r}" for message in MESSAGES
                for text in message.texts if len(mnemonics(text)) != len(mnemonics(message.source))]
    assert not problems, _report(problems)


def test_every_counted_message_has_its_english_singular() -> None:
    """English users read "1 entry", not "1 entries": numerus_en.ts holds the same counted messages."""
    english = {(message.context, message.source): message for message in read_messages(ENGLISH_NUMERUS_FILE)}
    counted = {(message.context, message.source) for message in MESSAGES if message.forms}
    assert set(english) == counted, (
        f"{ENGLISH_NUMERUS_FILE.name} differs from the counted messages: missing "
        f"{sorted(counted - set(english))}, not counted (any more) {sorted(set(english) - counted)}")
    wrong = [str(message) for message in english.values() if len(message.forms) != 2 or
             message.forms[-1] != message.source or not message.forms[0].strip()]
    assert not wrong, f"{ENGLISH_NUMERUS_FILE.name}: give a singular, and the source as plural: {wrong}"


def _edges(text: str) -> tuple[int, int, bool, bool]:
    """Leading and trailing whitespace, and whether the text ends in an ellipsis or a colon (before the spaces)."""
    stripped = text.rstrip()
    return len(text) - len(text.lstrip()), len(text) - len(stripped), stripped.endswith("…"), stripped.endswith(":")


def test_surrounding_spaces_and_punctuation_are_kept() -> None:
    problems = [f"{message}: spaces, '…' or ':' at the edges differ in {text!r}"
                for message in MESSAGES for text in message.texts if _edges(text) != _edges(message.source)]
    assert not problems, _report(problems)


@pytest.mark.parametrize("group", MNEMONIC_GROUPS, ids=str)
def test_no_two_visible_items_share_a_mnemonic(group: str) -> None:
    letters: dict[str, list[str]] = {}
    for key in MNEMONIC_GROUPS[group]:
        assert key in BY_KEY, f"{group}: {key} is not in the .ts file; update MNEMONIC_GROUPS"
        translation = BY_KEY[key].translation
        for letter in mnemonics(translation):
            letters.setdefault(letter, []).append(translation)
    clashes = {letter: texts for letter, texts in letters.items() if len(texts) > 1}
    assert not clashes, f"{group}: shared mnemonics {clashes}"


def _lupdate() -> Path:
    """pyside6-lupdate next to the running Python (the venv's bin/ or Scripts/)."""
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert found, f"pyside6-lupdate not found next to {sys.executable}; install the project with '.[test]'"
    return Path(found)


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """The messages of a copy of the .ts, refreshed from ui/ the way `make update-translations` does."""
    copy = tmp_path_factory.mktemp("lupdate") / TS_FILE.name
    shutil.copyfile(TS_FILE, copy)
    sources = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py"))
    result = subprocess.run([str(_lupdate()), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"pyside6-lupdate failed:\n{result.stdout}\n{result.stderr}"
    return read_messages(copy)


def test_every_string_in_ui_is_translated(refreshed: list[Message]) -> None:
    new = [str(message) for message in refreshed if (message.context, message.source) not in BY_KEY
           or message.translation_type == "unfinished" or not all(text.strip() for text in message.texts)]
    assert not new, (
        "Strings in ui/ without a Dutch translation; run `make update-translations`, translate them in "
        f"{TS_FILE.relative_to(ROOT)} and run `make translations`:\n" + "\n".join(new))


def test_no_translation_is_left_for_a_string_that_is_gone(refreshed: list[Message]) -> None:
    current = {(message.context, message.source) for message in refreshed}
    stale = [str(message) for message in MESSAGES if (message.context, message.source) not in current]
    assert not stale, (
        f"{TS_FILE.relative_to(ROOT)} translates strings that ui/ no longer has; run `make update-translations`:\n"
        + "\n".join(stale))
