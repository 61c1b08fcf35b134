// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.Regime;

/**
 * Builds a {@link ProcedureDefinition} from only what differs from sensible defaults, DBeaver-style:
 * start from scratch with {@link #procedure(String, String)} or from a parent version with
 * {@link #from(ProcedureDefinition)} and change a few fields (a new version of a procedure usually
 * differs in its dates, levels and a step or two).
 * <p>
 * Defaults: the regime in force on the first effective day, received at the level of the first step,
 * online level 2, no fee, the supplement policy {@link PausePolicy#PAUSE} within 3 working days, and
 * the total duration the sum of the steps when they share one unit.
 */
public final class ProcedureBuilder {

    private String code;
    private String version;
    private String nameVi;
    private String nameEn;
    private String legalBasis = "";
    private LocalDate from;
    private LocalDate to;
    private Regime regime;
    private OfficeLevel receivingLevel;
    private int onlineLevel = 2;
    private long feeVnd;
    private BigDecimal total;
    private DurationUnit totalUnit;
    private final List<DocumentRequirement> documents = new ArrayList<>();
    private final List<StepDefinition> steps = new ArrayList<>();
    private PausePolicy policy = PausePolicy.PAUSE;
    private BigDecimal supplementLimit = BigDecimal.valueOf(3);
    private boolean financialObligation;
    private final List<String> forms = new ArrayList<>();
    private final List<FormField> fields = new ArrayList<>();
    private ResultReturn resultReturn;
    private SupplementRule supplementRule;

    private ProcedureBuilder() {
    }

    /** @return a builder for version {@code version} of the procedure with national code {@code code} */
    public static ProcedureBuilder procedure(String code, String version) {
        ProcedureBuilder b = new ProcedureBuilder();
        b.code = Objects.requireNonNull(code, "code");
        b.version = Objects.requireNonNull(version, "version");
        return b;
    }

    /** @return a builder holding every field of {@code parent}; change what differs and build */
    public static ProcedureBuilder from(ProcedureDefinition parent) {
        ProcedureBuilder b = procedure(parent.code(), parent.version());
        b.nameVi = parent.nameVi();
        b.nameEn = parent.nameEn();
        b.legalBasis = parent.legalBasis();
        b.from = parent.effectiveFrom();
        b.to = parent.effectiveTo();
        b.regime = parent.regime();
        b.receivingLevel = parent.receivingLevel();
        b.onlineLevel = parent.onlineLevel();
        b.feeVnd = parent.feeVnd();
        b.total = parent.totalDuration();
        b.totalUnit = parent.totalUnit();
        b.documents.addAll(parent.documents());
        b.steps.addAll(parent.steps());
        b.policy = parent.supplementPolicy();
        b.supplementLimit = parent.supplementLimit();
        b.financialObligation = parent.financialObligation();
        b.forms.addAll(parent.forms());
        b.fields.addAll(parent.fields());
        b.resultReturn = parent.resultReturn();
        b.supplementRule = parent.supplementRule();
        return b;
    }

    /** Sets the version label (for a version derived with {@link #from}). */
    public ProcedureBuilder version(String label) {
        this.version = Objects.requireNonNull(label, "label");
        return this;
    }

    /** Sets the Vietnamese and English names. */
    public ProcedureBuilder name(String vi, String en) {
        this.nameVi = vi;
        this.nameEn = en;
        return this;
    }

    /** Sets the legal basis, e.g. {@code NĐ 20/2021/NĐ-CP, Điều 7–8}. */
    public ProcedureBuilder legalBasis(String text) {
        this.legalBasis = text;
        return this;
    }

    /** Sets the effective dates; {@code last} is {@code null} while the version is in force. */
    public ProcedureBuilder effective(LocalDate first, LocalDate last) {
        this.from = first;
        this.to = last;
        return this;
    }

    /** Sets the regime (default: the regime in force on the first effective day). */
    public ProcedureBuilder regime(Regime value) {
        this.regime = value;
        return this;
    }

    /** Sets the level of the receiving office (default: the first step's level). */
    public ProcedureBuilder receivedAt(OfficeLevel level) {
        this.receivingLevel = level;
        return this;
    }

    /** Sets the online service level (2, 3 or 4). */
    public ProcedureBuilder online(int level) {
        this.onlineLevel = level;
        return this;
    }

    /** Sets the fee in đồng. */
    public ProcedureBuilder fee(long vnd) {
        this.feeVnd = vnd;
        return this;
    }

    /** Sets the legal time limit of the whole procedure (default: the sum of the steps). */
    public ProcedureBuilder total(double duration, DurationUnit unit) {
        this.total = BigDecimal.valueOf(duration);
        this.totalUnit = unit;
        return this;
    }

    /** Adds a required original paper. */
    public ProcedureBuilder original(String vi, String en, int count) {
        documents.add(new DocumentRequirement(vi, en, true, count, false));
        return this;
    }

    /** Adds a required copy (bản sao). */
    public ProcedureBuilder copy(String vi, String en, int count) {
        documents.add(new DocumentRequirement(vi, en, false, count, false));
        return this;
    }

    /** Adds a paper required only in some cases. */
    public ProcedureBuilder optional(String vi, String en, boolean original, int count) {
        documents.add(new DocumentRequirement(vi, en, original, count, true));
        return this;
    }

