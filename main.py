"""Starts Vivier: `python main.py [--db PATH] [--demo] [--lang fr]`."""

import sys

from fms.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
