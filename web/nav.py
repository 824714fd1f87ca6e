"""The navigation for each role (Chinese labels; URLs served by web/pages/*)."""

NAV: dict[str, list[tuple[str, str]]] = {
    "window_staff": [
        ("工作台", "/workbench"),
        ("新建受理", "/applications/new"),
        ("案件台账", "/applications"),
        ("资格测算", "/eligibility/explain"),
        ("通知单", "/slips"),
        ("找茬台账", "/complaints"),
        ("来访登记", "/consultations"),
        ("网上申请", "/online-applications"),
        ("预约", "/appointments"),
        ("上门服务", "/home-tasks"),
        ("走访", "/outreach"),
        ("慈善", "/needs"),
    ],
    "department_staff": [
        ("待办收件箱", "/inbox"),
        ("通知单", "/slips"),
        ("来访登记", "/consultations"),
        ("慈善需求", "/needs"),
        ("救助金发放", "/payments"),
        ("在册与年审", "/roster"),
        ("公示异议", "/disclosure-objections"),
    ],
    # field workers of a village/community, on a phone (seeds 000, 001)
    "agent": [("走访", "/outreach"), ("上门服务", "/home-tasks")],
    "grid_worker": [("走访", "/outreach")],
    "supervisor": [
        ("督办", "/supervision"),
        ("案件台账", "/applications"),
        ("通知单", "/slips"),
        ("统计", "/statistics"),
        ("部门时效", "/supervision/departments"),
        ("定期报告", "/reports"),
        ("访问记录", "/audit"),
        ("随机抽查", "/audits"),
        ("档案核验", "/archive/integrity"),
        ("公示异议", "/disclosure-objections"),
        ("找茬台账", "/complaints"),
        ("来访登记", "/consultations"),
        ("走访覆盖", "/outreach/coverage"),
        ("代办员", "/agents"),
        ("预约", "/appointments"),
    ],
    "admin": [
        ("事项目录", "/admin/catalogue"),
        ("部门管理", "/admin/departments"),
        ("节假日安排", "/admin/calendar"),
        ("账号管理", "/admin/accounts"),
        ("案件台账", "/applications"),
        ("预约", "/appointments"),
    ],
}
PUBLIC_NAV = [
    ("办事指南", "/guide"),
    ("救助公示", "/disclosures"),
    ("网上申请", "/apply"),
    ("办理进度查询", "/progress"),
    ("好差评", "/rate"),
    ("投诉找茬", "/complaint"),
    ("网上预约", "/book"),
]


DISTRICT_WINDOW = [("转送收件", "/escalations")]  # a district's window receives the towns' 转送 slips


def nav_for(role: str | None, region: str | None = None) -> list[tuple[str, str]]:
    nav = NAV.get(role or "", [])
    if role == "window_staff" and region and len(region) == 6:
        nav = nav[:1] + DISTRICT_WINDOW + nav[1:]
    return nav
