"""Stage 2, parse: printed structure only, no catalog and no gazetteer.

In: a `read.Report` (lines of each language half). Out: table blocks with their cells, title and
notes (`parse.tables`), numbers with unit, scale, qualifier and position in a line
(`parse.numbers`), sentences and clauses (`parse.sentences`)."""
