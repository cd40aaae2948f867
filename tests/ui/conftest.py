"""Qt test set-up: offscreen platform; Qt fixtures live only under tests/ui."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
