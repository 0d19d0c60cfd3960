// SPDX-License-Identifier: MIT
// The test runner; every suite lives in its own <concept>_test.cpp. BOOST_TEST_MODULE makes this
// file define main(); the framework itself is the linked libboost_unit_test_framework.
#define BOOST_TEST_MODULE advocacy
#include <boost/test/unit_test.hpp>
