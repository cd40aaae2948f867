"""Qt's own button and file dialog texts, for languages Qt ships no translation of (Greek
has no qtbase_el.qm): listed here so `scripts/translations.py update` keeps them in our .ts
files, where they are translated under Qt's contexts (QPlatformTheme, QFileDialog,
QFileSystemModel). Our translator is installed application-wide, so QDialogButtonBox,
QMessageBox and QFileDialog pick them up. Nothing calls this."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
)

# Qt's own file dialog (saving a report, a certificate or an export where the desktop has
# no file chooser of its own), for the same reason.
FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", '&Look in:'),
    QT_TRANSLATE_NOOP("QFileDialog", 'File &name:'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Files of &type:'),
    QT_TRANSLATE_NOOP("QFileDialog", '&Save'),
    QT_TRANSLATE_NOOP("QFileDialog", '&Open'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Save As'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Back'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Forward'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Parent Directory'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Create New Folder'),
    QT_TRANSLATE_NOOP("QFileDialog", 'List View'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Detail View'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Go back'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Go forward'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Go to the parent directory'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Create a New Folder'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Change to list view mode'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Change to detail view mode'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Sidebar'),
    QT_TRANSLATE_NOOP("QFileDialog", 'List of places and bookmarks'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Files'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Folder'),
    QT_TRANSLATE_NOOP("QFileDialog", 'File Folder'),
    QT_TRANSLATE_NOOP("QFileDialog", 'New Folder'),
    QT_TRANSLATE_NOOP("QFileDialog", '&New Folder'),
    QT_TRANSLATE_NOOP("QFileDialog", '&Delete'),
    QT_TRANSLATE_NOOP("QFileDialog", '&Rename'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Show &hidden files'),
    QT_TRANSLATE_NOOP("QFileDialog", 'All Files (*)'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Recent Places'),
    QT_TRANSLATE_NOOP("QFileDialog", 'Remove'),
    QT_TRANSLATE_NOOP("QFileDialog", 'My Computer'),
    QT_TRANSLATE_NOOP("QFileDialog", '%1 already exists.\nDo you want to replace it?'),
    QT_TRANSLATE_NOOP("QFileSystemModel", 'Name'),
    QT_TRANSLATE_NOOP("QFileSystemModel", 'Size'),
    QT_TRANSLATE_NOOP("QFileSystemModel", 'Type'),
    QT_TRANSLATE_NOOP("QFileSystemModel", 'Date Modified'),
    QT_TRANSLATE_NOOP("QFileSystemModel", 'Kind'),
    QT_TRANSLATE_NOOP("QFileSystemModel", 'Computer'),
    QT_TRANSLATE_NOOP("QFileSystemModel", 'My Computer'),
)
