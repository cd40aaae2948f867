"""Settings: language, look, idle sign-out, data folder, backups, the library's name."""
