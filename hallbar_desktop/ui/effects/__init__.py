"""The effect chain (Effektlogik) and the learning log (Lärdomar) in the window.

``models`` adapts the core's plain data (``services.effect_chain.EffectChain``,
``services.lessons.LessonInfo``) to Qt; ``chain_view`` is the editor of the chain with its
diagram (``diagram``, drawn in the chart renderer thread), ``chain_dialogs`` its forms;
``lessons_view`` the learning log and ``lesson_dialog`` its form, which the steering window's
meeting tab opens too. Each view follows the window's state and selection (``follow(state)``)
and writes through ``services.operations``.
"""
