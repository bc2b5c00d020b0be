"""Files shipped with Reader: the bundled notice, icons, the desktop entry, translations."""
