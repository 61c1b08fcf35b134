// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 63 province codes used as digits 1–3 of a CCCD: the place of birth registration, numbered
 * like the pre-2025 GSO province codes (QĐ 124/2004/QĐ-TTg) padded to three digits (TT 07/2016/TT-BCA,
 * later TT 59/2021/TT-BCA; unverified against the primary text, structure from public validators).
 * <p>
 * The 2025 merger (34 provinces, QĐ 19/2025/QĐ-TTg) kept one old code for each new province, so this
 * pre-2025 table is a superset of the codes a number can carry; existing numbers never change.
 * Example: Đồng Tháp 087 and Tiền Giang 082 (the merged Đồng Tháp inherited code 82).
 */
public final class CccdProvinceCodes {

    private static final Map<String, String> CODES;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("001", "Hà Nội");
        m.put("002", "Hà Giang");
        m.put("004", "Cao Bằng");
        m.put("006", "Bắc Kạn");
        m.put("008", "Tuyên Quang");
        m.put("010", "Lào Cai");
        m.put("011", "Điện Biên");
        m.put("012", "Lai Châu");
        m.put("014", "Sơn La");
        m.put("015", "Yên Bái");
        m.put("017", "Hòa Bình");
        m.put("019", "Thái Nguyên");
        m.put("020", "Lạng Sơn");
        m.put("022", "Quảng Ninh");
        m.put("024", "Bắc Giang");
        m.put("025", "Phú Thọ");
        m.put("026", "Vĩnh Phúc");
        m.put("027", "Bắc Ninh");
        m.put("030", "Hải Dương");
        m.put("031", "Hải Phòng");
        m.put("033", "Hưng Yên");
        m.put("034", "Thái Bình");
        m.put("035", "Hà Nam");
        m.put("036", "Nam Định");
        m.put("037", "Ninh Bình");
        m.put("038", "Thanh Hóa");
        m.put("040", "Nghệ An");
        m.put("042", "Hà Tĩnh");
        m.put("044", "Quảng Bình");
        m.put("045", "Quảng Trị");
        m.put("046", "Thừa Thiên Huế");
        m.put("048", "Đà Nẵng");
        m.put("049", "Quảng Nam");
        m.put("051", "Quảng Ngãi");
        m.put("052", "Bình Định");
        m.put("054", "Phú Yên");
        m.put("056", "Khánh Hòa");
        m.put("058", "Ninh Thuận");
        m.put("060", "Bình Thuận");
        m.put("062", "Kon Tum");
        m.put("064", "Gia Lai");
        m.put("066", "Đắk Lắk");
        m.put("067", "Đắk Nông");
        m.put("068", "Lâm Đồng");
        m.put("070", "Bình Phước");
        m.put("072", "Tây Ninh");
        m.put("074", "Bình Dương");
        m.put("075", "Đồng Nai");
        m.put("077", "Bà Rịa - Vũng Tàu");
        m.put("079", "Hồ Chí Minh");
        m.put("080", "Long An");
        m.put("082", "Tiền Giang");
        m.put("083", "Bến Tre");
        m.put("084", "Trà Vinh");
        m.put("086", "Vĩnh Long");
        m.put("087", "Đồng Tháp");
        m.put("089", "An Giang");
        m.put("091", "Kiên Giang");
        m.put("092", "Cần Thơ");
        m.put("093", "Hậu Giang");
        m.put("094", "Sóc Trăng");
        m.put("095", "Bạc Liêu");
        m.put("096", "Cà Mau");
        CODES = Collections.unmodifiableMap(m);
    }

    private CccdProvinceCodes() {
    }

    /**
     * Returns all codes with their province names, in code order.
     *
     * @return the unmodifiable map code → name
     */
    public static Map<String, String> all() {
        return CODES;
    }

    /**
     * Tells whether a three-digit code is a known province code.
     *
     * @param code e.g. {@code "087"}
     * @return {@code true} if known
     */
    public static boolean isKnown(String code) {
        return CODES.containsKey(code);
    }

    /**
     * Returns the province name of a code.
     *
     * @param code e.g. {@code "087"}
     * @return the name, empty if unknown
     */
    public static Optional<String> name(String code) {
        return Optional.ofNullable(CODES.get(code));
    }
}
