# SPDX-License-Identifier: MIT
"""Records: conferences, groups, meetings and plan steps as flat dicts (one per object) for pandas
and every records-based tool, and back.

Pure reshaping of each class's to_dict() and from_dict(): a nested key becomes a dotted column
name ('place.locality', 'dates.first'), the items of a list numbered columns ('contacts.0.name',
'sessions.1.first'). Every record of a call has the same columns, in a stable order; a value an
object does not have (no second contact, no meeting schedule) is None. Reading back, None, NaN,
NaT and pandas.NA mean "not given" (the field's default), pandas.Timestamp and numpy scalars
become plain Python values, and a bad record raises ValidationError or ParseError whose message
and .field name the row ('records[3]') and the column ('records[3]: place.country').
"""

from __future__ import annotations

import datetime
import math
import re
import collections.abc
from typing import Any, TypeVar, Union

from ._advocacy import Conference, Group, Meeting, ParseError, PlanStep, ValidationError

__all__ = ["from_records", "to_records"]

_Item = Union[Conference, Group, Meeting, PlanStep]
_T = TypeVar("_T", Conference, Group, Meeting, PlanStep)

# Keys whose values are days (datetime.date): a pandas.Timestamp or datetime at midnight there is
# read as its day. Elsewhere a Timestamp stays a datetime.
_DATE_KEYS = frozenset({"first", "last", "day", "skipped"})
# Keys whose values are int: a column of ints with a gap is float in pandas (3.0).
_INT_KEYS = frozenset({"count"})
_PLAN_STEP_KEYS = ("action_id", "kind", "title", "instruction", "groups", "meetings", "conference")


def to_records(items: collections.abc.Iterable[_Item]) -> list[dict[str, Any]]:
    """One flat dict per item (all Conference, all Group, all Meeting or all PlanStep), with the
    same keys in each: pandas.DataFrame(to_records(campaign.conferences)) is a table."""
    rows: list[dict[str, Any]] = []
    kind: type | None = None
    for position, item in enumerate(items):
        if not isinstance(item, (Conference, Group, Meeting, PlanStep)):
            raise TypeError(f"to_records: items[{position}]: expected a Conference, Group, Meeting or PlanStep, "
                            f"got {type(item).__name__}")
        if kind is None:
            kind = type(item)
        elif type(item) is not kind:
            raise TypeError(f"to_records: items[{position}]: a {type(item).__name__} among {kind.__name__} items")
        flat: dict[str, Any] = {}
        _flatten(item.to_dict(), "", flat)
        rows.append(flat)
    columns = _columns(rows)
    return [{column: row.get(column) for column in columns} for row in rows]


def from_records(kind: type[_T], records: collections.abc.Iterable[collections.abc.Mapping[str, Any]] | Any, *,
                 groups: collections.abc.Iterable[Group] | None = None) -> list[_T]:
    """The objects that to_records() made the records of: kind is Conference, Group, Meeting or
    PlanStep; records an iterable of dicts (DataFrame.to_dict('records')) or a pandas.DataFrame.
    A Meeting names its group by id: `groups` (campaign.groups) are the groups to find it among;
    a plan step's meetings are found among the step's own groups first."""
    if kind not in (Conference, Group, Meeting, PlanStep):
        raise TypeError(f"from_records: expected Conference, Group, Meeting or PlanStep, got {kind!r}")
    if hasattr(records, "to_dict") and hasattr(records, "columns"):  # a pandas.DataFrame
        records = records.to_dict("records")
    if isinstance(records, (str, bytes, collections.abc.Mapping)) or not isinstance(records, collections.abc.Iterable):
        raise TypeError(f"from_records: expected an iterable of dicts or a DataFrame, got {type(records).__name__}")
    known: dict[str, Group] = {}
    for g in groups or ():
        known.setdefault(g.id, g)
    if kind is Meeting and groups is None:
        raise TypeError("from_records(Meeting, ...): pass groups= (e.g. campaign.groups) to find each meeting's group")
    out: list[_T] = []
    for position, row in enumerate(records):
        at = f"records[{position}]"
        if not isinstance(row, collections.abc.Mapping):
            raise _validation_error(at, f"expected a dict, got {type(row).__name__}")
        tree = _unflatten(row, at)
        try:
            if kind is Conference:
                out.append(Conference.from_dict(tree))  # type: ignore[arg-type]
            elif kind is Group:
                out.append(Group.from_dict(tree))  # type: ignore[arg-type]
            elif kind is Meeting:
                out.append(_meeting(tree, known, {}))  # type: ignore[arg-type]
            else:
                out.append(_plan_step(tree, known))  # type: ignore[arg-type]
        except ValidationError as e:
            raise _validation_error(f"{at}: {_column(e.field)}", e.reason) from e
        except ParseError as e:
            raise _parse_error(at, row, e) from e
    return out


