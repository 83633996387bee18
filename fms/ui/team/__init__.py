"""Working as a team on a shared server: who I am (the manager's name) and how to connect."""
