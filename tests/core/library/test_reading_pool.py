"""The reading pool outlives a timer that fires while a batch holds it."""

from reader.core.library import reading_pool as rp


def test_a_timer_firing_while_a_batch_holds_the_pool_leaves_it_open(monkeypatch):
    for name, value in (("_pool", None), ("_timer", None), ("_users", 0)):  # no earlier test's pool
        monkeypatch.setattr(rp, name, value)
    first = rp.reading_pool(1)
    rp.release()  # the idle timer starts
    again = rp.reading_pool(1)  # a new batch takes the pool...
    rp.close()  # ...just as the timer, already past cancel(), closes it
    try:
        assert again is first
        assert rp._pool is first
        assert first.submit(sum, [1, 2]).result(timeout=60) == 3
    finally:
        rp.release()
        rp.close()
    assert rp._pool is None