# ---- writing -----------------------------------------------------------------------------------


def _flatten(value: Any, prefix: str, out: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _flatten(item, f"{prefix}.{key}" if prefix else str(key), out)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _flatten(item, f"{prefix}.{index}", out)
    else:
        out[prefix] = value


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    """Every row's keys, each after the key that precedes it in the first row that has it (so
    'contacts.1.name' follows 'contacts.0.phone', not the last column), without a key that only
    some rows have as a value (None) where others have it as a nested object ('meetings' beside
    'meetings.rule')."""
    columns: list[str] = []
    seen: set[tuple[str, ...]] = set()
    for row in rows:
        keys = tuple(row)
        if keys in seen:
            continue
        seen.add(keys)
        where = -1
        for key in keys:
            if key in columns:
                where = columns.index(key)
            else:
                where += 1
                columns.insert(where, key)
    nested = {column.rsplit(".", 1)[0] for column in columns if "." in column}
    parents: set[str] = set()
    for prefix in nested:
        parts = prefix.split(".")
        parents.update(".".join(parts[:n]) for n in range(1, len(parts) + 1))
    return [column for column in columns if column not in parents]


# ---- reading -----------------------------------------------------------------------------------

_MISSING = object()


def _validation_error(field: str, reason: str) -> ValidationError:
    e = ValidationError(f"{field}: {reason}")
    e.field = field
    e.reason = reason
    return e


def _column(field: str) -> str:
    """The column a from_dict() field names: 'group "g": contacts[0].email' -> 'contacts.0.email'."""
    name = field.rsplit(": ", 1)[-1]
    return re.sub(r"\[(\d+)\]", r".\1", name)


def _parse_error(at: str, row: collections.abc.Mapping[str, Any], e: ParseError) -> ParseError:
    """e with the row and, when its text is a column's value, the column."""
    column = next((str(k) for k, v in row.items() if isinstance(v, str) and v == e.text), None)
    where = f"{at}: {column}" if column is not None else at
    out = ParseError(f"{where}: {e}")
    out.text, out.position, out.line, out.reason = e.text, e.position, e.line, e.reason
    return out


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if type(value).__name__ in ("NAType", "NaTType"):  # pandas.NA, pandas.NaT
        return True
    return isinstance(value, float) and math.isnan(value)


def _plain(value: Any, key: str, column: str) -> Any:
    """value as a plain Python value (_MISSING for None, NaN, NaT, NA)."""
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        value = value.item()
    if _is_missing(value):
        return _MISSING
    if hasattr(value, "to_pytimedelta"):  # pandas.Timedelta
        return value.to_pytimedelta()
    if isinstance(value, datetime.datetime):
        if hasattr(value, "to_pydatetime"):  # pandas.Timestamp
            value = value.to_pydatetime()
        if key in _DATE_KEYS:
            if value.tzinfo is not None or value.time() != datetime.time():
                raise _validation_error(column, f"expected a day (datetime.date), got the datetime {value.isoformat()}")
            return value.date()
        return value
    if key in _INT_KEYS and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _unflatten(row: collections.abc.Mapping[str, Any], at: str) -> dict[str, Any]:
    tree: dict[str, Any] = {}
    for column, raw in row.items():
        if not isinstance(column, str):
            raise _validation_error(f"{at}: {column!r}", "column names must be str")
        parts = column.split(".")
        if any(not part for part in parts):
            raise _validation_error(f"{at}: {column}", "not a column name (an empty part between dots)")
        name = next((p for p in reversed(parts) if not p.isdigit()), "")
        value = _plain(raw, name, f"{at}: {column}")
        if value is _MISSING:
            continue
        node = tree
        for depth, part in enumerate(parts[:-1]):
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                raise _validation_error(f"{at}: {column}", f"column {'.'.join(parts[:depth + 1])} holds a value already")
            node = child
        if parts[-1] in node:
            raise _validation_error(f"{at}: {column}", "columns of nested values hold a value here already")
        node[parts[-1]] = value
    out = _lists(tree, at)
    assert isinstance(out, dict)
    # An open-ended schedule writes effective.last None, which reading leaves out: put it back.
    meetings = out.get("meetings")
    if isinstance(meetings, dict):
        effective = meetings.get("effective")
        if isinstance(effective, dict) and "first" in effective and "last" not in effective:
            effective["last"] = None
    return out


def _lists(node: Any, at: str, path: str = "") -> Any:
    """Dicts with keys 0..n-1 as lists, numbered in order without a gap."""
    if not isinstance(node, dict):
        return node
    items = {key: _lists(value, at, f"{path}{key}.") for key, value in node.items()}
    numbered = [key for key in items if key.isdigit()]
    if not numbered:
        return items
    if len(numbered) != len(items):
        other = next(key for key in items if not key.isdigit())
        raise _validation_error(f"{at}: {path}{other}", "numbered columns and named ones under the same name")
    indexes = sorted(int(key) for key in numbered)
    for expected, index in enumerate(indexes):
        if index != expected:
            raise _validation_error(f"{at}: {path}{index}",
                                    f"{path}{expected} is empty: number the items from 0 without a gap")
    return [items[str(index)] for index in indexes]


def _meeting(tree: dict[str, Any], known: collections.abc.Mapping[str, Group], own: collections.abc.Mapping[str, Group]) -> Meeting:
    unknown = sorted(set(tree) - {"group", "start", "end"})
    if unknown:
        raise _validation_error(f"meeting: {unknown[0]}", "unknown key; expected one of group, start, end")
    for key in ("group", "start", "end"):
        if key not in tree:
            raise _validation_error(f"meeting: {key}", "missing")
    group_id = tree["group"]
    if not isinstance(group_id, str):
        raise _validation_error("meeting: group", f"expected a group id (str), got {type(group_id).__name__}")
    host = own.get(group_id) or known.get(group_id)
    if host is None:
        raise _validation_error("meeting: group", f"no group with the id {group_id!r}")
    for key in ("start", "end"):
        if not isinstance(tree[key], datetime.datetime) or tree[key].tzinfo is None:
            raise _validation_error(f"meeting: {key}", f"expected a zone-aware datetime, got {tree[key]!r}")
    return Meeting(group=host, start=tree["start"], end=tree["end"])


def _plan_step(tree: dict[str, Any], known: collections.abc.Mapping[str, Group]) -> PlanStep:
    unknown = sorted(set(tree) - set(_PLAN_STEP_KEYS))
    if unknown:
        raise _validation_error(f"plan step: {unknown[0]}", "unknown key; expected one of " + ", ".join(_PLAN_STEP_KEYS))
    text: dict[str, str] = {}
    for key in ("action_id", "kind", "title", "instruction"):
        value = tree.get(key, "")
        if not isinstance(value, str):
            raise _validation_error(f"plan step: {key}", f"expected a str, got {type(value).__name__}")
        if key in ("action_id", "kind") and not value:
            raise _validation_error(f"plan step: {key}", "missing")
        text[key] = value
    step_groups = []
    for index, g in enumerate(tree.get("groups", [])):
        try:
            step_groups.append(Group.from_dict(g))
        except ValidationError as e:
            raise _validation_error(f"plan step: groups[{index}].{_column(e.field)}", e.reason) from e
    own = {g.id: g for g in step_groups}
    meetings = []
    for index, m in enumerate(tree.get("meetings", [])):
        try:
            meetings.append(_meeting(m if isinstance(m, dict) else {}, known, own))
        except ValidationError as e:
            raise _validation_error(f"plan step: meetings[{index}].{_column(e.field)}", e.reason) from e
    conference = None
    if "conference" in tree:
        try:
            conference = Conference.from_dict(tree["conference"])
        except ValidationError as e:
            raise _validation_error(f"plan step: conference.{_column(e.field)}", e.reason) from e
    step: PlanStep = PlanStep.__new__(PlanStep)
    # PlanStep has no constructor (the campaign makes them): its pickle state builds one.
    getattr(step, "__setstate__")((text["action_id"], text["kind"], text["title"], text["instruction"], step_groups, meetings,
                       conference))
    return step
