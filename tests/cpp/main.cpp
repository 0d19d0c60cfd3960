// SPDX-License-Identifier: MIT
// The test runner; every suite lives in its own <concept>_test.cpp.
#define BOOST_TEST_MODULE advocacy
#include <boost/test/included/unit_test.hpp>
