"""A weak reference to an owner, read and written as a plain attribute.

A controller that its Reading owns and that points back at it makes a reference cycle; a
closed tab's objects in cycles wait for a full pass of the collector, and with them the book
they hold (its session, outline and words): 225 ms for a 5 M-character book at the close.
Pointing back weakly leaves reference counting to free the whole tab at once."""

from __future__ import annotations

import weakref
from typing import Any


class BackPointer:
    """`reading = BackPointer()` in a class body: `self.reading = r` keeps a weak reference to
    r, and `self.reading` gives r back (None once r is gone)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._key = f"_{name}_ref"

    def __get__(self, obj: Any, objtype: type | None = None) -> Any:
        if obj is None:
            return self
        ref = obj.__dict__.get(self._key)
        return None if ref is None else ref()

    def __set__(self, obj: Any, value: Any) -> None:
        obj.__dict__[self._key] = None if value is None else weakref.ref(value)
