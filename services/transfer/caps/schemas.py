"""What a clerk sees before deciding 临时救助: the household's times and money this year, and what is left."""

from datetime import date

from pydantic import BaseModel, Field


class CapStatus(BaseModel):
    """A household's 临时救助 this calendar year against the caps in force (money in yuan strings)."""

    item_code: str = Field(examples=["temporary_assistance"])
    year: int = Field(examples=[2026])
    case_id: int
    grants_this_year: int = Field(description="已救助次数（一个案件计一次，先行救助与救助发放同案只计一次）")
    granted_amount_this_year: str = Field(description="已救助金额（含先行救助）", examples=["28000.00"])
    emergency_aid_this_year: str = Field(description="其中先行救助金额", examples=["2000.00"])
    this_case_counted: bool = Field(description="本案件已计入本年度次数（再发放不增加次数）")
    max_grants_per_year: int = Field(examples=[2])
    annual_cap: str = Field(examples=["30000.00"])
    remaining_grants: int
    remaining_amount: str = Field(examples=["2000.00"])
    may_grant: bool = Field(description="本案件还能否再登记救助")
    max_grants_from: date
    annual_cap_from: date
    rule: str
