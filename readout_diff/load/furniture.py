"""What web pages and e-mails paste around a readout: lines that are no header field and no sentence.

Patterns the loader (``statements.py``) reads a line with: a page's links, buttons, counters, navigation
and footers, a time of day, the keys a page writes beside its dates, an e-mail's addresses, and the
source tags and end marks that close a statement. Each is a label in a header and no sentence under a
body; none is ever an issuer.
"""

from __future__ import annotations

import re

from .headerline import TIME_OF_DAY

# A line that is only a web address or a time of day ("16:10", "2:30 PM (GMT)"): a page's link or a
# release's time pasted with its header, no sentence of the body.
URL_LINE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# A printed page's number alone on its line, as a PDF pasted as text keeps it ("Page 1 of 2", "- 2 -"):
# no sentence wherever it falls in a body.
PAGE_NUMBER = re.compile(
    r"page\s+\d{1,4}\s*(?:of|/)\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]", re.IGNORECASE
)
# A page's furniture under a key: a photo's or video's credit, a view counter ("Photo: Office of the
# President", "Views: 1,234", "Hit: 1523"). A label, never an issuer, a title or a sentence of a body.
KEYED_FURNITURE = re.compile(
    r"(?:photos?|images?|videos?|credits?|views|hits?|reads|visits|reading time|listen"
    r"|to|cc|bcc|attachments?)\s*:.*(?<![.!?])",  # an e-mail's addressees; never a finished sentence
    re.IGNORECASE,
)
# A page's words for its dates, beside them on one line ("Published ... · Updated ...").
_KEYS = r"\s*(?:last\s+)?(?:published|updated|posted|modified|issued|released)(?:\s+on)?\b\s*:?"
# opening the line, or after a separator ("· Updated", "– updated", "(updated", ", updated")
DATE_KEYS = re.compile(rf"(?:^|(?<=[|·•(/–—,;])|(?<=\s-)){_KEYS}", re.IGNORECASE)
# The same but after a comma, where a key may be a sentence's verb ("The plan, published on ...").
DATE_KEYS_APART = re.compile(rf"(?:^|(?<=[|·•(/–—])|(?<=\s-)){_KEYS}", re.IGNORECASE)
# The heading of a page's list of links under an article.
LINKS_HEADING = re.compile(
    r"(?:related|more|latest|other)\s+(?:news|articles?|content|stories|links|releases|posts|documents)\s*:?"
    r"|see also\s*:?|read more\s*:?|you (?:may|might) also (?:like|be interested in)\s*:?",
    re.IGNORECASE,
)
# A page's date key just before a second date.
KEY_BEFORE_DATE = re.compile(r"(?:last\s+)?(?:published|updated|posted|modified)(?:\s+on)?\s*:?\s*$", re.IGNORECASE)
# A page's counter beside a date ("Posted on 2024-09-03 | Views: 341").
COUNTER = re.compile(r"\b(?:views|hits?|reads|visits)\s*:?\s*[\d,.]+", re.IGNORECASE)
# A page's navigation: no label words of ours, but no headline either.
_NAV_WORD = r"(?:(?:skip(?:\s+to)?|main|the)\s+)*(?:content|navigation|menu|search|site\s?map|screen reader access|accessibility)"
NAVIGATION = re.compile(rf"{_NAV_WORD}(?:\s*[|/·]?\s*{_NAV_WORD})*", re.IGNORECASE)
# A button or link alone on its line: a social network, a page's own buttons, a feedback prompt. Under a
# line ending in a colon they may be a list's items ("... on these platforms:" / "Facebook" / "X").
BUTTON_LINE = re.compile(
    r"facebook|twitter|x|linkedin|whatsapp|telegram|instagram|youtube|weibo|wechat|vkontakte|reddit"
    r"|copy(?: the)? link|suggest to a friend|page top|back to (?:the )?list|list|prev|previous|next"
    r"|(?:previous|next)(?: (?:article|post|story|news))?\s*:[^.!?]{0,150}(?<![.!?])"
    r"|attachments?|download(?: as)? pdf|generate pdf|related links?"
    r"|(?:did you find what you were looking for|was this (?:page|information|article) (?:helpful|useful))\??"
    r"|rate this page",
    re.IGNORECASE,
)
# A page's buttons and counters around an article, none of them a sentence: share and print rows ("Share
# this: Facebook | X | Email", "Share on Facebook (opens in new tab)", "Print version"), a reading time
# ("3 min read"), a gallery ("Photo gallery (12)"), a language switcher ("EN | FR | DE"), a breadcrumb
# trail ("Home > News > Readouts"), a rights notice.
PAGE_LINE = re.compile(
    r"(?:share|print|e-?mail)(?:\s*:|\s+(?:this|the|on|via|it|page|version|article|to a friend)\b)[^.!?]{0,80}(?<![.!?])"
    r"|(?:share|print|e-?mail|print(?:er)?[- ]friendly(?: version)?|follow us(?:(?:\s*:|\s+on\b)[^.!?]{0,80})?"
    r"|e-?mail (?:a|to a) friend)"
    rf"|{COUNTER.pattern}|[\d,.]+\s+(?:views|hits|reads)"
    r"|\d{1,3}\s*min(?:ute)?s?\s+read|(?:photo|video|image)\s+gallery(?:\s*\(\d+\))?|(?:photos|videos)\s*\(\d+\)"
    r"|[A-Z]{2}(?:\s*\|\s*[A-Z]{2}){1,8}"
    r"|home\s*[>»›/|].{0,120}"
    rf"|{BUTTON_LINE.pattern}"
    r"|all rights reserved\.?|the following links open in a new (?:tab|window)\.?"
    rf"|{PAGE_NUMBER.pattern}"
    # a document reference ("SG/SM/23150", "STATEMENT/25/1234")
    r"|(?-i:[A-Z]{1,12}(?:/[A-Z0-9]{1,8})*/\d{1,8})",
    re.IGNORECASE,
)
# The key opening a press contact block under a release ("For further information contact:", "Media
# enquiries: Jane Doe, +27 82 555 0143", "Inquiries:"): a colon after the short keys, which a sentence
# may also open with ("Contacts between the ministries ...").
CONTACT_KEY = re.compile(
    r"for (?:further|more) (?:information|details)(?:,? please)?,? contact\b\s*:?"
    r"|(?:(?:media|press|public)\s+)?(?:enquiries|inquiries|contacts?)(?:\s+(?:for|at)\s+[^:.]{1,60})?\s*:"
    r"|(?:media|press) (?:contacts?|office)\s*:"
    # a heading alone on its line ("Media enquiries" / "Email ..." / "Telephone ...", as GOV.UK pages end)
    r"|(?:(?:for\s+)?(?:media|press)\s+)?(?:enquiries|inquiries|contacts?)\s*$",
    re.IGNORECASE,
)
# A note that the text is a translation ("(Unofficial translation)", "[Translated from Spanish]",
# "Unofficial English translation"): a label over a body, no sentence of it. Unbracketed, it needs a
# qualifier or its source ("Translation of the Communique" is a title, "English version of the Protocol"
# an item of a list), and "Translated by the Embassy of X" is none: it may be all a header says of its
# issuer.
# " from Spanish", " from the Russian original"
_FROM_LANGUAGE = r"\s+from\s+(?:the\s+)?[^\W\d_]+(?:\s+original)?"
_TRANSLATION = (
    r"(?:unofficial|informal|courtesy|working|non-official|machine)\s+(?:english\s+)?(?:translation|version)"
    rf"(?:{_FROM_LANGUAGE})?"
    rf"|(?:english\s+)?translation{_FROM_LANGUAGE}|(?:unofficially\s+)?translated{_FROM_LANGUAGE}"
)
TRANSLATION_NOTE = re.compile(
    rf"[(\[]\s*(?:{_TRANSLATION}|(?:english\s+)?translation|english\s+version)\s*[)\]]|{_TRANSLATION}",
    re.IGNORECASE,
)
# A contact block's heading alone on its line ("Media contact:", "For more information:"): under a body,
# with the office and number under it read apart, no sentence.
CONTACT_HEADING = re.compile(
    rf"(?:{CONTACT_KEY.pattern}|for (?:further|more) (?:information|details)\s*:)", re.IGNORECASE
)
# An e-mail address, bare or in angle brackets.
EMAIL = re.compile(r"<[^<>\s]+@[^<>\s]+>|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A time of day anywhere in a line, as TIME_OF_DAY reads one alone ("at 16:05", "2:30 PM (GMT)").
TIME_ANYWHERE = re.compile(rf"(?<![\d:.]){TIME_OF_DAY.pattern}(?![\d:])")

# A label an analyst types over each side's text: "US readout:", "China readout (MFA website):", "Kremlin
# statement:": a name of a few capitalised words (not "Joint statement:", "Text of the statement:", nor a
# person's "Minister Velk's statement:"), then the kind of text, then a colon.
_NOT_A_SIDE = r"(?:the|a|an|this|that|these|full|joint|final|official|press|media|our|their|his|her|its|my|text|draft)\b"
TYPED_LABEL = re.compile(
    rf"(?P<name>(?![Tt]he\b|(?i:{_NOT_A_SIDE}))(?:[A-Z][\w.-]*(?<!['’]s)\s+|(?:of|and|the)\s+){{1,4}})"
    r"(?i:readout|statement|release)(?:\s*\([^()]{1,40}\))?\s*:"
)

# Source tags and end marks that close a statement without being part of its text.
TRAILER = re.compile(
    r"^(?:\(\s*[^\W\d_][\w .&/'’-]{0,40}\)|(?:source|sources|via)\s*:.*|#{3,}|-\s*30\s*-"
    r"|[-–—*\s]*ends?[-–—*\s]*|end of (?:statement|text|release)|[-–—*\s]*ooo[-–—*\s]*"  # "---oOo---"
    # what a web page puts under an article: its tags, related links, share and print buttons
    r"|(?:tags?|topics?|keywords|related(?: \w+)?|see also|read more)\s*:.*(?<![.!?])"
    r"|(?:photos?|images?|videos?|credits?|views|hits?|reads|visits)\s*:.*(?<![.!?])"
    r"|back to top|top of (?:the )?page"
    # the line an e-mail client writes over a forwarded message's fields
    r"|-*\s*(?:forwarded message|original message|begin forwarded message:?)\s*-*"
    # a page's publication date and link under an article: a date (a year in it) or an address alone
    r"|(?:publication date|date of publication)\s*:[\w ,./-]{0,40}?\b(?:19|20)\d\d\b[^.!?]{0,20}"
    r"|(?:direct link|permalink|short (?:link|url))\s*:\s*\S+"
    r"|(?:©|copyright\s+(?:©|\(c\)|\d{4})).{0,200}"  # a page's copyright line ("(c)" alone opens list items)
    rf"|{LINKS_HEADING.pattern}|{PAGE_LINE.pattern}|{TRANSLATION_NOTE.pattern})$",
    re.IGNORECASE,
)
