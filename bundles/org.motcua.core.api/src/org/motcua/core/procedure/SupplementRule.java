// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * When a supplement request (Mẫu 02) may be issued and what follows it, per procedure: within {@code agencyDays}
 * working days counted from {@code from}, then {@code deskDays} working days for the one-stop desk to tell the
 * applicant (0: the office that asks tells the applicant itself), and the time the applicant is given to bring the
 * papers ({@code citizenDays} working days, the deadline printed on the Mẫu 02; the officer may set a later date).
 * A procedure that states no rule gets {@link #general(BigDecimal)}: its {@code supplementLimit} from the valid
 * receipt, as before.
 *
 * @param agencyDays  working days within which the request may be made
 * @param from        the point they count from
 * @param deskDays    working days the desk then has to tell the applicant
 * @param citizenDays working days the applicant is given, by default, to bring the papers
 * @param legalBasis  where the rule comes from, written beside it (docs/legal.md)
 */
public record SupplementRule(BigDecimal agencyDays, Anchor from, BigDecimal deskDays, BigDecimal citizenDays,
        String legalBasis) {

    /** The point a supplement limit counts from. */
    public enum Anchor {
        /** The valid receipt of the dossier (the desk's check, and the general rule). */
        VALID_RECEIPT,
        /**
         * The start of the step the processing department holds (it received the dossier to appraise it); at the desk
         * stage, the valid receipt.
         */
        STEP_START
    }

    /** Working days the applicant is given by default: the project's default, not a text of law (docs/legal.md). */
    public static final BigDecimal CITIZEN_DEFAULT_DAYS = BigDecimal.valueOf(10);

    /**
     * Đồng Tháp's land rule, a province setting: the processing agency may ask for a supplement within 2 working days
     * of receiving the dossier for appraisal, and the desk tells the applicant within 1 working day.
     */
    public static final SupplementRule DONG_THAP_LAND = new SupplementRule(BigDecimal.valueOf(2), Anchor.STEP_START,
            BigDecimal.ONE, CITIZEN_DEFAULT_DAYS, "QĐ 138/2025/QĐ-UBND tỉnh Đồng Tháp, Quy chế phối hợp lĩnh vực đất đai:"
                    + " cơ quan giải quyết 02 ngày làm việc sau khi thẩm định, bộ phận một cửa 01 ngày làm việc thông báo"
                    + " người yêu cầu");

    /** Checks the fields. */
    public SupplementRule {
        Objects.requireNonNull(agencyDays, "agencyDays");
        Objects.requireNonNull(from, "from");
        deskDays = deskDays == null ? BigDecimal.ZERO : deskDays;
        citizenDays = citizenDays == null ? CITIZEN_DEFAULT_DAYS : citizenDays;
        if (agencyDays.signum() < 0 || deskDays.signum() < 0 || citizenDays.signum() <= 0) {
            throw new IllegalArgumentException("supplement rule: negative days");
        }
        legalBasis = legalBasis == null ? "" : legalBasis;
    }

    /** @return the general rule: {@code limitDays} working days from the valid receipt, the desk tells the applicant */
    public static SupplementRule general(BigDecimal limitDays) {
        return new SupplementRule(limitDays, Anchor.VALID_RECEIPT, BigDecimal.ZERO, CITIZEN_DEFAULT_DAYS, "");
    }
}
