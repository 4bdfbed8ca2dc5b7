"""The main window's parts, by responsibility (``ui/main_window.py`` lays them out and wires them).

* ``state`` – ``RegisterState``: the one owner of what the window knows of the register (the
  catalogue, the grids, the approved quarters), its one read path and its one signal
  ``changed(Changes)``; ``selection`` – the one selection every pane follows.
* ``navigator_pane``, ``grid_pane``, ``status`` – panes that follow the state and the selection
  (``follow(state)``), as ``ui.details_pane``, ``ui.chart_pane``, ``ui.scorecard_view`` and the
  steering window (``ui.steering``) do.
* ``value_entry`` – typing, paste, Delete, parts by sex, comments, undo and redo;
  ``structure_actions`` – the Register menu; ``file_actions`` – the File menu;
  ``opening`` – opening a register at start and from the File menu.
"""
