// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The QR text of identity cards as a desk scanner types it (issue 18.2): a chip-based CCCD (old CMND number
 * filled), a Căn cước card of 2024 (no old number, further fields), a scan that lost the diacritics, and broken scans.
 */
class CccdQrCodeTest {

    @Test
    void aChipCccdGivesNumberOldNumberNameBirthSexAddressAndIssueDate() {
        CccdQrCode card = CccdQrCode.parse(
                "087095000123|341234567|Nguyễn Văn Ồ|15031995|Nam|Ấp 3, xã Mỹ An, huyện Tháp Mười, Đồng Tháp|10082021")
                .orElseThrow();
        assertEquals("087095000123", card.number());
        assertEquals("341234567", card.oldIdNumber());
        assertEquals("Nguyễn Văn Ồ", card.name());
        assertEquals(LocalDate.of(1995, 3, 15), card.birthDate());
        assertEquals(Sex.MALE, card.sex());
        assertEquals("Ấp 3, xã Mỹ An, huyện Tháp Mười, Đồng Tháp", card.address());
        assertEquals(LocalDate.of(2021, 8, 10), card.issuedOn());
        assertFalse(card.nameLostDiacritics());
    }

    @Test
    void aCardOf2024WithoutAnOldNumberAndWithFurtherFieldsIsRead() {
        CccdQrCode card = CccdQrCode.parse(
                "082301004567||Trần Thị  Bé|02112001|Nữ|Phường Mỹ Phú, Đồng Tháp|01072024|Trần Văn Cha|Lê Thị Mẹ\r\n")
                .orElseThrow();
        assertNull(card.oldIdNumber());
        assertEquals("Trần Thị Bé", card.name(), "spaces of the scan folded");
        assertEquals(Sex.FEMALE, card.sex());
        assertEquals(LocalDate.of(2024, 7, 1), card.issuedOn());
    }

    @Test
    void aKeyboardModeScanThatLostTheVietnameseLettersIsReadAndFlagged() {
        CccdQrCode card = CccdQrCode.parse("087195000456||Nguyen Thi Anh|20061995|Nu|Tan Kieu, Thap Muoi|05052022").orElseThrow();
        assertEquals(Sex.FEMALE, card.sex());
        assertTrue(card.nameLostDiacritics(), "the desk is told to check the name against the card");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "087095000123|341234567|Nguyễn Văn Ồ|15031995|Nam;             validation.cccdQr.fields",
        "087095000123|3412|Nguyễn Văn Ồ|15031995|Nam|Mỹ An|10082021;    validation.cccdQr.oldId",
        "087095000123||Nguyễn Văn Ồ|31021995|Nam|Mỹ An|10082021;        validation.cccdQr.date",
        "087095000123|| |15031995|Nam|Mỹ An|10082021;                   validation.cccdQr.noName",
        "087095000123||Nguyễn Văn Ồ|15031995|X|Mỹ An|10082021;          validation.cccdQr.sex",
        "Nguyễn Văn Ồ;                                                   validation.cccdQr.notQr" })
    void aBrokenScanIsRefusedWithItsReason(String text, String key) {
        ValidationResult<CccdQrCode> result = CccdQrCode.parse(text.strip());
        assertFalse(result.isValid());
        assertEquals(key, result.problems().get(0).key());
    }

    @ParameterizedTest
    @ValueSource(strings = { "087095000123", "0870950001234|x", "Nguyễn|087095000123|" })
    void onlyTwelveDigitsAndABarLookLikeACard(String text) {
        assertFalse(CccdQrCode.looksLikeQr(text));
    }
}
