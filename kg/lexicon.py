"""Load the language data under kg/data/ (titles, trade and event words, ...).

Every file is JSON. A user extends the packaged data without touching code by
pointing `kg build --lexicon DIR` at a folder holding files of the same names:
their lists are appended to the packaged ones and their mappings merged in.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import LexiconError
from kg.iris import ROLES

#: file name → keys it must hold, with the JSON type of each.
SCHEMA: dict[str, dict[str, type]] = {
    "roles.json": {
        "titles": list,
        "portfolio_before_head": list,
        "modifiers": list,
        "excluded_modifiers": list,
        "nominals": dict,
        "nominal_modifiers": list,
        "team_verbs": list,
        "team_nouns": list,
        "local_places": list,
        "lower_modifiers": list,
        "led_groups": list,
        "visitor_words": list,
    },
    "names.json": {
        "honorifics": list,
        "ranks": list,
        "retired": list,
        "female_markers": list,
        "particles": list,
        "not_name_words": list,
        "alias_particles": list,
    },
    "portfolios.json": {"words": list, "suffixes": list},
    "trade.json": {
        "words": dict,
        "patterns": list,
        "list_stop": list,
        "list_drop_words": list,
        "hedges": list,
        "product_reject_first_words": list,
        "product_reject_words": list,
        "product_max_words": int,
        "keep_together": list,
        "rival_words": list,
        "city_before": list,
        "city_after": list,
        "nominal_before": list,
        "nominal_after": list,
        "partner_nouns": list,
        "trader_nouns": list,
        "customer_nouns": list,
        "entry_verbs": list,
        "quote_verbs": list,
        "units": list,
        "portion_nouns": list,
        "volume_adjectives": list,
        "volume_nouns": list,
        "clause_participles": list,
        "use_participles": list,
        "processed_adjectives": list,
    },
    "events.json": {
        "adj": list,
        "meeting": list,
        "visit": list,
        "planned_markers": list,
        "not_in_person": list,
        "generic_visits_blocklist": list,
        "same_day_openers": list,
        "delegation_words": list,
        "attendance": list,
        "split_objects": list,
        "here": list,
        "presence": list,
        "urged": list,
        "same_place_openers": list,
        "arrival_verbs": list,
        "speech_verbs": list,
        "stay_verbs": list,
        "group_nouns": list,
        "town_adjectives": list,
        "town_nouns": list,
        "venue_nouns": list,
        "office_nouns": list,
        "country_nouns": list,
        "departure_verbs": list,
        "part_of": list,
        "session_parts": list,
        "led_by": list,
    },
    "noise.json": {"lines": list},
    "outlets.json": {"outlets": list},
    "countries.json": {
        "extra": dict,
        "given_name_countries": list,
    },
    "dates.json": {
        "relative": dict,
        "weekdays": list,
        "weekday_abbreviations": list,
        "months": dict,
        "target_words": list,
        "past_year_verbs": list,
        "announcing_words": list,
        "not_year_names": list,
        "time_words": list,
    },
    "text.json": {"abbreviations": list},
}


@dataclass(frozen=True, eq=False)
class Lexicon:
    """All language data, one mapping per data file."""

    files: dict[str, dict[str, Any]]

    def __getitem__(self, name: str) -> dict[str, Any]:
        return self.files[name]


def _read_json(path: Path | Any, label: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{label}: cannot read ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise LexiconError(
            f"{label}: not valid JSON (line {exc.lineno}, column {exc.colno})"
        ) from exc
    if not isinstance(data, dict):
        raise LexiconError(f"{label}: expected a JSON object at the top level")
    return data


def _check(name: str, data: dict[str, Any], label: str, *, partial: bool) -> None:
    for key, kind in SCHEMA[name].items():
        if key not in data:
            if partial:
                continue
            raise LexiconError(f"{label}: missing key {key!r}")
        if not isinstance(data[key], kind):
            raise LexiconError(f"{label}: {key!r} must be a JSON {kind.__name__}")
    if name == "roles.json":
        for i, title in enumerate(data.get("titles", [])):
            if not isinstance(title, dict) or not {"head", "role", "org"} <= title.keys():
                raise LexiconError(f"{label}: titles[{i}] needs 'head', 'role' and 'org'")
            for key in ("role", "body_role"):
                if key in title and title[key] not in ROLES:
                    raise LexiconError(
                        f"{label}: titles[{i}] has {key} {title[key]!r}; "
                        f"use one of {', '.join(ROLES)}"
                    )
    if name == "trade.json":
        for i, pattern in enumerate(data.get("patterns", [])):
            if not isinstance(pattern, dict) or not {"name", "regex"} <= pattern.keys():
                raise LexiconError(f"{label}: patterns[{i}] needs 'name' and 'regex'")
            if pattern.get("implicit", "both") not in ("exporter", "importer", "both"):
                raise LexiconError(
                    f"{label}: patterns[{i}] 'implicit' must be 'exporter', 'importer' or 'both'"
                )
            if pattern.get("rivals", "importer") not in ("exporter", "importer"):
                raise LexiconError(
                    f"{label}: patterns[{i}] 'rivals' must be 'exporter' or 'importer'"
                )
            if not isinstance(pattern.get("closed", False), bool):
                raise LexiconError(f"{label}: patterns[{i}] 'closed' must be true or false")


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if key.startswith("_"):
            continue
        old = merged.get(key)
        if isinstance(old, list) and isinstance(value, list):
            # user entries first, so a user's pattern or title wins ties
            merged[key] = value + old
        elif isinstance(old, dict) and isinstance(value, dict):
            merged[key] = _merge(old, value)
        else:
            merged[key] = value
    return merged


def load_lexicon(extra_dirs: Iterable[str | Path] = ()) -> Lexicon:
    """Load the packaged data, extended by the files found in `extra_dirs`."""
    return _load(tuple(str(Path(d).resolve()) for d in extra_dirs))


@lru_cache(maxsize=8)
def _load(extra_dirs: tuple[str, ...]) -> Lexicon:
    package = resources.files("kg") / "data"
    files: dict[str, dict[str, Any]] = {}
    for name in SCHEMA:
        data = _read_json(package / name, f"kg/data/{name}")
        _check(name, data, f"kg/data/{name}", partial=False)
        files[name] = data
    for folder in extra_dirs:
        root = Path(folder)
        if not root.is_dir():
            raise LexiconError(f"{folder}: lexicon folder not found")
        for path in sorted(root.glob("*.json")):
            if path.name not in SCHEMA:
                known = ", ".join(SCHEMA)
                raise LexiconError(f"{path}: unknown lexicon file (expected one of: {known})")
            data = _read_json(path, str(path))
            _check(path.name, data, str(path), partial=True)
            files[path.name] = _merge(files[path.name], data)
    return Lexicon(files)
