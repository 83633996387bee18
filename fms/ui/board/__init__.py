"""The pipeline board: a column per stage, cards painted by a delegate, moves through the services."""
