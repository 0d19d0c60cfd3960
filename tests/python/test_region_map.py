# SPDX-License-Identifier: MIT
import pickle

import pytest

import advocacy
from advocacy import RegionMap


def two_regions():
    return RegionMap({"Mid Atlantic": ["MD", "DE", "VA", "DC"], "Mid Western": ["MN", "WI", "IL"]})


def test_lookups():
    regions = two_regions()
    assert regions.region_of("MD") == "Mid Atlantic"
    assert regions.region_of("MN") == "Mid Western"
    assert regions.region_of("TX") is None
    assert regions.states_of("Mid Atlantic") == ["DC", "DE", "MD", "VA"]
    assert regions.states_of("Southern") == []
    assert regions.regions() == ["Mid Atlantic", "Mid Western"]
    assert "Mid Western" in regions
    assert "Southern" not in regions
    assert len(regions) == 2
    assert not RegionMap() and len(RegionMap()) == 0


def test_add_extends_a_region():
    regions = two_regions()
    regions.add("Mid Western", ["IA", "MN"])
    assert regions.states_of("Mid Western") == ["IA", "IL", "MN", "WI"]
    regions.add("Southern", ("TX", "GA"))
    assert regions.region_of("GA") == "Southern"


def test_a_state_in_two_regions_is_refused():
    regions = two_regions()
    with pytest.raises(advocacy.ValidationError) as info:
        regions.add("Southern", ["TX", "MD"])
    assert info.value.field == 'region_map: "MD"'
    assert info.value.reason == 'already in region "Mid Atlantic", cannot also be in "Southern"'
    assert "Southern" not in regions
    assert regions == two_regions()
    with pytest.raises(advocacy.ValidationError):
        RegionMap({"A": ["MD"], "B": ["MD"]})


def test_bad_codes_and_values():
    with pytest.raises(advocacy.ValidationError) as info:
        RegionMap({"Southern": ["tx"]})
    assert info.value.field == "region_map: state"
    with pytest.raises(advocacy.ValidationError) as info:
        RegionMap({"": ["TX"]})
    assert info.value.field == "region_map: region"
    with pytest.raises(advocacy.ValidationError) as info:
        RegionMap({"Southern": "TX"})  # a str is not a list of codes
    assert info.value.field == 'region_map: "Southern"'
    with pytest.raises(advocacy.ValidationError):
        RegionMap({"Southern": ["TX", 5]})
    with pytest.raises(advocacy.ValidationError) as info:
        two_regions().add("Southern", "TX")
    assert info.value.field == 'region_map: "Southern"'


def test_equality_ignores_insertion_order():
    other = RegionMap()
    other.add("Mid Western", ["IL", "WI", "MN"])
    other.add("Mid Atlantic", ["DC", "VA", "DE", "MD"])
    assert other == two_regions()
    other.add("Southern", ["TX"])
    assert other != two_regions()
    with pytest.raises(TypeError):
        hash(other)


def test_dict_repr_pickle():
    regions = two_regions()
    assert regions.to_dict() == {"Mid Atlantic": ["DC", "DE", "MD", "VA"], "Mid Western": ["IL", "MN", "WI"]}
    assert RegionMap.from_dict(regions.to_dict()) == regions
    assert repr(RegionMap({"Southern": ["TX", "GA"]})) == "RegionMap({'Southern': ['GA', 'TX']})"
    assert pickle.loads(pickle.dumps(regions)) == regions


def test_repr_evaluates_to_an_equal_map(rebuild):
    for regions in [RegionMap(), two_regions(), RegionMap({"Nord-Est \"Qu\u00e9bec\" d'\u00e9t\u00e9 \\": ["VT"]})]:
        assert rebuild(regions) == regions
