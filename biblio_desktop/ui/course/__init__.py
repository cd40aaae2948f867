"""A course: its outline and each item's view (lesson, video, slides, quiz)."""
