// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;

import org.motcua.core.MotCuaException;
import org.motcua.core.TimeSource;
import org.motcua.core.engine.SecuritySettings;
import org.motcua.core.internal.model.SessionEntity;
import org.motcua.core.internal.model.UserEntity;
import org.motcua.core.org.UserRef;
import org.motcua.core.security.Principal;
import org.motcua.core.security.SessionKind;
import org.motcua.core.security.SessionService;

/**
 * Sign-in, sessions and one's own password. A name that is not an account goes through the same steps as
 * one that is (a password hash is verified, failures are counted and delay the next attempt, in memory), so
 * neither the time nor the answer tells which names exist.
 */
public final class SessionEngine implements SessionService {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Failures of names that are not accounts, so that they delay and lock exactly as accounts do. */
    private static final int MAX_UNKNOWN_NAMES = 10_000;

    private final Tx tx;
    private final TimeSource time;
    private final SecuritySettings settings;
    /** A hash of a random password, verified for unknown names so that they cost what a known name costs. */
    private final String decoyHash;
    private final Map<String, Failures> unknownNames = new ConcurrentHashMap<>();

    private record Failures(int count, LocalDateTime lockedUntil) {
    }

    public SessionEngine(Tx tx, TimeSource time, SecuritySettings settings) {
        this.tx = tx;
        this.time = time;
        this.settings = settings;
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        this.decoyHash = PasswordHasher.hash(Base64.getEncoder().encodeToString(random).toCharArray(), settings);
    }

    @Override
    public Principal signIn(String username, char[] password, SessionKind kind) {
        String name = username == null ? "" : username.trim();
        // 1. what the database says about the name now
        Account account = tx.separately(em -> account(em, name));
        LocalDateTime now = Sessions.wallClock();
        Failures failures = account != null ? new Failures(account.failed, account.lockedUntil)
                : unknownNames.getOrDefault(name, new Failures(0, null));
        if (failures.lockedUntil() != null && now.isBefore(failures.lockedUntil())) {
            tx.separately(em -> {
                OrganizationEngine.audit(em, time, auditName(name), "signin.locked", "");
                return null;
            });
            throw new MotCuaException("signIn.locked", failures.lockedUntil().toLocalTime().withNano(0).toString());
        }
        // 2. the wait earned by earlier failures, then the password, outside any transaction
        pause(settings.delayAfter(failures.count()));
        boolean matches = PasswordHasher.verify(password, account != null ? account.hash : decoyHash);
        boolean success = matches && account != null && account.active;
        if (!success) {
            recordFailure(name, account != null, failures.count() + 1, now);
            throw new MotCuaException("signIn.failed");
        }
        // 3. the session, the counters, the audit and a renewed hash in one transaction
        return tx.separately(em -> {
            UserEntity user = em.find(UserEntity.class, account.id);
            user.setFailedSignIns(0);
            user.setLockedUntil(null);
            if (PasswordHasher.outdated(user.getPasswordHash(), settings)) {
                user.setPasswordHash(PasswordHasher.hash(password, settings)); // the settings changed since
            }
            Principal principal = open(em, user, kind);
            OrganizationEngine.audit(em, time, user.getUsername(), "signin.ok", kind.name()); // last: AuditChain
            return principal;
        });
    }

    private record Account(long id, String hash, boolean active, int failed, LocalDateTime lockedUntil) {
    }

    private static Account account(EntityManager em, String name) {
        List<UserEntity> users = em.createQuery("select u from UserEntity u where u.username = :n", UserEntity.class)
                .setParameter("n", name).getResultList();
        if (users.isEmpty()) {
            return null;
        }
        UserEntity u = users.get(0);
        return new Account(u.getId(), u.getPasswordHash(), u.isActive(), u.getFailedSignIns(), u.getLockedUntil());
    }

    private void recordFailure(String name, boolean known, int failed, LocalDateTime now) {
        LocalDateTime lockedUntil = failed >= settings.failuresBeforeLock() ? now.plus(settings.lockDuration()) : null;
        if (!known) {
            if (unknownNames.size() >= MAX_UNKNOWN_NAMES) {
                unknownNames.clear();
            }
            unknownNames.put(name, new Failures(lockedUntil != null ? 0 : failed, lockedUntil));
        }
        tx.separately(em -> {
            if (known) {
                // counted in the database, so that every workstation and server sees the same count
                em.createQuery("update UserEntity u set u.failedSignIns = u.failedSignIns + 1 where u.username = :n")
                        .setParameter("n", name).executeUpdate();
                if (lockedUntil != null) {
                    em.createQuery("update UserEntity u set u.lockedUntil = :t, u.failedSignIns = 0 where u.username = :n")
                            .setParameter("t", lockedUntil).setParameter("n", name).executeUpdate();
                }
            }
            OrganizationEngine.audit(em, time, auditName(name), lockedUntil != null ? "signin.lockedNow" : "signin.failed",
                    "");
            return null;
        });
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the typed name as the audit can hold it (any text may be typed into the name field) */
    private static String auditName(String typed) {
        String printable = typed.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() > 60 ? printable.substring(0, 60) : printable;
    }

    /** Opens a session for {@code user} in the caller's transaction. */
    private Principal open(EntityManager em, UserEntity user, SessionKind kind) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        LocalDateTime now = Sessions.wallClock();
        SessionEntity session = new SessionEntity();
        session.setTokenHash(Sessions.hash(token));
        session.setUser(user);
        session.setKind(kind);
        session.setCreatedAt(now);
        session.setExpiresAt(now.plus(settings.lifetime(kind)));
        em.persist(session);
        return new Principal(token, user.getUsername(), user.getFullName(), session.getExpiresAt(),
                user.isPasswordChangeRequired());
    }

