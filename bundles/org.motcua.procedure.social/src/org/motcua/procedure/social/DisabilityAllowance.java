// SPDX-License-Identifier: EPL-2.0
package org.motcua.procedure.social;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.motcua.core.procedure.FieldValue;

/**
 * The monthly social allowance of a person with a disability: the social-assistance base amount in
 * force on a date (versioned data) × the coefficient of NĐ 20/2021 Art. 6. Pure; no database.
 */
public final class DisabilityAllowance {

    /** The degree of disability. */
    public enum Severity {
        /** Khuyết tật đặc biệt nặng. */
        EXTREMELY_SEVERE,
        /** Khuyết tật nặng. */
        SEVERE
    }

    /** The age group, which raises the coefficient for a child or an elderly person. */
    public enum AgeGroup {
        /** Trẻ em: under 16 (Luật Trẻ em 2016). */
        CHILD,
        /** From 16 to under 60. */
        ADULT,
        /** Người cao tuổi: 60 or over (Luật Người cao tuổi 2009). */
        ELDERLY;

        /** @return whether NĐ 20/2021 gives the higher coefficient */
        public boolean childOrElderly() {
            return this != ADULT;
        }
    }

    /**
     * A base amount (mức chuẩn trợ giúp xã hội) from a date.
     *
     * @param from     first day in force
     * @param vnd      đồng per month
     * @param source   the legal source
     * @param verified whether the figure was checked against the source's text
     */
    public record BaseAmount(LocalDate from, long vnd, String source, boolean verified) {
    }

    /**
     * A computed allowance.
     *
     * @param monthlyVnd  the allowance in đồng per month
     * @param base        the base amount used
     * @param coefficient the coefficient (hệ số)
     */
    public record Allowance(long monthlyVnd, BaseAmount base, double coefficient) {
    }

    /** The base amounts, oldest first. */
    public static final List<BaseAmount> BASE_AMOUNTS = List.of(
            new BaseAmount(LocalDate.of(2021, 7, 1), 360_000, "NĐ 20/2021/NĐ-CP, Điều 4", true),
            new BaseAmount(LocalDate.of(2024, 7, 1), 500_000,
                    "NĐ 76/2024/NĐ-CP (mức chuẩn mới; con số chưa đối chiếu văn bản)", false));

    private DisabilityAllowance() {
    }

    /** @return the base amount in force on {@code date} */
    public static BaseAmount baseOn(LocalDate date) {
        return BASE_AMOUNTS.stream().filter(b -> !b.from().isAfter(date)).max(Comparator.comparing(BaseAmount::from))
                .orElseThrow(() -> new IllegalArgumentException("no base amount before " + date));
    }

    /**
     * @param severity        extremely severe (đặc biệt nặng) or severe (nặng)
     * @param childOrElderly  a child or an elderly person (higher coefficient)
     * @return the coefficient of NĐ 20/2021 Art. 6: 2.0 / 2.5 and 1.5 / 2.0
     */
    public static double coefficient(Severity severity, boolean childOrElderly) {
        return switch (severity) {
            case EXTREMELY_SEVERE -> childOrElderly ? 2.5 : 2.0;
            case SEVERE -> childOrElderly ? 2.0 : 1.5;
        };
    }

    /** @return the monthly allowance on {@code date} */
    public static Allowance monthly(LocalDate date, Severity severity, boolean childOrElderly) {
        BaseAmount base = baseOn(date);
        double k = coefficient(severity, childOrElderly);
        return new Allowance(Math.round(base.vnd() * k), base, k);
    }

    /**
     * @param date   the day the allowance applies
     * @param fields the dossier's form fields ({@link SocialModule#FIELD_SEVERITY}, {@link SocialModule#FIELD_AGE_GROUP})
     * @return the monthly allowance; throws {@link IllegalArgumentException} when a field is missing
     */
    public static Allowance monthly(LocalDate date, List<FieldValue> fields) {
        Severity severity = Severity.valueOf(value(fields, SocialModule.FIELD_SEVERITY));
        AgeGroup age = AgeGroup.valueOf(value(fields, SocialModule.FIELD_AGE_GROUP));
        return monthly(date, severity, age.childOrElderly());
    }

    private static String value(List<FieldValue> fields, String key) {
        return fields.stream().filter(f -> f.key().equals(key)).map(FieldValue::value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + key));
    }
}
