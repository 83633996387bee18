"""Dialogs that produce PDFs: a preview of the first page, then Save As."""
