"""The offboarding wizard and the renewal dialog."""
