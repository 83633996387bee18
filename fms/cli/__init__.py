"""`vivier-admin`: the administrator's command line, calling the same services and storage as the app."""
