# SPDX-License-Identifier: MIT
import datetime
import threading

import pytest

import advocacy
from advocacy import Supporter, plans_to_records

TODAY = datetime.date(2015, 9, 1)
STATES = ["MN", "MD", "MA", "CA", "WI", "TX", ""]


def people(n):
    return [Supporter(id=f"s{i}", name=f"Supporter {i}", email=f"s{i}@example.org", state=STATES[i % len(STATES)])
            for i in range(n)]


@pytest.fixture(scope="module")
def sample():
    return advocacy.sample_campaign()


@pytest.mark.parametrize("threads, chunk_size", [(1, 4096), (2, 3), (3, 1), (0, 50)])
def test_plans_in_order_equal_to_plan(sample, threads, chunk_size):
    supporters = people(200)
    got = list(sample.plans(iter(supporters), TODAY, threads=threads, chunk_size=chunk_size))
    assert [who for who, _ in got] == supporters
    for who, steps in got:
        assert isinstance(steps, tuple)
        assert list(steps) == sample.plan(who.state, TODAY)


def test_a_supporter_gets_the_group_they_chose_or_their_towns():
    c = advocacy.sample_campaign()
    for gid in ("duluth-north", "duluth-south"):
        c.add_group(advocacy.Group(id=gid, name=gid, location=advocacy.Location(locality="Duluth", state="MN")))
    supporters = [
        Supporter(id="a", name="A", locality="duluth", state="MN"),
        Supporter(id="b", name="B", locality="Duluth", state="MN", preferred_group="duluth-south"),
        Supporter(id="c", name="C", locality="Nowhere", state="MN"),
    ]
    got = {who.id: steps for who, steps in c.plans(supporters, TODAY, threads=2, chunk_size=1)}
    letter = [s for s in got["a"] if s.kind == "letter"][0]
    assert [g.id for g in letter.groups] == ["duluth-north", "duluth-south"]
    assert list(got["a"]) == c.plan("MN", TODAY, locality="duluth")
    assert list(got["b"]) == c.plan("MN", TODAY, locality="Duluth", preferred_group="duluth-south")
    assert [g.id for g in got["b"][0].groups] == ["duluth-south"]
    assert list(got["c"]) == c.plan("MN", TODAY)


def test_plans_take_dicts_and_are_lazy(sample):
    made = []

    def source():
        for i in range(10_000):
            made.append(i)
            yield {"id": f"s{i}", "name": "S", "state": "MN"}

    it = sample.plans(source(), TODAY, chunk_size=100)
    who, steps = next(it)
    assert who.id == "s0"
    assert len(made) == 100  # one chunk read, not the whole list
    assert sum(1 for _ in it) == 9_999


def test_plans_see_the_campaign_as_it_was(sample):
    c = advocacy.sample_campaign()
    it = c.plans(people(3), TODAY)
    before = c.plan("MN", TODAY)
    for a in list(c.actions):
        c.remove_action(a.id)
    assert [list(steps) for _, steps in it][0] == before


def test_bad_supporters_raise(sample):
    with pytest.raises(advocacy.ValidationError):
        list(sample.plans([{"id": "s1"}], TODAY))
    with pytest.raises(TypeError):
        sample.plans(3, TODAY)


def test_records_per_supporter_and_per_step(sample):
    supporters = people(14)
    rows = plans_to_records(sample, supporters, TODAY)
    assert len(rows) == 14
    action_ids = [a.id for a in sample.actions]
    assert list(rows[0]) == ["id", "email", "state"] + [f"steps.{a}" for a in action_ids]
    for row, who in zip(rows, supporters):
        assert (row["id"], row["email"], row["state"]) == (who.id, who.email, who.state)
        steps = {s.action_id: s.instruction for s in sample.plan(who.state, TODAY)}
        assert [row[f"steps.{a}"] for a in action_ids] == [steps.get(a, "") for a in action_ids]
    per_step = plans_to_records(sample, supporters, TODAY, per_step=True, threads=2)
    assert len(per_step) == sum(len(sample.plan(s.state, TODAY)) for s in supporters)
    first = per_step[0]
    assert list(first) == ["id", "email", "state", "step", "action_id", "kind", "title", "instruction"]
    assert first["step"] == 1


def test_plans_run_in_parallel_threads(sample):
    results = {}

    def work(k):
        results[k] = plans_to_records(sample, people(2000), TODAY)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results[0] == results[1] == results[2]
