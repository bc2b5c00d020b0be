"""Entry point of the stand-alone bundle built by packaging/build-bundle.sh."""

import multiprocessing
import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--analysis-worker"]:  # reader.core.worker_process.BUNDLE_FLAG
        # the analysis worker, started by the window from this executable: its loop, not a window
        from reader.core.worker_loop import main as worker

        worker(*map(int, sys.argv[2:5]))
        sys.exit(0)
    # a library batch's process pool spawns from this executable: freeze_support makes that
    # start the pool's process, not a second window (it must run before anything else)
    multiprocessing.freeze_support()
    from reader.cli import main
    from reader.gui import background

    background.WORKER_IN_BUNDLE = True
    sys.exit(main())
