"""The 临时救助 rule four ways for the benchmark: synthetic households, the exact reference, float and OpenFisca.

All implement DESIGN.md §5 with the 2026 parameters; the reference works in integer fen and
compares (income − medical − education) / 6 / members < standard by cross-multiplying, so it
is exact. Condition order: residency, assistance_type, grants_per_year, annual_amount,
income_6m, income_12m, assets.
"""

import numpy as np

STANDARD, DISTRICT_INCOME, ASSETS_CAP, ANNUAL_CAP, MAX_GRANTS = 112_000, 5_962_800, 20_000_000, 3_000_000, 2
RESIDENCIES = np.array(["local_hukou", "migrant_qualified", "student", "other"], dtype=object)
CONDITIONS = [
    "residency",
    "assistance_type",
    "grants_per_year",
    "annual_amount",
    "income_6m",
    "income_12m",
    "assets",
]


def encode(column: np.ndarray, values: list[str], codes: list[int]) -> np.ndarray:
    """Enum text to integer codes (the last value is the default, saving one comparison)."""
    return np.select([column == v for v in values[:-1]], codes[:-1], codes[-1])


def households(n: int, seed: int = 2026) -> dict[str, np.ndarray]:
    """n synthetic households in fen; about a third sit exactly on a threshold or one fen either side."""
    rng = np.random.default_rng(seed)
    members = rng.integers(1, 9, n)
    edge = rng.integers(-1, 2, n)  # -1, 0, +1 fen around a threshold
    medical = np.where(rng.random(n) < 0.5, rng.integers(0, 3_000_000, n), 0)
    education = np.where(rng.random(n) < 0.2, rng.integers(0, 1_000_000, n), 0)
    at_6m = rng.random(n) < 0.35
    income_6m = np.where(
        at_6m, STANDARD * 6 * members + medical + education + edge, rng.integers(0, 2 * STANDARD * 6 * 8, n)
    )
    at_12m = rng.random(n) < 0.35
    income_12m = np.where(
        at_12m, DISTRICT_INCOME * members + edge, rng.integers(0, 2 * DISTRICT_INCOME * 8, n)
    )
    assets = np.where(rng.random(n) < 0.2, ASSETS_CAP + edge, rng.integers(0, 2 * ASSETS_CAP, n))
    granted = rng.integers(0, 2_000_000, n)
    requested = np.where(rng.random(n) < 0.2, ANNUAL_CAP - granted + edge, rng.integers(100, 1_500_000, n))
    return {
        "members": members.astype(np.int64),
        "residency": rng.choice(RESIDENCIES, n, p=[0.7, 0.1, 0.1, 0.1]),
        "on_dibao": rng.random(n) < 0.15,
        "assistance_type": np.where(rng.random(n) < 0.7, "expenditure", "emergency").astype(object),
        "income_6m": income_6m.astype(np.int64),
        "medical_expense_6m": medical.astype(np.int64),
        "education_expense_6m": education.astype(np.int64),
        "income_12m": income_12m.astype(np.int64),
        "assets_excluding_home": assets.astype(np.int64),
        "grants_this_year": rng.integers(0, 4, n),
        "granted_amount_this_year": granted.astype(np.int64),
        "requested_amount": requested.astype(np.int64),
    }


