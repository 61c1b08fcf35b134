// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.Channel;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierView;

/**
 * Drives a random but legal mix of workflow actions over land dossiers: receipts on every channel,
 * incomplete receipts completed later, refusals, supplements, re-appointments, stops, withdrawals, finishes early, on time and late, and
 * returns. Refused actions (the rules said no) are skipped, as a user would be told.
 */
final class RandomWorkload {

    private final ReportWorld w;
    private final Random random;
    final List<DossierView> dossiers = new ArrayList<>();

    RandomWorkload(ReportWorld w, long seed) {
        this.w = w;
        this.random = new Random(seed);
    }

    /** Runs {@code rounds} rounds; each receives a few dossiers and moves the open ones on. */
    void run(int rounds) {
        Channel[] channels = Channel.values();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                Channel channel = channels[random.nextInt(channels.length)];
                int dice = random.nextInt(10);
                if (dice == 0) {
                    w.core.workflow().refuse(w.desk, ReportWorld.request(ReportWorld.LAND, channel), "Không đúng thẩm quyền");
                } else if (dice == 1) { // incomplete at the desk (Mẫu 02): received only when completed
                    dossiers.add(w.core.workflow().receiveIncomplete(w.desk, ReportWorld.request(ReportWorld.LAND, channel),
                            List.of("Bản sao giấy chứng nhận quyền sử dụng đất"), "Thiếu bản sao"));
                } else {
                    dossiers.add(w.core.workflow().receive(random.nextBoolean() ? w.desk : w.postal,
                            ReportWorld.request(ReportWorld.LAND, channel)));
                }
            }
            for (int i = 0; i < dossiers.size(); i++) {
                dossiers.set(i, step(dossiers.get(i)));
            }
            w.clock.advance(Duration.ofHours(2 + random.nextInt(20)));
        }
    }

    private DossierView step(DossierView d) {
        DossierView fresh = w.core.queries().byId(w.reader(), d.id()).orElseThrow();
        if (fresh.status().isFinal() || random.nextInt(3) == 0) {
            return fresh;
        }
        try {
            return switch (fresh.status()) {
                case RECEIVED -> random.nextInt(12) == 0 ? w.act(w.desk, fresh, new ActionRequest.Withdraw("Công dân xin rút"))
                        : w.act(w.desk, fresh, new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
                case PROCESSING -> processing(fresh);
                case SUPPLEMENT_REQUESTED -> w.act(fresh.currentStepIndex() == 0 ? w.desk : w.landSpecialist, fresh,
                        new ActionRequest.SupplementReceived());
                case FINANCIAL_OBLIGATION -> w.act(w.landSpecialist, fresh, new ActionRequest.ConfirmPayment());
                case FINISHED -> w.act(w.desk, fresh, new ActionRequest.ReturnResult(null));
                default -> fresh;
            };
        } catch (MotCuaException refused) {
            return fresh;
        }
    }

    private DossierView processing(DossierView d) {
        int dice = random.nextInt(20);
        if (dice == 0) {
            return w.act(w.landHead, d, new ActionRequest.Stop("Có tranh chấp"));
        }
        if (dice == 1 && !d.reappointed()) {
            return w.act(w.leader, d, new ActionRequest.Apologize(d.dueAt().plusDays(3 + random.nextInt(5)), "Chờ xác minh"));
        }
        if (dice == 2) {
            return w.act(w.landSpecialist, d, ActionRequest.RequestSupplement.of(List.of("Bản sao giấy tờ"), "Thiếu giấy tờ"));
        }
        if (dice == 3 && d.currentStepIndex() == 1) {
            return w.act(w.landSpecialist, d, new ActionRequest.RequestFinancialObligation("Chuyển thuế"));
        }
        try {
            return w.act(d.currentStepIndex() == 2 ? w.landHead : w.landSpecialist, d, new ActionRequest.Take());
        } catch (MotCuaException alreadyTaken) {
            // taken before: move it on
        }
        if (d.currentStepIndex() == 1) {
            return w.act(w.landSpecialist, d, new ActionRequest.Forward(w.dept(w.district, "TNMT"), null));
        }
        return w.act(w.landHead, d, new ActionRequest.Finish("Đã ký"));
    }

    /** @return how many dossiers reached {@code status} */
    long count(DossierStatus status) {
        return dossiers.stream().map(d -> w.core.queries().byId(w.reader(), d.id()).orElseThrow().status()).filter(s -> s == status).count();
    }
}
