-- The figures function serves a region, a municipality and a school through the same pooled connections; after a few
-- calls PL/pgSQL would switch its statements to generic plans, chosen for no level in particular, which bench/monitoring
-- measured at three times the custom plans' time for a school. Plan every call for its own arguments.
ALTER FUNCTION monitoring_figures_periods(text, uuid, date[], date[], integer[]) SET plan_cache_mode = force_custom_plan;
ALTER FUNCTION monitoring_figures(text, uuid, date, date, integer) SET plan_cache_mode = force_custom_plan;
