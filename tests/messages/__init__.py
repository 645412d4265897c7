"""What the program says, in both languages."""
