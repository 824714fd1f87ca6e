"""Batch evaluation: JSON array, JSON lines and CSV in; one line per household out, streamed, with progress."""

import asyncio
import json
import tracemalloc

import pytest

from tests.eligibility.conftest import FULL_FACTS, WINDOW

URL = "/v1/evaluations/batch?item_code=temporary_assistance&as_of=2026-03-15"
CSV_HEADER = ",".join(["id", *FULL_FACTS])


def csv_row(hid, **changes) -> str:
    values = {**FULL_FACTS, **changes}
    return ",".join([str(hid), *(str(v).lower() if isinstance(v, bool) else str(v) for v in values.values())])


def lines(response) -> list[dict]:
    return [json.loads(line) for line in response.text.splitlines() if line]


def post(client, body, ctype, query=""):
    return client.post(URL + query, content=body, headers={**WINDOW, "content-type": ctype})


class TestFormats:
    def test_json_array(self, client):
        body = json.dumps(
            [{"id": "H1", "facts": FULL_FACTS}, {"id": "H2", **FULL_FACTS, "residency": "other"}]
        )
        out = lines(post(client, body, "application/json"))
        assert out[0]["batch"]["rule_version"] == "temporary_assistance@v1"
        assert [(o["id"], o["outcome"]) for o in out[1:3]] == [("H1", "eligible"), ("H2", "ineligible")]
        assert out[2]["conditions"]["residency"] == "failed"
        assert out[-1]["summary"] == {
            "processed": 2,
            "errors": 0,
            "eligible": 1,
            "ineligible": 1,
            "needs_facts": 0,
        }

    def test_json_lines(self, client):
        body = "\n".join(json.dumps({"id": i, "facts": FULL_FACTS}) for i in range(3)) + "\n\n"
        out = lines(post(client, body, "application/x-ndjson"))
        assert [o["outcome"] for o in out[1:4]] == ["eligible"] * 3

    def test_csv_with_a_missing_cell_and_a_quoted_multiline_id(self, client):
        body = "\n".join([CSV_HEADER, csv_row("A"), csv_row('"B\nline2"', income_6m=""), ""])
        out = lines(post(client, body, "text/csv"))
        assert out[1]["outcome"] == "eligible"
        assert out[2]["id"] == "B\nline2" and out[2]["outcome"] == "needs_facts"
        assert out[2]["missing_facts"] == ["income_6m"]

    def test_csv_output(self, client):
        body = "\n".join([CSV_HEADER, csv_row("A"), csv_row("B", members="x")])
        text = post(client, body, "text/csv", "&output=csv").text.splitlines()
        assert text[0].startswith("row,id,outcome,residency,assistance_type")
        assert text[1].startswith("1,A,eligible,passed")
        assert text[2].startswith("2,B,error") and "facts.members" in text[2]

    def test_results_match_single_evaluations(self, client, evaluate):
        variants = [
            FULL_FACTS,
            {**FULL_FACTS, "income_6m": "20160.00", "medical_expense_6m": "0"},
            {**FULL_FACTS, "assets_excluding_home": "200000.01"},
            {"members": 2},
        ]
        out = lines(post(client, json.dumps(variants), "application/json"))[1:-1]
        for facts, row in zip(variants, out, strict=True):
            single = evaluate(facts).json()
            assert row["outcome"] == single["outcome"]
            assert row["conditions"] == {c["id"]: c["result"] for c in single["conditions"]}
            assert row["missing_facts"] == single["missing_facts"]


class TestBadInput:
    def test_a_bad_record_is_an_error_line_and_the_run_goes_on(self, client):
        body = json.dumps(
            [{"id": 1, "facts": {**FULL_FACTS, "income_6m": 12.5}}, {"id": 2, "facts": FULL_FACTS}, 7]
        )
        out = lines(post(client, body, "application/json"))
        assert out[1]["error"]["field"] == "[1].facts.income_6m"
        assert out[2]["outcome"] == "eligible"
        assert out[3]["error"]["field"] == "[3]"
        assert out[-1]["summary"]["errors"] == 2

    @pytest.mark.parametrize("body", ['{"not": "an array"}', '[{"a": 1} {"b": 2}]', '[{"a": 1},', '[{"a": '])
    def test_a_broken_stream_says_so_in_the_stream(self, client, body):
        out = lines(post(client, body, "application/json"))
        assert any("error" in o and o["error"]["field"] == "body" for o in out)
        assert "summary" in out[-1]

    def test_unsupported_content_type_is_422(self, client):
        r = post(client, "x", "text/plain")
        assert r.status_code == 422 and r.json()["field"] == "Content-Type"

    def test_unknown_item_is_a_problem_before_streaming(self, client):
        r = client.post(
            "/v1/evaluations/batch?item_code=nope&as_of=2026-03-15",
            content="[]",
            headers={**WINDOW, "content-type": "application/json"},
        )
        assert r.status_code == 404

    def test_requires_a_token(self, client):
        r = client.post(URL, content="[]", headers={"content-type": "application/json"})
        assert r.status_code == 401


class TestStreaming:
    def test_progress_lines_every_n_households(self, client):
        body = "\n".join([CSV_HEADER, *(csv_row(i) for i in range(1050))])
        out = lines(post(client, body, "text/csv", "&progress_every=250"))
        progress = [o["progress"]["processed"] for o in out if "progress" in o]
        assert progress == [250, 500, 750, 1000]
        assert out[-1]["summary"]["processed"] == 1050 and out[-1]["summary"]["eligible"] == 1050

    def test_memory_stays_flat_as_the_input_grows(self, app):
        """Driven at the ASGI level (TestClient buffers whole bodies): 4x the households, about the same peak."""
        small, large = asgi_peak(app, 8_000), asgi_peak(app, 32_000)
        print("peak traced memory", small, large)
        assert large[0] == 32_000 and small[0] == 8_000
        assert large[1] < 1.5 * small[1] + 500_000, (small, large)
        assert large[1] < 8_000_000  # the 32,000-household CSV alone is ~6 MB, its output ~7 MB


def asgi_peak(app, n: int) -> tuple[int, int]:
    """Stream n CSV households through the app as a server would; (result lines, peak traced bytes)."""
    row = (csv_row("H") + "\n").encode()
    chunks = [(CSV_HEADER + "\n").encode(), *([row * 500] * (n // 500))]
    path, query = URL.split("?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": (query + "&progress_every=1000").encode(),
        "client": ("127.0.0.1", 1),
        "server": ("testserver", 80),
        "headers": [(b"content-type", b"text/csv"), (b"authorization", WINDOW["Authorization"].encode())],
    }
    results = 0

    async def run():
        nonlocal results
        done = asyncio.Event()
        feed = iter([*((c, True) for c in chunks), (b"", False)])

        async def receive():
            item = next(feed, None)
            if item is None:
                await done.wait()
                return {"type": "http.disconnect"}
            return {"type": "http.request", "body": item[0], "more_body": item[1]}

        async def send(message):
            nonlocal results
            if message["type"] == "http.response.body":
                results += message.get("body", b"").count(b'{"row"')
                if not message.get("more_body"):
                    done.set()

        await app(scope, receive, send)

    tracemalloc.start()
    asyncio.run(run())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return results, peak
