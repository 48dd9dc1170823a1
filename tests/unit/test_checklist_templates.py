"""Checklist templates as data: the built-in five basic conditions, validation with errors that name the file and
the problem, and the catalogue that keeps the newest valid version of each template."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.casework.checklist import (
    DEFAULT_TEMPLATE_ID,
    ITEM_TYPES,
    ChecklistTemplate,
    TemplateError,
    builtin_texts,
    load_catalogue,
    parse_template,
)

BUILTIN_FILE = "basisvoorwaarden-v1.json"
REQUIRED_DOMAINS = ("id_document", "housing", "income_work", "debts", "care")
OPTIONAL_DOMAINS = ("motivation", "social_network")
KEY_DOMAINS = ("id_document", "housing", "income_work")

# Concrete items the issue asks for (from DOMAIN.md), per domain.
EXPECTED_ITEMS = {
    "id_document": {"valid_id_present": "yes_no_unknown", "id_expiry_date": "date",
                    "application_started": "yes_no_unknown", "costs_special_assistance": "yes_no_unknown"},
    "housing": {"home_kept": "yes_no_unknown", "rent_continued": "yes_no_unknown",
                "postal_address": "yes_no_unknown", "sheltered_living_needed": "yes_no_unknown"},
    "income_work": {"benefit_applied": "yes_no_unknown", "uwv_registered": "yes_no_unknown",
                    "job_kept": "yes_no_unknown", "day_activities": "yes_no_unknown",
                    "pocket_money_at_release": "amount"},
    "debts": {"known_debts": "yes_no_unknown", "cjib_debts": "yes_no_unknown",
              "debt_counselling_suspended": "yes_no_unknown", "referral_debt_counselling": "yes_no_unknown"},
    "care": {"health_insurance": "yes_no_unknown", "medication": "yes_no_unknown",
             "addiction_care": "yes_no_unknown", "mental_health_care": "yes_no_unknown",
             "provider_intake_before_release": "yes_no_unknown"},
}


def _builtin_text() -> str:
    return dict(builtin_texts())[BUILTIN_FILE]


def _builtin_document() -> dict[str, Any]:
    return json.loads(_builtin_text())


def _builtin() -> ChecklistTemplate:
    return parse_template(_builtin_text(), BUILTIN_FILE)


def _changed(change: Callable[[dict[str, Any]], object]) -> str:
    """The built-in template's text with one change applied."""
    document = copy.deepcopy(_builtin_document())
    change(document)
    return json.dumps(document, ensure_ascii=False, indent=2)


def _municipal(version: int, extra_item: bool = True) -> str:
    """A valid municipal version of the default template: a higher version with one item more."""
    def change(document: dict[str, Any]) -> None:
        document["version"] = version
        document["name"] = {"nl": f"Basisvoorwaarden gemeente Teststad v{version}",
                            "en": f"Basic conditions Teststad v{version}"}
        if extra_item:
            document["domains"][3]["items"].append(
                {"id": "payment_arrangement", "label": {"nl": "Betalingsregeling?", "en": "Payment plan?"},
                 "type": "yes_no_unknown"})
    return _changed(change)


# --- the built-in template ------------------------------------------------------------------------------------


def test_the_builtin_template_is_found_and_parses() -> None:
    names = [name for name, _text in builtin_texts()]
    assert BUILTIN_FILE in names
    assert not any(name.startswith("schema-") for name in names)  # the schema is no template
    template = _builtin()
    assert (template.id, template.version) == (DEFAULT_TEMPLATE_ID, 1)
    assert template.name.nl == "Vijf basisvoorwaarden"
    assert template.source_text == _builtin_text()  # stored with every intake, exactly


def test_the_builtin_template_has_the_five_basic_conditions_then_the_optional_domains() -> None:
    template = _builtin()
    assert tuple(d.id for d in template.domains) == REQUIRED_DOMAINS + OPTIONAL_DOMAINS
    assert {d.id for d in template.domains if not d.optional} == set(REQUIRED_DOMAINS)
    assert {d.id for d in template.domains if d.optional} == set(OPTIONAL_DOMAINS)


def test_id_housing_and_income_are_the_key_domains() -> None:
    assert {d.id for d in _builtin().domains if d.key} == set(KEY_DOMAINS)
    assert _builtin().key_domain_ids == frozenset(KEY_DOMAINS)


