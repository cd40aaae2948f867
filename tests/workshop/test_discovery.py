"""DNS-SD discovery on loopback; skipped with the reason when multicast is unavailable
(the manual path, address and code, is what test_room.py uses)."""

from __future__ import annotations

import pytest

from biblio_desktop.workshop.discovery import Announcement, browse
from biblio_desktop.workshop.protocol import SERVICE_TYPE


def test_an_announced_workshop_is_found_and_carries_no_secret() -> None:
    try:
        announcement = Announcement("Room 2 Ķekava", 8765, ["127.0.0.1"],
                                    interfaces=["127.0.0.1"])
    except Exception as exc:  # no multicast socket on this machine
        pytest.skip(f"multicast DNS cannot run here ({exc}); the manual path is tested")
    try:
        properties = {k.decode(): (v or b"").decode()
                      for k, v in announcement.info.properties.items()}
        assert properties == {"name": "Room 2 Ķekava", "v": "1"}  # no token, no code
        assert announcement.info.type == SERVICE_TYPE
        found = browse(3.0, interfaces=["127.0.0.1"])
        if not found:
            pytest.skip("multicast on 127.0.0.1 delivers nothing here (announcement made, "
                        "not heard); the manual path is tested")
        assert any(f.name == "Room 2 Ķekava" and f.port == 8765
                   and f.url == "http://127.0.0.1:8765" for f in found)
    finally:
        announcement.close()
