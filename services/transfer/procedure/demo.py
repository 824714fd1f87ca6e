"""Demo procedure settings: 辛安街道 handles 临时救助 in full; 黄岛街道 keeps recording its `result` (both paths shown)."""

from sqlmodel import Session, select

from services.common.auth import Principal
from services.transfer.procedure import service
from services.transfer.procedure.models import ApprovalMember, ProcedureConfig
from services.transfer.procedure.schemas import ApprovalGroupIn, MemberIn

FULL_STREET = "370211002"  # 辛安街道
ITEM = "temporary_assistance"
GROUP = [  # 辛安街道社会救助审批领导小组 (demo accounts of intake)
    ("leader_xa", "赵主任", "组长"),
    ("leader_xa2", "钱委员", "成员"),
    ("dept_xa_ca", "田野", "成员"),
]


def seed_demo_procedure(*, session: Session) -> int:
    """The full procedure for 临时救助 at 辛安街道 and its approval group; returns how many rows were added."""
    added = 0
    demo = Principal(subject="demo", role="admin", region="370211")
    if not session.exec(
        select(ProcedureConfig).where(
            ProcedureConfig.item_code == ITEM, ProcedureConfig.region == FULL_STREET
        )
    ).first():
        service.set_config(
            session=session, item_code=ITEM, region=FULL_STREET, body=service.default_config(), principal=demo
        )
        added += 1
    if not session.exec(select(ApprovalMember).where(ApprovalMember.region == FULL_STREET)).first():
        members = [MemberIn(username=u, name=n, title=t) for u, n, t in GROUP]
        service.set_group(session=session, region=FULL_STREET, body=ApprovalGroupIn(members=members))
        added += len(members)
    return added
