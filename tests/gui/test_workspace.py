"""The workspace on its own: tabs in two panes, which reading is current, what follows a close."""

import pytest

from reader.app import open_settings
from reader.core.resources import notice_path
from reader.core.session import Session
from reader.gui.background import Background
from reader.gui.reading import Reading
from reader.gui.workspace import Workspace


@pytest.fixture
def documents(tmp_path):
    paths = []
    for i, body in enumerate(("第一條 為了保護民事主體的合法權益，制定本法。", "第二條 本法自公布之日起施行。")):
        path = tmp_path / f"doc{i}.txt"
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return [notice_path(), *paths]


@pytest.fixture
def workspace(qtbot, data_dir):
    space = Workspace()
    qtbot.addWidget(space)
    space.settings = open_settings(data_dir)
    space.runner = Background(space)
    return space


def add(space, path, pane, data_dir):
    reading = Reading(Session.open(path, data_dir), space.settings, space.runner)
    space.add(reading, pane)
    return reading


def test_the_reading_added_last_is_current_and_close_hands_on(workspace, documents, data_dir, qtbot):
    changes = []
    workspace.currentChanged.connect(changes.append)
    a, b, c = (add(workspace, p, 0, data_dir) for p in documents)
    assert workspace.current is c and changes == [a, b, c]
    assert workspace.readings() == [a, b, c]
    workspace.step(+1)
    assert workspace.current is a  # round from the last tab to the first
    workspace.step(-1)
    assert workspace.current is c
    workspace.remove(c)
    assert c.closed and workspace.current is b and workspace.readings() == [a, b]
    workspace.remove(a)
    workspace.remove(b)
    assert workspace.current is None and changes[-1] is None


def test_two_panes_and_the_state_they_leave(workspace, documents, data_dir):
    left = add(workspace, documents[0], 0, data_dir)
    workspace.set_split(True)
    right = add(workspace, documents[1], 1, data_dir)
    assert workspace.is_split() and workspace.beside(right) is left and workspace.beside(left) is right
    state = workspace.state()
    assert state.panes == ((str(documents[0]),), (str(documents[1]),)) and state.split
    assert state.current == str(documents[1])
    workspace.remove(right)
    assert not workspace.is_split() and workspace.current is left
