"""The freelancer's file: everything known about one person, in one window."""
