"""Help in the product: the user guide (F1, context-sensitive), the shortcut list and About."""
