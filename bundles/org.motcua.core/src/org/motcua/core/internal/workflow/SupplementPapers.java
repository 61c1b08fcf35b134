// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.motcua.core.MotCuaException;
import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.SupplementItemEntity;
import org.motcua.core.internal.model.SupplementRequestEntity;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.SupplementRule;
import org.motcua.core.workflow.InputChoice;
import org.motcua.core.workflow.PaperKind;
import org.motcua.core.workflow.SupplementItem;

/**
 * The Mẫu 02 itself (docs/legal.md, supplements): the papers it may ask for (the procedure version's document list,
 * or another paper with its reason; never an abolished one), their kinds, its number per issuing office and year, the
 * applicant's deadline and, under a province's rule, when the desk must have told the applicant.
 */
final class SupplementPapers {

    /** A paper of the procedure version's list: its name and whether the original is required. */
    record Listed(String name, boolean original) {
    }

    /** A paper the request asks for, checked. */
    record Paper(String name, PaperKind kind, boolean listed, String otherReason) {
    }

    /**
     * Papers abolished by law, which no Mẫu 02 may ask for from the date given: the household book and the temporary
     * residence book (Luật Cư trú 2020, Art. 38(3): used until 31 December 2022).
     */
    private static final List<String> ABOLISHED = List.of("sổ hộ khẩu", "sổ tạm trú");
    static final LocalDate ABOLISHED_FROM = LocalDate.of(2023, 1, 1);

    private SupplementPapers() {
    }

    /**
     * @return the document list of the dossier's procedure version (as the registry has it for the day of receipt), or,
     *         when the registry no longer has that version, the reception checklist copied from it
     */
    static List<Listed> list(ActionContext c) {
        DossierEntity d = c.dossier;
        ProcedureDefinition definition = c.engine.procedures().find(d.getProcedureCode(), d.getReceivedAt().toLocalDate())
                .filter(p -> p.version().equals(d.getProcedureVersion())).orElse(null);
        if (definition != null) {
            return definition.documents().stream().map(r -> new Listed(r.nameVi(), r.original())).toList();
        }
        return d.getDocuments().stream().map(doc -> new Listed(doc.getName(), doc.isOriginal())).toList();
    }

    /**
     * @return the list as the choices of the papers input: the value a line {@code name|KIND} with the kind the list
     *         requires ({@link SupplementItem#parse} reads it), the label the name and that kind
     */
    static List<InputChoice> choices(List<Listed> list) {
        return list.stream().map(p -> new InputChoice(
                new SupplementItem(p.name(), p.original() ? PaperKind.ORIGINAL : PaperKind.COPY, null).line(),
                p.name() + (p.original() ? " (bản chính)" : " (bản sao)"),
                p.name() + (p.original() ? " (original)" : " (copy)"))).toList();
    }

    /**
     * Checks the papers asked for: a paper of the list takes the kind the list requires unless one is given; another
     * paper needs its reason (officials may not ask for papers beyond the published list without one) and is a copy
     * unless a kind is given; an abolished paper is refused.
     */
    static List<Paper> check(List<SupplementItem> items, List<Listed> list, LocalDate today) {
        if (items == null || items.stream().allMatch(i -> i == null || i.name() == null || i.name().isBlank())) {
            throw new MotCuaException("supplement.itemsRequired");
        }
        List<Paper> papers = new ArrayList<>();
        for (SupplementItem item : items) {
            if (item == null || item.name() == null || item.name().isBlank()) {
                continue;
            }
            String name = item.name().trim();
            String lower = name.toLowerCase(Locale.ROOT);
            if (!today.isBefore(ABOLISHED_FROM) && ABOLISHED.stream().anyMatch(lower::contains)) {
                throw new MotCuaException("supplement.abolishedPaper", name);
            }
            Listed listed = list.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst().orElse(null);
            if (listed != null) {
                PaperKind kind = item.kind() != null ? item.kind() : listed.original() ? PaperKind.ORIGINAL : PaperKind.COPY;
                papers.add(new Paper(listed.name(), kind, true, null));
            } else {
                if (item.otherReason() == null || item.otherReason().isBlank()) {
                    throw new MotCuaException("supplement.otherReasonRequired", name);
                }
                papers.add(new Paper(name, item.kind() != null ? item.kind() : PaperKind.COPY, false,
                        item.otherReason().trim()));
            }
        }
        return papers;
    }

