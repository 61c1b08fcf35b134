// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per caller (a signed-in user, or an address before sign-in): {@code burst} requests at once,
 * then {@code perSecond} a second. A desk works far below it; a script hammering the server is answered 429
 * with the time to wait, and costs the database nothing.
 */
public final class RateLimiter {

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    /** A limiter on the system's monotonic clock. */
    public RateLimiter(double perSecond, int burst) {
        this(perSecond, burst, System::nanoTime);
    }

    /** A limiter on {@code nanoClock} (nanoseconds, monotonic). */
    public RateLimiter(double perSecond, int burst, LongSupplier nanoClock) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate " + perSecond + "/s, burst " + burst);
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoClock = nanoClock;
    }

    /**
     * Takes one request from {@code caller}'s bucket.
     *
     * @return 0 when the request may go on, else the whole seconds to wait before the next one will
     */
    public long acquire(String caller) {
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(caller, c -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) / 1e9 * perSecond);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / perSecond);
        }
    }

    /** Forgets callers whose buckets are full again (called now and then; they would start full anyway). */
    public void forgetIdle() {
        long now = nanoClock.getAsLong();
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().tokens + (now - e.getValue().at) / 1e9 * perSecond >= burst;
            }
        });
    }
}
