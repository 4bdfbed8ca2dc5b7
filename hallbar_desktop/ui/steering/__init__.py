"""The steering group (Styrgrupp) of the selected project, in a window of its own.

``dialog.SteeringDialog`` holds the members and the meetings list, and the three tabs: the
meeting being edited with approval (``meeting_tab``), decisions (``decisions_tab``) and what is
missing before the meeting (``readiness_tab``). ``data`` reads what the window shows of a
project's steering group; ``models`` are the plain table models over it.
"""
