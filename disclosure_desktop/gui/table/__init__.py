"""The grid editor of an official table: model, view, cell delegate, frozen headers, widths."""
