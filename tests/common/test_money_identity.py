"""Money in fen, never floats; resident ID numbers validated, upgraded and masked."""

from datetime import timedelta
from decimal import Decimal

import pytest

from services.common.errors import Invalid
from services.common.identity import compose_id_number, mask_id_number, mask_name, normalize_id_number
from services.common.money import fen_to_yuan, yuan_to_fen
from services.common.observability import mask_personal_data


class TestMoney:
    @pytest.mark.parametrize(
        "text,fen",
        [
            ("1234.50", 123450),
            ("0.01", 1),
            ("30000", 3000000),
            (" 7.1 ", 710),
            (Decimal("0.10"), 10),
            (12, 1200),
        ],
    )
    def test_yuan_strings_become_exact_fen(self, text, fen):
        assert yuan_to_fen(text) == fen

    @pytest.mark.parametrize(
        "bad", [0.1, "0.001", "abc", "NaN", "Infinity", True, "", "１２３.００", "١٢٣", "1e3", "12 34"]
    )
    def test_floats_sub_fen_and_garbage_are_refused_naming_the_field(self, bad):
        with pytest.raises(Invalid) as err:
            yuan_to_fen(bad, field="income_6m")
        assert err.value.field == "income_6m"

    @pytest.mark.parametrize("fen,text", [(123450, "1234.50"), (1, "0.01"), (0, "0.00"), (-250, "-2.50")])
    def test_fen_format_back_to_yuan(self, fen, text):
        assert fen_to_yuan(fen) == text


class TestIdNumber:
    def test_a_birth_date_after_today_is_refused_naming_the_field(self, clock):
        tomorrow = (clock.today() + timedelta(days=1)).strftime("%Y%m%d")
        with pytest.raises(Invalid) as err:
            normalize_id_number(compose_id_number("370211", tomorrow, 11), field="applicant.id_number")
        assert err.value.field == "applicant.id_number" and "晚于今天" in err.value.detail
        born_today = compose_id_number("370211", clock.today().strftime("%Y%m%d"), 11)
        assert normalize_id_number(born_today) == born_today

    def test_a_far_future_or_ancient_birth_date_is_refused(self):
        for birth in ("20990101", "99991231", "18000101"):
            with pytest.raises(Invalid):
                normalize_id_number(compose_id_number("370211", birth, 11))

    def test_valid_number_is_returned_in_canonical_form(self):
        number = compose_id_number("370211", "19850612", 123)
        assert normalize_id_number(number.lower()) == number

    def test_an_elder_born_before_the_county_code_existed_is_accepted(self):
        # 370211 (黄岛区) dates from 1983; numbers issued there later carry it whatever the birth year
        number = compose_id_number("370211", "19500301", 21)
        assert normalize_id_number(number) == number

    def test_an_unknown_region_is_still_refused(self):
        with pytest.raises(Invalid):
            normalize_id_number(compose_id_number("999999", "19800101", 1))

    def test_fifteen_digit_number_is_upgraded_to_eighteen(self):
        assert normalize_id_number("110105491231002") == "11010519491231002X"

    @pytest.mark.parametrize(
        "bad", ["", "370211198506121234", "37021119850612123", "ABCDEFGHIJKLMNOPQR", "370211199902301230"]
    )
    def test_invalid_numbers_are_refused_naming_the_field(self, bad):
        with pytest.raises(Invalid) as err:
            normalize_id_number(bad, field="members[1].id_number")
        assert err.value.field == "members[1].id_number"

    def test_masks_keep_only_what_a_public_page_may_show(self):
        assert mask_id_number("11010519491231002X") == "110105********002X"
        assert mask_name("张三") == "张*" and mask_name("欧阳明明") == "欧**明"

    def test_logs_never_carry_a_whole_id_or_phone_number(self):
        line = mask_personal_data("申请人 11010519491231002X 电话 13912345678")
        assert "11010519491231002X" not in line and "13912345678" not in line
        assert "110105********002X" in line and "139****5678" in line
