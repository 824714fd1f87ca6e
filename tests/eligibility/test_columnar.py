"""The vectorised CSV batch (columnar.py) and the vector engine's fast paths agree with the exact evaluators.

The reference for the CSV path is the record path (CSV in, NDJSON out: `parse_fact` and the vector
interpreter per record, itself checked against single evaluations in test_batch.py); the reference for
the engine is the scalar interpreter (ints and Fractions).
"""

import csv
import io
import json
import random

import pytest

from services.eligibility.rules import columnar, csvbody
from services.eligibility.rules.engine import (
    OUTCOME_NAMES,
    RESULT_NAMES,
    compile_rule,
    evaluate_columns,
    explain_condition,
    outcome_of,
    parameter_env,
)
from services.eligibility.rules.seed import TEMPORARY_ASSISTANCE_RULES
from services.eligibility.rules.vector import V
from tests.eligibility.conftest import FULL_FACTS, WINDOW
from tests.eligibility.test_language import PARAM_UNITS, PARAMS

URL = "/v1/evaluations/batch?item_code=temporary_assistance&as_of=2026-03-15"
FACTS = list(FULL_FACTS)
STANDARD, DISTRICT_INCOME, ASSETS_CAP, ANNUAL_CAP = 112_000, 5_962_800, 20_000_000, 3_000_000


def yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def boundary_household(rng: random.Random) -> dict:
    """Every money fact exactly on its 2026 threshold or one fen either side, half the time."""
    members = rng.randint(1, 8)
    edge = rng.choice((-1, 0, 1))
    medical = rng.choice((0, rng.randrange(0, 3_000_000)))
    education = rng.choice((0, rng.randrange(0, 1_000_000)))
    near = rng.random() < 0.5
    granted = rng.randrange(0, 2_000_000)
    return {
        "members": members,
        "residency": rng.choice(["local_hukou", "migrant_qualified", "student", "other"]),
        "on_dibao": rng.random() < 0.15,
        "assistance_type": rng.choice(["emergency", "expenditure", "expenditure"]),
        "income_6m": max(0, STANDARD * 6 * members + medical + education + edge)
        if near
        else rng.randrange(0, 20_000_000),
        "medical_expense_6m": medical,
        "education_expense_6m": education,
        "income_12m": max(0, DISTRICT_INCOME * members + edge) if near else rng.randrange(0, 99_000_000),
        "assets_excluding_home": max(0, ASSETS_CAP + edge) if near else rng.randrange(0, 40_000_000),
        "grants_this_year": rng.randint(0, 3),
        "granted_amount_this_year": granted,
        "requested_amount": max(0, ANNUAL_CAP - granted + edge) if near else rng.randrange(100, 1_500_000),
    }


def cell(name: str, value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if name in ("members", "grants_this_year") or isinstance(value, str):
        return str(value)
    return yuan(value)


class TestVectorEngineFastPaths:
    def test_all_facts_known_boundary_households_agree_with_the_scalar_interpreter(self):
        """The all-known fast path (no unknown arrays) and the positive-divisor division, ±1 fen around every threshold."""
        rule = compile_rule("temporary_assistance", 1, TEMPORARY_ASSISTANCE_RULES, PARAM_UNITS)
        rng = random.Random(20261207)
        rows = [boundary_household(rng) for _ in range(4000)]
        env = {}
        for name, spec in rule.facts.items():
            values = [r[name] for r in rows]
            if spec.type == "enum":
                values = [rule.codes[v] for v in values]
            env[name] = V(__import__("numpy").array(values))
        env.update(parameter_env(rule, len(rows), PARAMS))
        outcome, results = evaluate_columns(rule, env, len(rows))
        seen = set()
        for i, row in enumerate(rows):
            explained = [explain_condition(rule, c, {**row, **PARAMS})["result"] for c in rule.conditions]
            assert [RESULT_NAMES[r[i]] for r in results] == explained, row
            assert OUTCOME_NAMES[outcome[i]] == outcome_of(explained)
            seen.add(OUTCOME_NAMES[outcome[i]])
        assert seen == {"eligible", "ineligible"}

    def test_members_is_a_positive_divisor_only_because_the_rule_declares_min_1(self):
        rule = compile_rule("temporary_assistance", 1, TEMPORARY_ASSISTANCE_RULES, PARAM_UNITS)
        assert "members" in rule.conditions[4].positive
        assert (
            "grants_this_year" not in rule.conditions[4].positive
        )  # min 0: a divisor would need the zero check


def post(client, body: str, output: str, **query):
    extra = "".join(f"&{k}={v}" for k, v in query.items())
    return client.post(
        f"{URL}&output={output}{extra}", content=body.encode(), headers={**WINDOW, "content-type": "text/csv"}
    )


def by_record(client, body: str) -> list[list[str]]:
    """The record path's answer (CSV in, NDJSON out) as the CSV rows the columnar path must write."""
    out = []
    for line in post(client, body, "ndjson", progress_every=10_000_000).text.splitlines():
        obj = json.loads(line)
        if "row" not in obj:
            continue
        if "error" in obj:
            error = f"{obj['error']['field']}: {obj['error']['detail']}"
            out.append([str(obj["row"]), str(obj["id"] or ""), "error", *[""] * 7, "", error])
        else:
            conds = list(obj["conditions"].values())
            out.append(
                [str(obj["row"]), str(obj["id"]), obj["outcome"], *conds, " ".join(obj["missing_facts"]), ""]
            )
    return out


def columnar_rows(client, body: str) -> list[list[str]]:
    response = post(client, body, "csv")
    assert response.status_code == 200, response.text
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0][:3] == ["row", "id", "outcome"]
    return rows[1:]


