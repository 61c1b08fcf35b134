// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import java.math.BigDecimal;
import java.util.Objects;

import org.motcua.core.calendar.DurationUnit;

/**
 * How long the receiving office has, once the result exists (status 9, "Đã xử lý xong"), to hand it to the
 * applicant or to tell them it is ready ("trả kết quả hoặc thông báo đã có kết quả"). The clock runs from the
 * result on the receiving office's calendar; a result not handed back by then is overdue (docs/kpi.md).
 * A procedure states its own limit with {@link ProcedureBuilder#resultReturn}; one that states none gets
 * {@link #PROVINCE_DEFAULT}.
 *
 * @param amount     the time allowed, {@code >= 0}
 * @param unit       its unit
 * @param legalBasis where the limit comes from, written beside it (shown in docs/legal.md)
 */
public record ResultReturn(BigDecimal amount, DurationUnit unit, String legalBasis) {

    /**
     * The province's default for procedures that state no limit of their own: 3 working days from the
     * result, the limit Đồng Tháp sets for land procedures (QĐ 138/2025/QĐ-UBND, Quy chế Điều 3.4.b). For other
     * procedures it is the project's reading until the province rules otherwise (docs/legal.md).
     */
    public static final ResultReturn PROVINCE_DEFAULT = new ResultReturn(BigDecimal.valueOf(3), DurationUnit.WORKING_DAYS,
            "Mặc định của tỉnh: 03 ngày kể từ ngày có kết quả (QĐ 138/2025/QĐ-UBND tỉnh Đồng Tháp, Quy chế Điều 3.4.b,"
                    + " lĩnh vực đất đai; áp dụng cho thủ tục chưa có quy định riêng)");

    /** Checks the fields. */
    public ResultReturn {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("the time to return a result must not be negative: " + amount);
        }
        legalBasis = legalBasis == null ? "" : legalBasis;
    }
}
