// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.motcua.cli.CliAuthentication;
import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.cli.CliUsageException;
import org.motcua.core.engine.Transitions;
import org.motcua.core.security.Principal;
import org.osgi.service.component.annotations.Component;

/**
 * {@code transition}: the 1 July 2025 hand-over. {@code units} lists the table of old and new administrative units
 * ({@code --import FILE.csv} adds a file of them); {@code successor OLD NEW --from DATE --basis TEXT} records the
 * successor of an abolished office; {@code plan} shows what the hand-over would move (rehearsed, nothing written);
 * {@code apply} hands the open dossiers of abolished offices to their successors. All through the core
 * ({@code Transitions}), as an administrator of a top office.
 */
@Component(service = CliCommand.class)
public final class TransitionCommand implements CliCommand {

    @Override
    public String name() {
        return "transition";
    }

    @Override
    public String summary(Locale locale) {
        return Texts.get(locale, "transition.summary");
    }

    @Override
    public String usage(Locale locale) {
        return Texts.get(locale, "transition.usage");
    }

    @Override
    public int run(CliContext context) throws IOException {
        String sub = context.positional().isEmpty() ? "" : context.positional().get(0);
        Transitions transitions = context.workspace().transitions();
        Locale locale = context.locale();
        switch (sub) {
            case "units" -> {
                if (context.option("import").isPresent()) {
                    Principal admin = CliAuthentication.actor(context);
                    Transitions.UnitImport result = transitions.importUnits(admin,
                            Files.readString(Path.of(context.option("import").get()), StandardCharsets.UTF_8));
                    context.out().println(Texts.get(locale, "transition.unitsImported", result.added(), result.existing()));
                    return 0;
                }
                context.out().println(Transitions.UNITS_HEADER);
                for (Transitions.AdminUnit u : transitions.units()) {
                    context.out().println(String.join(",", u.level().name(), csv(u.oldParent()), csv(u.oldCode()),
                            csv(u.oldName()), csv(u.newCode()), csv(u.newName()), u.validFrom().toString(),
                            csv(u.legalBasis()), Boolean.toString(u.codeVerified())));
                }
                return 0;
            }
            case "successor" -> {
                Principal admin = CliAuthentication.actor(context);
                if (context.positional().size() != 3) {
                    throw new CliUsageException("successor OLD NEW");
                }
                LocalDate from;
                try {
                    from = LocalDate.parse(context.required("from"));
                } catch (DateTimeParseException e) {
                    throw new CliUsageException("--from yyyy-MM-dd");
                }
                transitions.recordSuccessor(admin, context.positional().get(1), context.positional().get(2), from,
                        context.required("basis"));
                context.out().println(Texts.get(locale, "transition.successorRecorded", context.positional().get(1),
                        context.positional().get(2), from));
                return 0;
            }
            case "successors" -> {
                Principal reader = CliAuthentication.actor(context);
                for (Transitions.Successor s : transitions.successors(reader)) {
                    context.out().println(String.join("\t", s.officeCode(), s.officeName(), s.successorCode(),
                            s.successorName(), s.legalDate().toString(), s.legalBasis()));
                }
                return 0;
            }
            case "plan" -> {
                List<Transitions.PlanRow> rows = transitions.plan(CliAuthentication.actor(context));
                print(context, rows);
                context.out().println(Texts.get(locale, "transition.planned",
                        rows.stream().filter(r -> r.refusal() == null).count(),
                        rows.stream().filter(r -> r.refusal() != null).count()));
                return 0;
            }
            case "apply" -> {
                Transitions.Result result = transitions.apply(CliAuthentication.actor(context));
                print(context, result.handedOver());
                print(context, result.refused());
                context.out().println(Texts.get(locale, "transition.applied", result.handedOver().size(),
                        result.refused().size()));
                return result.refused().isEmpty() ? 0 : 1; // 1: refused or failed (docs/cli.md)
            }
            default -> throw new CliUsageException("units|successor|successors|plan|apply");
        }
    }

    private static void print(CliContext context, List<Transitions.PlanRow> rows) {
        for (Transitions.PlanRow r : rows) {
            context.out().println(String.join("\t", r.code(), String.valueOf(r.status().nationalCode()), r.fromOffice(),
                    r.toOffice() == null ? "—" : r.toOffice(), String.valueOf(r.fromHolder()),
                    r.refusal() == null ? String.valueOf(r.toHolder()) : r.refusal()));
        }
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
