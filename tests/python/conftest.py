# SPDX-License-Identifier: MIT
import datetime

import pytest

# The day the seed's vote took place; texts without a year are read against it.
SEED_REFERENCE = datetime.date(2015, 8, 11)


@pytest.fixture
def reference():
    return SEED_REFERENCE
