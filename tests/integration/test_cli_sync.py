"""`terugkeer device ...` and `terugkeer bundle ...` as IT and scripts run them: real subprocesses on real encrypted
workspaces (made here with the fast KDF), in Dutch, with the passphrase from a file."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.casework.cases import CaseData
from app.casework.consent import record_consent, revoke
from app.casework.consent_terms import HowGiven, RevocationScope
from app.domain import WorkspaceKind
from app.sync.identity import read_public_identity
from app.workspace.folder import create_workspace, unlock
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace

from .helpers import client_data, register
from .test_cli import run_cli

pytestmark = pytest.mark.slow

PASSPHRASE = "sync cli passphrase Geheim-17"
COORDINATOR = "Coördinator Één"
FAST_KDF = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)
SNAPSHOT_TABLES = ("client", "detention", "case_file", "consent_record", "sync_peer", "sync_received", "sync_base",
                   "sync_conflict", "remote_audit_entry")


@dataclass(frozen=True)
class Setup:
    home: Path
    passphrase_file: Path
    laptop: Path
    office: Path
    spare_laptop: Path  # a second laptop of the municipality, not enrolled anywhere
    laptop_id: str
    held_back_case: str
    outputs: dict[str, Any]


def _create(folder: Path, kind: WorkspaceKind, user: str) -> OpenWorkspace:
    return create_workspace(folder, kind=kind, municipality="Teststad", user_name=user, passphrase=PASSPHRASE,
                            kdf=FAST_KDF)


def cli(setup: Setup, *args: str) -> Any:
    return run_cli(setup.home, *args, "--passphrase-file", str(setup.passphrase_file), secrets=(PASSPHRASE,))


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    """A laptop with two cases (one whose only consent was revoked) and a back office, enrolled both ways through
    `device key` and `device enroll --fingerprint`."""
    home = tmp_path_factory.mktemp("sync-cli")
    passphrase_file = home / "wachtwoord.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    laptop = _create(home / "laptop", WorkspaceKind.COORDINATOR, COORDINATOR)
    register(laptop, client_data(), case=CaseData(coordinator=COORDINATOR))
    held = register(laptop, client_data(surname="Achtergehouden", bsn="999996708"),
                    case=CaseData(coordinator=COORDINATOR)).case_ids[0]
    _changes, consent_id = record_consent(
        laptop, held, purposes=("aftercare",), categories=("identity",), recipients=("uwv",),
        given_on=date.today() - timedelta(days=10), how_given=HowGiven.SIGNED_ON_PAPER)
    revoke(laptop, consent_id, date.today() - timedelta(days=1), RevocationScope.WHOLE,
           reason="wil niet meer")
    laptop_id = laptop.actor.device_id
    laptop.lock()
    _create(home / "office", WorkspaceKind.BACKOFFICE, "Backoffice Teststad").lock()
    _create(home / "spare", WorkspaceKind.COORDINATOR, "Reserve Coördinator").lock()
    made = Setup(home, passphrase_file, home / "laptop", home / "office", home / "spare", laptop_id, held, {})
    for name, folder in (("laptop", made.laptop), ("office", made.office), ("spare", made.spare_laptop)):
        made.outputs[f"key_{name}"] = cli(made, "device", "key", "--workspace", str(folder),
                                          "--out", str(home / f"{name}.json"))
    for here, there in (("office", "laptop"), ("laptop", "office")):
        fingerprint = read_public_identity((home / f"{there}.json").read_bytes()).device.fingerprint
        made.outputs[f"enroll_{here}"] = cli(made, "device", "enroll", "--workspace", str(home / here),
                                             str(home / f"{there}.json"),
                                             "--fingerprint", fingerprint.lower().replace(" ", ""))
    return made


def copies(setup: Setup, folder: Path) -> tuple[Path, Path]:
    """Private copies of the enrolled laptop and back office, so every test starts from the same state."""
    laptop, office = folder / "laptop", folder / "office"
    shutil.copytree(setup.laptop, laptop)
    shutil.copytree(setup.office, office)
    return laptop, office


def snapshot(folder: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables synchronisation touches (not the audit log: unlocking is logged)."""
    workspace = unlock(folder, PASSPHRASE)
    try:
        with workspace.unit_of_work() as uow:
            return {table: [tuple(row) for row in uow.session.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]
                    for table in SNAPSHOT_TABLES}
    finally:
        workspace.lock()


def export(setup: Setup, laptop: Path, stick: Path) -> tuple[Path, Any]:
    stick.mkdir(exist_ok=True)
    before = set(stick.iterdir())
    result = cli(setup, "bundle", "export", "--workspace", str(laptop), "--to", str(stick))
    assert result.returncode == 0, result.stderr
    [bundle] = set(stick.iterdir()) - before
    return bundle, result


def test_keys_are_written_and_enrolled_both_ways_with_the_fingerprint(setup: Setup) -> None:
    for name in ("laptop", "office"):
        result = setup.outputs[f"key_{name}"]
        assert result.returncode == 0, result.stderr
        fingerprint = read_public_identity((setup.home / f"{name}.json").read_bytes()).device.fingerprint
        assert f"Vingerafdruk: {fingerprint}" in result.stdout
        assert "telefonisch of op papier" in result.stdout and "geen cliëntgegevens" in result.stdout
    for here in ("laptop", "office"):
        result = setup.outputs[f"enroll_{here}"]
        assert result.returncode == 0, result.stderr
        assert "De vingerafdruk komt overeen." in result.stdout and "Toegevoegd:" in result.stdout
    listed = cli(setup, "device", "list", "--workspace", str(setup.office), "--json")
    assert listed.returncode == 0, listed.stderr
    [peer] = json.loads(listed.stdout)
    assert (peer["device_id"], peer["kind"], peer["label"], peer["revoked_at"]) == (
        setup.laptop_id, "coordinator", COORDINATOR, None)


