"""The eligibility service (资格服务): the assistance catalogue and explainable rules as data."""

from fastapi import FastAPI

from services.common.app import create_service_app
from services.common.db import Database
from services.eligibility import models  # noqa: F401  (registers every table)
from services.eligibility.catalogue.public import public_router
from services.eligibility.catalogue.routes import router as catalogue_router
from services.eligibility.grants_source import GrantsSource
from services.eligibility.guidance.routes import router as guidance_router
from services.eligibility.rules.routes import document_batch_schemas
from services.eligibility.rules.routes import evaluations as evaluations_router
from services.eligibility.rules.routes import router as rules_router
from services.eligibility.settings import EligibilitySettings

DESCRIPTION = """资格服务：救助事项目录（办理层级、法定时限、所需材料、减证便民）与可解释的资格规则。

- **事项目录** `GET /v1/items`：事项、牵头部门、办件类型、时限（无法定时限为 20 个工作日）、受理日（如城市低保、廉租房每月1—10日）、
  互斥事项、所需材料（`shared_data` 为数据共享获取、不向申请人索要）；`handling_level` 为所在区县的配置（镇街或区级）。
- **资格测算** `POST /v1/evaluations`：规则与参数都是数据（参数按生效日期取值），金额以分为单位精确计算；
  每个条件给出 passed / failed / unknown 及所用数字；缺少事实得 `needs_facts`，事实格式错误得 422 并指明 `facts.<名称>`。
  给出 `household_id_numbers` 时，本年度救助次数与金额取自转办服务的救助记录。
- **批量测算** `POST /v1/evaluations/batch`：JSON 数组、JSON lines 或 CSV 流式输入，逐户流式输出，定期输出进度。
- **一次性告知** `POST /v1/materials/checklist`、**分类处置** `POST /v1/routes`、**建议事项** `POST /v1/suggestions`。
- 管理员：`PUT /v1/items/{code}`、`PUT /v1/items/{code}/materials`、`PUT /v1/items/{code}/handling-levels/{district}`、
  `POST /v1/parameters/{name}`、`PUT /v1/rules/{item_code}`、`/v1/suggestion-rules`；每次修改留痕（`/v1/changes`）。

认证：`Authorization: Bearer <token>`（由受理服务 `POST /v1/auth/token` 换取）。
错误：RFC 9457 `application/problem+json`，校验错误以 `field` 指明字段。金额为元的十进制字符串，如 `"1234.50"`。"""
TAGS = [
    {"name": "catalogue", "description": "救助事项目录与材料（管理员修改留痕）"},
    {"name": "rules", "description": "资格规则、参数与测算"},
    {"name": "guidance", "description": "一次性告知清单、分类处置、建议事项"},
    {"name": "public", "description": "办事指南（公众，无需令牌）"},
]


def create_app(
    settings: EligibilitySettings | None = None,
    db: Database | None = None,
    grants_source: GrantsSource | None = None,
) -> FastAPI:
    settings = settings or EligibilitySettings()
    db = db or Database.from_settings(settings)
    app = create_service_app(
        name="eligibility",
        title="Yimen 资格服务 (eligibility)",
        description=DESCRIPTION,
        settings=settings,
        db=db,
        routers=[catalogue_router, evaluations_router, rules_router, guidance_router, public_router],
        openapi_tags=TAGS,
    )
    document_batch_schemas(app)
    # prior grants come from transfer's records; a short timeout: an evaluation must not hang on it
    app.state.grants_source = grants_source or GrantsSource(
        settings.platform.transfer_url,
        auth_secret=settings.platform.auth_secret,
        caller="eligibility",
        timeout=2.0,
        retries=1,
    )
    return app
