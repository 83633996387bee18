"""The talent pool screen's parts: search, saved lists, ranking for a mission, rate benchmarks."""
