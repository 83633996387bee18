"""Sample data for `--demo` and the benchmarks: a tool above the services, not a service."""
