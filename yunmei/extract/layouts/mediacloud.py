"""The 媒体云 vendor template (site-spec §3): ``©原创 {time} {source}``, body rendered twice.

Recognised by its text markers (``媒体云APP``, ``仅用于预览`` …, see ``kind.MEDIACLOUD_MARKERS``)
on any site host, old ids included; the info line and the repeated body are read by the shared
text layer (``textlines.MEDIACLOUD_INFO``, ``body.drop_repeat``).
"""

from __future__ import annotations

from yunmei.extract.layouts.site import SiteLayout


class MediaCloudLayout(SiteLayout):
    name = "mediacloud"
    kind = "mediacloud"
