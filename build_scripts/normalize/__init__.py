"""Stage 3, normalize: printed labels -> meaning.

In: parsed tables and numbers. Out: records (`core.records`): observations with GB/T 2260 region
codes (`normalize.gazetteer`), catalog indicator ids, base units and periods; facts for every
stated number; the zh and en statements of one value aligned (`normalize.align`)."""
