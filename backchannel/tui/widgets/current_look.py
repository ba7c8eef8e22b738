"""The current pane keeps its focused look while a bar on its screen has the keys."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from textual.css.styles import RulesMap
from textual.widget import Widget
from textual.widgets import DataTable, Input

if TYPE_CHECKING:
    from textual.widget import PseudoClasses

    _Base = DataTable[Any]
else:
    _Base = object  # a mixin: Textual reads each widget class's own bases


def looks_focused(table: Widget) -> bool:
    """Focused, or the current pane (``-current``) while a field of its screen
    (the filter line, the capture bar) has the keys: the line acts on it."""
    if table.has_focus:
        return True
    if not table.has_class("-current") or not table.is_attached:
        return False
    return isinstance(table.screen.focused, Input)


class CurrentLook(_Base):
    """For a pane's table. Opening the filter line over a pane and closing it
    again moved the focus away and back, and each move changed the pane's
    look (its tint, its cursor, its heavy rule), so every visible row was
    drawn again twice, 5-10 ms at 80x24 and twice that at 200x50, for a pane
    whose results are what the line is about. Here the current pane keeps
    the look of focus while a field of its screen has the keys, and when a
    change of focus leaves its look as it was, its rows are not drawn again."""

    _PSEUDO_CLASSES: ClassVar[dict[str, Callable[[Any], bool]]] = {
        **DataTable._PSEUDO_CLASSES,
        "focus": looks_focused,
        "blur": lambda table: not looks_focused(table),
    }

    _look: tuple[object, ...] | None = None

    def get_pseudo_class_state(self) -> PseudoClasses:
        state = super().get_pseudo_class_state()
        return state._replace(focus=looks_focused(self))

    @property
    def _pseudo_classes_cache_key(self) -> tuple[int, ...]:
        return (self.mouse_hover, looks_focused(self), self.is_disabled)

    def notify_style_update(self) -> None:
        # DataTable drops every row it has drawn at any change of style; its
        # caches are keyed by the pseudo-classes above, so when the rules, the
        # classes and the app's styles are all as they were, they still hold.
        rules: RulesMap = self.styles.get_render_rules()
        look = (
            self.get_pseudo_class_state(),
            frozenset(self.classes),
            self.app._css_update_count if hasattr(self.app, "_css_update_count") else None,
            rules,
        )
        if look == self._look:
            Widget.notify_style_update(self)
            return
        self._look = look
        super().notify_style_update()
