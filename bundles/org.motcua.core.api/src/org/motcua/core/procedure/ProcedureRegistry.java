// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.motcua.core.workflow.StepGuard;

/**
 * The procedure versions known to this workstation: those of the procedure modules that are
 * started, and the step guards those modules bring. Modules appear and disappear at run time, so
 * readers ask each time.
 */
public final class ProcedureRegistry {

    private final List<ProcedureDefinition> definitions = new CopyOnWriteArrayList<>();
    /** Module id by procedure code: which module supplies a procedure (for per-office enablement). */
    private final Map<String, String> moduleByCode = new ConcurrentHashMap<>();
    /** The step guards modules brought, by guard type. */
    private final Map<String, StepGuard> guards = new ConcurrentHashMap<>();

    /**
     * Adds a version that belongs to no module (tests, ad-hoc definitions): it is never subject to
     * per-office module enablement. A version with the same code and label replaces the old one.
     */
    public void register(ProcedureDefinition definition) {
        definitions.removeIf(d -> d.code().equals(definition.code()) && d.version().equals(definition.version()));
        definitions.add(definition);
    }

    /** Adds a version supplied by the module {@code moduleId}; intake then needs the module enabled. */
    public void register(String moduleId, ProcedureDefinition definition) {
        register(definition);
        moduleByCode.put(definition.code(), moduleId);
    }

    /** Removes a version (its module stopped). Dossiers received under it keep their copy. */
    public void unregister(ProcedureDefinition definition) {
        definitions.removeIf(d -> d.code().equals(definition.code()) && d.version().equals(definition.version()));
        if (definitions.stream().noneMatch(d -> d.code().equals(definition.code()))) {
            moduleByCode.remove(definition.code());
        }
    }

    /** Adds a started module: its procedure versions and its step guards. */
    public void add(ProcedureModule module) {
        module.guards().forEach(guard -> guards.put(guard.type(), guard));
        module.procedures().forEach(definition -> register(module.id(), definition));
    }

    /** Removes a stopped module: its procedure versions and its step guards. */
    public void remove(ProcedureModule module) {
        for (ProcedureDefinition definition : module.procedures()) {
            unregister(definition);
        }
        module.guards().forEach(guard -> guards.remove(guard.type(), guard));
    }

    /** @return the step guard of type {@code type} a started module brought, if any */
    public Optional<StepGuard> guard(String type) {
        return Optional.ofNullable(guards.get(type));
    }

    /** @return the id of the module that supplies procedure {@code code}, if a module does */
    public Optional<String> moduleOf(String code) {
        return Optional.ofNullable(moduleByCode.get(code));
    }

    /** @return the procedure codes the module {@code moduleId} supplies, sorted */
    public Set<String> codesOf(String moduleId) {
        Set<String> codes = new TreeSet<>();
        moduleByCode.forEach((code, module) -> {
            if (module.equals(moduleId)) {
                codes.add(code);
            }
        });
        return codes;
    }

    /** @return the ids of the modules whose procedures are registered, sorted */
    public Set<String> moduleIds() {
        return new TreeSet<>(moduleByCode.values());
    }

    /** @return the version of {@code code} in force on {@code date}, if a module supplies one */
    public Optional<ProcedureDefinition> find(String code, LocalDate date) {
        return definitions.stream().filter(d -> d.code().equals(code) && d.isEffectiveOn(date))
                .max(Comparator.comparing(ProcedureDefinition::effectiveFrom));
    }

    /** @return every version in force on {@code date}, sorted by code */
    public List<ProcedureDefinition> inForce(LocalDate date) {
        return definitions.stream().filter(d -> d.isEffectiveOn(date))
                .sorted(Comparator.comparing(ProcedureDefinition::code)).toList();
    }

    /** @return every known version */
    public List<ProcedureDefinition> all() {
        return List.copyOf(definitions);
    }
}
