"""Entry point of the stand-alone bundle built by packaging/build-bundle.sh."""

import multiprocessing
import sys

if __name__ == "__main__":
    # the analysis worker is spawned from this executable: freeze_support makes that start the
    # worker, not a second window (it must run before anything else)
    multiprocessing.freeze_support()
    from reader.cli import main
    from reader.gui import background

    background.WORKER_IN_BUNDLE = True
    sys.exit(main())
