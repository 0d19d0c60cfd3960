# SPDX-License-Identifier: MIT
import pickle

import pytest
from hypothesis import given, settings, strategies as st

import advocacy
from advocacy import Supporter, SupporterWarning, read_supporters

MOBILIZE = (
    "first_name,last_name,email,phone,zip\r\n"
    "Dana,Reyes,dana@example.org,(612) 555-0143,55401\r\n"
    "Ari,Moss,ari.example.com,,85701\r\n"
    "Bo,Chen,bo@example.com,,21301\r\n"
)


def skipped(result):
    return sum(1 for w in result.warnings if w.skipped)


def test_reads_a_crm_export_and_accounts_for_every_row():
    result = read_supporters(MOBILIZE)
    assert result.format == "csv"
    assert result.rows == 3
    assert len(result.supporters) + skipped(result) == result.rows
    assert result.supporters[0] == Supporter(id="row-1", name="Dana Reyes", email="dana@example.org",
                                             phone="(612) 555-0143", state="MN", postal_code="55401")
    assert result.warnings == (
        SupporterWarning(3, 2, "email", "the email has no @: expected one, as in name@example.org", True),
        SupporterWarning(4, 3, "zip", "its three-digit prefix is not one USPS uses for a state: read without a state",
                         False),
    )
    assert str(result.warnings[0]) == ('line 3 (row 2), column "email": the email has no @: expected one, '
                                       'as in name@example.org')
    assert result.supporters[1].state == ""
    for warning in result.warnings:
        for personal in ["Ari", "Moss", "ari.example.com", "Bo", "Chen"]:
            assert personal not in str(warning)


def test_bytes_tsv_and_json_lines():
    tsv = read_supporters("name\tstate\nLee\tMinnesota\n".encode())
    assert tsv.format == "tsv"
    assert tsv.supporters[0].state == "MN"
    jsonl = read_supporters("\n".join(s.to_json() for s in read_supporters(MOBILIZE).supporters) + "\n")
    assert jsonl.format == "jsonl"
    assert jsonl.supporters == read_supporters(MOBILIZE).supporters


def test_bad_rows():
    text = "name,email,zip\n" + "A" * 1_000_000 + ",a@example.org,55401\nB,b@example.org,55401,x\n,c@example.org,55401\n"
    result = read_supporters(text)
    assert result.rows == 3
    assert result.supporters == ()
    assert [(w.row, w.column) for w in result.warnings] == [(1, "name"), (2, ""), (3, "name")]


def test_options_and_errors():
    assert read_supporters("name,state\nAri,ON\n", country="CA").supporters[0].country == "CA"
    assert read_supporters("name\nAri\n", max_field_length=2).warnings[0].column == "name"
    with pytest.raises(advocacy.ParseError):
        read_supporters("email\na@example.org\n")
    with pytest.raises(advocacy.ParseError):
        read_supporters("name\nAri\n", format="xlsx")
    with pytest.raises(advocacy.ValidationError):
        read_supporters("name\nAri\n", country="XX")


def test_results_pickle_and_repr():
    result = read_supporters(MOBILIZE)
    assert pickle.loads(pickle.dumps(result, protocol=5)) == result
    assert repr(result) == "<advocacy.SupporterList rows=3 supporters=2 warnings=2 format='csv'>"


CELLS = st.sampled_from(["Dana", "Lee Park", "", " ", "dana@example.org", "bad.email", "55401", "5540", "21301",
                         "MN", "Minnesota", "XX", "\"", "\"q,\"\"x\"", "a\nb", "\u00e9", "\xff", "{", ",", "\t"])
HEADERS = st.sampled_from(["name", "first_name", "last_name", "email", "zip", "state", "city", "phone", "id",
                           "country", "notes", "group"])


@settings(max_examples=200, deadline=None)
@given(header=st.lists(HEADERS, min_size=1, max_size=6),
       rows=st.lists(st.lists(CELLS, min_size=0, max_size=8), max_size=12),
       separator=st.sampled_from([",", "\t"]), line_end=st.sampled_from(["\n", "\r\n"]))
def test_every_row_is_accounted_for(header, rows, separator, line_end):
    text = separator.join(header) + line_end + "".join(separator.join(r) + line_end for r in rows)
    try:
        result = read_supporters(text)
    except advocacy.ParseError:
        return  # no name column, or a header quote never closed
    assert len(result.supporters) + skipped(result) == result.rows
    lines = text.count("\n") + 1
    for warning in result.warnings:
        assert 1 <= warning.line <= lines
        assert 1 <= warning.row <= result.rows
    for person in result.supporters:
        person.validate()
        assert Supporter.from_json(person.to_json()) == person
