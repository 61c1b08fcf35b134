package org.motcua.procedure.social;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

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
}
