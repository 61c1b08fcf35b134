// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.Regime;

/**
 * One version of an administrative procedure (TTHC), as a procedure module supplies it. A dossier
 * copies the version it was received under, so it stays workable when the definition changes.
 *
 * @param code              the national TTHC code, e.g. {@code 1.001776}
 * @param version           the version label, e.g. {@code 2021-nd20}
 * @param nameVi            the Vietnamese name
 * @param nameEn            the English name
 * @param legalBasis        the legal basis, e.g. {@code NĐ 20/2021/NĐ-CP, Điều 7–8}
 * @param effectiveFrom     the first day this version applies
 * @param effectiveTo       the last day it applies, or {@code null}
 * @param regime            the regime it belongs to
 * @param receivingLevel    the level of the office that receives it
 * @param onlineLevel       the online service level (2 information, 3 partly online, 4 fully online)
 * @param feeVnd            the fee in đồng (0 when free)
 * @param totalDuration     the legal time limit of the whole procedure
 * @param totalUnit         its unit
 * @param documents         the required papers
 * @param steps             the steps, in order (the first is held by the receiving desk or department)
 * @param supplementPolicy  what a supplement request does to the clock
 * @param supplementLimit   working days after valid receipt within which a supplement may be requested
 * @param financialObligation whether the procedure has a tax step (two-stage appointment)
 * @param forms             the forms that apply, e.g. {@code Mẫu 15 (NĐ 151/2025)} for the applicant's
 *                          papers or {@code Mẫu 74 (NĐ 131/2021)} for the result; empty when not stated
 * @param fields            the extra form fields the desk fills in (beyond the applicant), checked at
 *                          receipt by {@link FormValidation}; empty when the procedure has none
 * @param resultReturn      the time to hand the result back or tell the applicant it is ready, with its legal
 *                          basis; {@code null} when the procedure states none ({@link ResultReturn#PROVINCE_DEFAULT})
 * @param supplementRule    when a supplement may be requested, from what point, and the desk's and the applicant's
 *                          times; {@code null}: {@code supplementLimit} working days from the valid receipt
 */
