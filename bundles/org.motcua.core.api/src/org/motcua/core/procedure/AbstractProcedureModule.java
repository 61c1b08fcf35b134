// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The generic parent of a procedure module: a module passes its id and names to the constructor and
 * implements {@link #define()} with {@link ProcedureBuilder}; the parent caches the definitions and
 * checks them once (unique versions, no two versions of a code in force on the same day).
 */
public abstract class AbstractProcedureModule implements ProcedureModule {

    private final String id;
    private final String nameVi;
    private final String nameEn;
    private volatile List<ProcedureDefinition> definitions;

    /**
     * @param id     the module id, its bundle's symbolic name
     * @param nameVi the Vietnamese name
     * @param nameEn the English name
     */
    protected AbstractProcedureModule(String id, String nameVi, String nameEn) {
        this.id = Objects.requireNonNull(id, "id");
        this.nameVi = Objects.requireNonNull(nameVi, "nameVi");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
    }

    /** @return every version of every procedure of the module, built once */
    protected abstract List<ProcedureDefinition> define();

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String nameVi() {
        return nameVi;
    }

    @Override
    public final String nameEn() {
        return nameEn;
    }

    @Override
    public final List<ProcedureDefinition> procedures() {
        List<ProcedureDefinition> result = definitions;
        if (result == null) {
            result = List.copyOf(define());
            check(result);
            definitions = result;
        }
        return result;
    }

    /**
     * Refuses duplicate versions, versions of one code whose effective periods overlap, and a form field
     * whose example (the hint shown at the desk) its own checks would refuse.
     */
    static void check(List<ProcedureDefinition> all) {
        Set<String> seen = new HashSet<>();
        for (ProcedureDefinition d : all) {
            for (FormField f : d.fields()) {
                FormValidation.Result example = FormValidation.check(f, f.example(), d.effectiveFrom(), false);
                if (!example.isValid()) {
                    throw new IllegalStateException("example of field " + f.key() + " in " + d.code() + " "
                            + d.version() + " is refused: " + example.describe(java.util.Locale.ENGLISH));
                }
            }
            if (!seen.add(d.code() + "@" + d.version())) {
                throw new IllegalStateException("duplicate version " + d.version() + " of " + d.code());
            }
            for (ProcedureDefinition other : all) {
                if (other != d && other.code().equals(d.code()) && overlap(d, other)) {
                    throw new IllegalStateException("versions " + d.version() + " and " + other.version() + " of "
                            + d.code() + " are in force on the same day");
                }
            }
        }
    }

    private static boolean overlap(ProcedureDefinition a, ProcedureDefinition b) {
        boolean aEndsBeforeB = a.effectiveTo() != null && a.effectiveTo().isBefore(b.effectiveFrom());
        boolean bEndsBeforeA = b.effectiveTo() != null && b.effectiveTo().isBefore(a.effectiveFrom());
        return !aEndsBeforeB && !bEndsBeforeA;
    }
}
