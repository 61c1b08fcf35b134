// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.motcua.cli.CliAuthentication;
import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.cli.CliUsageException;
import org.motcua.core.audit.AuditKind;
import org.motcua.core.audit.AuditMismatch;
import org.motcua.core.audit.AuditQuery;
import org.motcua.core.audit.AuditRecord;
import org.motcua.core.audit.AuditReport;
import org.motcua.core.audit.ChainHead;
import org.motcua.core.i18n.Messages;
import org.motcua.core.security.Principal;
import org.osgi.service.component.annotations.Component;

/**
 * {@code audit verify | heads | list}: the hash-chained audit (docs/security.md), through the core's
 * {@code AuditService} with the principal of the signed-in {@code --user}. {@code verify} checks every chain and names
 * the first record of each broken one (exit code 3); {@code heads} exports the chains' heads signed with the
 * workspace's key; {@code list} prints the records.
 */
@Component(service = CliCommand.class)
public final class AuditCommand implements CliCommand {

    /** The exit code of a verification that found a broken chain. */
    public static final int BROKEN = 3;

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String summary(Locale locale) {
        return Texts.get(locale, "audit.summary");
    }

    @Override
    public String usage(Locale locale) {
        return Texts.get(locale, "audit.usage");
    }

    @Override
    public int run(CliContext context) throws Exception {
        String what = context.positional().isEmpty() ? "" : context.positional().get(0);
        return switch (what) {
            case "verify" -> verify(context);
            case "heads" -> heads(context);
            case "list" -> list(context);
            default -> throw new CliUsageException("verify|heads|list");
        };
    }

    private static int verify(CliContext context) throws Exception {
        List<ChainHead> exported = List.of();
        if (context.option("heads").isPresent()) {
            Path file = Path.of(context.option("heads").get());
            org.motcua.core.audit.SignedHeads.Signed signed = AuditHeadsFile.read(file);
            exported = signed.heads();
            context.out().println(Texts.get(context.locale(), "audit.headsRead", file.toString(), signed.heads().size(),
                    String.valueOf(signed.exportedAt()), String.valueOf(signed.exportedBy()), signed.keyFingerprint()));
        }
        Principal actor = CliAuthentication.actor(context);
        AuditReport report = context.workspace().core().audit().verify(actor, exported);
        Locale locale = context.locale();
        if (report.intact()) {
            context.out().println(Texts.get(locale, "audit.intact", report.chains(), report.records()));
            return 0;
        }
        for (AuditMismatch m : report.mismatches()) {
            context.out().println(Texts.get(locale, "audit.mismatch", m.table(), m.rowId() == null ? "?" : m.rowId(),
                    m.officeCode(), m.officeId(), m.seq() == null ? "-" : m.seq(),
                    Messages.get(locale, "audit.problem." + m.problem().name()),
                    m.missing() > 1 ? Texts.get(locale, "audit.missingRows", m.missing()) : ""));
        }
        context.out().println(Texts.get(locale, "audit.broken", report.mismatches().size(), report.chains(),
                report.records()));
        return BROKEN;
    }

    private static int heads(CliContext context) throws Exception {
        Path out = Path.of(context.required("out")).toAbsolutePath();
        Principal actor = CliAuthentication.actor(context);
        List<ChainHead> heads = context.workspace().core().audit().heads(actor);
        String fingerprint = AuditHeadsFile.write(out, heads, context.workspace().core().time().now(), actor.username(),
                context.workspace().home().resolve("keys"));
        context.out().println(Texts.get(context.locale(), "audit.headsWritten", heads.size(), out.toString(), fingerprint));
        return 0;
    }

    private static int list(CliContext context) {
        AuditKind kind = context.option("kind").map(k -> AuditKind.valueOf(k.toUpperCase(Locale.ROOT))).orElse(null);
        AuditQuery query = new AuditQuery(context.option("actor").orElse(null), context.option("office").orElse(null),
                kind, context.option("from").map(LocalDate::parse).orElse(null),
                context.option("to").map(LocalDate::parse).orElse(null),
                context.option("limit").map(Integer::parseInt).orElse(200));
        Principal actor = CliAuthentication.actor(context);
        List<AuditRecord> records = context.workspace().core().audit().list(actor, query);
        context.out().println(Texts.get(context.locale(), "audit.listHeader"));
        for (AuditRecord r : records) {
            context.out().println(String.join("\t", r.at().toString(), r.kind().name(), r.officeCode(),
                    String.valueOf(r.id()), r.actor(), r.action(), r.dossierCode() == null ? "" : r.dossierCode(),
                    r.note().render(context.locale()).replace('\n', ' ').replace('\t', ' ')));
        }
        return 0;
    }
}