    @Override
    public Principal resume(String token) {
        if (token == null || token.isBlank()) {
            throw new MotCuaException("session.invalid");
        }
        return tx.separately(em -> {
            // the password change itself must stay reachable, so a pending change is reported, not refused
            SessionEntity session = Sessions.session(em, new Principal(token, "?", null, null, false), true);
            UserEntity user = session.getUser();
            return new Principal(token, user.getUsername(), user.getFullName(), session.getExpiresAt(),
                    user.isPasswordChangeRequired());
        });
    }

    @Override
    public void signOut(Principal principal) {
        tx.separately(em -> {
            SessionEntity session = Sessions.session(em, principal, true);
            session.setEndedAt(Sessions.wallClock());
            OrganizationEngine.audit(em, time, session.getUser().getUsername(), "signout", "");
            return null;
        });
    }

    @Override
    public UserRef currentUser(Principal principal) {
        return tx.separately(em -> OrganizationEngine.user(Sessions.session(em, principal, true).getUser()));
    }

    @Override
    public void confirmPassword(Principal principal, char[] password) {
        UserEntity user = tx.separately(em -> Sessions.session(em, principal, true).getUser());
        Account account = new Account(user.getId(), user.getPasswordHash(), user.isActive(), user.getFailedSignIns(),
                user.getLockedUntil());
        LocalDateTime now = Sessions.wallClock();
        if (account.lockedUntil != null && now.isBefore(account.lockedUntil)) {
            throw new MotCuaException("signIn.locked", account.lockedUntil.toLocalTime().toString());
        }
        pause(settings.delayAfter(account.failed));
        if (!PasswordHasher.verify(password, account.hash)) {
            recordFailure(user.getUsername(), true, account.failed + 1, now);
            throw new MotCuaException("signIn.failed");
        }
        tx.separately(em -> {
            UserEntity u = em.find(UserEntity.class, account.id);
            u.setFailedSignIns(0);
            OrganizationEngine.audit(em, time, u.getUsername(), "signin.confirmed", "");
            return null;
        });
    }

    @Override
    public Principal changePassword(Principal principal, char[] currentPassword, char[] newPassword) {
        OrganizationEngine.requireStrongPassword(newPassword);
        UserEntity user = tx.separately(em -> Sessions.session(em, principal, true).getUser());
        if (!PasswordHasher.verify(currentPassword, user.getPasswordHash())) {
            recordFailure(user.getUsername(), true, user.getFailedSignIns() + 1, Sessions.wallClock());
            throw new MotCuaException("password.currentWrong");
        }
        if (Arrays.equals(currentPassword, newPassword)) {
            throw new MotCuaException("password.unchanged");
        }
        String hash = PasswordHasher.hash(newPassword, settings);
        return tx.separately(em -> {
            SessionEntity session = Sessions.session(em, principal, true);
            UserEntity u = session.getUser();
            u.setPasswordHash(hash);
            u.setPasswordChangeRequired(false);
            u.setFailedSignIns(0);
            endOthers(em, u, session);
            OrganizationEngine.audit(em, time, u.getUsername(), "password.change", "");
            return new Principal(principal.token(), u.getUsername(), u.getFullName(), session.getExpiresAt(), false);
        });
    }

    @Override
    public int endOtherSessions(Principal principal) {
        return tx.separately(em -> {
            SessionEntity session = Sessions.session(em, principal, true);
            int ended = endOthers(em, session.getUser(), session);
            OrganizationEngine.audit(em, time, session.getUser().getUsername(), "session.endOthers",
                    String.valueOf(ended));
            return ended;
        });
    }

    private static int endOthers(EntityManager em, UserEntity user, SessionEntity keep) {
        return em.createQuery("update SessionEntity s set s.endedAt = :t where s.user = :u and s.endedAt is null"
                + " and s.id <> :keep").setParameter("t", Sessions.wallClock()).setParameter("u", user)
                .setParameter("keep", keep == null ? -1L : keep.getId()).executeUpdate();
    }

    /** Ends every session of {@code user} (a reset of the password, a deactivation), in the caller's transaction. */
    static int endAll(EntityManager em, UserEntity user) {
        return endOthers(em, user, null);
    }
}
