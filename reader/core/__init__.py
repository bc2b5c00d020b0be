"""Document logic. Nothing below this package imports Qt."""
