"""What the open workspace decides for every document it makes: the active checklist template, the optional
domains switched on in the settings and the machine policy's logo (when its file is there). Worked out on the GUI
thread when a preview or batch starts, then handed to the document services with each request."""

from __future__ import annotations

from app.casework.documents import DocumentOptions
from app.pdf.output import usable_logo
from ui.context import WorkspaceContext


def document_options(context: WorkspaceContext) -> DocumentOptions:
    return DocumentOptions(context.catalogue.active(), frozenset(context.settings.optional_domains),
                           usable_logo(context.policy.logo_path))
