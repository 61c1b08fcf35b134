package org.motcua.core.procedure;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The procedure versions known to this workstation: those of the procedure modules that are
 * started. Modules appear and disappear at run time, so readers ask each time.
 */
public final class ProcedureRegistry {

    private final List<ProcedureDefinition> definitions = new CopyOnWriteArrayList<>();

    /** Adds a version; a version with the same code and label replaces the old one. */
    public void register(ProcedureDefinition definition) {
        definitions.removeIf(d -> d.code().equals(definition.code()) && d.version().equals(definition.version()));
        definitions.add(definition);
    }

    /** Removes a version (its module stopped). Dossiers received under it keep their copy. */
    public void unregister(ProcedureDefinition definition) {
        definitions.removeIf(d -> d.code().equals(definition.code()) && d.version().equals(definition.version()));
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
