"""Course catalogs and package downloads (issue 6); pure Python, no Qt.

- `catalog`: the catalog.json format and its strict parser (docs/catalog-format.md);
- `store.CatalogStore`: configured catalog URLs, refresh (ETag), cached copies;
- `downloader.Downloader`: resumable HTTP(S) fetch into a `.part` file;
- `manager.DownloadManager`: download + verify + import, resumable across restarts;
- `updates`: catalog status against installed courses, `updates_available`,
  `remove_old_versions`.
"""

from .catalog import Catalog, CatalogEntry, CatalogError, parse_catalog
from .downloader import Downloader, DownloadError
from .manager import DownloadInfo, DownloadManager, DownloadOutcome, DownloadToken
from .store import CatalogSource, CatalogStore, RefreshResult
from .updates import (
    CatalogListing,
    Update,
    catalog_listing,
    find_entry,
    remove_old_versions,
    updates_available,
)

__all__ = [
    "Catalog", "CatalogEntry", "CatalogError", "CatalogListing", "CatalogSource",
    "CatalogStore", "DownloadError", "DownloadInfo", "DownloadManager", "DownloadOutcome",
    "DownloadToken", "Downloader", "RefreshResult", "Update", "catalog_listing", "find_entry",
    "parse_catalog", "remove_old_versions", "updates_available",
]