def test_a_wrong_or_missing_fingerprint_adds_nothing(setup: Setup, tmp_path: Path) -> None:
    _laptop, office = copies(setup, tmp_path)
    key = str(setup.home / "spare.json")
    wrong = cli(setup, "device", "enroll", "--workspace", str(office), key, "--fingerprint", "AAAA BBBB CCCC")
    assert wrong.returncode == 1
    assert "komt niet overeen" in wrong.stderr and "Er is niets toegevoegd." in wrong.stderr
    unasked = cli(setup, "device", "enroll", "--workspace", str(office), key)  # no terminal, no --fingerprint
    assert unasked.returncode == 2
    assert "--fingerprint" in unasked.stderr
    listed = cli(setup, "device", "list", "--workspace", str(office), "--json")
    assert [peer["device_id"] for peer in json.loads(listed.stdout)] == [setup.laptop_id]


def test_a_bundle_goes_from_the_laptop_to_the_office_once(setup: Setup, tmp_path: Path) -> None:
    laptop, office = copies(setup, tmp_path)
    bundle, made = export(setup, laptop, tmp_path / "stick")
    assert bundle.name.startswith(f"terugkeer-{setup.laptop_id[:8]}-") and bundle.suffix == ".terugkeer"
    assert f"Bundel geschreven: {bundle}" in made.stdout
    assert "Niet meegestuurd; deze trajecten blijven op dit apparaat (1):" in made.stdout
    assert f"  {setup.held_back_case[:8]}: geen geldige toestemming en geen grondslag" in made.stdout

    first = cli(setup, "bundle", "import", "--workspace", str(office), str(bundle), "--json")
    assert first.returncode == 0, first.stderr
    [result] = json.loads(first.stdout)  # stdout holds the JSON document and nothing else
    assert (result["status"], result["sender"], result["sequence"], result["new"]) == (
        "imported", COORDINATOR, 1, 3)
    again = cli(setup, "bundle", "import", "--workspace", str(office), str(bundle.parent))  # the folder
    assert again.returncode == 0, again.stderr
    assert "al eerder ingelezen" in again.stdout

    before = snapshot(office)
    tampered = tmp_path / "kapot.terugkeer"
    content = bytearray(bundle.read_bytes())
    content[-20] ^= 0x5A
    tampered.write_bytes(bytes(content))
    refused = cli(setup, "bundle", "import", "--workspace", str(office), str(tampered))
    assert refused.returncode == 1
    assert f"{tampered}: GEWEIGERD: De bundel {tampered} is veranderd of beschadigd" in refused.stdout
    assert "er is niets ingelezen" in refused.stdout
    assert snapshot(office) == before
    as_json = cli(setup, "bundle", "import", "--workspace", str(office), str(bundle), str(tampered), "--json")
    assert as_json.returncode == 1
    assert [(item["status"], item.get("code")) for item in json.loads(as_json.stdout)] == [
        ("already_imported", None), ("refused", "bundle_tampered")]


def test_bundles_of_a_revoked_laptop_are_refused(setup: Setup, tmp_path: Path) -> None:
    laptop, office = copies(setup, tmp_path)
    bundle, _made = export(setup, laptop, tmp_path / "stick")
    revoked = cli(setup, "device", "revoke", "--workspace", str(office), setup.laptop_id[:8],
                  "--reason", "Laptop kwijt")
    assert revoked.returncode == 0, revoked.stderr
    assert f"Ingetrokken: {COORDINATOR}" in revoked.stdout
    listed = cli(setup, "device", "list", "--workspace", str(office))
    assert f"Ingetrokken op {date.today():%d-%m-%Y}: Laptop kwijt" in listed.stdout
    refused = cli(setup, "bundle", "import", "--workspace", str(office), str(bundle))
    assert refused.returncode == 1
    assert "een apparaat dat is ingetrokken" in refused.stdout
    assert snapshot(office)["case_file"] == []


def test_a_back_office_with_two_laptops_names_the_one_a_bundle_is_for(setup: Setup, tmp_path: Path) -> None:
    _laptop, office = copies(setup, tmp_path)
    spare_key = setup.home / "spare.json"
    fingerprint = read_public_identity(spare_key.read_bytes()).device.fingerprint
    added = cli(setup, "device", "enroll", "--workspace", str(office), str(spare_key), "--fingerprint", fingerprint)
    assert added.returncode == 0, added.stderr
    unnamed = cli(setup, "bundle", "export", "--workspace", str(office), "--to", str(tmp_path))
    assert unnamed.returncode == 1
    assert "--for DEVICE_ID" in unnamed.stderr and COORDINATOR in unnamed.stderr
    assert not list(tmp_path.glob("*.terugkeer"))
    named = cli(setup, "bundle", "export", "--workspace", str(office), "--to", str(tmp_path / "voor-laptop.terugkeer"),
                "--for", setup.laptop_id, "--json")
    assert named.returncode == 0, named.stderr
    summary = json.loads(named.stdout)
    assert summary["recipient"]["device_id"] == setup.laptop_id
    assert Path(summary["path"]) == tmp_path / "voor-laptop.terugkeer" and Path(summary["path"]).is_file()
