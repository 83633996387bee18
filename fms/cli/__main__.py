"""`python -m fms.cli` is `vivier-admin`."""

import sys

from fms.cli.main import main

sys.exit(main())
