"""A bare PySide6 window: the baseline bundle for benchmarks/bench_bundle.py.

Prints `shown <unix time>` once the window is painted (like the app's BIBLIO_PROBE), then
quits; with the argument `course` it waits two seconds and prints `rss_kib <n>` first.
"""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.resize(1180, 780)
window.show()


def rss() -> None:
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            print("rss_kib", line.split()[1], flush=True)
    window.close()


def shown() -> None:
    app.processEvents()
    window.repaint()
    print(f"shown {time.time():.6f}", flush=True)
    if sys.argv[1:] == ["course"]:
        QTimer.singleShot(2000, rss)
    else:
        window.close()


QTimer.singleShot(0, shown)
app.exec()