@pytest.mark.parametrize("domain_id", REQUIRED_DOMAINS)
def test_the_concrete_items_of_the_issue_are_there_with_their_type(domain_id: str) -> None:
    domain = _builtin().domain(domain_id)
    types = {item.id: item.type for item in domain.items}
    assert {item_id: types.get(item_id) for item_id in EXPECTED_ITEMS[domain_id]} == EXPECTED_ITEMS[domain_id]


def test_items_of_all_five_types_are_used() -> None:
    used = {item.type for domain in _builtin().domains for item in domain.items}
    assert used == set(ITEM_TYPES) == {"yes_no_unknown", "choice", "date", "text", "amount"}


def test_choice_items_have_choices_and_other_items_none() -> None:
    for domain in _builtin().domains:
        for item in domain.items:
            if item.type == "choice":
                assert len(item.choices) >= 2, item.id
                assert len({c.id for c in item.choices}) == len(item.choices), item.id
            else:
                assert item.choices == (), item.id
    kinds = _builtin().domain("id_document").items[1]
    assert (kinds.id, [c.id for c in kinds.choices]) == ("id_kind", ["passport", "id_card", "residence_permit", "none"])


def test_every_label_is_in_dutch_and_english_and_item_ids_are_unique() -> None:
    template = _builtin()
    items = [item for domain in template.domains for item in domain.items]
    assert len({item.id for item in items}) == len(items)
    for text in [template.name, *(d.label for d in template.domains), *(i.label for i in items)]:
        assert text.nl.strip() and text.en.strip()
    housing = template.domain("housing")
    assert housing.label.in_language("nl") == "Huisvesting / onderdak"
    assert housing.label.in_language("en") == "Housing / shelter"


def test_an_unknown_domain_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        _builtin().domain("nonexistent")


@pytest.mark.parametrize(
    ("enabled", "expected"),
    [
        (frozenset(), REQUIRED_DOMAINS),
        (frozenset({"motivation"}), (*REQUIRED_DOMAINS, "motivation")),
        (frozenset({"social_network"}), (*REQUIRED_DOMAINS, "social_network")),
        (frozenset(OPTIONAL_DOMAINS), REQUIRED_DOMAINS + OPTIONAL_DOMAINS),
        (frozenset({"debts", "no_such_domain"}), REQUIRED_DOMAINS),  # required ones are always on; unknown ignored
    ],
)
def test_enabled_domains(enabled: frozenset[str], expected: tuple[str, ...]) -> None:
    assert tuple(d.id for d in _builtin().enabled_domains(enabled)) == expected


# --- malformed templates: rejected, naming the file and the problem --------------------------------------------


def _item(domain: int, item: int) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda document: document["domains"][domain]["items"][item]


_TWO_CHOICES = [{"id": "a", "label": {"nl": "A", "en": "A"}}, {"id": "b", "label": {"nl": "B", "en": "B"}}]

MALFORMED: list[tuple[str, Callable[[dict[str, Any]], object], tuple[str, ...]]] = [
    ("wrong_format_marker", lambda d: d.update(format="terugkeer-checklijst"), ("format", "terugkeer-checklist")),
    ("newer_format_version", lambda d: d.update(format_version=2), ("format_version",)),
    ("missing_format_version", lambda d: d.pop("format_version"), ("format_version",)),
    ("version_zero", lambda d: d.update(version=0), ("version",)),
    ("version_as_text", lambda d: d.update(version="2"), ("version",)),
    ("missing_item_label", lambda d: _item(0, 0)(d).pop("label"), ("domains/0/items/0", "label")),
    ("missing_dutch_label", lambda d: d["domains"][1].update(label={"en": "Housing"}), ("domains/1/label", "nl")),
    ("empty_english_label", lambda d: _item(2, 0)(d)["label"].update(en=""), ("domains/2/items/0/label/en",)),
    ("missing_template_name", lambda d: d.pop("name"), ("name",)),
    ("unknown_item_type", lambda d: _item(0, 0)(d).update(type="checkbox"), ("domains/0/items/0/type", "checkbox")),
    ("choice_without_choices", lambda d: _item(0, 1)(d).pop("choices"), ("domains/0/items/1", "choices")),
    ("choice_with_one_choice", lambda d: _item(0, 1)(d).update(choices=_TWO_CHOICES[:1]),
     ("domains/0/items/1/choices",)),
    ("choices_on_a_yes_no_item", lambda d: _item(0, 0)(d).update(choices=_TWO_CHOICES),
     ("domains/0/items/0", "choices")),
    ("choices_on_a_text_item", lambda d: _item(1, 4)(d).update(choices=_TWO_CHOICES),
     ("domains/1/items/4", "choices")),
    ("duplicate_domain_id", lambda d: d["domains"][1].update(id="id_document"), ("domain", "id_document", "twice")),
    ("duplicate_item_id_in_one_domain", lambda d: _item(1, 1)(d).update(id="home_kept"),
     ("item", "home_kept", "twice")),
    ("duplicate_item_id_across_domains", lambda d: _item(4, 0)(d).update(id="valid_id_present"),
     ("item", "valid_id_present", "twice")),
    ("identifier_with_capitals_and_dash", lambda d: d["domains"][0].update(id="ID-document"),
     ("domains/0/id", "ID-document")),
    ("identifier_with_space", lambda d: _item(0, 0)(d).update(id="valid id"), ("domains/0/items/0/id", "valid id")),
    ("identifier_starting_with_digit", lambda d: d.update(id="5voorwaarden"), ("id", "5voorwaarden")),
    ("identifier_too_long", lambda d: _item(0, 0)(d).update(id="a" * 41), ("domains/0/items/0/id",)),
    ("choice_identifier", lambda d: _item(0, 1)(d)["choices"][0].update(id="Paspoort"), ("Paspoort",)),
    ("misspelt_property", lambda d: d["domains"][5].update(optinal=True), ("domains/5", "optinal")),
    ("no_domains", lambda d: d.update(domains=[]), ("domains",)),
    ("domain_without_items", lambda d: d["domains"][0].update(items=[]), ("domains/0/items",)),
    ("optional_not_a_boolean", lambda d: d["domains"][5].update(optional="ja"), ("domains/5/optional",)),
]


