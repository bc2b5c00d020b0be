import gc
import weakref

from PySide6.QtCore import QObject

from reader.gui.back_pointer import BackPointer


class Owner:
    pass


class Owned(QObject):
    owner = BackPointer()

    def __init__(self, owner) -> None:
        super().__init__()
        self.owner = owner


def test_a_back_pointer_reads_as_its_owner_and_makes_no_cycle():
    owner = Owner()
    owner.child = Owned(owner)
    assert owner.child.owner is owner
    gone = weakref.ref(owner)
    gc.disable()
    try:
        del owner
        assert gone() is None  # freed by reference counting: no cycle through the child
    finally:
        gc.enable()


def test_a_back_pointer_gives_none_once_its_owner_is_gone_or_unset():
    owner = Owner()
    child = Owned(owner)
    del owner
    assert child.owner is None
    child.owner = None
    assert child.owner is None
    assert isinstance(Owned.owner, BackPointer)
