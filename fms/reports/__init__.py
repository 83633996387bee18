"""PDF rendering from plain data; never imports Qt or touches the database."""
