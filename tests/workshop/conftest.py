"""Workshop tests: data folders that share and join on 127.0.0.1 (no Qt)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.packages.signing import write_key_pair
from biblio_desktop.sync.outbox import install_outbox
from biblio_desktop.workshop.api import Sharing
from biblio_desktop.workshop.server import Limits
from biblio_desktop.workspace import Workspace

from ..core.course_fixtures import COURSE_VERSION, make_source_course

FAST_LIMITS = Limits(header_timeout=1.0, body_timeout=2.0, socket_timeout=5.0)


def open_ws(path: Path) -> Workspace:
    ws = Workspace.open(path)
    install_outbox(ws)
    return ws


@dataclass
class Publisher:
    key: Path
    source: Path  # the test course's source folder

    def build(self, out: Path, *, version: str | None = None, key: Path | None = None,
              unsigned: bool = False) -> Path:
        """The test course packed (optionally as another version, or signed by another key)."""
        source = self.source
        if version is not None:
            import shutil

            source = out.parent / f"src-{version}-{out.stem}" / "test-course"
            shutil.copytree(self.source, source)
            toml = source / "course.toml"
            toml.write_text(toml.read_text(encoding="utf-8").replace(
                f'version = "{COURSE_VERSION}"', f'version = "{version}"'), encoding="utf-8")
        build_package(source, out, sign_key=None if unsigned else key or self.key)
        return out


@pytest.fixture
def publisher(tmp_path: Path) -> Publisher:
    source = make_source_course(tmp_path / "src")
    key = tmp_path / "publisher.key"
    write_key_pair(key)
    return Publisher(key, source)


@pytest.fixture
def signed_package(tmp_path: Path, publisher: Publisher) -> Path:
    return publisher.build(tmp_path / "course-1.0.0.biblio")


@dataclass
class Room:
    host: Workspace
    sharing: Sharing

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sharing.service.port}"


@pytest.fixture
def room(tmp_path: Path, signed_package: Path) -> Iterator[Room]:
    """The facilitator's PC with the course installed, sharing on 127.0.0.1."""
    host = open_ws(tmp_path / "host")
    host.import_package(signed_package)
    sharing = host.workshop.share(bind="127.0.0.1", port=0, announce=False,
                                  limits=FAST_LIMITS)
    try:
        yield Room(host, sharing)
    finally:
        sharing.stop()
        host.close()
