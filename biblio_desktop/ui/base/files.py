"""Where the UI saves what people take away, and the small file it writes itself.

Shared by the certificate flow (records_actions.py) and the sync panel's key export
(sync_panel.py), so neither screen imports the other.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths

from ...errors import BiblioError
from ...records import load_installation_key


def default_folder() -> Path:
    """The user's Documents folder, else home: where people look for saved files."""
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


# --- the installation's public key ----------------------------------------------------------

def public_key_document(workspace: Any) -> dict[str, Any]:
    """The trusted-keys file of this installation, as `biblio-desktop key export-public`
    writes it, so a central office can run `biblio-desktop verify --trusted-keys`."""
    from ...records.issue import DEFAULT_ISSUER_NAME, ISSUER_NAME_SETTING
    from ...records.verify import TRUSTED_KEYS_FORMAT

    key = load_installation_key(workspace.layout)
    name = workspace.settings.get(ISSUER_NAME_SETTING) or (
        f"{DEFAULT_ISSUER_NAME} {key.fingerprint[:9]}")
    return {"format": TRUSTED_KEYS_FORMAT, "version": 1,
            "keys": [{"name": name, "key": key.did, "fingerprint": key.fingerprint}]}


def write_public_key_file(workspace: Any, out: Path) -> Path:
    text = json.dumps(public_key_document(workspace), indent=2, ensure_ascii=False) + "\n"
    try:
        Path(out).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise BiblioError(f"Cannot write {out}: {exc.strerror}.", "choose another place") \
            from exc
    return Path(out)
