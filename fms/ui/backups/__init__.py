"""Backups in the window: the menus' actions, the list and restore dialogs, the worker thread."""
