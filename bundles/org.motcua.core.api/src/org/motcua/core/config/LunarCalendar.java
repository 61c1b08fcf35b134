// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.config;

import java.time.LocalDate;

/**
 * The few lunar dates the holiday rules need, on the Vietnamese lunar calendar (days counted at UTC+7). A lunar
 * month begins on the day of a new moon; month 3 is the month in which the sun reaches longitude 30° (the solar
 * term Cốc vũ, about 20 April), whichever leap month the year has. New moons and the sun's longitude are computed
 * from the mean orbital elements and their main periodic terms (J. Meeus' published formulas): accurate to a few
 * minutes, enough to name the day except when a new moon falls within minutes of midnight. A computed date is a
 * proposal: the government's notice decides.
 */
public final class LunarCalendar {

    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian day number of 1970-01-01. */
    private static final long JDN_EPOCH = 2440588;
    private static final double VIETNAM_OFFSET_DAYS = 7.0 / 24.0;

    private LunarCalendar() {
    }

    /** @return the solar date of day {@code day} (1–30) of lunar month 3 of the lunar year beginning in {@code year} */
    public static LocalDate dayOfThirdMonth(int year, int day) {
        double term = sunReaches(30.0, julianDay(LocalDate.of(year, 4, 10)));
        long termDay = localDay(term);
        // the last new moon whose local day is on or before the term's local day
        long k = (long) Math.floor((term - 2415020.75933) / SYNODIC_MONTH) + 1;
        while (localDay(newMoon(k)) > termDay) {
            k--;
        }
        long monthStart = localDay(newMoon(k));
        return LocalDate.ofEpochDay(monthStart - JDN_EPOCH + day - 1);
    }

    /** @return the Julian day (UT) of the {@code k}-th new moon after that of 1 January 1900 */
    static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * sin(166.56 + 132.87 * t - 0.009173 * t2);
        double sun = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moon = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double correction = (0.1734 - 0.000393 * t) * sin(sun) + 0.0021 * sin(2 * sun) - 0.4068 * sin(moon)
                + 0.0161 * sin(2 * moon) - 0.0004 * sin(3 * moon) + 0.0104 * sin(2 * latitude)
                - 0.0051 * sin(sun + moon) - 0.0074 * sin(sun - moon) + 0.0004 * sin(2 * latitude + sun)
                - 0.0004 * sin(2 * latitude - sun) - 0.0006 * sin(2 * latitude + moon) + 0.0010 * sin(2 * latitude - moon)
                + 0.0005 * sin(sun + 2 * moon);
        double deltaT = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return mean + correction - deltaT;
    }

    /** @return the sun's apparent longitude in degrees [0, 360) at Julian day {@code jd} */
    static double sunLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525;
        double t2 = t * t;
        double anomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double mean = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(anomaly)
                + (0.019993 - 0.000101 * t) * sin(2 * anomaly) + 0.000290 * sin(3 * anomaly);
        double longitude = (mean + centre) % 360;
        return longitude < 0 ? longitude + 360 : longitude;
    }

    /** @return the Julian day, after {@code from} and within about a month, when the sun reaches {@code degrees} */
    static double sunReaches(double degrees, double from) {
        double low = from;
        double high = from + 40;
        for (int i = 0; i < 50; i++) {
            double mid = (low + high) / 2;
            double past = (sunLongitude(mid) - degrees + 540) % 360 - 180; // signed distance in degrees
            if (past >= 0) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    private static double julianDay(LocalDate date) {
        return date.toEpochDay() + JDN_EPOCH - 0.5; // midnight UT
    }

    /** @return the Julian day number of the day (at UTC+7) in which the instant {@code jd} falls */
    private static long localDay(double jd) {
        return (long) Math.floor(jd + 0.5 + VIETNAM_OFFSET_DAYS);
    }

    private static double sin(double degrees) {
        return Math.sin(Math.toRadians(degrees));
    }
}
