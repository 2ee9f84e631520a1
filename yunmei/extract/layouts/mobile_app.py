"""The older app template on m. (site-spec §3): body, ``展开详细``, a footer ``作者:`` line.

Same grammar as the desktop page; the footer byline and editors are read by the closing-line
scan after the body.
"""

from __future__ import annotations

from yunmei.extract.layouts.site import SiteLayout


class MobileAppLayout(SiteLayout):
    name = "mobile_app"
    kind = "mobile_app"
