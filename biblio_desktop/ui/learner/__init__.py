"""The learner picker, profile dialogs and the learner's library of courses."""
