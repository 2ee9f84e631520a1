"""Mirror copies of an article on other domains (site-spec §5).

Applies when the URL carries the site's ``/p/{id}.html`` on a foreign host. The lines are
read like the site's own after the mirrors' word substitutions are undone; the mirror's
metadata is its own (often spam) and is not used.
"""

from __future__ import annotations

from yunmei.extract.layouts.site import SiteLayout
from yunmei.extract.mirror import undo_substitutions


class MirrorLayout(SiteLayout):
    name = "mirror"
    kind = "mirror"
    use_meta = False

    def fields(self) -> None:
        ctx = self.ctx
        ctx.result["is_mirror"] = True
        ctx.flag("mirror_copy")
        for block in ctx.page.lines:
            if block.text:
                block.text = undo_substitutions(block.text)
        super().fields()
