"""Footer keys are readable in every built-in theme, as the footer draws them."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.color import Color
from textual.theme import BUILTIN_THEMES

from backchannel.db import open_desk
from backchannel.tui.app import BackchannelApp
from backchannel.tui.contrast import READABLE, footer_background, footer_key, ratio
from backchannel.tui.widgets.key_bar import KeyBar

from .test_app import SIZE, settle

#: Themes of the terminal's own 16 colours: nothing to measure.
MEASURED = [name for name in BUILTIN_THEMES if not name.startswith("ansi")]


@pytest.mark.parametrize("theme", MEASURED)
def test_footer_keys_read_on_the_footer(theme: str) -> None:
    app = App()  # the theme's own variables, which BackchannelApp extends
    app.theme = theme
    variables = app.get_css_variables()
    background = footer_background(variables)
    assert background is not None
    key = footer_key(variables)
    assert ratio(Color.parse(key), background) >= READABLE, (theme, key)


async def test_the_footer_draws_its_keys_in_that_colour(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.theme = "solarized-dark"
        await settle(pilot)
        bar = app.screen.query_one(KeyBar)
        # The first key as the bar draws it: "p" of "p Public".
        first = next(s for s in bar.render().render(app.console) if s.text.strip())
        assert first.text == "p" and first.style is not None
        drawn = Color.from_rich_color(first.style.color)
        assert drawn == Color.parse(app.get_css_variables()["bc-footer-key"])
    app.desk.close()


@pytest.mark.parametrize("theme", MEASURED)
def test_the_focused_panes_title_reads_on_the_panes(theme: str) -> None:
    # The focused pane's rule and title are drawn in $text-primary (app.tcss).
    app = App()
    app.theme = theme
    variables = app.get_css_variables()
    for under in ("background", "surface"):
        background = Color.parse(variables[under])
        title = Color.parse(variables["text-primary"])
        title = background.blend(title.with_alpha(1.0), title.a) if title.a < 1 else title
        assert ratio(title, background) >= READABLE, (theme, under)
