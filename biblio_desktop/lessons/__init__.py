"""Lesson content without Qt: Markdown rendering with sanitising, WebVTT subtitles."""
