"""Synchronisation: this device's fingerprint and key file, the registered devices, making and reading bundles, and
the conflicts that reading left for a person to resolve.

Everything that touches the database runs on the worker. The dialogs that decide something (add or revoke a device,
resolve a conflict) stay open until their write succeeded. Reading bundles may change any case, and the importer does
not say which, so the screen announces `records_changed` and the register reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain import WorkspaceKind
from app.errors import TerugkeerError
from app.permissions import Permission
from app.sync.bundle_paths import bundles_in
from app.sync.conflicts import Conflict, Resolution, resolve_conflict
from app.sync.device import active_peers, enroll, revoke, save_identity_file
from app.sync.digest import Mismatch
from app.sync.identity import PublicIdentity, read_identity_file
from app.sync.overview import SyncOverview, sync_overview
from ui import dialogs
from ui.context import WorkspaceContext
from ui.operations import Progress
from ui.privacy.purge_dialog import PurgeDialog
from ui.sync.bundle_reports import ExportSummaryDialog, ImportResultsDialog
from ui.sync.bundle_runs import BundleExport, BundleImport, ExportReport, ImportReport
from ui.sync.conflict_dialog import ConflictDialog
from ui.sync.device_dialogs import EnrollDialog, FingerprintLabel, RevokeDeviceDialog
from ui.sync.tables import ConflictTable, PeerTable
from ui.texts.sync import device_kind_label, mismatch_text, short_id, table_label
from ui.widgets.buttons import push_button
from ui.widgets.dialog_slot import DialogSlot
from ui.widgets.empty_state import EmptyState
from ui.widgets.field_marks import INVALID_COLOUR
from ui.widgets.worker_run import RunSlot

MISMATCHES_SHOWN = 8  # records named on the screen; the rest are counted


class SyncScreen(QWidget):
    loaded = Signal()
    records_changed = Signal()  # bundles were read in that added or changed records
    # The folder used last for key files and bundles, for this session only (settings never point at a stick).
    used_folder: ClassVar[Path | None] = None

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._dialogs = DialogSlot(self._update_buttons)
        self._runs: RunSlot[BundleExport | BundleImport] = RunSlot(self._update_buttons)
        self._own_kind = context.workspace.summary.kind
        fingerprint_hint, key_hint = self._build_device()
        self._build_peers()
        bundle_hint = self._build_bundles()
        self._build_conflicts()
        self._layout(fingerprint_hint, key_hint, bundle_hint)
        self._show_what_the_account_may(key_hint)
        self._update_buttons()

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def _build_device(self) -> tuple[QLabel, QLabel]:
        """This device's name and fingerprint, and saving its key file; returns the two hints."""
        summary = self._context.workspace.summary
        self.device_name = QLabel(self.tr("{name} — {kind}, {municipality}").format(
            name=summary.user_name, kind=device_kind_label(summary.kind), municipality=summary.municipality), self)
        self.device_name.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint = FingerprintLabel("", self, point_size=20)
        self.fingerprint.setObjectName("ownFingerprint")
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of this device"))
        self.save_key_button = push_button(self, self.tr("Save &key file…"), "saveKeyButton", self.save_key_file,
                                            self.tr("Save this device's public key file, to give to the other side"))
        return (self._hint(self.tr("Read this fingerprint out when the other side adds this device, and compare theirs when you add their device.")),
                self._hint(self.tr("The key file holds no client data.")))

    def _build_peers(self) -> None:
        self.peer_table = PeerTable(self)
        self.peer_table.setObjectName("peerTable")
        self.peer_table.setAccessibleName(self.tr("Registered devices"))
        self.peer_table.itemSelectionChanged.connect(self._update_buttons)
        self.peer_empty = EmptyState(self.peer_table)  # their texts once the lists were read
        self.add_device_button = push_button(self, self.tr("&Add device…"), "addDeviceButton", self.add_device,
                                              self.tr("Add another device from its key file, after comparing the fingerprint"))
        self.revoke_button = push_button(self, self.tr("&Revoke…"), "revokeDeviceButton", self.revoke_device,
                                          self.tr("Refuse every later bundle of the selected device (a lost laptop)"))

    def _build_bundles(self) -> QLabel:
        """Making and reading bundles, and cleaning up a laptop; returns the hint on bundles."""
        self.export_button = push_button(self, self.tr("&Make bundle…"), "makeBundleButton", self.make_bundle,
                                          self.tr("Write a bundle for a registered device, for example on the USB stick"))
        self.import_button = push_button(self, self.tr("Read &in bundles…"), "importBundlesButton", self.import_files,
                                          self.tr("Choose one or more bundles to read in"))
        self.import_folder_button = push_button(self, self.tr("Read in a fol&der…"), "importFolderButton",
                                                 self.import_folder,
                                                 self.tr("Read in every bundle in a folder, for example the USB stick"))
        self.purge_button = push_button(self, self.tr("Clean &up laptop…"), "purgeButton", self.open_purge,
                                         self.tr("Remove the cases the back office confirmed and this laptop no "
                                                 "longer needs"))
        self.purge_count = QLabel(self)
        self.purge_count.setObjectName("purgeCount")
        self.purge_count.setWordWrap(True)
        for widget in (self.purge_button, self.purge_count):
            widget.setVisible(self._own_kind is WorkspaceKind.COORDINATOR)
        return self._hint(self.tr("Bundles travel on a USB stick. Each is encrypted for one device and holds only what that device may have."))

    def _build_conflicts(self) -> None:
        self.conflict_count = QLabel(self)
        self.conflict_count.setObjectName("conflictCount")
        self.mismatch_list = QLabel(self)
        self.mismatch_list.setObjectName("mismatchList")
        self.mismatch_list.setWordWrap(True)
        self.mismatch_list.hide()
        self.conflict_table = ConflictTable(self)
        self.conflict_table.setObjectName("conflictTable")
        self.conflict_table.setAccessibleName(self.tr("Open conflicts"))
        self.conflict_table.itemSelectionChanged.connect(self._update_buttons)
        self.conflict_table.doubleClicked.connect(lambda _index: self.resolve_selected())
        self.conflict_empty = EmptyState(self.conflict_table)
        self.resolve_button = push_button(self, self.tr("Resolve &conflict…"), "resolveConflictButton",
                                           self.resolve_selected,
                                           self.tr("Compare the two versions of the selected conflict and choose"))

    def _layout(self, fingerprint_hint: QLabel, key_hint: QLabel, bundle_hint: QLabel) -> None:
        device_box = QGroupBox(self.tr("This device"), self)
        device = QVBoxLayout(device_box)
        device.addWidget(self.device_name)
        device.addWidget(self.fingerprint)
        device.addWidget(fingerprint_hint)
        key_row = QHBoxLayout()
        key_row.addWidget(self.save_key_button)
        key_row.addWidget(key_hint, 1)
        device.addLayout(key_row)

        self.bundle_box = bundle_box = QGroupBox(self.tr("Bundles"), self)
        bundles = QVBoxLayout(bundle_box)
        bundles.addWidget(bundle_hint)
        bundle_buttons = QHBoxLayout()
        for button in (self.export_button, self.import_button, self.import_folder_button):
            bundle_buttons.addWidget(button)
        bundle_buttons.addStretch(1)
        bundles.addLayout(bundle_buttons)
        bundles.addStretch(1)
        purge_row = QHBoxLayout()
        purge_row.addWidget(self.purge_button)
        purge_row.addWidget(self.purge_count, 1)
        bundles.addLayout(purge_row)

        peer_box = QGroupBox(self.tr("Registered devices"), self)
        peer_layout = QVBoxLayout(peer_box)
        peer_layout.addWidget(self.peer_table, 1)
        peer_buttons = QHBoxLayout()
        peer_buttons.addWidget(self.add_device_button)
        peer_buttons.addWidget(self.revoke_button)
        peer_buttons.addStretch(1)
        peer_layout.addLayout(peer_buttons)

        self.conflict_box = conflict_box = QGroupBox(self.tr("Conflicts"), self)
        conflict_layout = QVBoxLayout(conflict_box)
        conflict_layout.addWidget(self.conflict_count)
        conflict_layout.addWidget(self.mismatch_list)
        conflict_layout.addWidget(self.conflict_table, 1)
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.resolve_button)
        conflict_buttons.addStretch(1)
        conflict_layout.addLayout(conflict_buttons)

        top = QHBoxLayout()
        top.addWidget(device_box, 3)
        top.addWidget(bundle_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(peer_box, 2)
        layout.addWidget(conflict_box, 3)

    def _show_what_the_account_may(self, key_hint: QLabel) -> None:
        """Bundles and their conflicts for who exchanges bundles (the back office's clerks); this device's key file
        and adding or revoking devices for who keeps the devices (the application manager)."""
        may = self._context.workspace.may
        shown: list[tuple[QWidget, Permission]] = [
            (self.bundle_box, Permission.EXCHANGE_BUNDLES), (self.conflict_box, Permission.EXCHANGE_BUNDLES),
            *((widget, Permission.DEVICES) for widget in (self.save_key_button, key_hint, self.add_device_button,
                                                          self.revoke_button))]
        for widget, permission in shown:
            widget.setHidden(not may(permission))

    def _start_folder(self) -> Path:
        return SyncScreen.used_folder or Path.home()

    def _remember_folder(self, folder: Path) -> None:
        SyncScreen.used_folder = folder

    # --- reading ---------------------------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the fingerprint, the devices and the open conflicts; `loaded` follows. The first time on a workspace
        made before synchronisation existed, this makes the device's keys."""
        workspace = self._context.workspace
        self._context.operations.read(self, lambda _progress: sync_overview(workspace)).success(self._show).run()

    def _show(self, loaded: SyncOverview) -> None:
        self.fingerprint.setText(loaded.fingerprint)
        self.peer_table.show_peers(loaded.peers)
        self.peer_empty.set_text(self.tr("No other devices yet. Add one with Add device…, from its key file.")
                                 if self.add_device_button.isVisibleTo(self) else self.tr("No other devices yet."))
        self._show_conflicts(loaded.conflicts)
        self._show_mismatches(loaded.mismatches)
        if loaded.purge_due is not None:
            self.purge_count.setText(
                self.tr("Nothing can leave this laptop now.") if not loaded.purge_due else
                self.tr("Cases that can leave this laptop now: {count}. The back office has them.").format(
                    count=loaded.purge_due))
        self._update_buttons()
        self.loaded.emit()

    def _show_conflicts(self, conflicts: list[Conflict]) -> None:
        self.conflict_table.show_conflicts(conflicts)
        self.conflict_empty.set_text(self.tr("No open conflicts. There is nothing to choose."))
        self.conflict_count.setText(self.tr("Open conflicts: {count}. These records were changed both here and on the other device. Nothing was overwritten: the version here stays until you choose.").format(
            count=len(conflicts)) if conflicts else self.tr("No open conflicts."))

    def _show_mismatches(self, mismatches: tuple[Mismatch, ...]) -> None:
        """The records a peer's last digest disagreed on, each named by case and kind (a problem, in red)."""
        self.mismatch_list.setHidden(not mismatches)
        lines = [mismatch_text(len(mismatches))]
        for mismatch in mismatches[:MISMATCHES_SHOWN]:
            where = short_id(mismatch.case_id) if mismatch.case_id else "—"
            line = self.tr("Case {case}: {kind} ({peer})").format(case=where, kind=table_label(mismatch.table),
                                                                 peer=mismatch.peer)
            if mismatch.missing:
                line += " " + self.tr("is missing there")
            lines.append("• " + line)
        if len(mismatches) > MISMATCHES_SHOWN:
            lines.append(self.tr("and {count} more").format(count=len(mismatches) - MISMATCHES_SHOWN))
        self.mismatch_list.setText("\n".join(lines))
        self.mismatch_list.setStyleSheet(f"color: {INVALID_COLOUR};")

    def _update_buttons(self) -> None:
        idle = self._runs.run is None
        peer = self.peer_table.selected_peer()
        self.revoke_button.setEnabled(idle and peer is not None and not peer.revoked)
        self.export_button.setEnabled(idle and bool(active_peers(self.peer_table.peers())))
        self.import_button.setEnabled(idle)
        self.import_folder_button.setEnabled(idle)
        self.add_device_button.setEnabled(idle)
        self.resolve_button.setEnabled(idle and self.conflict_table.selected_conflict() is not None)
        self.purge_button.setEnabled(idle)

    # --- this device's key file ------------------------------------------------------------------------------------

    def save_key_file(self) -> None:
        suggested = self._start_folder() / self.tr("Terugkeer key {device}.json").format(
            device=short_id(self._context.workspace.actor.device_id))
        path = dialogs.ask_save_identity_file(self, suggested)
        if path is None or self._context.workspace.is_locked:
            return
        self._remember_folder(path.parent)
        workspace = self._context.workspace

        def saved(fingerprint: str) -> None:
            dialogs.show_info(self, self.tr("The key file was saved as {path}. It holds no client data. Give it to the other side, and compare the fingerprint {fingerprint} together by phone or on paper.").format(
                path=path, fingerprint=fingerprint))

        self._context.operations.read(self, lambda _progress: save_identity_file(workspace, path)).success(
            saved).run()

    # --- devices ---------------------------------------------------------------------------------------------------

    def add_device(self) -> None:
        path = dialogs.ask_identity_file(self, self._start_folder())
        if path is None:
            return
        self._remember_folder(path.parent)
        try:
            incoming = read_identity_file(path)
        except TerugkeerError as error:
            dialogs.show_error(self, error)
            return
        dialog = EnrollDialog(incoming, self)
        workspace = self._context.workspace

        def submitted(identity: PublicIdentity) -> None:
            self._write(lambda _progress: enroll(workspace, identity), dialog.finish, dialog.show_error)

        dialog.submitted.connect(submitted)
        self._dialogs.open(dialog)

    def revoke_device(self) -> None:
        peer = self.peer_table.selected_peer()
        if peer is None or peer.revoked:
            return
        dialog = RevokeDeviceDialog(peer, self)
        workspace = self._context.workspace

        def submitted(reason: str) -> None:
            self._write(lambda _progress: revoke(workspace, peer.device_id, reason), dialog.finish,
                        dialog.show_error)

        dialog.submitted.connect(submitted)
        self._dialogs.open(dialog)

    # --- conflicts -------------------------------------------------------------------------------------------------

    def resolve_selected(self) -> None:
        conflict = self.conflict_table.selected_conflict()
        if conflict is None or self._runs.run is not None:
            return
        dialog = ConflictDialog(conflict, self)
        workspace = self._context.workspace

        def submitted(choice: tuple[Resolution, dict[str, object] | None]) -> None:
            resolution, edited = choice
            self._write(lambda _progress: resolve_conflict(workspace, conflict.id, resolution, edited),
                        dialog.finish, dialog.show_error)

        dialog.submitted.connect(submitted)
        self._dialogs.open(dialog)

    # --- cleaning up the laptop ------------------------------------------------------------------------------------

    def open_purge(self) -> None:
        """What leaves this laptop now and what waits, with "Clean up now" (a coordinator's laptop only)."""
        if self._own_kind is not WorkspaceKind.COORDINATOR or self._runs.run is not None:
            return
        dialog = PurgeDialog(self._context, self)
        dialog.purged.connect(lambda _case_ids: self.load())
        self._dialogs.open(dialog)

    # --- bundles ---------------------------------------------------------------------------------------------------

    def make_bundle(self) -> None:
        candidates = active_peers(self.peer_table.peers())
        if not candidates or self._runs.run is not None:
            return
        peer = candidates[0]
        if len(candidates) > 1:
            index = dialogs.ask_choice(self, self.tr("For which device is the bundle?"), [
                f"{candidate.label} ({device_kind_label(candidate.kind)}, {short_id(candidate.device_id)})"
                for candidate in candidates])
            if index is None:
                return
            peer = candidates[index]
        folder = dialogs.ask_export_folder(self, self._start_folder())
        if folder is None or self._context.workspace.is_locked:
            return
        self._remember_folder(folder)
        self._runs.start(BundleExport(self._context, peer, folder, self), self._exported)

    def import_files(self) -> None:
        paths = dialogs.ask_bundle_files(self, self._start_folder())
        if paths:
            self._remember_folder(paths[0].parent)
            self.import_bundles(paths)

    def import_folder(self) -> None:
        folder = dialogs.ask_import_folder(self, self._start_folder())
        if folder is None:
            return
        self._remember_folder(folder)
        try:
            paths = bundles_in(folder)
        except (TerugkeerError, OSError) as error:
            dialogs.show_error(self, error if isinstance(error, TerugkeerError) else
                               TerugkeerError("bundle_read_failed", path=str(folder), reason=error.strerror or ""))
            return
        self.import_bundles(paths)

    def import_bundles(self, paths: list[Path]) -> None:
        """Read `paths` one after the other, with progress and Cancel; the results are shown after."""
        if not paths or self._runs.run is not None or self._context.workspace.is_locked:
            return
        self._runs.start(BundleImport(self._context, paths, self), self._imported)

    @property
    def run(self) -> BundleExport | BundleImport | None:
        """The bundle run going on now (for tests, and to stop it on lock)."""
        return self._runs.run

    def _exported(self, _run: BundleExport | BundleImport, report: object) -> None:
        assert isinstance(report, ExportReport)
        if report.summary is not None:
            self._dialogs.open(ExportSummaryDialog(report, self))
        elif report.cancelled:
            dialogs.show_info(self, self.tr("Cancelled: no bundle was made."))
        elif report.error is not None:
            dialogs.show_error(self, report.error)

    def _imported(self, _run: BundleExport | BundleImport, report: object) -> None:
        assert isinstance(report, ImportReport)
        if report.error is not None:
            dialogs.show_error(self, report.error)
        self._dialogs.open(ImportResultsDialog(report, self))
        if any(outcome.result is not None and (outcome.result.new or outcome.result.updated)
               for outcome in report.outcomes):
            self.records_changed.emit()
        self.load()

    # --- dialogs, writes, locking ----------------------------------------------------------------------------------

    def _write(self, work: Callable[[Progress], object], succeeded: Callable[[], None],
               refused: Callable[[Exception], None]) -> None:
        def done(_result: object) -> None:
            succeeded()
            self.load()

        self._context.operations.write(self, work).initiator(self).success(done).failure(refused).run()

    @property
    def dialog(self) -> QDialog | None:
        """The dialog open now: adding or revoking a device, a conflict, or a run's report (for tests)."""
        return self._dialogs.dialog

    def stop(self) -> None:
        """Before the workspace locks: a bundle run stops (reading: after the current bundle) and reports nothing."""
        self._runs.stop()

    def clear(self) -> None:
        """Forget what the screen shows (conflicts hold client data) and close its dialogs."""
        self.stop()
        self._dialogs.close()
        self.fingerprint.clear()
        self.peer_table.show_peers([])
        self.conflict_table.show_conflicts([])
        self.conflict_count.clear()
        self.purge_count.clear()

