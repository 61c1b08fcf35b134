// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;
import org.motcua.server.internal.api.RateLimiter;

/** Each caller gets a burst, then a steady rate; one caller's flood does not slow another. */
class RateLimiterTest {

    @Test
    void aBurstThenASteadyRatePerCaller() {
        AtomicLong nanos = new AtomicLong();
        RateLimiter limiter = new RateLimiter(2.0, 3, (LongSupplier) nanos::get);
        assertEquals(0, limiter.acquire("user:a"));
        assertEquals(0, limiter.acquire("user:a"));
        assertEquals(0, limiter.acquire("user:a"));
        assertEquals(1, limiter.acquire("user:a"), "the burst is spent: wait a second");
        assertEquals(0, limiter.acquire("user:b"), "another caller is not slowed");
        nanos.addAndGet(500_000_000L); // half a second gives one more request at 2 a second
        assertEquals(0, limiter.acquire("user:a"));
        assertEquals(1, limiter.acquire("user:a"));
        nanos.addAndGet(10_000_000_000L);
        limiter.forgetIdle();
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("user:a"), "full again after a pause, never more than the burst");
        }
        assertEquals(1, limiter.acquire("user:a"));
    }
}
