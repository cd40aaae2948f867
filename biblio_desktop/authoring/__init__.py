"""Making a package from an author's source folder (course.toml, Markdown, quiz TOML): the
reproducible `biblio-desktop pack`. Above learning/ (quizzes are checked when packed)."""
