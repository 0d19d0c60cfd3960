# SPDX-License-Identifier: MIT
import datetime
import zoneinfo

import pytest

import advocacy

# The day the seed's vote took place; texts without a year are read against it.
SEED_REFERENCE = datetime.date(2015, 8, 11)


@pytest.fixture
def reference():
    return SEED_REFERENCE


@pytest.fixture(scope="session")
def rebuild():
    """eval(repr(value)) with the names a repr may use: advocacy's, datetime and zoneinfo."""
    namespace = {name: getattr(advocacy, name) for name in advocacy.__all__}
    namespace.update(datetime=datetime, zoneinfo=zoneinfo)
    return lambda value: eval(repr(value), dict(namespace))  # noqa: S307 -- the point of the test


@pytest.fixture(scope="session")
def without_stamps():
    """A calendar's text without its DTSTAMP lines, the time each export was written, line ends
    kept: two exports compare equal even when a second passes between them."""
    return lambda text: "".join(line for line in text.splitlines(keepends=True) if not line.startswith("DTSTAMP:"))
