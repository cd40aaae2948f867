"""Getting courses: catalogs and their downloads."""