@pytest.mark.parametrize(("change", "expected_words"), [(c, w) for _n, c, w in MALFORMED],
                         ids=[name for name, _c, _w in MALFORMED])
def test_malformed_template_is_rejected_naming_file_and_problem(
    change: Callable[[dict[str, Any]], object], expected_words: tuple[str, ...]
) -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template(_changed(change), "teststad-basis-v2.json")
    problem = caught.value.problem
    assert problem.source == "teststad-basis-v2.json"
    assert str(caught.value).startswith("teststad-basis-v2.json: ")
    for word in expected_words:
        assert word in problem.problem, f"{word!r} not in {problem.problem!r}"


@pytest.mark.parametrize("text", ["{not json", "", "{\"format\": \"terugkeer-checklist\",}", "\x00\x01\x02"])
def test_text_that_is_not_json_is_rejected(text: str) -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template(text, "kapot.json")
    assert caught.value.problem.source == "kapot.json"
    assert "not valid JSON" in caught.value.problem.problem


@pytest.mark.parametrize("text", ["[]", "null", "\"basisvoorwaarden\"", "42"])
def test_json_that_is_not_an_object_is_rejected(text: str) -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template(text, "lijst.json")
    assert caught.value.problem.source == "lijst.json"
    assert caught.value.problem.problem.startswith("(top): ")


def test_a_minimal_template_is_accepted() -> None:
    text = json.dumps({
        "format": "terugkeer-checklist", "format_version": 1, "id": "westland", "version": 3,
        "name": {"nl": "Westland", "en": "Westland"},
        "domains": [{"id": "income_debts", "label": {"nl": "Inkomen en schulden", "en": "Income and debts"},
                     "key": True, "items": [{"id": "amount_owed", "label": {"nl": "Schuld", "en": "Debt"},
                                             "type": "amount"}]}],
    })
    template = parse_template(text, "westland.json")
    assert (template.id, template.version) == ("westland", 3)
    domain = template.domain("income_debts")
    assert (domain.key, domain.optional) == (True, False)  # optional defaults to False
    assert domain.items[0].type == "amount"


def test_a_template_saved_with_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "basisvoorwaarden-v2.json").write_bytes(b"\xef\xbb\xbf" + _municipal(2).encode("utf-8"))
    catalogue = load_catalogue(tmp_path)
    assert catalogue.problems == ()
    assert catalogue.active().version == 2


# --- the catalogue: built-in plus the municipality's folder ----------------------------------------------------


def test_catalogue_without_a_folder_holds_the_builtin_template() -> None:
    for folder in (None, Path("/nonexistent/terugkeer/templates")):
        catalogue = load_catalogue(folder)
        assert catalogue.problems == ()
        assert set(catalogue.templates) == {DEFAULT_TEMPLATE_ID}
        assert catalogue.active().version == 1
        assert catalogue.active(DEFAULT_TEMPLATE_ID) is catalogue.templates[DEFAULT_TEMPLATE_ID]


