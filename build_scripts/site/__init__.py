"""Stage 6, site: the written data package -> zh/en Markdown pages (`site.pages`, one Jinja2
template per page kind in templates/), Altair/Vega-Lite charts (`site.charts`) and their static
SVGs (`site.render`), the site's words and number formats (`site.ui`), and `mkdocs build --strict`
into site/ (`site.build`, with the mkdocs hooks in `site.hooks`)."""
