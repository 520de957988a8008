import Foundation

/// The 24 solar terms of the Chinese calendar, which Foundation does not know: Qingming is the day
/// (in China time) on which the sun's apparent ecliptic longitude reaches 15°.
///
/// The sun's position uses Meeus' low-precision theory (Astronomical Algorithms, ch. 25: about 0.01°,
/// i.e. the moment within ~15 minutes), with nutation and aberration, and ΔT from Espenak & Meeus'
/// polynomials to turn dynamical time into civil time.
enum SolarTerms {
    /// The civil date in China on which the sun's apparent longitude reaches `degrees` in `year`.
    static func date(sunLongitude degrees: Double, year: Int) -> LocalDate {
        // The sun moves ~0.9856° a day from 0° at the March equinox (~20 March).
        let equinoxGuess = julianDay(LocalDate(year: year, month: 3, day: 20)) + 0.5
        var jde = equinoxGuess + degrees.truncatingRemainder(dividingBy: 360) / 0.9856
        for _ in 0..<8 {
            var error = degrees - apparentLongitude(jde: jde)
            error = (error + 540).truncatingRemainder(dividingBy: 360) - 180
            jde += error / 0.9856
            if abs(error) < 1e-7 { break }
        }
        let universal = jde - deltaT(year: Double(year)) / 86_400
        let chinaTime = universal + 8.0 / 24.0
        // Julian days start at noon: JD 2440587.5 is 1970-01-01T00:00.
        return LocalDate(dayNumber: Int((chinaTime - 2_440_587.5).rounded(.down)))
    }

    /// Apparent geocentric longitude of the sun in degrees [0, 360) at Julian Ephemeris Day `jde`.
    static func apparentLongitude(jde: Double) -> Double {
        let t = (jde - 2_451_545.0) / 36_525
        let meanLongitude = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t
        let meanAnomaly = radians(357.52911 + 35_999.05029 * t - 0.0001537 * t * t)
        let centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(meanAnomaly)
            + (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly)
            + 0.000289 * sin(3 * meanAnomaly)
        let trueLongitude = meanLongitude + centre
        let omega = radians(125.04 - 1934.136 * t)
        let apparent = trueLongitude - 0.00569 - 0.00478 * sin(omega)
        let wrapped = apparent.truncatingRemainder(dividingBy: 360)
        return wrapped < 0 ? wrapped + 360 : wrapped
    }

    /// Julian Day at 00:00 of a civil date.
    static func julianDay(_ date: LocalDate) -> Double { Double(date.dayNumber) + 2_440_587.5 }

    /// TT − UT in seconds (Espenak & Meeus, NASA eclipse site); a minute off moves no solar term by a day.
    static func deltaT(year y: Double) -> Double {
        switch y {
        case ..<2005:
            let t = y - 2000
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * pow(t, 3) + 0.000651814 * pow(t, 4)
                + 0.00002373599 * pow(t, 5)
        case ..<2050:
            let t = y - 2000
            return 62.92 + 0.32217 * t + 0.005589 * t * t
        default:
            let u = (y - 1820) / 100
            return -20 + 32 * u * u - 0.5628 * (2150 - y)
        }
    }

    private static func radians(_ degrees: Double) -> Double { degrees * .pi / 180 }
}
