"""Qt widgets that present the core; they hold no document logic of their own."""
