"""Dialogs that create and edit records through the services."""
