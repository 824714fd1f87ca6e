"""Item procedure API: configuration, approval groups, and each step of an item slip's procedure."""

from typing import Annotated

from fastapi import APIRouter, Body, Depends, File, Form, Path, Query, Request, Response, UploadFile

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.transfer.deps import CtxDep, DbId
from services.transfer.procedure import flows, records, service, views
from services.transfer.procedure.examples import EXAMPLES
from services.transfer.procedure.models import ProcedureFile
from services.transfer.procedure.schemas import (
    ApprovalGroupIn,
    ApprovalGroupPublic,
    AssignIn,
    AuthorisationIn,
    CheckAnswerIn,
    CheckRequestIn,
    ConfigIn,
    ConfigPublic,
    DecisionIn,
    DeliveryIn,
    FileStored,
    ObjectionIn,
    ProcedurePublic,
    ProcedureStatus,
    ResolutionIn,
    ReviewIn,
    VisitIn,
    VoteIn,
)
from services.transfer.procedure.storage import store_for
from services.transfer.slips.models import Slip, SlipAccess

router = APIRouter(tags=["procedure"])
Admin = Annotated[Principal, Depends(require("admin"))]
Reader = Annotated[
    Principal, Depends(require("window_staff", "department_staff", "supervisor", "admin", "partner"))
]
# investigators, the reviewer and the approval group log in as staff of the street (or the third party)
Actor = Annotated[Principal, Depends(require("department_staff"))]
Checker = Annotated[Principal, Depends(require("department_staff", "partner"))]
Region = Annotated[str, Path(pattern=r"^\d{9}$", description="镇街区划代码（9位）")]
ItemCode = Annotated[str, Path(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
WRITE = problem_responses(Unauthorized, Forbidden, NotFound, Invalid, Conflict)
STEP_DOC = (
    "承办本事项的街道部门经办人、指派的入户调查人员或本街道审批领导小组成员（见各操作）；区级账号只读。"
)


def _step(
    request: Request, session, ctx, slip_id: int, principal: Principal, action, **kwargs
) -> ProcedurePublic:
    # every step write: the procedure locked, the step applied (or refused whole), the procedure answered
    proc, slip = service.for_slip(session, slip_id, principal, lock=True)
    action(session=session, ctx=ctx, proc=proc, slip=slip, principal=principal, **kwargs)
    session.flush()
    return views.to_public(session, ctx, proc, slip, principal)


@router.put(
    "/v1/procedure-configs/{item_code}/{region}",
    response_model=ConfigPublic,
    summary="设置事项在某街道的办理流程",
    responses=problem_responses(Unauthorized, Forbidden, Invalid) | EXAMPLES["config_answer"],
)
def set_config(
    item_code: ItemCode,
    region: Region,
    body: Annotated[ConfigIn, Body(openapi_examples=EXAMPLES["config"])],
    session: SessionDep,
    principal: Admin,
) -> ConfigPublic:
    """系统管理员。开启哪些环节（授权、入户调查、核对、审核、公示、审批）及各环节工作日时限；
    关闭（enabled=false）的街道仍以通知单“办理结果”登记决定。已启动的流程沿用启动时的设置。"""
    return service.set_config(
        session=session, item_code=item_code, region=region, body=body, principal=principal
    )


@router.get(
    "/v1/procedure-configs",
    response_model=list[ConfigPublic],
    summary="各街道事项办理流程设置",
    responses=problem_responses(Unauthorized, Forbidden),
)
def list_configs(
    session: SessionDep, principal: Reader, region: Annotated[str | None, Query(pattern=r"^\d{6,9}$")] = None
) -> list[ConfigPublic]:
    """工作人员、监督人员、系统管理员、协同部门系统。"""
    return service.list_configs(session=session, region=region)


@router.put(
    "/v1/approval-groups/{region}",
    response_model=ApprovalGroupPublic,
    summary="设置街道社会救助审批领导小组",
    responses=problem_responses(Unauthorized, Forbidden, Invalid),
)
def set_group(
    region: Region,
    body: Annotated[ApprovalGroupIn, Body(openapi_examples=EXAMPLES["group"])],
    session: SessionDep,
    principal: Admin,
) -> ApprovalGroupPublic:
    """系统管理员。成员以各自账号表决，过半数成员表决后按多数意见作出决定。"""
    return service.set_group(session=session, region=region, body=body)


@router.get(
    "/v1/approval-groups/{region}",
    response_model=ApprovalGroupPublic,
    summary="街道社会救助审批领导小组",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Invalid),
)
def get_group(region: Region, session: SessionDep, principal: Reader) -> ApprovalGroupPublic:
    """工作人员、监督人员、系统管理员、协同部门系统。"""
    return service.get_group(session=session, region=region)


@router.get(
    "/v1/slips/{slip_id}/procedure",
    response_model=ProcedureStatus,
    summary="通知单的办理流程",
    responses=problem_responses(Unauthorized, Forbidden, NotFound),
)
def status(slip_id: DbId, session: SessionDep, ctx: CtxDep, principal: Reader) -> ProcedureStatus:
    """能查看本通知单的工作人员、监督人员、协同部门系统，以及调查人员和审批领导小组成员。

    各环节、期限、证据、保存的资格测算与调用者此刻可执行的操作（`allowed`）；核对请求通知单附被核对的流程。"""
    return views.status(session=session, ctx=ctx, slip_id=slip_id, principal=principal)


@router.post(
    "/v1/slips/{slip_id}/procedure",
    response_model=ProcedurePublic,
    status_code=201,
    summary="启动办理流程",
    responses=WRITE,
)
def start(slip_id: DbId, session: SessionDep, ctx: CtxDep, principal: Actor) -> ProcedurePublic:
    """承办部门经办人。通知单签收后启动；授权与入户调查期限自受理次日起计（入户调查2个工作日内）。"""
    proc = service.start(session=session, ctx=ctx, slip_id=slip_id, principal=principal)
    return views.to_public(session, ctx, proc, session.get(Slip, slip_id), principal)


@router.post(
    "/v1/slips/{slip_id}/procedure/files",
    response_model=FileStored,
    status_code=201,
    summary="上传签字扫描件或入户照片",
    responses=WRITE,
)
def upload(
    slip_id: DbId,
    request: Request,
    session: SessionDep,
    principal: Actor,
    file: Annotated[UploadFile, File(description="JPEG、PNG 或 PDF，按内容识别，≤5 MB")],
    purpose: Annotated[str, Form(pattern="^(pledge|visit)$")] = "pledge",
) -> FileStored:
    """承办部门经办人（承诺书扫描件、照片）、入户调查人员（照片）。按文件内容识别类型，超过大小为 422；记录 SHA-256。"""
    settings = request.app.state.settings
    data = file.file.read(settings.max_file_bytes + 1)  # one byte past the limit is enough to refuse
    proc, slip = service.for_slip(session, slip_id, principal, lock=True)
    row = records.upload(
        session=session,
        proc=proc,
        slip=slip,
        principal=principal,
        purpose=purpose,
        filename=file.filename or "",
        data=data,
        store=store_for(settings.files_dir, s3=settings.s3),
        max_bytes=settings.max_file_bytes,
    )
    return FileStored.model_validate(row, from_attributes=True)


@router.get(
    "/v1/slips/{slip_id}/procedure/files/{file_id}",
    response_class=Response,
    summary="查看扫描件或照片",
    responses={200: {"content": {"image/jpeg": {"schema": {"type": "string", "format": "binary"}}}}}
    | problem_responses(Unauthorized, Forbidden, NotFound),
    include_in_schema=False,
)
def download(
    slip_id: DbId, file_id: DbId, request: Request, session: SessionDep, principal: Reader
) -> Response:
    """能查看本流程的调用方；每次读取留痕。"""
    proc, slip = service.for_slip(session, slip_id, principal)
    row = session.get(ProcedureFile, file_id)
    if row is None or row.procedure_id != proc.id:
        raise NotFound(f"文件 {file_id} 不存在", field="file_id")
    session.add(
        SlipAccess(
            slip_id=slip.id,
            subject=principal.subject,
            role=principal.role,
            department_id=principal.department_id,
        )
    )
    data = store_for(request.app.state.settings.files_dir, s3=request.app.state.settings.s3).get(
        row.storage_key
    )
    return Response(data, media_type=row.content_type, headers={"Cache-Control": "private, no-store"})


@router.post(
    "/v1/slips/{slip_id}/procedure/authorisation",
    response_model=ProcedurePublic,
    summary="登记诚信承诺和授权委托书",
    responses=WRITE,
)
def authorise(
    slip_id: DbId,
    body: Annotated[AuthorisationIn, Body(openapi_examples=EXAMPLES["authorisation"])],
    request: Request,
    session: SessionDep,
    ctx: CtxDep,
    principal: Actor,
) -> ProcedurePublic:
    """承办部门经办人。全部成年家庭成员及未共同生活的赡（抚、扶）养人签署，逐人附扫描件；随后按申报事实测算。"""
    return _step(
        request,
        session,
        ctx,
        slip_id,
        principal,
        flows.authorise,
        body=body,
        eligibility=request.app.state.eligibility,
    )


@router.post(
    "/v1/slips/{slip_id}/procedure/investigators",
    response_model=ProcedurePublic,
    summary="指派入户调查人员",
    responses=WRITE,
)
def assign(
    slip_id: DbId, body: AssignIn, request: Request, session: SessionDep, ctx: CtxDep, principal: Actor
) -> ProcedurePublic:
    """承办部门经办人。两名调查人员（账号），或委托第三方社会组织。"""
    return _step(request, session, ctx, slip_id, principal, records.assign, body=body)


@router.post(
    "/v1/slips/{slip_id}/procedure/visit",
    response_model=ProcedurePublic,
    summary="登记入户调查结果",
    responses=WRITE,
)
def visit(
    slip_id: DbId,
    body: Annotated[VisitIn, Body(openapi_examples=EXAMPLES["visit"])],
    request: Request,
    session: SessionDep,
    ctx: CtxDep,
    principal: Actor,
) -> ProcedurePublic:
    """调用方：指派的入户调查人员（登录账号即签字）。逐项登记收入、财产、住房、成员情况，随后重新测算。"""
    return _step(
        request,
        session,
        ctx,
        slip_id,
        principal,
        flows.record_visit,
        body=body,
        eligibility=request.app.state.eligibility,
    )


@router.post(
    "/v1/slips/{slip_id}/procedure/visit/signatures",
    response_model=ProcedurePublic,
    summary="入户调查人员签字",
    responses=WRITE,
)
def countersign(
    slip_id: DbId, request: Request, session: SessionDep, ctx: CtxDep, principal: Actor
) -> ProcedurePublic:
    """调用方：另一名指派的入户调查人员以本人账号签字；两人都签字后本环节完成。"""
    return _step(request, session, ctx, slip_id, principal, records.countersign)


@router.post(
    "/v1/slips/{slip_id}/procedure/verification",
    response_model=ProcedurePublic,
    summary="发起家庭经济状况核对",
    responses=WRITE,
)
def request_check(
    slip_id: DbId, body: CheckRequestIn, request: Request, session: SessionDep, ctx: CtxDep, principal: Actor
) -> ProcedurePublic:
    """承办部门经办人。向核对机构发出一张核对通知单（网页收件箱或系统对接），期限为本环节时限。"""
    return _step(request, session, ctx, slip_id, principal, flows.request_check, body=body)


@router.post(
    "/v1/slips/{slip_id}/verification-answer",
    response_model=ProcedurePublic,
    summary="核对机构反馈核对结果",
    responses=WRITE,
)
def answer_check(
    slip_id: DbId,
    body: Annotated[CheckAnswerIn, Body(openapi_examples=EXAMPLES["answer"])],
    request: Request,
    session: SessionDep,
    ctx: CtxDep,
    principal: Checker,
) -> ProcedurePublic:
    """核对机构经办人或其协同部门系统（`ymp_` 令牌），对核对通知单作答；核实的事实覆盖申报与调查所得，随后重新测算。"""
    proc = flows.answer_check(
        session=session,
        ctx=ctx,
        check_slip_id=slip_id,
        body=body,
        principal=principal,
        eligibility=request.app.state.eligibility,
    )
    return views.to_public(session, ctx, proc, session.get(Slip, proc.slip_id), principal)


@router.post(
    "/v1/slips/{slip_id}/procedure/evaluation",
    response_model=ProcedurePublic,
    summary="重新资格测算",
    responses=WRITE,
)
def evaluate(
    slip_id: DbId, request: Request, session: SessionDep, ctx: CtxDep, principal: Actor
) -> ProcedurePublic:
    """承办部门经办人。在审批决定之前，按申报、调查、核对所得事实重新测算并保存。"""

    def _run(*, session, ctx, proc, slip, principal, eligibility):
        if not service.is_owner(principal, slip):
            raise Forbidden("只有承办本事项的街道部门可以重新测算", field="slip_id")
        if proc.decision is not None:
            raise Conflict("已作出审批决定，不再测算", field="evaluation")
        flows.evaluate(session=session, ctx=ctx, proc=proc, slip=slip, eligibility=eligibility)

    return _step(request, session, ctx, slip_id, principal, _run, eligibility=request.app.state.eligibility)


@router.post(
    "/v1/slips/{slip_id}/procedure/review",
    response_model=ProcedurePublic,
    summary="提出审核意见",
    responses=WRITE,
)
def review(
    slip_id: DbId, body: ReviewIn, request: Request, session: SessionDep, ctx: CtxDep, principal: Actor
) -> ProcedurePublic:
    """承办部门经办人。附保存的测算结论提出拟办意见；事项需公示的，公示期自今日起算（自然日）。"""
    return _step(request, session, ctx, slip_id, principal, records.review, body=body)


@router.post(
    "/v1/slips/{slip_id}/procedure/objections",
    response_model=ProcedurePublic,
    summary="登记公示异议",
    responses=WRITE,
)
def object_to(
    slip_id: DbId, body: ObjectionIn, request: Request, session: SessionDep, ctx: CtxDep, principal: Actor
) -> ProcedurePublic:
    """承办部门经办人。异议的收到日期须在公示期内。"""
    return _step(request, session, ctx, slip_id, principal, records.object_to, body=body)


@router.post(
    "/v1/slips/{slip_id}/procedure/objections/{objection_id}/resolution",
    response_model=ProcedurePublic,
    summary="处理公示异议",
    responses=WRITE,
)
def resolve(
    slip_id: DbId,
    objection_id: DbId,
    body: ResolutionIn,
    request: Request,
    session: SessionDep,
    ctx: CtxDep,
    principal: Actor,
) -> ProcedurePublic:
    """承办部门经办人。"""
    return _step(
        request, session, ctx, slip_id, principal, records.resolve, objection_id=objection_id, body=body
    )


@router.post(
    "/v1/slips/{slip_id}/procedure/disclosure/close",
    response_model=ProcedurePublic,
    summary="公示期满结束公示",
    responses=WRITE,
)
def close_disclosure(
    slip_id: DbId, request: Request, session: SessionDep, ctx: CtxDep, principal: Actor
) -> ProcedurePublic:
    """承办部门经办人。公示期满且异议均已处理后，报审批领导小组。"""
    return _step(request, session, ctx, slip_id, principal, records.close_disclosure)


@router.post(
    "/v1/slips/{slip_id}/procedure/votes",
    response_model=ProcedurePublic,
    summary="审批领导小组成员表决",
    responses=WRITE,
)
def vote(
    slip_id: DbId, body: VoteIn, request: Request, session: SessionDep, ctx: CtxDep, principal: Actor
) -> ProcedurePublic:
    """调用方：本街道审批领导小组成员，以本人账号表决，每人一票。"""
    return _step(request, session, ctx, slip_id, principal, records.vote, body=body)


@router.post(
    "/v1/slips/{slip_id}/procedure/decision",
    response_model=ProcedurePublic,
    summary="审批领导小组作出决定",
    responses=WRITE,
)
def decide(
    slip_id: DbId,
    body: Annotated[DecisionIn, Body(openapi_examples=EXAMPLES["decision"])],
    request: Request,
    session: SessionDep,
    ctx: CtxDep,
    principal: Actor,
) -> ProcedurePublic:
    """调用方：本街道审批领导小组成员。过半数成员表决后按多数意见决定；同意的金额经通知单“办理结果”登记为救助记录，
    临时救助超过每户每年2次或30000元为 409，整个决定不写入；不予救助生成不予救助告知书。"""
    return _step(
        request,
        session,
        ctx,
        slip_id,
        principal,
        flows.decide,
        body=body,
        cap_limits=request.app.state.cap_limits,
    )


@router.post(
    "/v1/slips/{slip_id}/procedure/denial-delivery",
    response_model=ProcedurePublic,
    summary="登记不予救助告知书送达",
    responses=WRITE,
)
def deliver_denial(
    slip_id: DbId, body: DeliveryIn, request: Request, session: SessionDep, ctx: CtxDep, principal: Actor
) -> ProcedurePublic:
    """承办部门经办人。"""
    return _step(request, session, ctx, slip_id, principal, records.deliver_denial, body=body)
