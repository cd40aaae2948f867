"""A course video with QtMultimedia: subtitles, speed, full screen and honest progress.

QtMultimedia is imported here only (the course view loads this module when a video is
opened), and a missing backend becomes a message, not a crash. Progress counts what was
actually played: continuous stretches of playback are reported as intervals, so seeking
to the end does not complete a video; 90 % watched does. A video with questions
(format_version 3) pauses at each question's time and shows it under the picture
(video_questions.py); a seek past an unanswered question lists it as skipped.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import BiblioError
from ...learning.tracker import AttemptView
from ...lessons.vtt import Cue, cue_at, parse_vtt
from ...packages.manifest import Item
from ..base.accessibility import show_label_text
from ..base.icons import icon, set_icon_pixmap
from ..base.state import AppState
from .item_view import ItemView
from .lesson_view import confined_file
from .video_questions import VideoQuestionsBox, clock_time

try:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    from PySide6.QtMultimediaWidgets import QVideoWidget
except ImportError:  # pragma: no cover - depends on the installed Qt
    QMediaPlayer = QAudioOutput = QVideoWidget = None  # type: ignore[assignment,misc]

SPEEDS = (0.75, 1.0, 1.25, 1.5, 2.0)
REPORT_EVERY_MS = 10_000
SEEK_STEP_MS = 5_000  # arrow keys on the position slider
SEEK_PAGE_MS = 30_000  # Page Up/Page Down
JUMP_SECONDS = 1.5  # a position change bigger than this (at 1×) is a seek, not playback


format_time = clock_time  # "1:15", "1:02:05"


class PosterLabel(QLabel):
    """The poster shown whole at any size: scaled to fit (aspect kept, letterboxed), never
    cropped. A plain QLabel with a fixed-size pixmap asks for that size and, in a narrower
    window (or beside the webinar's chapters, or at 200 % text), is cut at the sides."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # the pixmap never sets the label's size: the layout does, the pixmap follows
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(160, 90)
        self.setWordWrap(True)  # "Press Play…" when there is no poster

    def set_poster(self, pixmap: QPixmap) -> None:
        self.source = pixmap
        if pixmap.isNull():
            self.clear()
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.source.isNull():
            return
        room = self.contentsRect().size()
        ratio = self.devicePixelRatioF()
        scaled = self.source.scaled(QSize(max(1, int(room.width() * ratio)),
                                          max(1, int(room.height() * ratio))),
                                    Qt.AspectRatioMode.KeepAspectRatio,
                                    Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(ratio)
        self.setPixmap(scaled)


class VideoView(ItemView):
    """Play/pause (Space), seek, time, volume, speed, subtitles, full screen (F / Esc)."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.cues: list[Cue] = []
        self.duration = 0.0
        self.segment: list[float] | None = None  # [start, end] being played now
        self._resume_at = 0.0
        self._completed_sent = False
        self.player: Any = None
        self.stage = QWidget()  # video + subtitles + controls: what goes full screen
        self.stage.installEventFilter(self)
        self.stage.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.screen_stack = QStackedWidget()
        self.poster = PosterLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.screen_stack.addWidget(self.poster)
        self.screen_stack.addWidget(self.message)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setProperty("role", "title")
        self.subtitle.setMinimumHeight(self.fontMetrics().height() * 4)
        show_label_text(self.subtitle, self.tr("Subtitles"))
        self.play_button = self._tool("play", self.tr("Play (Space)"), self.toggle_play)
        self.seek = QSlider(Qt.Orientation.Horizontal)
        self.seek.setAccessibleName(self.tr("Position in the video"))
        self.seek.setSingleStep(SEEK_STEP_MS)  # arrows: 5 s; Page Up/Down: 30 s
        self.seek.setPageStep(SEEK_PAGE_MS)
        self.seek.sliderMoved.connect(self._seek_to)
        self.seek.actionTriggered.connect(lambda _a: self._seek_to(self.seek.sliderPosition()))
        self.time_label = QLabel(format_time(0) + " / " + format_time(0))
        self.subs_button = self._tool("mdi6.closed-caption-outline",
                                      self.tr("Subtitles on or off"), self._refresh_subtitle)
        self.subs_button.setCheckable(True)
        self.subs_button.setChecked(True)
        self.speed = QComboBox()
        self.speed.setAccessibleName(self.tr("Playback speed"))
        for value in SPEEDS:
            self.speed.addItem(f"{value:g}×", value)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(self._set_speed)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(80)
        self.volume.setMaximumWidth(110)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.valueChanged.connect(self._set_volume)
        self.full_button = self._tool("fullscreen", self.tr("Full screen (F)"),
                                      self.toggle_full_screen)
        speed_label = QLabel(self.tr("Sp&eed:"))
        speed_label.setBuddy(self.speed)  # the combo's name on Linux is its value ("1×")
        self.volume_icon = QLabel()
        self.volume_icon.setBuddy(self.volume)
        # Two rows: the position bar over the whole width, the buttons under it. On one
        # row, a narrow player (beside the webinar's chapters, a 1024-pixel screen, 200 %
        # text) squeezed the position bar to nothing.
        seek_row, button_row = QHBoxLayout(), QHBoxLayout()
        seek_row.addWidget(self.seek, 1)
        seek_row.addWidget(self.time_label)
        for widget in (self.play_button, self.subs_button, speed_label, self.speed):
            button_row.addWidget(widget)
        button_row.addStretch(1)
        for widget in (self.volume_icon, self.volume, self.full_button):
            button_row.addWidget(widget)
        self.volume.setMinimumWidth(60)
        controls = QVBoxLayout()
        controls.setSpacing(2)
        controls.addLayout(seek_row)
        controls.addLayout(button_row)
        set_icon_pixmap(self.volume_icon, "volume", 20)  # redrawn on a theme switch
        self._last_pos = 0.0  # the previous position: playing or a seek since?
        self.questions = VideoQuestionsBox()
        self.questions.continue_requested.connect(self.continue_playing)
        self.questions.go_to_requested.connect(self.go_to_question)
        self.questions.asking_changed.connect(self._asking_changed)
        self.screen_stack.addWidget(self.questions.question_page)
        self.questions.panel.item_done.connect(lambda: self._on_reported(
            self.item.id if self.item else "", True))
        stage_layout = QVBoxLayout(self.stage)
        stage_layout.addWidget(self.screen_stack, 1)
        stage_layout.addWidget(self.questions)
        stage_layout.addWidget(self.subtitle)
        stage_layout.addLayout(controls)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.stage)
        # Tab goes as before the two rows: play, position, subtitles, speed, volume, full
        chain = (self.play_button, self.seek, self.subs_button, self.speed, self.volume,
                 self.full_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._report_timer = QTimer(self, interval=REPORT_EVERY_MS)
        self._report_timer.timeout.connect(lambda: self.flush_segment(keep_playing=True))
        self._setup_player()

    def _tool(self, name: str, tip: str, slot: Any) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _setup_player(self) -> None:
        if QMediaPlayer is None:
            return
        try:
            self.player = QMediaPlayer(self)
            self.audio = QAudioOutput(self)
            self.audio.setVolume(self.volume.value() / 100)
            self.player.setAudioOutput(self.audio)
            self.video = QVideoWidget()
            self.video.setAccessibleName(self.tr("Video"))
            self.video.setMinimumSize(320, 180)
            self.screen_stack.addWidget(self.video)
            self.player.setVideoOutput(self.video)
        except Exception:  # a broken multimedia installation: say so instead of crashing
            self.player = None
            return
        self.player.positionChanged.connect(lambda ms: self.on_position(ms / 1000))
        self.player.durationChanged.connect(self._on_duration)
        self.player.playbackStateChanged.connect(self._on_state)
        self.player.errorOccurred.connect(lambda _e, text: self._show_message(
            self.tr("This video cannot be played on this computer.") + "\n" + text))
        self.player.mediaStatusChanged.connect(self._on_status)

    # --- loading ---------------------------------------------------------------------------

    def load(self, course_id: str, item: Item, language: str, folder: Path) -> None:
        super().load(course_id, item, language, folder)
        manifest = self.state.workspace.manifest(course_id)
        self.segment, self._completed_sent = None, False
        position: dict[str, Any] = {}
        if self.state.progress is not None:
            position = self.state.progress.item_state(course_id, item.id).position
        self.duration = float(position.get("duration", 0) or 0)
        self._resume_at = float(position.get("video_time", 0) or 0)
        self._last_pos = self._resume_at
        self._load_questions(course_id, item, language, position)
        sub_rel = item.subtitles.get(language) or item.subtitles.get(manifest.default_language)
        sub_file = confined_file(folder, sub_rel) if sub_rel else None
        try:
            self.cues = parse_vtt(sub_file.read_text("utf-8")) if sub_file else []
        except (OSError, UnicodeDecodeError):
            self.cues = []
        self.subs_button.setEnabled(bool(self.cues))
        self._refresh_subtitle()
        poster = confined_file(folder, item.poster) if item.poster else None
        pixmap = QPixmap(str(poster)) if poster else QPixmap()
        self.poster.set_poster(pixmap)
        if pixmap.isNull():
            self.poster.setText(self.tr("Press Play to start the video."))
        self.screen_stack.setCurrentWidget(self.poster)
        media = confined_file(folder, item.path.get(language)
                              or item.path[manifest.default_language])
        if self.player is None:
            self._show_message(self.tr("Videos cannot be played on this computer: the "
                                       "multimedia part of the app is missing. Ask your "
                                       "facilitator to reinstall BIBLIO Desktop."))
        elif media is None:
            self._show_message(self.tr("The video file is missing. Reinstall the course "
                                       "package, or ask your facilitator for a new copy."))
        else:
            self.player.setSource(QUrl.fromLocalFile(str(media)))
        self._update_time(self._resume_at)

    def _load_questions(self, course_id: str, item: Item, language: str,
                        position: dict[str, Any]) -> None:
        self.questions.embedded = None
        self.questions.panel.attempt = None
        self.questions.hide()
        progress = self.state.progress
        if not item.questions or progress is None:
            return
        try:
            embedded = self.state.workspace.item_questions(course_id, item.id, language)
        except BiblioError:
            return  # checked at import; a file damaged since then leaves the plain video
        furthest = max(float(position.get("furthest", 0) or 0), self._resume_at)
        item_id = item.id

        def ready(attempt: AttemptView) -> None:
            if shiboken6.isValid(self) and self.item is not None and self.item.id == item_id \
                    and self.state.progress is progress:
                self.questions.start(embedded, self.state.write, progress, attempt,
                                     language, furthest)

        self.state.write(lambda: progress.item_attempt(course_id, item_id, language), ready)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.screen_stack.setCurrentWidget(self.message)
        self.play_button.setEnabled(False)

    def _on_status(self, status: Any) -> None:
        if self.player is None:
            return
        if status == QMediaPlayer.MediaStatus.LoadedMedia:
            self.play_button.setEnabled(True)
            if 0 < self._resume_at < max(0.0, self.duration - 2):
                self.player.setPosition(int(self._resume_at * 1000))
        elif status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.flush_segment()

    def _on_duration(self, ms: int) -> None:
        if ms > 0:
            self.duration = ms / 1000
            self.seek.setRange(0, ms)

    # --- playback --------------------------------------------------------------------------

    def toggle_play(self) -> None:
        if self.questions.asking:  # Play while a question is shown: Continue
            self.continue_playing()
            return
        if self.player is None or not self.play_button.isEnabled():
            return
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            if self.screen_stack.currentWidget() is self.poster:
                self.screen_stack.setCurrentWidget(self.video)
            self.player.play()

    def _on_state(self, playback: Any) -> None:
        playing = playback == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setIcon(icon("pause" if playing else "play"))
        tip = self.tr("Pause (Space)") if playing else self.tr("Play (Space)")
        self.play_button.setToolTip(tip)
        self.play_button.setAccessibleName(tip)
        if playing:
            self._report_timer.start()
        else:
            self._report_timer.stop()
            self.flush_segment()

    def on_position(self, seconds: float) -> None:
        """Follow playback: extend the current segment, or start a new one after a jump."""
        playing = (self.player is not None and self.player.playbackState()
                   == QMediaPlayer.PlaybackState.PlayingState)
        self._update_time(seconds)
        rate = float(self.speed.currentData() or 1.0)
        before, self._last_pos = self._last_pos, seconds
        played = playing and 0 <= seconds - before <= JUMP_SECONDS * max(1.0, rate)
        due = self.questions.follow(before, seconds, played)
        if due:
            self.ask(due)
        if not playing:
            return
        if self.segment is None:
            self.segment = [seconds, seconds]
        elif 0 <= seconds - self.segment[1] <= JUMP_SECONDS * max(1.0, rate):
            self.segment[1] = seconds
        else:  # a seek (or a backwards jump): what was played so far counts
            self.flush_segment()
            self.segment = [seconds, seconds]

    def ask(self, questions: Any) -> None:
        """Pause and show the questions whose time playback reached."""
        if self.player is not None:
            self.player.pause()
        self.questions.ask(questions)

    def _asking_changed(self, asking: bool) -> None:
        if asking:
            self.screen_stack.setCurrentWidget(self.questions.question_page)
        elif self.screen_stack.currentWidget() is self.questions.question_page:
            video = getattr(self, "video", None)
            self.screen_stack.setCurrentWidget(video if self.player is not None and video
                                               is not None else self.poster)

    def continue_playing(self) -> None:
        """Close the questions (unanswered ones are skipped) and play on."""
        self.questions.close_questions()
        self.play_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.player is not None and self.play_button.isEnabled():
            if self.screen_stack.currentWidget() is self.poster:
                self.screen_stack.setCurrentWidget(self.video)
            self.player.play()

    def go_to_question(self, at: float, question_id: str) -> None:
        """Back (or on) to a question from the list: the video waits at its time."""
        embedded = self.questions.embedded
        if embedded is None:
            return
        if self.player is not None:
            self.player.pause()
        if self.questions.asking:
            self.questions.close_questions()
        self._last_pos = at
        self._update_time(at)
        if self.player is not None:
            self.flush_segment()
            self.player.setPosition(int(at * 1000))
        self.questions.ask([embedded.quiz.question(question_id)])

    def _seek_to(self, ms: int) -> None:
        if self.player is not None:
            self.flush_segment()
            self.player.setPosition(ms)

    def _update_time(self, seconds: float) -> None:
        self.time_label.setText(f"{format_time(seconds)} / {format_time(self.duration)}")
        if not self.seek.isSliderDown():
            self.seek.blockSignals(True)
            self.seek.setValue(int(seconds * 1000))
            self.seek.blockSignals(False)
        self._current = seconds
        self._refresh_subtitle()

    def _refresh_subtitle(self) -> None:
        cue = cue_at(self.cues, getattr(self, "_current", 0.0)) \
            if self.subs_button.isChecked() else None
        self.subtitle.setText(cue.text if cue else "")

    def _set_speed(self, _index: int) -> None:
        if self.player is not None:
            self.flush_segment(keep_playing=True)
            self.player.setPlaybackRate(float(self.speed.currentData()))

    def _set_volume(self, value: int) -> None:
        if self.player is not None:
            self.audio.setVolume(value / 100)

    # --- progress --------------------------------------------------------------------------

    def flush_segment(self, keep_playing: bool = False) -> None:
        """Report the stretch played since the last report; continue from its end if
        playback goes on."""
        segment, self.segment = self.segment, None
        if segment is not None and keep_playing:
            self.segment = [segment[1], segment[1]]
        progress, item = self.state.progress, self.item
        if segment is None or progress is None or item is None or self.duration <= 0:
            return
        start, end = segment
        if end - start < 0.2:
            return
        course_id, item_id, duration = self.course_id, item.id, self.duration
        self.state.write(lambda: progress.report_video(course_id, item_id, start, end, duration),
                         lambda finished: self._on_reported(item_id, bool(finished)))

    def _on_reported(self, item_id: str, finished: bool) -> None:
        if (finished and shiboken6.isValid(self) and not self._completed_sent
                and self.item is not None and self.item.id == item_id):
            self._completed_sent = True
            self.completed.emit(item_id)

    def save_now(self) -> None:
        self.flush_segment(keep_playing=True)
        progress, item = self.state.progress, self.item
        if progress is not None and item is not None:
            course_id, item_id = self.course_id, item.id
            now = round(getattr(self, "_current", 0.0), 2)
            extra = {"furthest": round(self.questions.furthest, 2)} \
                if self.questions.embedded is not None else {}
            self.state.write(lambda: progress.save_position(course_id, item_id, video_time=now,
                                                            **extra))

    def unload(self) -> None:
        if self.player is not None:
            self.player.pause()
        self._report_timer.stop()
        self.save_now()
        self.segment = None
        if self.stage.isWindow():
            self.toggle_full_screen()

    # --- full screen and keys --------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        """The stage (video, subtitles, controls) becomes its own full-screen window."""
        if self.stage.isWindow():
            self.stage.setWindowFlag(Qt.WindowType.Window, False)
            self.layout().addWidget(self.stage)
            self.stage.show()
        else:
            self.stage.setWindowFlag(Qt.WindowType.Window, True)
            self.stage.showFullScreen()
        self.stage.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.stage and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Space:
                self.toggle_play()
                return True
            if key == Qt.Key.Key_F:
                self.toggle_full_screen()
                return True
            if key == Qt.Key.Key_Escape and self.stage.isWindow():
                self.toggle_full_screen()
                return True
        return super().eventFilter(watched, event)
