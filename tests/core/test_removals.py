"""The merge rule of every synced list (reader.core.removals): the newer of "removed" and
"added or changed" wins; an entry without a time loses to any removal; removals are forgotten
after KEPT_DAYS."""

from reader.core.removals import KEPT_SECONDS, changes, merge, prune, seconds


def _merge(mine, mine_removed, theirs, theirs_removed):
    return merge(mine, mine_removed, theirs, theirs_removed, when=lambda at: at)


def test_a_removal_newer_than_the_other_side_s_entry_wins():
    live, removed = _merge({}, {"词": 20.0}, {"词": 10.0}, {})
    assert live == {} and removed == {"词": 20.0}


def test_an_entry_added_after_the_removal_wins_and_the_removal_is_dropped():
    live, removed = _merge({}, {"词": 20.0}, {"词": 30.0}, {})
    assert live == {"词": 30.0} and removed == {}


def test_an_entry_without_a_time_loses_to_any_removal_and_both_sides_agree():
    assert _merge({"词": 0.0}, {}, {}, {"词": 1.0}) == _merge({}, {"词": 1.0}, {"词": 0.0}, {}) == ({}, {"词": 1.0})


def test_without_removals_the_merge_is_the_union_and_the_newer_entry():
    live, removed = merge(
        {"a": ("mine", 1.0), "b": ("mine", 5.0)},
        {},
        {"b": ("theirs", 6.0), "c": ("theirs", 2.0)},
        {},
        when=lambda entry: entry[1],
    )
    assert live == {"a": ("mine", 1.0), "b": ("theirs", 6.0), "c": ("theirs", 2.0)} and removed == {}


def test_changes_stamps_removals_and_forgets_those_put_back():
    touched, removed = changes({"a": 1, "b": 2}, {"b": 3, "c": 4}, {"c": 9.0, "z": 5.0}, now=100.0)
    assert touched == {"b", "c"} and removed == {"a": 100.0, "z": 5.0}


def test_removals_older_than_the_kept_days_are_pruned():
    now = 2_000_000_000.0
    assert prune({"old": now - KEPT_SECONDS - 1, "recent": now - 3600}, now) == {"recent": now - 3600}


def test_times_read_from_a_file_are_checked():
    assert [seconds(v) for v in (1.5, 3, "1", None, True, float("nan"), -1, 1e12)] == [1.5, 3.0, 0, 0, 0, 0, 0, 0]
