import sys

from reader.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # the analysis worker is a spawned process: in a frozen bundle it starts this entry
        # again, and freeze_support turns that start into the worker instead of a second
        # Reader (imported only there: multiprocessing costs a launch 10 ms)
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
