"""The dashboard's parts: clickable tiles, the filter bar, the bar charts (QPainter) and the list behind a figure."""
