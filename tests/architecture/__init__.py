"""The package's shape: layers, one writer, module sizes, import graph."""
