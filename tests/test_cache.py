"""LoadOnce: the caches background tasks fill (datasets, test splits) make each value once."""

import threading
import time

import pytest

from cnngui.core.cache import LoadOnce


def test_two_threads_asking_at_once_make_the_value_once():
    cache, made = LoadOnce(), []

    def make():
        made.append(1)
        time.sleep(0.05)  # long enough for the second thread to ask meanwhile
        return "value"

    results = []
    threads = [threading.Thread(target=lambda: results.append(cache.get("k", make))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["value"] * 4 and len(made) == 1
    assert "k" in cache and cache.peek("k") == "value" and cache.peek("other") is None


def test_a_failure_is_not_kept():
    cache = LoadOnce()
    with pytest.raises(OSError):
        cache.get("k", lambda: (_ for _ in ()).throw(OSError("disk")))
    assert "k" not in cache
    assert cache.get("k", lambda: 3) == 3
