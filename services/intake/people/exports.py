"""The complaint ledger, rating report and statistics as spreadsheet rows (same data as the JSON)."""

from collections.abc import Iterator

from services.intake.people.schemas import ComplaintPublic, RatingReport, StatisticsPublic

COMPLAINT_HEADER = [
    "投诉编号",
    "渠道",
    "区域",
    "投诉人",
    "联系方式",
    "案件编号",
    "内容",
    "收到日期",
    "答复期限",
    "承办人",
    "答复",
    "答复人",
    "状态",
    "逾期",
]
CHANNELS = {"online": "网上", "window": "窗口"}
STATES = {"open": "待答复", "replied": "已答复"}
RATING_HEADER = [
    "汇总方式",
    "代码",
    "名称",
    "条数",
    "平均分",
    "非常满意",
    "满意",
    "基本满意",
    "不满意",
    "非常不满意",
]
STATISTICS_HEADER = ["年份", "分组", "代码", "名称", "登记", "受理", "办结", "逾期"]


def complaint_rows(rows: list[ComplaintPublic]) -> Iterator[list]:
    for c in rows:
        yield [
            c.number,
            CHANNELS.get(c.channel, c.channel),
            c.region,
            c.complainant_name,
            c.contact,
            c.case_number,
            c.content,
            c.received_date,
            c.due_date,
            c.handler,
            c.reply,
            c.replied_by,
            STATES.get(c.status, c.status),
            c.overdue,
        ]


def rating_rows(report: RatingReport) -> Iterator[list]:
    for group, summaries in (("受理窗口", report.by_window), ("首问责任人", report.by_staff)):
        for s in summaries:
            yield [group, s.key, s.name, s.count, s.average] + [
                s.levels.get(str(k), 0) for k in (5, 4, 3, 2, 1)
            ]


def statistics_rows(stats: StatisticsPublic) -> Iterator[list]:
    for t in stats.by_town:
        yield [stats.year, "镇街", t.region, t.name, t.total, t.accepted, t.concluded, t.overdue]
    for i in stats.by_item:
        yield [stats.year, "事项", i.item_code, i.item_name, i.total, None, None, None]
    for m in stats.by_month:
        yield [stats.year, "月份", f"{stats.year}-{m.month:02d}", f"{m.month}月", m.total, None, None, None]
