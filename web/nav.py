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
    ],
    "department_staff": [("待办收件箱", "/inbox"), ("通知单", "/slips"), ("来访登记", "/consultations")],
    "supervisor": [
        ("督办", "/supervision"),
        ("案件台账", "/applications"),
        ("通知单", "/slips"),
        ("统计", "/statistics"),
        ("找茬台账", "/complaints"),
        ("来访登记", "/consultations"),
    ],
    "admin": [
        ("事项目录", "/admin/catalogue"),
        ("部门管理", "/admin/departments"),
        ("节假日安排", "/admin/calendar"),
        ("账号管理", "/admin/accounts"),
        ("案件台账", "/applications"),
    ],
}
PUBLIC_NAV = [
    ("办事指南", "/guide"),
    ("网上申请", "/apply"),
    ("办理进度查询", "/progress"),
    ("好差评", "/rate"),
    ("投诉找茬", "/complaint"),
]


def nav_for(role: str | None) -> list[tuple[str, str]]:
    return NAV.get(role or "", [])
