"""PDF documents on ReportLab's platypus: fonts, the page template and charts as vector drawings.

Kept apart from what a report says (``reporting.meeting_report``) so that another printable
report (a lägesrapport) can use the same pages, styles and chart embedding. ReportLab and
matplotlib are imported inside the functions that use them: the window must not pay for them.
"""