ODD_CELLS = {
    "members": ["0", "x", " 3 ", "３", "51", "2.0", "-1", "+2"],
    "residency": [" local_hukou", "LOCAL_HUKOU", "nowhere"],
    "on_dibao": ["TRUE", "No", "是", "y", "maybe", " false "],
    "assistance_type": ["expenditure ", "急难型"],
    "income_6m": [
        "12.500",
        "+5",
        " 12.00",
        "１２",
        "1e2",
        ".5",
        "5.",
        "1.001",
        "-1",
        "12,000",
        "10000000000.00",
    ],
    "medical_expense_6m": ["0.1", "00012.30", "99999999999.99", " "],
    "grants_this_year": ["367", "1.5", "00"],
    "requested_amount": ["3000", "3000.0", "abc"],
}


def messy_body(rng: random.Random, n: int, ragged: bool) -> str:
    """Boundary households, ~8% missing cells, odd spellings, bad values, awkward ids and stray lines."""
    lines = [",".join(["id", *FACTS, "note"])]
    for i in range(n):
        h = boundary_household(rng)
        cells = [cell(f, h[f]) if rng.random() > 0.08 else "" for f in FACTS]
        if rng.random() < 0.1:
            j = rng.randrange(len(FACTS))
            if FACTS[j] in ODD_CELLS:
                cells[j] = rng.choice(ODD_CELLS[FACTS[j]])
        rid = rng.choice([f"H{i}", f"H{i}", "", '"A,B"', '"say ""hi"""', '"two\nlines"'])
        row = [rid, *[f'"{c}"' if "," in c else c for c in cells], rng.choice(["", "x"])]
        roll = rng.random()
        if roll < 0.01:
            lines.append("")
        elif roll < 0.02:
            lines.append("," * (len(row) - 1))
        elif roll < 0.03 and ragged:
            row = row[:-2]  # too few cells: an error row naming the row (that block goes row by row)
        lines.append(",".join(row))
    return "\n".join(lines) + "\n"