def reference_loop(h: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The exact integer-fen reference, one household at a time in plain Python: (eligible, conditions)."""
    cols = {k: v.tolist() for k, v in h.items()}
    n = len(cols["members"])
    conds = np.zeros((7, n), bool)
    eligible = np.zeros(n, bool)
    ok_res = {"local_hukou", "migrant_qualified", "student"}
    for i in range(n):
        m = cols["members"][i]
        exempt = cols["assistance_type"][i] != "expenditure" or cols["on_dibao"][i]
        net = cols["income_6m"][i] - cols["medical_expense_6m"][i] - cols["education_expense_6m"][i]
        row = (
            cols["residency"][i] in ok_res,
            cols["assistance_type"][i] in ("emergency", "expenditure"),
            cols["grants_this_year"][i] < MAX_GRANTS,
            cols["granted_amount_this_year"][i] + cols["requested_amount"][i] <= ANNUAL_CAP,
            exempt or net < STANDARD * 6 * m,
            exempt or cols["income_12m"][i] < DISTRICT_INCOME * m,
            exempt or cols["assets_excluding_home"][i] <= ASSETS_CAP,
        )
        for c, v in enumerate(row):
            conds[c, i] = v
        eligible[i] = all(row)
    return eligible, conds


def float_loop(h: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The same loop as most code is first written: yuan as floats, divide then compare."""
    cols = {
        k: (v / 100).tolist()
        if v.dtype == np.int64 and k not in ("members", "grants_this_year")
        else v.tolist()
        for k, v in h.items()
    }
    n = len(cols["members"])
    conds = np.zeros((7, n), bool)
    eligible = np.zeros(n, bool)
    ok_res = {"local_hukou", "migrant_qualified", "student"}
    for i in range(n):
        m = cols["members"][i]
        exempt = cols["assistance_type"][i] != "expenditure" or cols["on_dibao"][i]
        net = cols["income_6m"][i] - cols["medical_expense_6m"][i] - cols["education_expense_6m"][i]
        row = (
            cols["residency"][i] in ok_res,
            cols["assistance_type"][i] in ("emergency", "expenditure"),
            cols["grants_this_year"][i] < MAX_GRANTS,
            cols["granted_amount_this_year"][i] + cols["requested_amount"][i] <= ANNUAL_CAP / 100,
            exempt or net / 6 / m < STANDARD / 100,
            exempt or cols["income_12m"][i] / m < DISTRICT_INCOME / 100,
            exempt or cols["assets_excluding_home"][i] <= ASSETS_CAP / 100,
        )
        for c, v in enumerate(row):
            conds[c, i] = v
        eligible[i] = all(row)
    return eligible, conds


def openfisca_system(exact: bool):
    """An OpenFisca tax-benefit system with the same rule: yuan floats (natural) or integer fen cross-multiplied."""
    from openfisca_core.entities import build_entity
    from openfisca_core.parameters import ParameterNode
    from openfisca_core.periods import DateUnit
    from openfisca_core.taxbenefitsystems import TaxBenefitSystem
    from openfisca_core.variables import Variable

    household = build_entity(key="household", plural="households", label="家庭", is_person=True)
    system = TaxBenefitSystem([household])
    scale = 1 if exact else 0.01
    system.parameters = ParameterNode(
        "",
        data={
            "urban_dibao_monthly": {
                "values": {"2025-01-01": 108_500 * scale, "2026-01-01": STANDARD * scale}
            },
            "district_income_last_year": {
                "values": {"2025-01-01": 5_691_700 * scale, "2026-01-01": DISTRICT_INCOME * scale}
            },
            "assets_cap": {"values": {"2019-01-01": ASSETS_CAP * scale}},
            "annual_cap": {"values": {"2019-01-01": ANNUAL_CAP * scale}},
            "max_grants_per_year": {"values": {"2019-01-01": MAX_GRANTS}},
        },
    )
    money = int if exact else float

    def var(name, vtype, formula=None):
        attrs = {"value_type": vtype, "entity": household, "definition_period": DateUnit.MONTH, "label": name}
        if formula:
            attrs["formula"] = formula
        system.add_variable(type(name, (Variable,), attrs))

    for name in (
        "income_6m",
        "medical_expense_6m",
        "education_expense_6m",
        "income_12m",
        "assets_excluding_home",
        "granted_amount_this_year",
        "requested_amount",
    ):
        var(name, money)
    for name in ("members", "grants_this_year", "residency_code"):
        var(name, int)
    for name in ("on_dibao", "is_expenditure"):
        var(name, bool)

    def exempt(h, period):
        return ~h("is_expenditure", period) | h("on_dibao", period)

    def c_income_6m(h, period, parameters):
        net = h("income_6m", period) - h("medical_expense_6m", period) - h("education_expense_6m", period)
        std, m = parameters(period).urban_dibao_monthly, h("members", period)
        return exempt(h, period) | ((net < std * 6 * m) if exact else (net / 6 / m < std))

    def c_income_12m(h, period, parameters):
        lim, m = parameters(period).district_income_last_year, h("members", period)
        return exempt(h, period) | (
            (h("income_12m", period) < lim * m) if exact else (h("income_12m", period) / m < lim)
        )

    formulas = {
        "c_residency": lambda h, period, parameters: h("residency_code", period) < 3,
        "c_assistance_type": lambda h, period, parameters: (
            h("is_expenditure", period) | ~h("is_expenditure", period)
        ),
        "c_grants_per_year": lambda h, period, parameters: (
            h("grants_this_year", period) < parameters(period).max_grants_per_year
        ),
        "c_annual_amount": lambda h, period, parameters: (
            h("granted_amount_this_year", period) + h("requested_amount", period)
            <= parameters(period).annual_cap
        ),
        "c_income_6m": c_income_6m,
        "c_income_12m": c_income_12m,
        "c_assets": lambda h, period, parameters: (
            exempt(h, period) | (h("assets_excluding_home", period) <= parameters(period).assets_cap)
        ),
    }
    for name, f in formulas.items():
        var(name, bool, f)
    var(
        "eligible",
        bool,
        lambda h, period, parameters: np.logical_and.reduce([h(c, period) for c in formulas]),
    )
    return system


def openfisca_run(
    system, h: dict[str, np.ndarray], exact: bool, period: str = "2026-03"
) -> tuple[np.ndarray, np.ndarray]:
    from openfisca_core.simulation_builder import SimulationBuilder

    n = len(h["members"])
    sim = SimulationBuilder().build_default_simulation(system, count=n)
    for name in (
        "income_6m",
        "medical_expense_6m",
        "education_expense_6m",
        "income_12m",
        "assets_excluding_home",
        "granted_amount_this_year",
        "requested_amount",
    ):
        sim.set_input(name, period, h[name] if exact else h[name] / 100)
    sim.set_input("members", period, h["members"])
    sim.set_input("grants_this_year", period, h["grants_this_year"])
    sim.set_input("residency_code", period, encode(h["residency"], list(RESIDENCIES), [0, 1, 2, 3]))
    sim.set_input("on_dibao", period, h["on_dibao"])
    sim.set_input("is_expenditure", period, h["assistance_type"] == "expenditure")
    eligible = sim.calculate("eligible", period)
    conds = np.stack([sim.calculate(f"c_{c}", period) for c in CONDITIONS])
    return eligible, conds


def typed(h: dict[str, np.ndarray], codes: dict[str, int]) -> dict[str, np.ndarray]:
    """The households as typed columns (what a vector engine reads): enum text to the rule's int16 codes.

    Done once before timing, for every vector engine alike; the CSV batch over HTTP times it from text.
    """
    out = dict(h)
    for name in ("residency", "assistance_type"):
        values = sorted(set(out[name].tolist()))
        out[name] = encode(out[name], values, [codes[v] for v in values]).astype(np.int16)
    return out


def numpy_float(t: dict[str, np.ndarray], codes: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """The rule as most vectorised code is first written: yuan as float64, divide then compare."""
    y = {k: t[k] / 100 for k in t if t[k].dtype == np.int64 and k not in ("members", "grants_this_year")}
    exempt = (t["assistance_type"] != codes["expenditure"]) | t["on_dibao"]
    net = y["income_6m"] - y["medical_expense_6m"] - y["education_expense_6m"]
    conds = np.stack(
        [
            t["residency"] != codes["other"],
            (t["assistance_type"] == codes["emergency"]) | (t["assistance_type"] == codes["expenditure"]),
            t["grants_this_year"] < MAX_GRANTS,
            y["granted_amount_this_year"] + y["requested_amount"] <= ANNUAL_CAP / 100,
            exempt | (net / 6 / t["members"] < STANDARD / 100),
            exempt | (y["income_12m"] / t["members"] < DISTRICT_INCOME / 100),
            exempt | (y["assets_excluding_home"] <= ASSETS_CAP / 100),
        ]
    )
    return conds.all(axis=0), conds


def numpy_int_fen(t: dict[str, np.ndarray], codes: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """The same rule hand-written on integer fen, cross-multiplied: exact, and the ceiling for a numpy engine."""
    exempt = (t["assistance_type"] != codes["expenditure"]) | t["on_dibao"]
    net = t["income_6m"] - t["medical_expense_6m"] - t["education_expense_6m"]
    conds = np.stack(
        [
            t["residency"] != codes["other"],
            (t["assistance_type"] == codes["emergency"]) | (t["assistance_type"] == codes["expenditure"]),
            t["grants_this_year"] < MAX_GRANTS,
            t["granted_amount_this_year"] + t["requested_amount"] <= ANNUAL_CAP,
            exempt | (net < STANDARD * 6 * t["members"]),
            exempt | (t["income_12m"] < DISTRICT_INCOME * t["members"]),
            exempt | (t["assets_excluding_home"] <= ASSETS_CAP),
        ]
    )
    return conds.all(axis=0), conds
