"""Checklist templates: the domains and their items as versioned data files, validated on load.

The built-in templates live in resources/checklists; a municipality adds its own (a new id, or a higher version
of an existing one) in a folder of its choice. A file that does not validate is reported with its name and the
problem, and never replaces a valid template: the newest valid version of each template id wins. A case keeps
the template version it was filled with (stored with the intake), so a newer template never corrupts an older
intake.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator


FORMAT = "terugkeer-checklist"
ITEM_TYPES = ("yes_no_unknown", "choice", "date", "text", "amount")
DEFAULT_TEMPLATE_ID = "basisvoorwaarden"


@dataclass(frozen=True)
class Text:
    nl: str
    en: str

    def in_language(self, language: str) -> str:
        return self.nl if language == "nl" else self.en


@dataclass(frozen=True)
class Choice:
    id: str
    label: Text


@dataclass(frozen=True)
class ItemTemplate:
    id: str
    label: Text
    type: str  # one of ITEM_TYPES
    choices: tuple[Choice, ...] = ()


@dataclass(frozen=True)
class DomainTemplate:
    id: str
    label: Text
    items: tuple[ItemTemplate, ...]
    optional: bool = False
    key: bool = False  # still open close to release: a warning (ID document, housing, income)


@dataclass(frozen=True)
class ChecklistTemplate:
    id: str
    version: int
    name: Text
    domains: tuple[DomainTemplate, ...]
    source_text: str  # the exact file content, stored with intakes so they can always be shown as filled

    def domain(self, domain_id: str) -> DomainTemplate:
        for domain in self.domains:
            if domain.id == domain_id:
                return domain
        raise KeyError(domain_id)

    @property
    def key_domain_ids(self) -> frozenset[str]:
        """The domains whose being open close to release is a warning."""
        return frozenset(domain.id for domain in self.domains if domain.key)

    def enabled_domains(self, optional_enabled: frozenset[str]) -> tuple[DomainTemplate, ...]:
        """The domains in use: every required one, and the optional ones the municipality switched on."""
        return tuple(d for d in self.domains if not d.optional or d.id in optional_enabled)


@dataclass(frozen=True)
class TemplateProblem:
    """A template file that was not used, and why (for the user: name the file and the problem)."""

    source: str
    problem: str


class TemplateError(Exception):
    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.problem = TemplateProblem(source, problem)


@cache
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator  # validating comes later than starting; the module is heavy

    schema = json.loads((files("resources") / "checklists" / "schema-v1.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


@lru_cache(maxsize=32)
def parse_template(text: str, source: str) -> ChecklistTemplate:
    """A validated template from the text of a template file; raises TemplateError naming `source`.

    Kept for the next call with the same text: a template is immutable, and a plan made reads the stored template
    twice, whose check against the schema was an eighth of a saved plan's time."""
    try:
        document = json.loads(text)
    except ValueError as error:
        raise TemplateError(source, f"not valid JSON ({error})") from None
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(str(part) for part in first.absolute_path) or "(top)"
        raise TemplateError(source, f"{where}: {first.message}")
    _check_unique_ids(document, source)
    return ChecklistTemplate(
        id=document["id"],
        version=document["version"],
        name=_text(document["name"]),
        domains=tuple(_domain(domain) for domain in document["domains"]),
        source_text=text,
    )


def _check_unique_ids(document: dict[str, Any], source: str) -> None:
    seen_domains: set[str] = set()
    seen_items: set[str] = set()
    for domain in document["domains"]:
        if domain["id"] in seen_domains:
            raise TemplateError(source, f"domain id '{domain['id']}' appears twice")
        seen_domains.add(domain["id"])
        for item in domain["items"]:
            if item["id"] in seen_items:
                raise TemplateError(source, f"item id '{item['id']}' appears twice")
            seen_items.add(item["id"])


def _text(raw: dict[str, str]) -> Text:
    return Text(nl=raw["nl"], en=raw["en"])


def _domain(raw: dict[str, Any]) -> DomainTemplate:
    return DomainTemplate(
        id=raw["id"],
        label=_text(raw["label"]),
        items=tuple(
            ItemTemplate(item["id"], _text(item["label"]), item["type"],
                         tuple(Choice(c["id"], _text(c["label"])) for c in item.get("choices", ())))
            for item in raw["items"]
        ),
        optional=raw.get("optional", False),
        key=raw.get("key", False),
    )


@dataclass(frozen=True)
class TemplateCatalogue:
    """The newest valid version of every template id, and the files that were set aside."""

    templates: dict[str, ChecklistTemplate]
    problems: tuple[TemplateProblem, ...]

    def active(self, template_id: str = DEFAULT_TEMPLATE_ID) -> ChecklistTemplate:
        return self.templates.get(template_id) or self.templates[DEFAULT_TEMPLATE_ID]


def builtin_texts() -> list[tuple[str, str]]:
    folder = files("resources") / "checklists"
    return sorted(
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".json") and not entry.name.startswith("schema-")
    )


def load_catalogue(extra_folder: Path | None = None) -> TemplateCatalogue:
    """Built-in templates plus the municipality's files in `extra_folder` (if any); invalid files are listed in
    `problems` and never replace a valid version."""
    texts = builtin_texts()
    problems: list[TemplateProblem] = []
    if extra_folder is not None and extra_folder.is_dir():
        for path in sorted(extra_folder.glob("*.json")):
            try:
                texts.append((str(path), path.read_text(encoding="utf-8-sig")))  # Notepad writes a BOM
            except (OSError, UnicodeDecodeError) as error:
                problems.append(TemplateProblem(str(path), f"unreadable ({error})"))
    templates: dict[str, ChecklistTemplate] = {}
    for source, text in texts:
        try:
            template = parse_template(text, source)
        except TemplateError as error:
            problems.append(error.problem)
            continue
        current = templates.get(template.id)
        if current is not None and template.version == current.version and template.source_text != current.source_text:
            problems.append(TemplateProblem(source, f"version {template.version} of '{template.id}' exists already; "
                                                    "give a changed template a higher version"))
        elif current is None or template.version > current.version:
            templates[template.id] = template
    return TemplateCatalogue(templates, tuple(problems))
