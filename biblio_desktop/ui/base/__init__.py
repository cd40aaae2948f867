"""What every screen uses: app state and navigation, the workers, theme, icons, error
dialogs, translations, date formats, save folders, the clock notice."""
