"""The app around the screens: start-up (app), the main window and its navigation, the
window's self-test steps, the start-up probe."""