def test_a_valid_municipal_template_with_a_higher_version_wins(tmp_path: Path) -> None:
    (tmp_path / "basisvoorwaarden-teststad.json").write_text(_municipal(2), encoding="utf-8")
    catalogue = load_catalogue(tmp_path)
    assert catalogue.problems == ()
    active = catalogue.active()
    assert active.version == 2
    assert "payment_arrangement" in {item.id for item in active.domain("debts").items}
    assert active.source_text == _municipal(2)


def test_the_newest_of_several_valid_versions_wins_whatever_the_file_order(tmp_path: Path) -> None:
    (tmp_path / "a-v3.json").write_text(_municipal(3), encoding="utf-8")
    (tmp_path / "b-v2.json").write_text(_municipal(2), encoding="utf-8")
    assert load_catalogue(tmp_path).active().version == 3


def test_a_municipal_template_with_a_lower_version_does_not_replace_a_newer_one(tmp_path: Path) -> None:
    (tmp_path / "a-v3.json").write_text(_municipal(3), encoding="utf-8")
    (tmp_path / "z-v2.json").write_text(_municipal(2), encoding="utf-8")
    assert load_catalogue(tmp_path).active().version == 3


def test_a_malformed_newer_template_is_listed_and_the_last_valid_version_stays_active(tmp_path: Path) -> None:
    broken = tmp_path / "basisvoorwaarden-v2.json"
    broken.write_text(_municipal(2).replace('"yes_no_unknown"', '"ja_nee"', 1), encoding="utf-8")
    catalogue = load_catalogue(tmp_path)
    assert catalogue.active().version == 1  # falls back to the last valid template
    assert catalogue.active().source_text == _builtin_text()
    [problem] = catalogue.problems
    assert problem.source == str(broken)
    assert "ja_nee" in problem.problem and "type" in problem.problem


def test_a_malformed_v3_next_to_a_valid_v2_keeps_v2(tmp_path: Path) -> None:
    (tmp_path / "v2.json").write_text(_municipal(2), encoding="utf-8")
    (tmp_path / "v3.json").write_text(_municipal(3)[:-20], encoding="utf-8")  # cut off: not JSON any more
    catalogue = load_catalogue(tmp_path)
    assert catalogue.active().version == 2
    assert [(Path(p.source).name, p.problem.startswith("not valid JSON")) for p in catalogue.problems] == [
        ("v3.json", True)]


@pytest.mark.parametrize("content", [b"\xff\xfe\x00\x81binary\x00", b"\x89PNG\r\n\x1a\n\x00\x00", b""])
def test_an_unreadable_or_binary_file_is_a_problem_not_a_crash(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "plaatje.json").write_bytes(content)
    catalogue = load_catalogue(tmp_path)
    assert catalogue.active().version == 1
    [problem] = catalogue.problems
    assert problem.source == str(tmp_path / "plaatje.json")
    assert problem.problem


def test_a_folder_named_like_a_template_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "map.json").mkdir()
    catalogue = load_catalogue(tmp_path)
    assert catalogue.active().version == 1
    assert [Path(p.source).name for p in catalogue.problems] == ["map.json"]


def test_only_json_files_are_read(tmp_path: Path) -> None:
    (tmp_path / "LEESMIJ.txt").write_text("geen template", encoding="utf-8")
    (tmp_path / "basisvoorwaarden-v2.json.bak").write_text("{kapot", encoding="utf-8")
    catalogue = load_catalogue(tmp_path)
    assert catalogue.problems == ()
    assert catalogue.active().version == 1


def test_every_bad_file_is_listed_and_good_ones_still_load(tmp_path: Path) -> None:
    (tmp_path / "1-kapot.json").write_text("{", encoding="utf-8")
    (tmp_path / "2-westland.json").write_text(
        _changed(lambda d: d.update(id="westland", version=1)), encoding="utf-8")
    (tmp_path / "3-dubbel.json").write_text(
        _changed(lambda d: d["domains"][1].update(id="id_document")), encoding="utf-8")
    catalogue = load_catalogue(tmp_path)
    assert [Path(p.source).name for p in catalogue.problems] == ["1-kapot.json", "3-dubbel.json"]
    assert set(catalogue.templates) == {DEFAULT_TEMPLATE_ID, "westland"}
    assert catalogue.active("westland").id == "westland"
    assert catalogue.active("no_such_template").id == DEFAULT_TEMPLATE_ID  # unknown id: the default
