package ru.nastavnik.monitoring;

import java.util.UUID;

/** One funnel row of {@code monitoring_figures_periods}: how many persons of a unit reached a stage. */
record FunnelRow(UUID unitId, FunnelStage stage, long count) {
}
