// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.motcua.core.MotCuaException;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.internal.model.SessionEntity;
import org.motcua.core.internal.model.UserEntity;
import org.motcua.core.security.Principal;

/**
 * The check every public operation makes first: the principal's token names a session that is open, not
 * expired, of a user who is active now. Read from the database on every call (sessions and users are not
 * cached), so that a sign-out, a deactivation or a role change acts on the next call, from any process.
 */
final class Sessions {

    private Sessions() {
    }

    /** @return the user of the principal's session, as the database says now */
    static UserEntity user(EntityManager em, Principal principal) {
        return session(em, principal, false).getUser();
    }

    /**
     * @param passwordChange whether the call is the password change itself (allowed while a change is due)
     * @return the principal's open session
     */
    static SessionEntity session(EntityManager em, Principal principal, boolean passwordChange) {
        if (principal == null) {
            throw new MotCuaException("session.invalid");
        }
        List<SessionEntity> found = em
                .createQuery("select s from SessionEntity s join fetch s.user where s.tokenHash = :h", SessionEntity.class)
                .setParameter("h", hash(principal.token())).getResultList();
        if (found.isEmpty()) {
            throw new MotCuaException("session.invalid");
        }
        SessionEntity session = found.get(0);
        UserEntity user = session.getUser();
        if (!user.isActive()) { // said first: a deactivation also ends the sessions, and this says why
            throw new MotCuaException("session.userInactive", user.getUsername());
        }
        if (session.getEndedAt() != null) {
            throw new MotCuaException("session.ended");
        }
        if (!wallClock().isBefore(session.getExpiresAt())) {
            throw new MotCuaException("session.expired");
        }
        if (user.isPasswordChangeRequired() && !passwordChange) {
            throw new MotCuaException("password.changeRequired");
        }
        return session;
    }

    /** @return the SHA-256 of a token, as stored */
    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return the real time in Vietnam: sessions and locks last real hours, whatever clock the dossiers
     *         follow (a demo or a test moves the business clock across months)
     */
    static LocalDateTime wallClock() {
        return LocalDateTime.now(WorkingCalendar.VIETNAM_ZONE).withNano(0);
    }
}
