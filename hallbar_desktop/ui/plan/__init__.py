"""The activity plan, the economy and the payment request's documents in the window (issue 18).

``data`` reads what the views show through the window's state (kept until a change of the plan,
the economy or the structure concerns the project), ``words`` translates the core's Swedish words,
``models`` are the Qt models over the services' plain dataclasses, ``activities_view`` and
``economy_view`` the two tabs, ``cost_editing`` typing and pasting costs with undo,
``budget_dialog`` the budget, financing and settings, ``cost_import_dialog`` Arkiv → Importera
kostnader, ``plan_exports`` the lägesrapport and the ekonomisk redovisning, and ``plan_actions``
what the main window wires in a few lines.
"""
