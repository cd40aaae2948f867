"""xAPI sync: learning events become statements in an outbox, delivered to an LRS.

- `outbox`: the listener (`install_outbox(workspace)`), `enqueue_record`, `sync_status`.
- `statements`: the statement shapes and deterministic ids (pure functions).
- `lrs`: `sync(workspace, config)` over HTTP(S), standard library only.
- `usb`: `export_pending` / `deliver_folder` for PCs without network.

See docs/sync.md.
"""

from __future__ import annotations

from .lrs import (
    LrsAuthError,
    LrsConfig,
    LrsError,
    LrsUnavailable,
    RetryPolicy,
    SyncError,
    SyncResult,
    load_config,
    save_config,
    sync,
)
from .outbox import (
    SyncStatus,
    enqueue_record,
    install_outbox,
    installation_uri,
    outbox_listener,
    set_installation_uri,
    sync_status,
)
from .usb import confirm_delivered, deliver_folder, export_pending

__all__ = [
    "LrsAuthError", "LrsConfig", "LrsError", "LrsUnavailable", "RetryPolicy", "SyncError",
    "SyncResult", "SyncStatus", "confirm_delivered", "deliver_folder", "enqueue_record",
    "export_pending", "install_outbox", "installation_uri", "load_config", "outbox_listener",
    "save_config", "set_installation_uri", "sync", "sync_status",
]
