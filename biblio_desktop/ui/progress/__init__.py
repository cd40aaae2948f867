"""My progress: one learner's course page (also shown to the facilitator)."""
