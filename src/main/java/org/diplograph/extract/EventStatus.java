package org.diplograph.extract;

/** Whether the text reports an event as having happened or as announced/expected. */
public enum EventStatus {
    HELD, PLANNED
}
