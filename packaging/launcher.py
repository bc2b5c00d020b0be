"""Entry point of the stand-alone bundle built by packaging/build-bundle.sh."""

import sys

from reader.cli import main

sys.exit(main())
