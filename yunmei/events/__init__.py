"""Events (contests, matches, selections, exams) and their results, read from article text.

``extract_events(text, published_at=None, *, title=None) -> list[dict]`` returns the events of the
public contract (``../shared/contract.md``)::

    {name, kind, date, venue, organizer, participants,
     awards: [{tier, tier_rank, recipients: [{name, kind, affiliation}], category}],
     evidence, medal_tally}

``medal_tally`` ({gold, silver, bronze} or None) is an addition: a count like ``4金5银7铜`` names
nobody, so it is kept on the event instead of becoming awards.

Rules, briefly:

- Only events with results are returned: an article that merely announces prizes (``设一等奖3名``,
  ``将评出``), counts winners without naming them, tallies medals, recalls past wins (``曾获得``,
  ``去年``) or hopes for them (``力争``) gives ``[]``; so does an event held without results named.
- Awards come from clause patterns: ``A获得一等奖``, ``A、B和C分获一、二、三等奖``, ``一等奖由A获得``,
  ``获得一等奖的是A``, ``冠军为A``, ``一等奖:A、B``, ``金牌被A收入囊中``; a result stated twice counts once.
- Recipient lists split on 、 , and on 和/与/及/以及 only when both sides are complete names of the
  same sort (so 区住房和城乡建设局 stays whole); affiliations come from ``名(单位)`` and ``单位(的)(选手)名``.
- The event is the contest named most recently before the result (``…擂台赛``, ``“创新湛江杯”科普讲解大赛``);
  results before any name, or in an article that names none, go to one unnamed event (or to the
  only named contest, or to the one the title names).
- Date, venue, organiser and participant count come from the sentences that name the event, then
  from the rest of its stretch of text; month-day dates take the year of ``published_at`` unless
  that would put them after publication.

Input is normalized simplified text; full-width punctuation is accepted and comes back in ASCII
(``,;:()``) in names and evidence. The function never raises: on an internal error it logs and
returns ``[]`` (set ``STRICT = True`` to let errors through, as the tests do).

Stages, one module each: ``text`` (sentences, clauses), ``shapes`` (the table of result-clause
shapes), ``recipients`` (splitting a name list), ``tiers`` (ranks, spread lists), ``facts`` (event
names, date, venue, organiser, participants) and ``assembly`` (results -> events). Word lists are
data files in ``data/``, loaded once by ``lexicon``.
"""

from __future__ import annotations

import logging

from yunmei.events import assembly
from yunmei.events.recipients import recipient as _recipient
from yunmei.events.recipients import recipients as _recipients
from yunmei.events.tiers import expand_tiers as _expand_tiers
from yunmei.events.tiers import tier_rank

log = logging.getLogger(__name__)

STRICT = False  # tests set this so a bug fails loudly instead of returning []

__all__ = ["extract_events", "tier_rank"]
_ = (_recipient, _recipients, _expand_tiers)  # kept importable for older callers and tests


def extract_events(
    text: str, published_at: str | None = None, *, title: str | None = None
) -> list[dict]:
    """Events with results reported in `text` (normalized simplified Chinese); never raises.

    `published_at` (ISO datetime or date) resolves month-day dates; `title`, when given, only helps
    name the event (results are read from `text`).
    """
    try:
        return assembly.extract(text, published_at, title)
    except Exception:
        if STRICT:
            raise
        log.warning("extract_events failed; returning no events", exc_info=True)
        return []
