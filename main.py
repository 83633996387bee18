"""Starts Vivier: `python main.py [--db PATH] [--demo] [--lang fr]`."""

import sys

from fms.core.collector import hold_during_start_up

hold_during_start_up()  # before the imports: see fms/core/collector.py

from fms.ui.app import main  # noqa: E402 - after the collector is held

if __name__ == "__main__":
    sys.exit(main())