public record ProcedureDefinition(String code, String version, String nameVi, String nameEn, String legalBasis,
        LocalDate effectiveFrom, LocalDate effectiveTo, Regime regime, OfficeLevel receivingLevel, int onlineLevel,
        long feeVnd, BigDecimal totalDuration, DurationUnit totalUnit, List<DocumentRequirement> documents,
        List<StepDefinition> steps, PausePolicy supplementPolicy, BigDecimal supplementLimit,
        boolean financialObligation, List<String> forms, List<FormField> fields, ResultReturn resultReturn,
        SupplementRule supplementRule) {

    /** The same without a supplement rule of its own ({@code supplementLimit} from the valid receipt). */
    public ProcedureDefinition(String code, String version, String nameVi, String nameEn, String legalBasis,
            LocalDate effectiveFrom, LocalDate effectiveTo, Regime regime, OfficeLevel receivingLevel, int onlineLevel,
            long feeVnd, BigDecimal totalDuration, DurationUnit totalUnit, List<DocumentRequirement> documents,
            List<StepDefinition> steps, PausePolicy supplementPolicy, BigDecimal supplementLimit,
            boolean financialObligation, List<String> forms, List<FormField> fields, ResultReturn resultReturn) {
        this(code, version, nameVi, nameEn, legalBasis, effectiveFrom, effectiveTo, regime, receivingLevel, onlineLevel,
                feeVnd, totalDuration, totalUnit, documents, steps, supplementPolicy, supplementLimit,
                financialObligation, forms, fields, resultReturn, null);
    }

    /** The same without a time of its own to return the result (the province's default applies). */
    public ProcedureDefinition(String code, String version, String nameVi, String nameEn, String legalBasis,
            LocalDate effectiveFrom, LocalDate effectiveTo, Regime regime, OfficeLevel receivingLevel, int onlineLevel,
            long feeVnd, BigDecimal totalDuration, DurationUnit totalUnit, List<DocumentRequirement> documents,
            List<StepDefinition> steps, PausePolicy supplementPolicy, BigDecimal supplementLimit,
            boolean financialObligation, List<String> forms, List<FormField> fields) {
        this(code, version, nameVi, nameEn, legalBasis, effectiveFrom, effectiveTo, regime, receivingLevel, onlineLevel,
                feeVnd, totalDuration, totalUnit, documents, steps, supplementPolicy, supplementLimit,
                financialObligation, forms, fields, null);
    }

    /** The same without extra form fields. */
    public ProcedureDefinition(String code, String version, String nameVi, String nameEn, String legalBasis,
            LocalDate effectiveFrom, LocalDate effectiveTo, Regime regime, OfficeLevel receivingLevel, int onlineLevel,
            long feeVnd, BigDecimal totalDuration, DurationUnit totalUnit, List<DocumentRequirement> documents,
            List<StepDefinition> steps, PausePolicy supplementPolicy, BigDecimal supplementLimit,
            boolean financialObligation, List<String> forms) {
        this(code, version, nameVi, nameEn, legalBasis, effectiveFrom, effectiveTo, regime, receivingLevel, onlineLevel,
                feeVnd, totalDuration, totalUnit, documents, steps, supplementPolicy, supplementLimit,
                financialObligation, forms, List.of());
    }

    /** The same without a list of forms (definitions written before forms were recorded). */
    public ProcedureDefinition(String code, String version, String nameVi, String nameEn, String legalBasis,
            LocalDate effectiveFrom, LocalDate effectiveTo, Regime regime, OfficeLevel receivingLevel, int onlineLevel,
            long feeVnd, BigDecimal totalDuration, DurationUnit totalUnit, List<DocumentRequirement> documents,
            List<StepDefinition> steps, PausePolicy supplementPolicy, BigDecimal supplementLimit,
            boolean financialObligation) {
        this(code, version, nameVi, nameEn, legalBasis, effectiveFrom, effectiveTo, regime, receivingLevel, onlineLevel,
                feeVnd, totalDuration, totalUnit, documents, steps, supplementPolicy, supplementLimit,
                financialObligation, List.of(), List.of());
    }

    /** Checks and copies the fields. */
    public ProcedureDefinition {
        forms = List.copyOf(forms == null ? List.of() : forms);
        fields = List.copyOf(fields == null ? List.of() : fields);
        if (fields.stream().map(FormField::key).distinct().count() != fields.size()) {
            throw new IllegalArgumentException("procedure " + code + " has two form fields with one key");
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(nameVi, "nameVi");
        nameEn = nameEn == null ? nameVi : nameEn;
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(receivingLevel, "receivingLevel");
        Objects.requireNonNull(totalDuration, "totalDuration");
        Objects.requireNonNull(totalUnit, "totalUnit");
        documents = List.copyOf(documents);
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("procedure " + code + " needs at least one step");
        }
        supplementPolicy = supplementPolicy == null ? PausePolicy.PAUSE : supplementPolicy;
        supplementLimit = supplementLimit == null ? BigDecimal.valueOf(3) : supplementLimit;
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("procedure " + code + " ends before it starts");
        }
    }

    /** @return the time to return the result: the procedure's own, or the province's default */
    public ResultReturn resultReturnOrDefault() {
        return resultReturn != null ? resultReturn : ResultReturn.PROVINCE_DEFAULT;
    }

    /** @return the supplement rule: the procedure's own, or its {@code supplementLimit} from the valid receipt */
    public SupplementRule supplementRuleOrGeneral() {
        return supplementRule != null ? supplementRule : SupplementRule.general(supplementLimit);
    }

    /** @return whether this version applies on {@code date} */
    public boolean isEffectiveOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** @return the form field with {@code key}, if the procedure has it */
    public java.util.Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * @return the examples of the fields that have one, by key: valid values (the module's checks prove it)
     *         for demonstration data and tests
     */
    public java.util.Map<String, String> exampleValues() {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        fields.stream().filter(f -> f.example() != null).forEach(f -> values.put(f.key(), f.example()));
        return values;
    }

    /** @return the step with {@code stepCode} */
    public StepDefinition step(String stepCode) {
        return steps.stream().filter(s -> s.code().equals(stepCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + stepCode + " in " + code));
    }
}
