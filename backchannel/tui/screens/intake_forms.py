"""The forms of importing: an article to import, and a proposal to correct in triage."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from backchannel.actions import ActionError, Outcome, intake
from backchannel.extract.capture import normalise_topic
from backchannel.tui.screens.form import Field, FieldError
from backchannel.tui.screens.item_forms import DATE_HINT, DeskForm, date_field, or_none


class CandidateForm(DeskForm):
    """Correct a proposal before triage decides it: speaker, words, date."""

    TITLE = "Correct the proposal"

    def fields(self) -> list[Field]:
        return [
            Field("speaker", "Speaker", complete=self.actor_names, placeholder="pick an actor"),
            Field("text", "Words", "text"),
            Field("date", "Date", placeholder=DATE_HINT),
        ]

    def load(self) -> dict[str, str]:
        assert self.item_id is not None
        c = self.desk.candidates.get(self.item_id)
        return {"speaker": c.speaker or "", "text": c.text, "date": c.date or ""}

    def save(self, values: dict[str, str]) -> Callable[[], Outcome]:
        assert self.item_id is not None
        if not values["text"].strip():
            raise FieldError("text", "the proposal needs its words")
        date = date_field("date", values["date"])
        return partial(
            intake.correct, self.desk, self.item_id,
            speaker=or_none(values["speaker"]), text=values["text"], date=date,
        )  # fmt: skip


class ImportForm(DeskForm):
    """Paste an article (or give a file's path); its proposals go to triage."""

    TITLE = "Import an article"

    def fields(self) -> list[Field]:
        return [
            Field("text", "Paste the article here (or give a file's path below)", "text"),
            # What an article most often lacks comes first: one tab from the paste.
            Field(
                "published",
                "Published (needed when the article has no dateline or date line)",
                placeholder=DATE_HINT,
            ),
            Field(
                "topics",
                "Topics of the whole article (default: what its headline and body share)",
                complete=self.topic_names,
                listing=True,
                placeholder="a, b",
            ),
            Field("outlet", "Outlet", complete=self.source_names),
            Field("title", "Title (default: the headline)"),
            Field("url", "URL (default: one near the top of the article)"),
            Field("file", "…or the path of a text file"),
        ]

    def save(self, values: dict[str, str]) -> Callable[[], Outcome]:
        text = values["text"]
        if not text.strip() and values["file"].strip():
            path = Path(values["file"].strip()).expanduser()
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise FieldError("file", f"{path}: cannot be read ({error})") from None
        if not text.strip():
            raise FieldError("text", "paste an article, or give a file's path")
        published = date_field("published", values["published"])

        def action() -> Outcome:
            # Runs on the app's worker: reading a long article never freezes the screen.
            done = intake.import_article(
                self.desk,
                text,
                title=or_none(values["title"]),
                outlet=or_none(values["outlet"]),
                url=or_none(values["url"]),
                published=published,
                topics=[normalise_topic(t) for t in values["topics"].split(",") if t.strip()],
            )
            if done.duplicate:
                raise ActionError(
                    f"already imported as source #{done.source_id}: nothing added", field="text"
                )
            return done.outcome()

        return action