class TestColumnarAgreesWithTheRecordPath:
    @pytest.mark.parametrize(
        ("block_bytes", "ragged"), [(csvbody.BLOCK_BYTES, False), (700, False), (csvbody.BLOCK_BYTES, True)]
    )
    def test_messy_boundary_households(self, client, monkeypatch, block_bytes, ragged):
        """Many blocks (700 bytes: quoted newlines and odd rows fall on block edges) or one; same rows, same words.

        Ragged rows (too few cells) send their block down the record path; without them every block is vectorised.
        """
        monkeypatch.setattr(csvbody, "BLOCK_BYTES", block_bytes)
        body = messy_body(random.Random(block_bytes), 1500, ragged)
        expected = by_record(client, body)
        by_record_blocks = []
        record_path = columnar._by_record
        monkeypatch.setattr(columnar, "_by_record", lambda *a: by_record_blocks.append(1) or record_path(*a))
        got = columnar_rows(client, body)
        assert bool(by_record_blocks) == ragged
        assert len(got) == len(expected) > 1400
        for want, have in zip(expected, got, strict=True):
            assert have == want
        outcomes = {r[2] for r in got}
        assert outcomes == {"eligible", "ineligible", "needs_facts", "error"}

    def test_clean_boundary_households_take_the_vectorised_path_and_match(self, client, monkeypatch):
        calls = []
        monkeypatch.setattr(columnar, "_by_record", lambda *a: calls.append(a) or b"")
        rng = random.Random(7)
        rows = [boundary_household(rng) for _ in range(2000)]
        body = "\n".join(
            [
                ",".join(["id", *FACTS]),
                *(",".join([f"H{i}", *(cell(f, r[f]) for f in FACTS)]) for i, r in enumerate(rows)),
            ]
        )
        got = columnar_rows(client, body + "\n")
        assert not calls  # no block fell back to the record path
        monkeypatch.undo()
        assert got == by_record(client, body + "\n")

    def test_missing_facts_are_listed_in_rule_order(self, client):
        body = (
            ",".join(["id", *FACTS])
            + "\n"
            + ",".join(
                [
                    "A",
                    *(
                        cell(f, v) if f not in ("members", "income_12m") else ""
                        for f, v in FULL_FACTS.items()
                    ),
                ]
            )
            + "\n"
        )
        (row,) = columnar_rows(client, body)
        assert row[2] == "needs_facts" and row[-2] == "members income_12m"


class TestBadCsv:
    def test_no_header_is_a_422_naming_the_body(self, client):
        r = post(client, "\n\n", "csv")
        assert r.status_code == 422 and r.json()["field"] == "body"

    def test_a_repeated_column_is_a_422_naming_it(self, client):
        r = post(client, "id,members,members\nA,1,2\n", "csv")
        assert r.status_code == 422 and r.json()["field"] == "header.members"
        assert "第 3 列" in r.json()["detail"]

    def test_a_header_without_any_fact_is_a_422(self, client):
        r = post(client, "name,age\nA,3\n", "ndjson")
        assert r.status_code == 422 and r.json()["field"] == "header"

    def test_bytes_that_are_not_utf8_early_on_are_a_422_naming_the_row(self, client):
        body = (",".join(["id", *FACTS]) + "\n").encode() + b"A,3,\xff\xfe,false\n"
        r = client.post(f"{URL}&output=csv", content=body, headers={**WINDOW, "content-type": "text/csv"})
        assert r.status_code == 422 and r.json()["field"] == "body" and "第 1 行" in r.json()["detail"]

    def test_a_bad_cell_is_an_error_row_naming_row_and_column(self, client):
        body = ",".join(["id", *FACTS]) + "\n" + ",".join(["A", *(cell(f, v) for f, v in FULL_FACTS.items())])
        body += "\n" + body.splitlines()[1].replace("12000.00", "12000.001") + "\n"
        rows = columnar_rows(client, body)
        assert rows[0][2] == "eligible"
        assert rows[1][2] == "error" and rows[1][-1].startswith("[2].facts.income_6m: ")


class TestNeverA500:
    @pytest.mark.parametrize("output", ["csv", "ndjson"])
    def test_mangled_csv_bodies_get_an_answer_or_a_422(self, client, output):
        """Random byte flips, quotes, truncations and splices of a valid body: a CSV answer or a problem naming the field."""
        rng = random.Random(500)
        base = messy_body(random.Random(1), 60, ragged=True).encode()
        for _ in range(120):
            body = bytearray(base)
            for _ in range(rng.randint(1, 6)):
                i = rng.randrange(len(body))
                body[i : i + rng.randint(0, 3)] = rng.choice(
                    [b'"', b",", b"\n", b"\xff", b"\xe4\xb8", b"", b"\r", b"  "]
                )
            if rng.random() < 0.2:
                body = body[: rng.randrange(len(body))]
            r = client.post(
                f"{URL}&output={output}", content=bytes(body), headers={**WINDOW, "content-type": "text/csv"}
            )
            assert r.status_code in (200, 422), r.text
            if r.status_code == 422:
                assert r.json()["field"] in ("body", "header") or r.json()["field"].startswith("header.")
            elif output == "csv":
                rows = list(csv.reader(io.StringIO(r.text)))
                assert rows[0][:3] == ["row", "id", "outcome"]
            else:
                last = r.text.rstrip("\n").split("\n")[-1]  # not splitlines(): ids may hold \x1c or \x85
                assert "summary" in json.loads(last)
