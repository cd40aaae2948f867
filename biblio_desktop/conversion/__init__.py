"""Conversion of existing course material (H5P, Moodle, Common Cartridge, QTI, GIFT,
Moodle XML, EPUB, PDF) into BIBLIO course packages.

Every input is rebuilt from its data into our own item kinds and question types, written
as an author's source folder (course.toml, Markdown, quiz TOML, media) and packed by the
ordinary builder: nothing foreign is ever played, and `--to-source` is the same folder.
See docs/conversion.md.
"""
