"""The dashboard's parts: clickable tiles, the filter bar, the charts (pyqtgraph) and the list behind a figure."""
