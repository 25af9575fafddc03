package org.diplograph.extract.event;

import org.diplograph.extract.TimeValue;

/** Date comparisons for merging event reports. */
final class Dates {
    private Dates() {
    }

    /** Equal, or one value lies within the other ("2025-03" and "2025-03-18"). */
    static boolean compatible(TimeValue a, TimeValue b) {
        if (a == null || b == null) {
            return true;
        }
        if (a.equals(b)) {
            return true;
        }
        if (a.precision() == TimeValue.Precision.DAY && b.precision() != TimeValue.Precision.DAY) {
            return b.covers(a.date());
        }
        if (b.precision() == TimeValue.Precision.DAY && a.precision() != TimeValue.Precision.DAY) {
            return a.covers(b.date());
        }
        if (a.precision() == TimeValue.Precision.YEAR || b.precision() == TimeValue.Precision.YEAR) {
            return a.year() == b.year();
        }
        return false;
    }
}
