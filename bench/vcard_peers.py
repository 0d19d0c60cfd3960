#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""vCard reading side by side: advocacy.read_vcard against python vobject's readComponents on the
same address book, n cards of the shape Google Contacts exports (the cards of
bench/vcard_bench.cpp), in this one process. vobject only parses the cards; read_vcard also
builds the campaign. Times are the best of a few runs, as CPU time of this process
(time.process_time). Run with PYTHONPATH pointing at the built module:

    PYTHONPATH=build-release/python /usr/bin/python3 bench/vcard_peers.py
"""

import argparse
import time

import vobject

import advocacy


def google_card(i):
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"FN:Person {i} Example\r\nN:Example;Person {i};;;\r\n"
        f"EMAIL;TYPE=INTERNET;TYPE=WORK:p{i}@example.org\r\nEMAIL;TYPE=INTERNET;TYPE=HOME:p{i}@example.com\r\n"
        f"TEL;TYPE=CELL:(612) 555-01{i % 100}\r\nitem1.X-ABLabel:Volunteer\r\n"
        f"ADR;TYPE=WORK:;;{i} Example Ave S;Minneapolis;MN;55405;US\r\nORG:Group {i // 20}\r\n"
        "TITLE:Coordinator\r\nCATEGORIES:myContacts\r\nEND:VCARD\r\n"
    )


def best(function, runs):
    times = []
    for _ in range(runs):
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
    return min(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'cards':>7} {'read_vcard':>12} {'vobject':>12} {'ratio':>7}")
    for n in args.cards:
        text = "".join(google_card(i) for i in range(n))
        ours = best(lambda: advocacy.read_vcard(text), args.runs)
        theirs = best(lambda: list(vobject.readComponents(text)), args.runs)
        print(f"{n:>7} {ours * 1000:>10.1f}ms {theirs * 1000:>10.1f}ms {theirs / ours:>6.0f}x")


if __name__ == "__main__":
    main()
