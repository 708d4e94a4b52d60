package ru.nastavnik.feedback;

/**
 * Where a delivery is on its way, as stored: due and waiting for its channel, in the e-mail outbox, e-mailed,
 * waiting for a printable sheet, printed, or cancelled. What became of its link is not stored here but read from the
 * link ({@link DeliveryStatus}).
 */
enum DeliveryState {
    PENDING, MAILING, MAILED, TO_PRINT, PRINTED, CANCELLED
}
