package org.bianmin.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Basic, implementation and handling-item codes: their parts, and every refusal with its code. */
class NationalCodesTest {
    /** A code published by its holder (see UnifiedSocialCreditCodeTest). */
    private static final String BODY = "123502001549897397";
    private static final String IMPL = "XK00101001" + "513322102000" + BODY + "00";

    @Test
    void aBasicCodeHasTypeMainItemAndSubItem() {
        BasicCode code = BasicCode.parse("XK00101001");
        assertEquals("XK", code.typeCode());
        assertEquals("00101", code.mainItem());
        assertEquals("001", code.subItem());
        assertTrue(code.isSubItem());
        assertFalse(BasicCode.parse("0100023000").isSubItem());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "XK0010100|must have 10 characters",
        "xk00101001|item-type code (事项类型代码) must be two capital letters or digits",
        "XK00000001|main-item number (主项代码) must be five digits from 00001",
        "XK0010A001|main-item number (主项代码) must be five digits",
        "XK001010A1|sub-item number (子项代码) must be three digits",
    })
    void badBasicCodesAreRefused(String code, String reason) {
        BianminException e = assertThrows(BianminException.class, () -> BasicCode.parse(code));
        assertEquals(ErrorCode.BASIC_CODE_INVALID, e.code());
        assertTrue(e.getMessage().contains(reason) && e.getMessage().contains(code), e.getMessage());
    }

    @Test
    void anImplementationCodeNamesBasicCodeDivisionBodyAndSuffix() {
        ImplementationCode code = ImplementationCode.parse(IMPL);
        assertEquals(42, IMPL.length());
        assertEquals("XK00101001", code.basicCode().value());
        assertEquals(DivisionCode.of("513322102"), code.place());
        assertEquals(BODY, code.body().value());
        assertEquals("00", code.suffix());
        assertEquals(IMPL, code.value());
        assertEquals(code, ImplementationCode.of(BasicCode.parse("XK00101001"), DivisionCode.of("513322102"),
                UnifiedSocialCreditCode.of(BODY)));
        assertEquals(DivisionCode.of("513322"), ImplementationCode.of(code.basicCode(), DivisionCode.LUDING,
                code.body()).place());
        assertEquals("513322000000", ImplementationCode.of(code.basicCode(), DivisionCode.LUDING, code.body())
                .division());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "XK00101001513322102000123502001549897397|must have 42 characters",
        "XK0010100A51332210200012350200154989739700|sub-item number",
        "XK0010100151332210200A12350200154989739700|implementing division (实施区划) must be 12 digits",
        "XK0010100100000010200012350200154989739700|names no county",
        "XK0010100151332200010112350200154989739700|names a village without a township",
        "XK0010100151332210200012350200154989739800|check character is '8'",
        "XK0010100151332210200012350200154989739700X|must have 42 characters",
        "XK00101001513322102000123502001549897397A0|suffix must be two digits",
    })
    void badImplementationCodesAreRefused(String code, String reason) {
        BianminException e = assertThrows(BianminException.class, () -> ImplementationCode.parse(code));
        assertEquals(ErrorCode.IMPLEMENTATION_CODE_INVALID, e.code());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void aHandlingItemCodeExtendsTheImplementationCode() {
        HandlingItemCode code = HandlingItemCode.parse(IMPL + "002");
        assertEquals(ImplementationCode.parse(IMPL), code.implementation());
        assertEquals("002", code.sequence());
        assertEquals(IMPL + "002", code.value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "000|three digits from 001 to 999",
        "0A1|three digits from 001 to 999",
        "01|must have 45 characters",
    })
    void badHandlingItemCodesAreRefused(String sequence, String reason) {
        BianminException e = assertThrows(BianminException.class, () -> HandlingItemCode.parse(IMPL + sequence));
        assertEquals(ErrorCode.HANDLING_ITEM_CODE_INVALID, e.code());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void aHandlingItemCodeWithABadImplementationPartNamesIt() {
        BianminException e = assertThrows(BianminException.class,
                () -> HandlingItemCode.parse(IMPL.replace("102000", "10200A") + "001"));
        assertEquals(ErrorCode.HANDLING_ITEM_CODE_INVALID, e.code());
        assertTrue(e.getMessage().contains("12 digits"), e.getMessage());
    }

    @Test
    void itemCodesMustAgreeWithEachOther() {
        ImplementationCode impl = ImplementationCode.parse(IMPL);
        ItemCodes codes = new ItemCodes(impl.basicCode(), impl,
                List.of(new HandlingItem(HandlingItemCode.parse(IMPL + "001"), "首次申请")));
        assertEquals(1, codes.handlingItems().size());

        BianminException other = assertThrows(BianminException.class,
                () -> new ItemCodes(BasicCode.parse("XK00101002"), impl, List.of()));
        assertEquals(ErrorCode.IMPLEMENTATION_CODE_INVALID, other.code());

        BianminException orphan = assertThrows(BianminException.class, () -> new ItemCodes(impl.basicCode(), null,
                List.of(new HandlingItem(HandlingItemCode.parse(IMPL + "001"), "首次申请"))));
        assertEquals(ErrorCode.HANDLING_ITEM_CODE_INVALID, orphan.code());
        assertTrue(orphan.getMessage().contains("assign one first"), orphan.getMessage());

        BianminException twice = assertThrows(BianminException.class, () -> new ItemCodes(impl.basicCode(), impl,
                List.of(new HandlingItem(HandlingItemCode.parse(IMPL + "001"), "首次申请"),
                        new HandlingItem(HandlingItemCode.parse(IMPL + "002"), "首次申请"))));
        assertEquals(ErrorCode.HANDLING_ITEM_CODE_INVALID, twice.code());

        assertEquals(ErrorCode.BASIC_CODE_INVALID,
                assertThrows(BianminException.class, () -> new ItemCodes(null, null, null)).code());
    }
}
