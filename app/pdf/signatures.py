"""The signature block both documents end with: one column per signing party."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.pdf.flowables import SignatureField, WriteInLine
from app.pdf.labels import dutch_date
from app.pdf.paragraphs import paragraph
from app.pdf.styles import FONT, Styles, markup


@dataclass(frozen=True)
class SigningParty:
    """Who signs (role), their name when known, and what is known already of the signing."""

    role: str
    name: str = ""
    signature_png: bytes | None = None
    signed_on: date | None = None
    place: str = ""


def signature_block(parties: tuple[SigningParty, ...], styles: Styles, width: float) -> Table:
    """Side-by-side columns with name, a box to sign in, date and place; never split over two pages."""
    gap = 8 * mm
    column = (width - gap * (len(parties) - 1)) / len(parties)

    def cell(party: SigningParty) -> list[Flowable]:
        return [
            paragraph(markup(party.role), styles.cell_bold),
            Spacer(1, 1.5 * mm),
            WriteInLine("Naam:", party.name, column),
            Spacer(1, 2 * mm),
            paragraph("Handtekening:", styles.label),
            Spacer(1, 1 * mm),
            SignatureField(column, 22 * mm, party.signature_png),
            Spacer(1, 2 * mm),
            WriteInLine("Datum:", dutch_date(party.signed_on), column),
            WriteInLine("Plaats:", party.place, column),
        ]

    cells: list[object] = []
    widths: list[float] = []
    for index, party in enumerate(parties):
        if index:
            cells.append(Spacer(gap, 1))
            widths.append(gap)
        cells.append(cell(party))
        widths.append(column)
    table = Table([cells], colWidths=widths)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table
