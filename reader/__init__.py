"""Reader (研讀): a study reader for Chinese documents."""

__version__ = "0.1.0"
APP_NAME = "Reader"
