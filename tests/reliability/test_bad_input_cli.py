"""Bad input through the ``hallbar`` command: one line of Swedish on stderr, exit 1, nothing changed.

The register holds the two demo projects and TEST (tests/data/small_project.toml: 1.1 percent,
1.2 count split by sex, 2.1 amount, 2.2 milestone; period 2021 kv 1 – 2022 kv 4). Each case is
run in-process (a bug would surface as an exception, failing the test) on SQLite and PostgreSQL.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hallbar_desktop.cli import main

LONG = "1" * 10_000
SET_CASES: list[tuple[str, list[str], str]] = [
    # wrong types
    ("text-for-count", ["TEST", "1.2", "2021Q3", "tolv"], "inte ett tal"),
    ("yes-for-percent", ["TEST", "1.1", "2021Q3", "ja"], "inte ett tal"),
    ("number-for-milestone", ["TEST", "2.2", "2021Q3", "5"], "milstolpe"),
    ("date-for-count", ["TEST", "1.2", "2021Q3", "2021-05-12"], "inte ett tal"),
    ("fraction-for-count", ["TEST", "1.2", "2021Q3", "3/4"], "inte ett tal"),
    ("hex", ["TEST", "1.2", "2021Q3", "0x10"], "inte ett tal"),
    ("two-decimal-points", ["TEST", "1.2", "2021Q3", "12.5.3"], "inte ett tal"),
    ("parts-on-unsplit", ["RJL", "1.2", "2021Q3", "5", "--women", "3"], "inte uppdelad"),
    ("reached-on-for-count", ["TEST", "1.2", "2021Q3", "5", "--reached-on", "2021-01-01"], "milstolpar"),
    ("numerator-for-count", ["TEST", "1.2", "2021Q3", "--numerator", "1", "--denominator", "2"], "andelar"),
    ("numerator-alone", ["TEST", "1.1", "2021Q3", "--numerator", "1"], "både täljare och nämnare"),
    # out of range
    ("percent-over-100", ["TEST", "1.1", "2021Q3", "101"], "mellan 0 och 100"),
    ("percent-negative", ["TEST", "1.1", "2021Q3", "-1 %"], "mellan 0 och 100"),
    ("count-negative", ["TEST", "1.2", "2021Q3", "-5"], "negativt"),
    ("count-minus-sign", ["TEST", "1.2", "2021Q3", "\u22125"], "negativt"),
    ("count-fraction", ["TEST", "1.2", "2021Q3", "2,5"], "heltal"),
    ("amount-negative", ["TEST", "2.1", "2021Q3", "-100"], "negativt"),
    ("numerator-over-denominator", ["TEST", "1.1", "2021Q3", "35/30"], "större än nämnaren"),
    ("denominator-zero", ["TEST", "1.1", "2021Q3", "1/0"], "Nämnaren"),
    ("parts-do-not-add-up", ["TEST", "1.2", "2021Q3", "10", "--women", "3", "--men", "2"], "totalen är 10"),
    ("women-negative", ["TEST", "1.2", "2021Q3", "--women", "-1"], "negativt"),
    ("impossible-date", ["TEST", "2.2", "2021Q3", "2021-13-45"], "datum"),
    ("february-30", ["TEST", "2.2", "2021Q3", "ja", "--reached-on", "2021-02-30"], "datum"),
    ("reached-after-quarter", ["TEST", "2.2", "2021Q3", "ja", "--reached-on", "9999-12-31"], "ligger efter"),
    # huge numbers
    ("huge-exponent", ["TEST", "1.2", "2021Q3", "1e400"], "inte ett tal"),
    ("four-hundred-digits", ["TEST", "1.2", "2021Q3", "9" * 400], "för stort"),
    ("over-the-maximum", ["TEST", "2.1", "2021Q3", "1 000 000 000 000 000 000"], "för stort"),
    ("huge-amount", ["TEST", "2.1", "2021Q3", "99999999999999999999"], "för stort"),
    ("huge-numerator", ["TEST", "1.1", "2021Q3", "--numerator", "1e400", "--denominator", "1"], "inte ett tal"),
    # NaN and infinity
    ("nan", ["TEST", "1.2", "2021Q3", "nan"], "inte ett tal"),
    ("NaN", ["TEST", "1.1", "2021Q3", "NaN"], "inte ett tal"),
    ("inf", ["TEST", "2.1", "2021Q3", "inf"], "inte ett tal"),
    ("minus-inf", ["TEST", "1.2", "2021Q3", "--", "-inf"], "inte ett tal"),
    ("Infinity", ["TEST", "1.2", "2021Q3", "Infinity"], "inte ett tal"),
    ("infinity-sign", ["TEST", "1.2", "2021Q3", "\u221e"], "inte ett tal"),
    ("nan-numerator", ["TEST", "1.1", "2021Q3", "--numerator", "nan", "--denominator", "1"], "inte ett tal"),
    ("nan-women", ["TEST", "1.2", "2021Q3", "--women", "nan"], "inte ett tal"),
    # empty and very long text
    ("empty-value", ["TEST", "1.2", "2021Q3", ""], "värde"),
    ("blank-value", ["TEST", "1.2", "2021Q3", "   "], "värde"),
    ("no-value", ["TEST", "1.2", "2021Q3"], "värde"),
    ("ten-thousand-digits", ["TEST", "1.2", "2021Q3", LONG], "för stort"),
    ("comment-too-long", ["TEST", "1.2", "2021Q3", "5", "--comment", "x" * 4001], "för lång"),
    # odd unicode
    ("right-to-left-override", ["TEST", "1.2", "2021Q3", "\u202e12"], "inte ett tal"),
    ("zero-width-space", ["TEST", "1.2", "2021Q3", "1\u200b2"], "inte ett tal"),
    ("combining-accent", ["TEST", "1.2", "2021Q3", "12\u0301"], "inte ett tal"),
    ("emoji", ["TEST", "1.2", "2021Q3", "\U0001f4af"], "inte ett tal"),
    ("vulgar-fraction", ["TEST", "1.1", "2021Q3", "\u00bd"], "inte ett tal"),
    ("superscript", ["TEST", "1.2", "2021Q3", "\u00b2"], "inte ett tal"),
    # formula strings
    ("formula", ["TEST", "1.2", "2021Q3", "=1+1"], "inte ett tal"),
    ("formula-sum", ["TEST", "1.2", "2021Q3", "=SUM(A1:A3)"], "inte ett tal"),
    ("formula-at", ["TEST", "1.2", "2021Q3", "@SUM(1)"], "inte ett tal"),
    ("formula-hyperlink", ["TEST", "1.1", "2021Q3", '=HYPERLINK("http://example.com","85")'], "inte ett tal"),
    ("dde", ["TEST", "1.2", "2021Q3", "+cmd|' /C calc'!A0"], "inte ett tal"),
    # quarters outside the period, or not quarters
    ("before-period", ["TEST", "1.2", "2020Q4", "5"], "utanför projektperioden"),
    ("after-period", ["TEST", "1.2", "2023Q1", "5"], "utanför projektperioden"),
    ("quarter-five", ["TEST", "1.2", "2021Q5", "5"], "inget kvartal"),
    ("quarter-zero", ["TEST", "1.2", "2021Q0", "5"], "inget kvartal"),
    ("year-zero", ["TEST", "1.2", "0000Q1", "5"], "inget kvartal"),
    ("no-year", ["TEST", "1.2", "kv3", "5"], "inget kvartal"),
    ("empty-quarter", ["TEST", "1.2", "", "5"], "inget kvartal"),
    ("sql-in-quarter", ["TEST", "1.2", "2021Q1; DROP TABLE measurement", "5"], "inget kvartal"),
    # unknown codes
    ("unknown-project", ["NOPE", "1.1", "2021Q1", "5"], "inget projekt"),
    ("empty-project", ["", "1.1", "2021Q1", "5"], "inget projekt"),
    ("unknown-indicator", ["TEST", "9.9", "2021Q1", "5"], "ingen indikator"),
    ("sql-in-indicator", ["TEST", "1.1' OR '1'='1", "2021Q1", "5"], "ingen indikator"),
    ("sql-in-project", ["TEST; DROP TABLE project;--", "1.1", "2021Q1", "5"], "inget projekt"),
]

# Arguments that are not valid UTF-8 (a script in another encoding) reach Python as lone
# surrogates; they are passed to a real process, whose stderr can print them.
BROKEN_ENCODING: list[tuple[str, list[str], str]] = [
    ("broken-encoding-value", ["TEST", "1.2", "2021Q3", "12\udcff"], "inte ett tal"),
    ("broken-encoding-comment", ["TEST", "1.2", "2021Q3", "5", "--comment", "bra\udcff"], "teckenkodning"),
    ("broken-encoding-project", ["TEST\udcff", "1.2", "2021Q3", "5"], "teckenkodning"),
    ("broken-encoding-indicator", ["TEST", "1.\udcff", "2021Q3", "5"], "teckenkodning"),
]

OTHER_CASES: list[tuple[str, list[str], str]] = [
    ("clear-outside-period", ["clear", "TEST", "1.2", "2023Q1"], "utanför projektperioden"),
    ("clear-unknown-indicator", ["clear", "TEST", "7.7", "2021Q1"], "ingen indikator"),
    ("history-unknown-project", ["history", "NOPE", "1.1"], "inget projekt"),
    ("show-unknown-project", ["show", "\u202eTEST"], "inget projekt"),
    ("show-unknown-focus-area", ["show", "TEST", "--focus-area", "99"], "insatsområde"),
]


def run(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", db, *args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, err: str, words: str) -> None:
    assert code == 1, err
    assert err.startswith("hallbar: fel: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert words.lower() in err.lower(), err


@pytest.mark.parametrize(("case", "argv", "words"), SET_CASES, ids=[c[0] for c in SET_CASES])
def test_set_refuses_bad_input(populated, refused, capsys, case: str, argv: list[str], words: str) -> None:
    with refused.unchanged():
        code, _, err = run(capsys, populated.db, "set", *argv)
    assert_one_line_error(code, err, words)


@pytest.mark.parametrize(("case", "argv", "words"), BROKEN_ENCODING, ids=[c[0] for c in BROKEN_ENCODING])
def test_set_refuses_arguments_in_a_broken_encoding(populated, refused, case: str, argv: list[str],
                                                    words: str) -> None:
    with refused.unchanged():
        result = subprocess.run(
            [sys.executable, "-m", "hallbar_desktop.cli", "--db", populated.db, "set", *argv],
            capture_output=True, timeout=120, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
    err = result.stderr.decode("utf-8", "replace")
    assert_one_line_error(result.returncode, err, words)


@pytest.mark.parametrize(("case", "argv", "words"), OTHER_CASES, ids=[c[0] for c in OTHER_CASES])
def test_other_commands_refuse_bad_input(populated, refused, capsys, case: str, argv: list[str], words: str) -> None:
    with refused.unchanged():
        code, _, err = run(capsys, populated.db, *argv)
    assert_one_line_error(code, err, words)


PROJECT_FILES: list[tuple[str, str | bytes, str]] = [
    ("malformed-toml", 'format = "hallbar-project"\n[project\ncode = "X"\n', "TOML"),
    ("binary-garbage", bytes(range(256)) * 4, ""),
    ("empty-file", "", ""),
    ("not-a-project-file", 'title = "inköpslista"\n', ""),
    ("start-as-number", 'format = "hallbar-project"\nversion = 1\n[project]\ncode = "NY"\nname = "Ny"\n'
                        "start = 2021\nend = \"2022Q4\"\n", ""),
    ("end-before-start", 'format = "hallbar-project"\nversion = 1\n[project]\ncode = "NY"\nname = "Ny"\n'
                         'start = "2022Q1"\nend = "2021Q4"\n', "före"),
    ("newer-format", 'format = "hallbar-project"\nversion = 99\n[project]\ncode = "NY"\nname = "Ny"\n'
                     'start = "2021Q1"\nend = "2021Q4"\n', ""),
]


def _small_with(replace: str, by: str) -> str:
    text = (Path(__file__).parent.parent / "data" / "small_project.toml").read_text(encoding="utf-8")
    assert replace in text
    return text.replace(replace, by, 1)


PROJECT_FILES += [
    ("unknown-kind", _small_with('kind = "amount"', 'kind = "vikt"'), ""),
    ("nan-target", _small_with("target = 40", "target = nan"), "tal"),
    ("inf-baseline", _small_with("baseline = 400000", "baseline = inf"), "tal"),
    ("percent-target-150", _small_with("target = 100\n", "target = 150\n"), "100"),
    ("bad-value-among-good", _small_with('"2021Q2" = 10', '"2021Q2" = 10\n"2021Q4" = 250'), "100"),
    ("value-outside-period", _small_with('"2021Q2" = 10', '"2021Q2" = 10\n"2030Q1" = 5'), "utanför"),
    ("formula-as-value", _small_with('"2021Q2" = 10', '"2021Q2" = "=1+1"'), "inte ett tal"),
    ("truncated", _small_with("", "")[:700], ""),
]


@pytest.mark.parametrize(("case", "content", "words"), PROJECT_FILES, ids=[c[0] for c in PROJECT_FILES])
def test_load_refuses_bad_project_files(populated, refused, capsys, tmp_path: Path, case: str,
                                        content: str | bytes, words: str) -> None:
    """A project file with anything wrong loads nothing, even the parts that were fine."""
    path = tmp_path / f"{case}.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with refused.unchanged():
        code, _, err = run(capsys, populated.db, "load", str(path))
    assert_one_line_error(code, err, words)


@pytest.mark.parametrize("what", ["missing-file", "a-folder"])
def test_load_refuses_what_is_not_a_file(populated, refused, capsys, tmp_path: Path, what: str) -> None:
    path = tmp_path / "saknas.toml" if what == "missing-file" else tmp_path
    with refused.unchanged():
        code, _, err = run(capsys, populated.db, "load", str(path))
    assert_one_line_error(code, err, "")
