"""A ``month`` facet: ``_facet_month=published_date`` counts rows per ``YYYY-MM`` of a date column."""

from __future__ import annotations

from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args


class MonthFacet(ColumnFacet):
    """Like the column facet, on ``substr(column, 1, 7)``; selecting a month filters ``column__startswith``."""

    type = "month"

    async def suggest(self):
        return []  # offered through metadata and links, not guessed for every text column

    async def _rows(self, sql):
        results = await self.ds.execute(
            self.database, sql, self.params, truncate=False,
            custom_time_limit=self.ds.setting("facet_time_limit_ms"),
        )  # fmt: skip
        return results.rows

    async def facet_results(self):
        results, timed_out = [], []
        facet_size = self.get_facet_size()
        for source_and_config in self.get_configs():
            column = source_and_config["config"].get("simple") or source_and_config["config"].get(
                "column"
            )
            expr = f"substr({escape_sqlite(column)}, 1, 7)"
            sql = (
                f"SELECT {expr} AS value, count(*) AS count FROM ({self.sql}) "
                f"WHERE {escape_sqlite(column)} IS NOT NULL GROUP BY value "
                f"ORDER BY value DESC LIMIT {facet_size + 1}"
            )
            try:
                rows = await self._rows(sql)
            except QueryInterrupted:
                timed_out.append(column)  # Datasette says so on the page, like its own facets
                continue

            selected = self.request.args.get(f"{column}__startswith")
            values = []
            for row in rows[:facet_size]:
                is_selected = selected == row["value"]
                toggle = (
                    path_with_removed_args(self.request, {f"{column}__startswith": row["value"]})
                    if is_selected
                    else path_with_added_args(self.request, {f"{column}__startswith": row["value"]})
                )
                values.append(
                    {
                        "value": row["value"],
                        "label": row["value"],
                        "count": row["count"],
                        "toggle_url": self.ds.absolute_url(self.request, toggle),
                        "selected": is_selected,
                    }
                )
            results.append(
                {
                    "name": column,
                    "type": self.type,
                    "hideable": source_and_config["source"] != "metadata",
                    "toggle_url": self.ds.urls.path(
                        path_with_removed_args(self.request, {"_facet_month": column})
                    ),
                    "results": values,
                    "truncated": len(rows) > facet_size,
                }
            )
        return results, timed_out
