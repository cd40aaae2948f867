"""Putting a course into the library: staging, verification, database rows, publisher key pins,
clean-up of interrupted imports. Above learning/ (quizzes are checked at import) and the
package format (packages/), which knows no database."""
