"""Developer tools, not part of the product: `make bench` (bench), extraction scores against the
gold sets (textbench, auditbench), throw-away project copies (sandbox) and a local server under
the site's sub-path (preview), used by the tests and the benchmarks."""