    /** @return the rule the dossier copied from its procedure (older dossiers: the limit from the valid receipt) */
    static SupplementRule rule(DossierEntity d) {
        SupplementRule.Anchor from = d.getSupplementFrom() == null ? SupplementRule.Anchor.VALID_RECEIPT
                : SupplementRule.Anchor.valueOf(d.getSupplementFrom());
        return new SupplementRule(d.getSupplementLimit(), from, d.getSupplementDeskDays(), d.getSupplementCitizenDays(), "");
    }

    /**
     * Writes the Mẫu 02 of {@code c}'s dossier: its papers, reason, number in the issuing office's year, the applicant's
     * deadline ({@code citizenDue}, or the rule's default from when the applicant is told) and, for a department's
     * request under a rule that gives the desk time to tell the applicant, when it must have done so.
     */
    static SupplementRequestEntity record(ActionContext c, List<Paper> papers, String reason, LocalDate citizenDue) {
        WorkflowEngine.requireText(reason, "supplement.reasonRequired");
        DossierEntity d = c.dossier;
        SupplementRule rule = rule(d);
        var calendar = c.receivingCalendar();
        boolean fromDepartment = d.getStatus() == DossierStatus.PROCESSING && d.getHolder() != null
                && d.getHolder().getKind() != DepartmentKind.DESK;
        LocalDateTime notifyDue = fromDepartment && rule.deskDays().signum() > 0
                ? c.engine.calculator().due(calendar, c.now, rule.deskDays(), DurationUnit.WORKING_DAYS)
                : null;
        LocalDate due = citizenDue;
        if (due == null) {
            due = c.engine.calculator().due(calendar, notifyDue != null ? notifyDue : c.now, rule.citizenDays(),
                    DurationUnit.WORKING_DAYS).toLocalDate();
        } else if (!due.isAfter(c.now.toLocalDate())) {
            throw new MotCuaException("supplement.citizenDueTooEarly", due.toString());
        }
        d.setSupplementRounds(d.getSupplementRounds() + 1);
        SupplementRequestEntity request = new SupplementRequestEntity();
        request.setDossier(d);
        request.setRound(d.getSupplementRounds());
        request.setRequestedAt(c.now);
        request.setRequestedBy(c.user.getUsername());
        request.setItems(papers.stream().map(Paper::name).collect(Collectors.joining("\n")));
        request.setReason(reason.trim());
        request.setCitizenDue(due);
        request.setNotifyDueAt(notifyDue);
        // numbered per issuing office and year: the office row is locked while the number is taken
        var office = c.user.getOffice();
        int year = c.now.getYear();
        KpiCounters.lockOffice(c.em, office.getId());
        Integer last = c.em.createQuery("select max(s.formNo) from SupplementRequestEntity s where s.office = :o"
                + " and s.formYear = :y", Integer.class).setParameter("o", office).setParameter("y", year).getSingleResult();
        request.setOffice(office);
        request.setFormYear(year);
        request.setFormNo(last == null ? 1 : last + 1);
        int position = 0;
        for (Paper paper : papers) {
            SupplementItemEntity item = new SupplementItemEntity();
            item.setRequest(request);
            item.setPosition(position++);
            item.setName(paper.name());
            item.setKind(paper.kind());
            item.setListed(paper.listed());
            item.setOtherReason(paper.otherReason());
            request.getPapers().add(item);
        }
        c.em.persist(request);
        return request;
    }
}