    /** Removes every paper (a derived version that lists its own). */
    public ProcedureBuilder clearDocuments() {
        documents.clear();
        return this;
    }

    /**
     * Appends a step.
     *
     * @param stepCode the step's code
     * @param vi       Vietnamese name
     * @param en       English name
     * @param level    level of the office that holds it
     * @param duration time allowed
     * @param unit     its unit
     * @param agencies department codes that may hold it
     */
    public ProcedureBuilder step(String stepCode, String vi, String en, OfficeLevel level, double duration,
            DurationUnit unit, String... agencies) {
        steps.add(new StepDefinition(stepCode, vi, en, level, List.of(agencies), BigDecimal.valueOf(duration), unit,
                List.of()));
        return this;
    }

    /** Appends a step in working days. */
    public ProcedureBuilder step(String stepCode, String vi, String en, OfficeLevel level, double workingDays,
            String... agencies) {
        return step(stepCode, vi, en, level, workingDays, DurationUnit.WORKING_DAYS, agencies);
    }

    /** Adds a guard to the last step added. */
    public ProcedureBuilder guard(GuardSpec guard) {
        if (steps.isEmpty()) {
            throw new IllegalStateException("add a step before its guard");
        }
        StepDefinition last = steps.remove(steps.size() - 1);
        List<GuardSpec> guards = new ArrayList<>(last.guards());
        guards.add(guard);
        steps.add(new StepDefinition(last.code(), last.nameVi(), last.nameEn(), last.level(), last.agencyCodes(),
                last.duration(), last.unit(), guards, last.financialObligation()));
        return this;
    }

    /**
     * Marks the last step added as the one that sends the tax-information slip: the tax pause may be
     * requested there (once), and only there. Also marks the procedure ({@link #financialObligation()}).
     */
    public ProcedureBuilder financialObligationStep() {
        if (steps.isEmpty()) {
            throw new IllegalStateException("add a step before marking its financial obligation");
        }
        StepDefinition last = steps.remove(steps.size() - 1);
        steps.add(new StepDefinition(last.code(), last.nameVi(), last.nameEn(), last.level(), last.agencyCodes(),
                last.duration(), last.unit(), last.guards(), true));
        return financialObligation();
    }

    /** Removes every step (a derived version that lists its own). */
    public ProcedureBuilder clearSteps() {
        steps.clear();
        return this;
    }

    /** Marks a tax step: the tax time is excluded (two-stage appointment). */
    public ProcedureBuilder financialObligation() {
        this.financialObligation = true;
        return this;
    }

    /** Sets what a supplement request does to the clock and within how many working days it may be made. */
    public ProcedureBuilder supplement(PausePolicy value, double limitWorkingDays) {
        this.policy = value;
        this.supplementLimit = BigDecimal.valueOf(limitWorkingDays);
        return this;
    }

    /**
     * Sets the time the receiving office has, once the result exists, to hand it back or tell the applicant
     * it is ready, with its legal basis (default: {@link ResultReturn#PROVINCE_DEFAULT}).
     */
    public ProcedureBuilder resultReturn(double amount, DurationUnit unit, String basis) {
        this.resultReturn = new ResultReturn(BigDecimal.valueOf(amount), unit, basis);
        return this;
    }

    /** Sets when a supplement may be requested and what follows (e.g. {@link SupplementRule#DONG_THAP_LAND}). */
    public ProcedureBuilder supplementRule(SupplementRule rule) {
        this.supplementRule = rule;
        return this;
    }

    /** Adds forms that apply (the applicant's forms and the result forms). */
    public ProcedureBuilder forms(String... names) {
        forms.addAll(List.of(names));
        return this;
    }

    /**
     * Adds an extra form field, or replaces the parent's field with the same key (a derived version that
     * changes one field), e.g. {@code .field(FormField.landParcel("parcel", "Thửa đất", "Land parcel").required())}.
     */
    public ProcedureBuilder field(FormField field) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key().equals(field.key())) {
                fields.set(i, field);
                return this;
            }
        }
        fields.add(field);
        return this;
    }

    /** Removes the field with {@code key} (a derived version that no longer asks for it). */
    public ProcedureBuilder removeField(String key) {
        fields.removeIf(f -> f.key().equals(key));
        return this;
    }

    /** @return the definition; throws {@link IllegalArgumentException} when something is missing */
    public ProcedureDefinition build() {
        if (from == null) {
            throw new IllegalArgumentException("procedure " + code + " needs an effective date");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("procedure " + code + " needs at least one step");
        }
        BigDecimal duration = total;
        DurationUnit unit = totalUnit;
        if (duration == null) {
            unit = steps.get(0).unit();
            for (StepDefinition s : steps) {
                if (s.unit() != unit) {
                    throw new IllegalArgumentException("procedure " + code + " mixes units: give total(...)");
                }
            }
            duration = steps.stream().map(StepDefinition::duration).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return new ProcedureDefinition(code, version, nameVi, nameEn, legalBasis, from, to,
                regime == null ? Regime.on(from) : regime,
                receivingLevel == null ? steps.get(0).level() : receivingLevel, onlineLevel, feeVnd, duration, unit,
                documents, steps, policy, supplementLimit, financialObligation, forms, fields, resultReturn,
                supplementRule);
    }
}
