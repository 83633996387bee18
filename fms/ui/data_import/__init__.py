"""File → Import freelancers…: a CSV or LinkedIn export previewed, corrected, then imported."""
