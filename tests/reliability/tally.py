"""What the reliability suite tried, counted per database, and the summary line printed at the end.

The suite runs in several processes (pytest-xdist): each worker counts its own trials and hands
its counts to the controller when it finishes (``workeroutput``); tests/conftest.py adds them up
and prints one line per database, the same line a run in one process prints.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, fields

BACKENDS = ("sqlite", "postgresql")


@dataclass
class Tally:
    bad_inputs: int = 0
    unchanged: int = 0
    crash_trials: int = 0
    survived: int = 0
    values_lost: int = 0
    adversarial: int = 0
    held: int = 0

    @property
    def touched(self) -> bool:
        return bool(self.bad_inputs or self.crash_trials or self.adversarial)

    def line(self, name: str) -> str:
        return (f"reliability {name}: bad inputs tried {self.bad_inputs} (register unchanged after "
                f"{self.unchanged}), adversarial trials held {self.held}/{self.adversarial}, "
                f"crash trials survived {self.survived}/{self.crash_trials}, values lost {self.values_lost}")

    def add(self, other: dict[str, int]) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + int(other.get(f.name, 0)))


@dataclass
class Trial:
    values_lost: int = 0

    def lost(self, n: int) -> None:
        self.values_lost += n


@dataclass
class Tallies:
    by_backend: dict[str, Tally] = field(default_factory=lambda: {b: Tally() for b in BACKENDS})
    pg_skip_reason: str = ""

    def bad_input(self, backend: str, unchanged: bool) -> None:
        t = self.by_backend[backend]
        t.bad_inputs += 1
        t.unchanged += int(unchanged)

    def crash_trial(self, backend: str, survived: bool, lost: int) -> None:
        t = self.by_backend[backend]
        t.crash_trials += 1
        t.survived += int(survived)
        t.values_lost += lost

    @contextlib.contextmanager
    def trial(self, backend: str) -> Iterator[Trial]:
        """One adversarial trial (odd file names, a full disk, a tampered file, a reader beside a
        writer, a hanging server, a broken lock): it held when its block ran without failing.
        ``trial.lost(n)`` counts values whose write had returned and that are gone."""
        t = self.by_backend[backend]
        outcome = Trial()
        t.adversarial += 1
        try:
            yield outcome
        finally:
            t.values_lost += outcome.values_lost
        t.held += int(outcome.values_lost == 0)

    # --- across processes ---------------------------------------------------------------------

    def as_dict(self) -> dict[str, object]:
        return {"by_backend": {b: asdict(t) for b, t in self.by_backend.items()},
                "pg_skip_reason": self.pg_skip_reason}

    def merge(self, data: dict[str, object]) -> None:
        by_backend = data.get("by_backend", {})
        assert isinstance(by_backend, dict)
        for name, counts in by_backend.items():
            self.by_backend.setdefault(name, Tally()).add(counts)
        reason = str(data.get("pg_skip_reason") or "")
        if reason and not self.pg_skip_reason:
            self.pg_skip_reason = reason

    def summary_lines(self) -> list[str]:
        if not any(t.touched for t in self.by_backend.values()) and not self.pg_skip_reason:
            return []
        lines = []
        for name, t in self.by_backend.items():
            if name == "postgresql" and not t.touched and self.pg_skip_reason:
                lines.append(f"reliability postgresql: SKIPPED – {self.pg_skip_reason}")
            else:
                lines.append(t.line(name))
        return lines


TALLIES = Tallies()
